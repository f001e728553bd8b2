import type { AnalyzeOptions } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { SkeletonSvg } from "../figure/skeleton-svg.js";
import { analyzeVideoRead } from "./read-video.js";
import { ReportView } from "./report-view.js";
import { useSaveScreen } from "./use-save-screen.js";
import type { Recorded } from "./use-save-screen.js";
import { useVideoFile } from "./use-video-file.js";
import { videoAnalysisBusy } from "./video-analysis-state.js";
import { VideoReadStatus } from "./video-read-status.js";

type Props = {
  /** The test, side and camera view chosen on the screen (the picture size is read from the video). */
  readonly options: AnalyzeOptions;
  /** Called when a file is chosen: the live camera stops, so the two do not share the device's processor. */
  readonly onStart: () => void;
  readonly onSaved: () => void;
};

/**
 * "Choose a video" beside the live camera: a film from the phone's gallery or camera roll, analysed on the device
 * with the same detector, picture checks and analysis as a live recording, with a progress bar that can be
 * cancelled. Only the findings and keypoints are saved, and only when the person asks, as for the live camera.
 */
export function VideoFilePanel({ options, onStart, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { state, video, analyse, cancel } = useVideoFile<Recorded>();
  const saving = useSaveScreen(onSaved);
  const busy = videoAnalysisBusy(state);
  // Keypoints are in the video's own pixels; the skeleton is drawn in them.
  const widthPx = video.current?.videoWidth || 640;
  const heightPx = video.current?.videoHeight || 480;
  const seconds = (ms: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(ms / 1000);
  return (
    <section
      className="card"
      aria-labelledby="video-file-title"
      data-testid="video-file"
      data-status={state.status}
    >
      <h2 id="video-file-title">{t("cameraWeb.videoTitle")}</h2>
      <p className="muted">{t("cameraWeb.videoIntro")}</p>
      <label className="actions">
        {t("cameraWeb.chooseVideo")}{" "}
        <input
          type="file"
          accept="video/*"
          data-testid="video-file-input"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // The same file can be chosen again after a change of test or view.
            event.currentTarget.value = "";
            if (file === undefined) return;
            saving.reset();
            onStart();
            analyse(file, (read, frameSize) => ({
              report: analyzeVideoRead(read, { ...options, frameSize }),
              frames: read.frames,
            }));
          }}
        />
      </label>
      <div className="video-stage video-file-stage" hidden={!busy}>
        <video ref={video} playsInline muted aria-hidden="true" />
        {state.status === "analysing" && state.latest !== null && (
          <div className="video-overlay" data-testid="video-file-skeleton">
            <SkeletonSvg
              keypoints={state.latest.keypoints}
              viewBox={`0 0 ${String(widthPx)} ${String(heightPx)}`}
              stretch
              strokeWidth={Math.max(3, widthPx / 160)}
              title={t("cameraWeb.videoSkeleton")}
            />
          </div>
        )}
      </div>
      <VideoReadStatus state={state} cancel={cancel} testIdPrefix="video-file" />
      {state.status === "finished" && (
        <div aria-live="polite" data-testid="video-file-result">
          <p>
            <strong>{t("cameraWeb.videoReport", { name: state.fileName })}</strong>
          </p>
          {state.stoppedAtMs !== null && (
            <p className="muted">{t("cameraWeb.videoStopped", { s: seconds(state.stoppedAtMs) })}</p>
          )}
          {state.cutAtMs !== null && (
            <p className="muted">{t("cameraWeb.videoCut", { s: seconds(state.cutAtMs) })}</p>
          )}
          <ReportView report={state.result.report} />
          {state.result.report.status === "scored" && saving.status?.ok !== true && (
            <div className="actions">
              <button
                type="button"
                onClick={() => void saving.save(state.result)}
                disabled={saving.busy}
                aria-busy={saving.busy}
                data-testid="video-file-save"
              >
                {t("screen.save")}
              </button>
            </div>
          )}
          {saving.status !== null && (
            <p
              role="status"
              className={saving.status.ok ? undefined : "error"}
              data-testid="video-file-save-status"
            >
              {saving.problem === null ? t("screen.saved") : saving.problem.text}
            </p>
          )}
          <TechnicalDetail detail={saving.problem?.detail} />
        </div>
      )}
    </section>
  );
}
