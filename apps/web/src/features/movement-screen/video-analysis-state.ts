/**
 * Where the analysis of a chosen video stands, as a reducer outside React so its rules are specified without a
 * browser: each choice of a file starts a new run, and whatever an earlier or cancelled run still reports is
 * dropped, so a cancelled analysis never shows a report and a new file never shows the old one's.
 */
import type { KeypointFrame } from "@hipcheck/motion";

/** Why a chosen file gave no report. */
export type VideoProblem = "not-a-video" | "cannot-decode" | "analysis-failed";

/**
 * `R` is what a finished run gives: a movement report with its frames on the movement screen, a timed hold on the
 * strength check.
 */
export type VideoAnalysisState<R> =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly run: number; readonly fileName: string }
  | {
      readonly status: "analysing";
      readonly run: number;
      readonly fileName: string;
      readonly doneSamples: number;
      readonly totalSamples: number;
      /** The latest frame read, drawn over the picture so the person sees whom the screen follows. */
      readonly latest: KeypointFrame | null;
    }
  | {
      readonly status: "finished";
      readonly run: number;
      readonly fileName: string;
      readonly result: R;
      readonly stoppedAtMs: number | null;
      readonly cutAtMs: number | null;
    }
  | {
      readonly status: "failed";
      readonly run: number;
      readonly fileName: string;
      readonly problem: VideoProblem;
      /** The browser's own words, folded away beside the person's. */
      readonly detail: string;
    }
  | { readonly status: "cancelled"; readonly run: number; readonly fileName: string };

export type VideoAnalysisEvent<R> =
  | { readonly type: "chosen"; readonly run: number; readonly fileName: string }
  | {
      readonly type: "progress";
      readonly run: number;
      readonly doneSamples: number;
      readonly totalSamples: number;
      readonly latest: KeypointFrame | null;
    }
  | {
      readonly type: "finished";
      readonly run: number;
      readonly result: R;
      readonly stoppedAtMs: number | null;
      readonly cutAtMs: number | null;
    }
  | { readonly type: "failed"; readonly run: number; readonly problem: VideoProblem; readonly detail: string }
  | { readonly type: "cancel" };

export const VIDEO_ANALYSIS_IDLE = { status: "idle" } as const;

/** True while a run is under way (loading the model or reading pictures). */
export function videoAnalysisBusy<R>(
  state: VideoAnalysisState<R>,
): state is Extract<VideoAnalysisState<R>, { status: "loading" | "analysing" }> {
  return state.status === "loading" || state.status === "analysing";
}

export function videoAnalysisReducer<R>(
  state: VideoAnalysisState<R>,
  event: VideoAnalysisEvent<R>,
): VideoAnalysisState<R> {
  if (event.type === "chosen") return { status: "loading", run: event.run, fileName: event.fileName };
  if (!videoAnalysisBusy(state)) return state;
  if (event.type === "cancel") return { status: "cancelled", run: state.run, fileName: state.fileName };
  if (event.run !== state.run) return state;
  const { run, fileName } = state;
  switch (event.type) {
    case "progress":
      return {
        status: "analysing",
        run,
        fileName,
        doneSamples: event.doneSamples,
        totalSamples: event.totalSamples,
        latest: event.latest,
      };
    case "finished":
      return {
        status: "finished",
        run,
        fileName,
        result: event.result,
        stoppedAtMs: event.stoppedAtMs,
        cutAtMs: event.cutAtMs,
      };
    case "failed":
      return { status: "failed", run, fileName, problem: event.problem, detail: event.detail };
  }
}

/** Common video file name endings, for a file whose type the browser left blank. */
const VIDEO_NAME = /\.(mp4|m4v|mov|qt|webm|mkv|avi|3gp|3g2|ogv|mpe?g)$/i;

/**
 * Whether a file is a video before decoding it, from the type the browser gives (phones give `video/…` for their
 * films); a file with no type is judged by its name. A video the browser then cannot decode is "cannot-decode".
 */
export function videoFileProblem(file: {
  readonly type: string;
  readonly name: string;
}): VideoProblem | null {
  if (file.type !== "") return file.type.startsWith("video/") ? null : "not-a-video";
  return VIDEO_NAME.test(file.name) ? null : "not-a-video";
}
