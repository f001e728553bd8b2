import { useTranslation } from "react-i18next";
import {
  HOLD_QUALITY_NAMES,
  HOLD_STOP_REASON_NAMES,
  KNEE_FPPA_ERROR_DEG,
  type HoldTest,
  type HoldTiming,
  type Side,
} from "@hipcheck/motion";
import { currentLang } from "../../i18n/setup-i18n.js";
import { useVideoFile } from "../movement-screen/use-video-file.js";
import { videoAnalysisBusy } from "../movement-screen/video-analysis-state.js";
import { VideoReadStatus } from "../movement-screen/video-read-status.js";
import { tenthsOfSeconds } from "./camera-hold-run.js";
import type { CameraHoldResult } from "./camera-hold-timer.js";
import { HOLD_VIDEO_SAMPLING, timeHoldVideo } from "./hold-video.js";

type Props = {
  readonly test: HoldTest;
  readonly side: Side;
  /** Called when a file is chosen: the live camera stops, so the two do not share the device's processor. */
  readonly onStart: () => void;
  /** Called when the video's hold was timed, as the live camera's timing is. */
  readonly onResult: (result: CameraHoldResult) => void;
};

/**
 * "Choose a video of the hold" beside the live camera (decision 0580): a film of the hold from the phone's own camera
 * app, read on the device and timed by the same pose model and hold timing as the live camera, with the same time,
 * reason and quality, or the reasons it could not be timed. The film never leaves the device.
 */
export function HoldVideoPanel({ test, side, onStart, onResult }: Props) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { state, video, analyse, cancel } = useVideoFile<HoldTiming>(HOLD_VIDEO_SAMPLING);
  const busy = videoAnalysisBusy(state);
  const timing = state.status === "finished" ? state.result : null;
  return (
    <div data-testid="hold-video" data-status={state.status}>
      <p className="muted">{t("holdVideo.intro")}</p>
      <label className="actions">
        {t("holdVideo.choose")}{" "}
        <input
          type="file"
          accept="video/*"
          data-testid="hold-video-input"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // The same film can be chosen again, for the other side or after a cancel.
            event.currentTarget.value = "";
            if (file === undefined) return;
            onStart();
            analyse(file, (read) => {
              const timed = timeHoldVideo(read, { test, side });
              if (timed.status === "timed") {
                onResult({
                  durationMs: timed.durationMs,
                  stopReason: timed.stopReason,
                  quality: timed.quality,
                });
              }
              return timed;
            });
          }}
        />
      </label>
      <div className="video-stage video-file-stage" hidden={!busy}>
        <video ref={video} playsInline muted aria-hidden="true" />
      </div>
      <VideoReadStatus state={state} cancel={cancel} testIdPrefix="hold-video" />
      {timing?.status === "refused" && (
        <div role="alert" data-testid="hold-video-refused">
          <p>{t("holdVideo.notTimed")}</p>
          <ul>
            {timing.problems.map((problem) => (
              <li key={problem.code} data-code={problem.code}>
                {problem.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {timing?.status === "timed" && (
        <div aria-live="polite" data-testid="hold-video-result" data-stop-reason={timing.stopReason}>
          <p>
            <strong data-testid="hold-video-seconds" data-duration-ms={timing.durationMs}>
              {t("holdTimer.result", { s: tenthsOfSeconds(timing.durationMs, lang) })}
            </strong>
          </p>
          <p>
            {t("holdVideo.fromTo", {
              start: tenthsOfSeconds(timing.startMs, lang),
              end: tenthsOfSeconds(timing.endMs, lang),
            })}
          </p>
          <p>{t("holdTimer.reason", { reason: HOLD_STOP_REASON_NAMES[timing.stopReason][lang] })}</p>
          <p data-quality={timing.quality}>
            {t("holdTimer.quality", { quality: HOLD_QUALITY_NAMES[timing.quality][lang] })}
          </p>
          <p className="muted">{t("holdTimer.qualityNote", { err: String(KNEE_FPPA_ERROR_DEG) })}</p>
        </div>
      )}
      {state.status === "finished" && state.stoppedAtMs !== null && (
        <p className="muted">{t("holdVideo.stopped", { s: tenthsOfSeconds(state.stoppedAtMs, lang) })}</p>
      )}
      {state.status === "finished" && state.cutAtMs !== null && (
        <p className="muted">{t("holdVideo.cut", { s: tenthsOfSeconds(state.cutAtMs, lang) })}</p>
      )}
    </div>
  );
}
