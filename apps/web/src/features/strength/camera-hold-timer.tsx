import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  HOLD_QUALITY_NAMES,
  HOLD_STOP_REASON_NAMES,
  HoldTracker,
  KNEE_FPPA_ERROR_DEG,
  checkHoldSetup,
  type HoldQuality,
  type HoldState,
  type HoldStopReason,
  type HoldTest,
  type Side,
  type TimedHold,
} from "@hipcheck/motion";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import type { CameraProblem } from "../movement-screen/camera-problem.js";
import { LiveCameraView } from "../movement-screen/live-camera-view.js";
import { useLiveCamera } from "../movement-screen/use-live-camera.js";
import { speakCue } from "../session/speak-cue.js";
import {
  drainFrames,
  spokenCue,
  stopByHand,
  tenthsOfSeconds,
  wholeSeconds,
  type DrainedFrames,
} from "./camera-hold-run.js";
import { HoldVideoPanel } from "./hold-video-panel.js";

/** What the strength check keeps of a hold the camera timed. */
export type CameraHoldResult = {
  readonly durationMs: number;
  readonly stopReason: HoldStopReason;
  readonly quality: HoldQuality;
};

type Props = {
  readonly test: HoldTest;
  readonly side: Side;
  /** Called each time the camera has timed a hold (again after "Time it again"). */
  readonly onResult: (result: CameraHoldResult) => void;
  readonly onCancel: () => void;
};

const PROBLEM_KEYS = {
  "permission-refused": "formCheck.permissionRefused",
  "no-camera": "formCheck.noCamera",
  "camera-busy": "formCheck.cameraBusy",
  unavailable: "formCheck.unavailable",
} as const satisfies Record<CameraProblem, string>;

/**
 * The camera timing of a strength hold on the person's device (decisions 0380–0383): the live camera and pose model
 * of the movement screen, every frame fed to motion's `HoldTracker`, the running time on screen, the start and the end
 * spoken (and written, for people who cannot hear them), the reasons the view cannot be timed while the person gets
 * into position. Beside the live camera, a video of the hold filmed with the phone's own camera app is timed the same
 * way (`HoldVideoPanel`, decision 0580). Nothing is recorded or sent: the result goes to `onResult` only.
 */
export function CameraHoldTimer({ test, side, onResult, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const live = useLiveCamera();
  const { camera, frame, recording, recent } = live;
  const tracker = useRef(new HoldTracker(test));
  const [state, setState] = useState<HoldState>({ phase: "waiting" });
  const [lastCue, setLastCue] = useState<string | null>(null);
  const lastFrameMs = useRef(0);

  function say(text: string): void {
    speakCue(text, lang, true);
    setLastCue(text);
  }

  function finish(hold: TimedHold): void {
    live.stop();
    onResult({ durationMs: hold.durationMs, stopReason: hold.stopReason, quality: hold.quality });
  }

  function settle({ state: next, cues }: DrainedFrames): void {
    setState(next);
    for (const cue of cues) {
      say(spokenCue(cue, { start: t("holdTimer.startCue"), end: (s) => t("holdTimer.endCue", { s }) }));
      if (cue.kind === "end") finish(cue.hold);
    }
  }

  // Every frame the camera produced since the last render goes through the tracker, in order, none skipped.
  const drain = useEffectEvent(() => {
    const frames = recording.current;
    if (frames === null || frames.length === 0) return;
    recording.current = [];
    const drained = drainFrames(tracker.current, frames, lastFrameMs.current);
    lastFrameMs.current = drained.lastFrameMs;
    settle(drained);
  });
  useEffect(() => {
    drain();
  }, [frame]);

  function begin(): void {
    tracker.current = new HoldTracker(test);
    setState({ phase: "waiting" });
    setLastCue(null);
    recording.current = [];
    void live.start();
  }

  function stopTiming(): void {
    const stopped = stopByHand(tracker.current, lastFrameMs.current);
    // A stop before two seconds of hold is a false start: nothing was timed.
    if (stopped.state.phase !== "ended") live.stop();
    settle(stopped);
  }

  function cancel(): void {
    live.stop();
    onCancel();
  }

  const on = camera.status === "loading" || camera.status === "live";
  const problems =
    camera.status === "live" && state.phase === "waiting" && recent.length > 0
      ? checkHoldSetup(recent, test)
      : [];
  const sideWord = t(side === "left" ? "holdTimer.sideLeft" : "holdTimer.sideRight");
  return (
    <section
      className="card"
      aria-labelledby="hold-timer-title"
      data-testid="camera-hold-timer"
      data-camera={camera.status}
      data-phase={state.phase}
      data-test={test}
    >
      <h3 id="hold-timer-title">{t("holdTimer.title")}</h3>
      <p className="muted">{t("holdTimer.intro")}</p>
      <p>
        {t(test === "abductor-endurance-hold" ? "holdTimer.placeAbductor" : "holdTimer.placeBridge", {
          side: sideWord,
        })}
      </p>
      <div className="actions">
        {!on && (
          <button type="button" onClick={begin} data-testid="hold-timer-start">
            {state.phase === "ended" ? t("holdTimer.again") : t("holdTimer.start")}
          </button>
        )}
        {on && state.phase === "holding" && (
          <button type="button" onClick={stopTiming} data-testid="hold-timer-stop">
            {t("holdTimer.stop")}
          </button>
        )}
        <button type="button" className="secondary" onClick={cancel} data-testid="hold-timer-cancel">
          {t("holdTimer.cancel")}
        </button>
      </div>
      {camera.status === "loading" && <p role="status">{t("holdTimer.loading")}</p>}
      {camera.status === "failed" && (
        <>
          <p className="error" role="alert" data-testid="hold-timer-error" data-problem={camera.problem}>
            {t(PROBLEM_KEYS[camera.problem])}
          </p>
          <TechnicalDetail detail={camera.message} />
        </>
      )}
      {camera.status === "live" && state.phase === "waiting" && (
        <p role="status" data-testid="hold-timer-waiting">
          {t("holdTimer.waiting")}
        </p>
      )}
      {problems.length > 0 && (
        <ul aria-live="polite" data-testid="hold-timer-setup">
          {problems.map((problem) => (
            <li key={problem.code} data-code={problem.code}>
              {problem.message[lang]}
            </li>
          ))}
        </ul>
      )}
      {state.phase === "holding" && (
        <p className="hold-timer-clock" role="timer" data-testid="hold-timer-running">
          {t("holdTimer.holding", { s: wholeSeconds(state.elapsedMs) })}
        </p>
      )}
      {lastCue !== null && (
        <p aria-live="assertive" data-testid="hold-timer-cue">
          {t("holdTimer.lastCue", { text: lastCue })}
        </p>
      )}
      <LiveCameraView live={live} title={t("holdTimer.title")} />
      <HoldVideoPanel test={test} side={side} onStart={live.stop} onResult={onResult} />
      {state.phase === "ended" && (
        <div aria-live="polite" data-testid="hold-timer-result" data-stop-reason={state.hold.stopReason}>
          <p>
            <strong data-testid="hold-timer-seconds" data-duration-ms={state.hold.durationMs}>
              {t("holdTimer.result", { s: tenthsOfSeconds(state.hold.durationMs, lang) })}
            </strong>
          </p>
          <p>{t("holdTimer.reason", { reason: HOLD_STOP_REASON_NAMES[state.hold.stopReason][lang] })}</p>
          <p data-quality={state.hold.quality}>
            {t("holdTimer.quality", { quality: HOLD_QUALITY_NAMES[state.hold.quality][lang] })}
          </p>
          <p className="muted">{t("holdTimer.qualityNote", { err: String(KNEE_FPPA_ERROR_DEG) })}</p>
        </div>
      )}
    </section>
  );
}
