import { useEffect, useReducer, useRef } from "react";
import type { RefObject } from "react";
import { loadPictureReader } from "./live-pose.js";
import type { PictureReader } from "./live-pose.js";
import { readVideo } from "./read-video.js";
import type { VideoRead, VideoSampling } from "./read-video.js";
import { VIDEO_ANALYSIS_IDLE, videoAnalysisReducer, videoFileProblem } from "./video-analysis-state.js";
import type { VideoAnalysisState } from "./video-analysis-state.js";
import { openVideoFile } from "./video-file-source.js";

/** The pictures of a video once read, and the video's own size (keypoints are in its pixels). */
export type ReadPictures = Extract<VideoRead, { kind: "read" }>;
export type VideoFrameSize = { readonly widthPx: number; readonly heightPx: number };

export type VideoFileAnalysis<R> = {
  readonly state: VideoAnalysisState<R>;
  /** The element the chosen video is decoded in; it must be in the page before `analyse` is called. */
  readonly video: RefObject<HTMLVideoElement | null>;
  /**
   * Reads `file` and hands its frames to `finish`, which gives the run's result: a movement report for the test
   * chosen now, or a hold's timing.
   */
  readonly analyse: (file: File, finish: (read: ReadPictures, frameSize: VideoFrameSize) => R) => void;
  readonly cancel: () => void;
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A video file analysed on the device, as the live camera's recording is (decision 0450): the same detector and
 * picture checks, then the same analysis as a live recording (a movement report, or a hold's timing). One run at a
 * time: choosing another file or cancelling ends the current one, and leaving the page (unmounting) does too. The
 * file is read in the page only; nothing is sent. `sampling` is the movement screen's unless given.
 */
export function useVideoFile<R>(sampling?: VideoSampling): VideoFileAnalysis<R> {
  const [state, dispatch] = useReducer(videoAnalysisReducer<R>, VIDEO_ANALYSIS_IDLE);
  const video = useRef<HTMLVideoElement>(null);
  const runs = useRef(0);
  const current = useRef<{ abort: AbortController; close: () => void } | null>(null);
  // The models stay loaded between files of one visit; a second video starts at once.
  const reader = useRef<Promise<PictureReader> | null>(null);

  const end = () => {
    current.current?.abort.abort();
    current.current?.close();
    current.current = null;
  };
  useEffect(
    () => () => {
      end();
      void reader.current?.then((loaded) => {
        loaded.dispose();
      });
    },
    [],
  );

  async function run(
    run: number,
    file: File,
    finish: (read: ReadPictures, frameSize: VideoFrameSize) => R,
    element: HTMLVideoElement,
  ) {
    const abort = new AbortController();
    const mine: { abort: AbortController; close: () => void } = { abort, close: () => undefined };
    // Read through a function: a cancel can come while the model or the file loads.
    const aborted = () => abort.signal.aborted;
    current.current = mine;
    let loaded: PictureReader;
    try {
      reader.current ??= loadPictureReader();
      loaded = await reader.current;
    } catch (error) {
      reader.current = null;
      dispatch({ type: "failed", run, problem: "analysis-failed", detail: errorText(error) });
      return;
    }
    if (aborted()) return;
    const opened = await openVideoFile(element, file, loaded.pictureOf);
    if (!opened.ok) {
      dispatch({ type: "failed", run, problem: "cannot-decode", detail: opened.detail });
      return;
    }
    mine.close = opened.video.close;
    if (aborted()) {
      opened.video.close();
      return;
    }
    const read = await readVideo(opened.video, loaded.watch, {
      signal: abort.signal,
      ...(sampling === undefined ? {} : { sampling }),
      onProgress: (doneSamples, totalSamples, latest) => {
        dispatch({ type: "progress", run, doneSamples, totalSamples, latest: latest ?? null });
      },
    });
    opened.video.close();
    if (current.current === mine) current.current = null;
    if (read.kind === "cancelled") return;
    if (read.kind === "unreadable") {
      dispatch({ type: "failed", run, problem: "cannot-decode", detail: "No picture could be decoded." });
      return;
    }
    const frameSize = { widthPx: opened.video.widthPx, heightPx: opened.video.heightPx };
    dispatch({
      type: "finished",
      run,
      result: finish(read, frameSize),
      stoppedAtMs: read.stoppedAtMs,
      cutAtMs: read.cutAtMs,
    });
  }

  return {
    state,
    video,
    analyse: (file, finish) => {
      end();
      runs.current += 1;
      const mine = runs.current;
      dispatch({ type: "chosen", run: mine, fileName: file.name });
      const problem = videoFileProblem(file);
      if (problem !== null) {
        dispatch({ type: "failed", run: mine, problem, detail: file.type });
        return;
      }
      const element = video.current;
      if (element === null) return;
      run(mine, file, finish, element).catch((error: unknown) => {
        dispatch({ type: "failed", run: mine, problem: "analysis-failed", detail: errorText(error) });
      });
    },
    cancel: () => {
      end();
      dispatch({ type: "cancel" });
    },
  };
}
