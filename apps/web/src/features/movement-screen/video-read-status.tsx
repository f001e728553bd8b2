import { useTranslation } from "react-i18next";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { videoAnalysisBusy, type VideoAnalysisState, type VideoProblem } from "./video-analysis-state.js";

const PROBLEM_KEYS = {
  "not-a-video": "cameraWeb.notAVideo",
  "cannot-decode": "cameraWeb.cannotDecode",
  "analysis-failed": "cameraWeb.analysisFailed",
} as const satisfies Record<VideoProblem, string>;

type Props<R> = {
  readonly state: VideoAnalysisState<R>;
  readonly cancel: () => void;
  /** Prefix of the test ids: `<prefix>-progress`, `-cancel`, `-cancelled`, `-error`. */
  readonly testIdPrefix: string;
};

/**
 * What a video chosen on the device is doing while it is read, the same for the movement screen and a strength
 * hold: loading, progress with Cancel, cancelled, or why it could not be read (decisions 0450, 0580).
 */
export function VideoReadStatus<R>({ state, cancel, testIdPrefix }: Props<R>) {
  const { t } = useTranslation();
  return (
    <>
      {state.status === "loading" && <p role="status">{t("cameraWeb.videoLoading")}</p>}
      {state.status === "analysing" && (
        <div role="status" data-testid={`${testIdPrefix}-progress`}>
          <label>
            {t("cameraWeb.videoProgress", { done: state.doneSamples, total: state.totalSamples })}{" "}
            <progress value={state.doneSamples} max={state.totalSamples} />
          </label>
        </div>
      )}
      {videoAnalysisBusy(state) && (
        <div className="actions">
          <button type="button" className="secondary" onClick={cancel} data-testid={`${testIdPrefix}-cancel`}>
            {t("cameraWeb.cancel")}
          </button>
        </div>
      )}
      {state.status === "cancelled" && (
        <p role="status" data-testid={`${testIdPrefix}-cancelled`}>
          {t("cameraWeb.videoCancelled")}
        </p>
      )}
      {state.status === "failed" && (
        <>
          <p
            className="error"
            role="alert"
            data-testid={`${testIdPrefix}-error`}
            data-problem={state.problem}
          >
            {t(PROBLEM_KEYS[state.problem])}
          </p>
          <TechnicalDetail detail={state.detail === "" ? undefined : state.detail} />
        </>
      )}
    </>
  );
}
