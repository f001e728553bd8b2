import { useEffect, useRef, useState } from "react";
import { checkSetup } from "@hipcheck/motion";
import type { KeypointFrame, Side } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { SkeletonSvg } from "../figure/skeleton-svg.js";
import { liveKneeAngles } from "./live-knee-angles.js";
import { openCamera, startLivePose } from "./live-pose.js";
import type { LivePose } from "./live-pose.js";
import { RecordingPanel } from "./recording-panel.js";
import { SavedScreenList } from "./saved-screen-list.js";
import { SCREEN_TESTS } from "./screen-tests.js";

type CameraState =
  | { readonly status: "off" }
  | { readonly status: "loading" }
  | { readonly status: "live" }
  | { readonly status: "failed"; readonly message: string };

/** About one second of frames: enough for the setup check to judge the view without lagging behind. */
const SETUP_WINDOW_FRAMES = 30;

/**
 * The camera movement screen: pick a test and a side, follow the setup advice, watch the live skeleton with the
 * knee angles, record, read the findings with their measurement error, and save them (keypoints, never video).
 */
export function MovementScreenPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("screen.title"));
  const lang = currentLang(i18n.language);
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>({ status: "off" });
  const [frame, setFrame] = useState<KeypointFrame | null>(null);
  const [testIndex, setTestIndex] = useState(0);
  const [side, setSide] = useState<Side>("left");
  const [savedCount, setSavedCount] = useState(0);
  const recent = useRef<KeypointFrame[]>([]);
  const recording = useRef<KeypointFrame[] | null>(null);
  const session = useRef<{ stream: MediaStream; pose: LivePose } | null>(null);
  const screenTest = SCREEN_TESTS[testIndex] ?? SCREEN_TESTS[0];

  const stop = () => {
    session.current?.pose.stop();
    session.current?.stream.getTracks().forEach((track) => {
      track.stop();
    });
    session.current = null;
    setCamera({ status: "off" });
  };
  useEffect(() => stop, []);

  async function start() {
    const element = video.current;
    if (element === null) return;
    setCamera({ status: "loading" });
    try {
      const stream = await openCamera(element);
      const pose = await startLivePose(element, (next) => {
        setFrame(next);
        recent.current = [...recent.current.slice(-SETUP_WINDOW_FRAMES + 1), next];
        recording.current?.push(next);
      });
      session.current = { stream, pose };
      setCamera({ status: "live" });
    } catch (error) {
      setCamera({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (screenTest === undefined) return null;
  // The picture's own size: the keypoints are in its pixels, so the overlay's coordinate box must match it.
  const frameSize = {
    widthPx: video.current?.videoWidth || 640,
    heightPx: video.current?.videoHeight || 480,
  };
  const setupOptions = {
    test: screenTest.test,
    view: "front" as const,
    frameSize,
    ...(screenTest.perSide ? { side } : {}),
  };
  const problems =
    camera.status === "live" && recent.current.length > 0 ? checkSetup(recent.current, setupOptions) : [];
  const kneeLabels = frame === null ? [] : liveKneeAngles(frame);
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
        <fieldset>
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
              {t(`session.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
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
        <p className="error" role="alert" data-testid="camera-error">
          {t("screen.noCamera", { message: camera.message })}
        </p>
      )}
      {problems.length > 0 && (
        <ul aria-live="polite" data-testid="setup-problems">
          {problems.map((problem) => (
            <li key={problem.code}>{problem.message[lang]}</li>
          ))}
        </ul>
      )}
      <div className="video-stage">
        <video
          ref={video}
          playsInline
          muted
          aria-hidden="true"
          hidden={camera.status === "off" || camera.status === "failed"}
        />
        {frame !== null && (
          <div className="video-overlay" data-testid="live-skeleton">
            <SkeletonSvg
              keypoints={frame.keypoints}
              viewBox={`0 0 ${frameSize.widthPx} ${frameSize.heightPx}`}
              stretch
              strokeWidth={Math.max(3, frameSize.widthPx / 160)}
              title={t("screen.title")}
              labels={kneeLabels.map((label) => ({
                at: label.at,
                text: t("screen.angle", { deg: label.fppaDeg.toFixed(0) }),
              }))}
            />
          </div>
        )}
      </div>
      <RecordingPanel
        live={camera.status === "live"}
        recording={recording}
        screenTest={screenTest}
        side={side}
        frameSize={frameSize}
        onSaved={() => {
          setSavedCount((count) => count + 1);
        }}
      />
      <SavedScreenList savedCount={savedCount} />
    </article>
  );
}
