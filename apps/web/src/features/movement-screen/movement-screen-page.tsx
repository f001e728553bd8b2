import { useState } from "react";
import { checkSetup } from "@hipcheck/motion";
import type { CameraView, Side } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { usePageTitle } from "../../components/use-page-title.js";
import type { CameraProblem } from "./camera-problem.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { LiveCameraView } from "./live-camera-view.js";
import { livePictureChecks } from "./live-picture-checks.js";
import { RecordingPanel } from "./recording-panel.js";
import { SavedScreenList } from "./saved-screen-list.js";
import { SCREEN_TESTS } from "./screen-tests.js";
import { useLiveCamera } from "./use-live-camera.js";
import { VideoFilePanel } from "./video-file-panel.js";

/** The camera's failure in the person's words; the browser's own (English) message is folded away beside it. */
const CAMERA_PROBLEM_KEYS = {
  "permission-refused": "screen.cameraRefused",
  "no-camera": "screen.noCamera",
  "camera-busy": "screen.cameraBusy",
  unavailable: "screen.cameraUnavailable",
} as const satisfies Record<CameraProblem, string>;

/**
 * The camera movement screen: pick a test and a side, follow the setup advice, watch the live skeleton with the
 * knee angles, record, read the findings with their measurement error, and save them (keypoints, never video).
 */
export function MovementScreenPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("screen.title"));
  const lang = currentLang(i18n.language);
  const live = useLiveCamera();
  const { camera, frameSize, recent, looks, start, stop } = live;
  const [testIndex, setTestIndex] = useState(0);
  const [side, setSide] = useState<Side>("left");
  const [view, setView] = useState<CameraView>("front");
  const [savedCount, setSavedCount] = useState(0);
  const screenTest = SCREEN_TESTS[testIndex] ?? SCREEN_TESTS[0];

  if (screenTest === undefined) return null;
  const setupOptions = {
    test: screenTest.test,
    view,
    frameSize,
    ...(screenTest.perSide ? { side } : {}),
  };
  const latestMs = recent.at(-1)?.timeMs ?? 0;
  // The same rules as a file (decision 0360): nobody or someone else in the picture, legs cut off, too dark.
  const pictureChecks = livePictureChecks(looks(), latestMs);
  const problems =
    camera.status === "live" && recent.length > 0
      ? checkSetup(recent, { ...setupOptions, ...pictureChecks })
      : [];
  return (
    <article data-testid="screen-page">
      <h1>{t("screen.title")}</h1>
      <p>{t("screen.intro")}</p>
      <fieldset>
        <legend>{t("screen.test")}</legend>
        <div className="choice-grid">
          {SCREEN_TESTS.map((option, index) => (
            <label key={option.test}>
              <input
                type="radio"
                name="screen-test"
                data-testid={`screen-test-${option.test}`}
                checked={index === testIndex}
                onChange={() => {
                  setTestIndex(index);
                }}
              />
              {option.name[lang]}
            </label>
          ))}
        </div>
      </fieldset>
      {screenTest.perSide && (
        <fieldset data-testid="stance-side">
          <legend>{t("screen.stanceSide")}</legend>
          {(["left", "right"] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="screen-side"
                checked={side === option}
                onChange={() => {
                  setSide(option);
                }}
              />
              {t(`screen.leg.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t("screen.cameraPlace")}</legend>
        {(["front", "back"] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="screen-view"
              data-testid={`screen-view-${option}`}
              checked={view === option}
              onChange={() => {
                setView(option);
              }}
            />
            {t(option === "front" ? "screen.cameraInFront" : "screen.cameraBehind")}
          </label>
        ))}
      </fieldset>
      <p className="card">{screenTest.howTo[lang]}</p>
      <div className="actions">
        {camera.status === "live" ? (
          <button type="button" className="secondary" onClick={stop}>
            {t("screen.stop")}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void start()}
            disabled={camera.status === "loading"}
            data-testid="start-camera"
          >
            {t("screen.start")}
          </button>
        )}
      </div>
      {camera.status === "loading" && <p role="status">{t("screen.loadingModel")}</p>}
      {camera.status === "failed" && (
        <>
          <p className="error" role="alert" data-testid="camera-error">
            {t(CAMERA_PROBLEM_KEYS[camera.problem])}
          </p>
          <TechnicalDetail detail={camera.message} />
        </>
      )}
      {problems.length > 0 && (
        <ul aria-live="polite" data-testid="setup-problems">
          {problems.map((problem) => (
            <li key={problem.code}>{problem.message[lang]}</li>
          ))}
        </ul>
      )}
      <LiveCameraView live={live} title={t("screen.title")} view={view} />
      <RecordingPanel
        live={camera.status === "live"}
        recording={live.recording}
        looks={looks}
        screenTest={screenTest}
        side={side}
        view={view}
        frameSize={frameSize}
        onSaved={() => {
          setSavedCount((count) => count + 1);
        }}
      />
      <VideoFilePanel
        options={{ test: screenTest.test, view, ...(screenTest.perSide ? { side } : {}) }}
        onStart={stop}
        onSaved={() => {
          setSavedCount((count) => count + 1);
        }}
      />
      <SavedScreenList savedCount={savedCount} />
    </article>
  );
}
