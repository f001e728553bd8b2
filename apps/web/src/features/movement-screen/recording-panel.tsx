import { useState } from "react";
import type { RefObject } from "react";
import { analyzeMovement } from "@hipcheck/motion";
import type { CameraView, KeypointFrame, PictureLook, Side } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { recordingPictureChecks } from "./live-picture-checks.js";
import { ReportView } from "./report-view.js";
import type { ScreenTest } from "./screen-tests.js";
import { useSaveScreen } from "./use-save-screen.js";
import type { Recorded } from "./use-save-screen.js";

/** Seconds recorded per test and side: enough for three slow repetitions (studies average 3 trials, docs/clinical §1.1). */
export const RECORDING_SECONDS = 8;

type Props = {
  readonly live: boolean;
  readonly recording: RefObject<KeypointFrame[] | null>;
  /** What the camera's recent pictures showed besides the pose (light, people), for the recording's own checks. */
  readonly looks: () => readonly PictureLook[];
  readonly screenTest: ScreenTest;
  readonly side: Side;
  /** Where the camera is: in front of the person or behind them (left and right follow). */
  readonly view: CameraView;
  readonly frameSize: { readonly widthPx: number; readonly heightPx: number };
  readonly onSaved: () => void;
};

/**
 * Records one test as keypoints, analyses it on the device with the motion module and saves the report and
 * the keypoints (never the video) with the server.
 */
export function RecordingPanel({
  live,
  recording,
  looks,
  screenTest,
  side,
  view,
  frameSize,
  onSaved,
}: Props) {
  const { t } = useTranslation();
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const saving = useSaveScreen(onSaved);
  const { status, problem } = saving;
  const [busy, setBusy] = useState(false);

  function record() {
    recording.current = [];
    setRecorded(null);
    saving.reset();
    setBusy(true);
    window.setTimeout(() => {
      const frames = recording.current ?? [];
      recording.current = null;
      const fromMs = frames[0]?.timeMs ?? Infinity;
      // The recording is refused for the same light and people as a file would be (decision 0360).
      const options = {
        test: screenTest.test,
        view,
        frameSize,
        ...(screenTest.perSide ? { side } : {}),
        ...recordingPictureChecks(looks(), fromMs),
      };
      setRecorded({ report: analyzeMovement(frames, options), frames });
      setBusy(false);
    }, RECORDING_SECONDS * 1000);
  }

  return (
    <section className="card" aria-live="polite">
      <div className="actions">
        <button type="button" disabled={!live || busy} onClick={record} data-testid="record">
          {busy ? t("screen.recording") : t("screen.record", { s: RECORDING_SECONDS })}
        </button>
        {recorded !== null && recorded.report.status === "scored" && status?.ok !== true && (
          <button
            type="button"
            onClick={() => void saving.save(recorded)}
            disabled={saving.busy}
            aria-busy={saving.busy}
            data-testid="save-screen"
          >
            {t("screen.save")}
          </button>
        )}
      </div>
      {recorded !== null && <ReportView report={recorded.report} />}
      {status !== null && (
        <p role="status" className={status.ok ? undefined : "error"} data-testid="save-status">
          {problem === null ? t("screen.saved") : problem.text}
        </p>
      )}
      <TechnicalDetail detail={problem?.detail} />
    </section>
  );
}
