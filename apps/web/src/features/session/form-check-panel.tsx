import { useEffect, useEffectEvent, useState } from "react";
import { SETUP_MESSAGES } from "@hipcheck/motion";
import type { SetSide } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import type { CameraProblem } from "../movement-screen/camera-problem.js";
import { LiveCameraView } from "../movement-screen/live-camera-view.js";
import { ReportView } from "../movement-screen/report-view.js";
import { useLiveCamera } from "../movement-screen/use-live-camera.js";
import { useSaveScreen } from "../movement-screen/use-save-screen.js";
import type { Recorded } from "../movement-screen/use-save-screen.js";
import type { FormCheck } from "./form-check-tests.js";
import { liveFormCheck } from "./live-form-check.js";
import type { LiveCue } from "./live-form-cues.js";
import {
  SET_CHECK_MAX_SECONDS,
  analyzeSet,
  cameraRepCount,
  recordedSeconds,
  setCheckOptions,
} from "./set-check.js";
import type { SessionStep } from "./session-steps.js";
import { sideLabelKey } from "./step-runner.js";

const PROBLEM_KEYS = {
  "permission-refused": "formCheck.permissionRefused",
  "no-camera": "formCheck.noCamera",
  "camera-busy": "formCheck.cameraBusy",
  unavailable: "formCheck.unavailable",
} as const satisfies Record<CameraProblem, string>;

const CUE_KEYS = {
  knee: {
    steady: "formCheck.kneeSteady",
    watch: "formCheck.kneeWatch",
    "other-way": "formCheck.kneeOtherWay",
    unseen: "formCheck.kneeUnseen",
  },
  // A lean to either side is what the trunk cue warns of, so its "other way" is never given.
  trunk: {
    steady: "formCheck.trunkSteady",
    watch: "formCheck.trunkWatch",
    "other-way": "formCheck.trunkWatch",
    unseen: "formCheck.trunkUnseen",
  },
  pelvis: {
    steady: "formCheck.pelvisSteady",
    watch: "formCheck.pelvisWatch",
    "other-way": "formCheck.pelvisOtherWay",
    unseen: "formCheck.pelvisUnseen",
  },
} as const satisfies Record<LiveCue["id"], Record<LiveCue["state"], string>>;

type Props = {
  readonly check: FormCheck;
  /** The step on screen; undefined once the exercise is done. */
  readonly step: SessionStep | undefined;
  readonly stepIndex: number;
  readonly totalSets: number;
  /** Called after each checked set with the repetitions the camera counted in it (null: none to offer). */
  readonly onCameraCount: (stepIndex: number, reps: number | null) => void;
};

type Checking = { readonly stepIndex: number; readonly side: SetSide; readonly label: string };

function LiveCues({ cues }: { readonly cues: readonly LiveCue[] }) {
  const { t } = useTranslation();
  return (
    <ul data-testid="form-check-cues">
      {cues.map((cue) => {
        const knee = cue.side === "right" ? t("formCheck.kneeRight") : t("formCheck.kneeLeft");
        return (
          <li
            key={`${cue.id}-${cue.side}`}
            data-cue={cue.id}
            data-state={cue.state}
            className={cue.state === "watch" ? "error" : undefined}
          >
            {t(CUE_KEYS[cue.id][cue.state], {
              knee,
              deg: Math.abs(cue.valueDeg ?? 0).toFixed(0),
              err: cue.errorDeg.toFixed(0),
            })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The optional camera form check of one exercise in the session player. Nothing starts until the person asks;
 * the camera stops when they turn it off, move to the next exercise or leave the page. While it is on, the
 * live skeleton and the measurable cues; per set, the motion module's report of the recording, on the device,
 * and the repetitions it counted, which the rep counter offers without replacing the person's own count.
 * Nothing leaves the device unless the person saves the check as a movement screen.
 */
export function FormCheckPanel({ check, step, stepIndex, totalSets, onCameraCount }: Props) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const live = useLiveCamera();
  const { camera, recording, recent, looks, frameSize } = live;
  const saving = useSaveScreen();
  const [checking, setChecking] = useState<Checking | null>(null);
  const [checked, setChecked] = useState<{ readonly label: string; readonly recorded: Recorded } | null>(
    null,
  );
  const work = step?.kind === "work" ? step : undefined;
  const side = work?.side ?? "both";
  const seconds = checking === null ? 0 : recordedSeconds(recording.current ?? []);

  function finish(current: Checking) {
    const frames = recording.current ?? [];
    recording.current = null;
    const report = analyzeSet(frames, looks(), setCheckOptions(check, current.side, frameSize));
    setChecking(null);
    setChecked({ label: current.label, recorded: { report, frames } });
    onCameraCount(current.stepIndex, cameraRepCount(report));
  }

  // A set logged while its check runs ends the check: the recording then covers the set's whole duration.
  const overtaken =
    checking !== null && (checking.stepIndex !== stepIndex || seconds >= SET_CHECK_MAX_SECONDS);
  const finishOvertaken = useEffectEvent(() => {
    if (checking !== null) finish(checking);
  });
  useEffect(() => {
    if (overtaken) finishOvertaken();
  }, [overtaken]);

  function checkSet() {
    if (work === undefined) return;
    const sideLabel = t(sideLabelKey(side));
    recording.current = [];
    saving.reset();
    setChecked(null);
    setChecking({
      stepIndex,
      side,
      label: `${sideLabel} — ${t("session.setOf", { n: work.set, total: totalSets })}`,
    });
  }

  function turnOff() {
    live.stop();
    setChecking(null);
  }

  const on = camera.status === "loading" || camera.status === "live";
  const options = setCheckOptions(check, side, frameSize);
  // The same picture checks as the movement screen (decision 0360): nobody, someone else, too dark.
  const { problems, notWatching, cues } =
    camera.status === "live" ? liveFormCheck(recent, looks(), options) : liveFormCheck([], [], options);
  const otherProblems = problems.filter((problem) => problem !== notWatching);
  const sideWord = t(side === "left" ? "screen.leg.left" : "screen.leg.right");
  return (
    <section
      className="card"
      aria-labelledby="form-check-title"
      data-testid="form-check"
      data-camera={camera.status}
      data-test={check.test}
    >
      <h3 id="form-check-title">{t("formCheck.title")}</h3>
      <p className="muted">{t("formCheck.intro")}</p>
      {check.posture === "floor" && (
        <p data-testid="form-check-floor-note">{SETUP_MESSAGES["floor-view-weak"][lang]}</p>
      )}
      <div className="actions">
        {on ? (
          <button type="button" className="secondary" onClick={turnOff} data-testid="form-check-stop">
            {t("formCheck.stop")}
          </button>
        ) : (
          <button type="button" onClick={() => void live.start()} data-testid="form-check-start">
            {t("formCheck.start")}
          </button>
        )}
      </div>
      {camera.status === "loading" && <p role="status">{t("formCheck.loading")}</p>}
      {camera.status === "failed" && (
        <>
          <p className="error" role="alert" data-testid="form-check-error" data-problem={camera.problem}>
            {t(PROBLEM_KEYS[camera.problem])}
          </p>
          <TechnicalDetail detail={camera.message} />
        </>
      )}
      {on && (
        <p className="muted">
          {t(check.posture === "floor" ? "formCheck.placeFloor" : "formCheck.placeStanding")}
        </p>
      )}
      {camera.status === "live" && side !== "both" && (check.oneLeg || check.posture === "floor") && (
        <p>{t(check.oneLeg ? "formCheck.standingLeg" : "formCheck.workingLeg", { side: sideWord })}</p>
      )}
      {notWatching !== null && (
        <p
          className="error"
          role="status"
          data-testid="form-check-not-watching"
          data-problem={notWatching.code}
        >
          {t("cameraWeb.formCheckNotWatching", { reason: notWatching.message[lang] })}
        </p>
      )}
      {otherProblems.length > 0 && (
        <ul aria-live="polite" data-testid="form-check-setup">
          {otherProblems.map((problem) => (
            <li key={problem.code}>{problem.message[lang]}</li>
          ))}
        </ul>
      )}
      <LiveCameraView live={live} title={t("formCheck.skeletonTitle")} />
      {camera.status === "live" && (
        <>
          <h4>{t("formCheck.liveTitle")}</h4>
          {check.posture === "floor" ? (
            <p className="muted">{t("formCheck.noLiveCues")}</p>
          ) : (
            <>
              {notWatching === null && <LiveCues cues={cues} />}
              <p className="muted">{t("formCheck.liveHint")}</p>
            </>
          )}
          {work !== undefined && (
            <div className="actions">
              {checking === null ? (
                <button type="button" onClick={checkSet} data-testid="form-check-record">
                  {t("formCheck.record")}
                </button>
              ) : (
                <button
                  type="button"
                  onClick={() => {
                    finish(checking);
                  }}
                  data-testid="form-check-finish"
                >
                  {t("formCheck.finish")}
                </button>
              )}
            </div>
          )}
          {checking !== null && (
            <p role="status" data-testid="form-check-recording" data-seconds={seconds}>
              {t("formCheck.recording", { s: seconds })}
            </p>
          )}
        </>
      )}
      {checked !== null && (
        <div aria-live="polite" data-testid="form-check-result">
          <p>
            <strong>{t("formCheck.checkedStep", { step: checked.label })}</strong>
          </p>
          <ReportView report={checked.recorded.report} />
          {checked.recorded.report.status === "scored" && saving.status?.ok !== true && (
            <div className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() => void saving.save(checked.recorded)}
                disabled={saving.busy}
                aria-busy={saving.busy}
                data-testid="form-check-save"
              >
                {t("formCheck.saveAsScreen")}
              </button>
            </div>
          )}
          {saving.status !== null && (
            <p
              role="status"
              className={saving.status.ok ? undefined : "error"}
              data-testid="form-check-save-status"
            >
              {saving.problem === null ? t("formCheck.savedAsScreen") : saving.problem.text}
            </p>
          )}
          <TechnicalDetail detail={saving.problem?.detail} />
        </div>
      )}
    </section>
  );
}
