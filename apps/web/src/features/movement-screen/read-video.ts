/**
 * A video file from the person's phone read like the live camera: picture after picture through the same frame
 * watch (pose, light, people; decision 0360), sampled at the rate the command line reads files (decision 0050).
 * The pictures come from a `VideoSource` (the browser's video element, `video-file-source.ts`); this part has no
 * DOM, so its timing, cancel and damage rules are specified without a browser (decision 0450).
 */
import type { FrameWatch, PixelFrame } from "@hipcheck/detector/browser";
import { analyzeMovement, pictureChecksOf } from "@hipcheck/motion";
import type { AnalyzeOptions, KeypointFrame, MovementReport, PictureLook } from "@hipcheck/motion";

/**
 * Pictures analysed per second of video: a squat or step-down repetition lasts 1–3 s and the knee is nearly still
 * at its deepest point, so 15 a second catch it within 33 ms (decision 0050, as `hipcheck analyze`).
 */
export const VIDEO_ANALYSIS_FPS = 15;

/**
 * Only this much of a longer video is analysed: a test takes three slow repetitions, about 8 s (docs/clinical §1.1),
 * and a phone reads a few pictures a second, so a longer film would keep the person waiting for minutes
 * (design choice, decision 0450).
 */
export const VIDEO_MAX_SECONDS = 60;

/**
 * How a video is sampled: pictures a second, how much of it, and what a picture shown again gives. A movement screen
 * skips a picture shown again (a still knee counted twice would weigh twice); a timed hold repeats the body read at
 * its first showing at each later time, since a hold is measured in time and a still picture is a body held still.
 */
export type VideoSampling = {
  readonly fps: number;
  readonly maxSeconds: number;
  readonly samePicture: "skip" | "repeat";
};

/** The movement screen's sampling (decisions 0050, 0450). */
export const MOVEMENT_VIDEO_SAMPLING: VideoSampling = {
  fps: VIDEO_ANALYSIS_FPS,
  maxSeconds: VIDEO_MAX_SECONDS,
  samePicture: "skip",
};

/** One picture of the video as the models read it, and the factor back to the video's own pixels. */
export type VideoPicture = { readonly frame: PixelFrame; readonly toSourceScale: number };

export type VideoSource = {
  readonly durationMs: number;
  /** The picture shown at `timeMs`; null when the video cannot be decoded there (damaged or cut from there on). */
  readonly pictureAt: (timeMs: number) => Promise<VideoPicture | null>;
};

export type VideoRead =
  | {
      readonly kind: "read";
      /**
       * Keypoints in pixels of the video: one frame per distinct picture, or, when a picture shown again is
       * repeated, one per sampled time.
       */
      readonly frames: readonly KeypointFrame[];
      /** What each distinct picture showed besides the pose (light, people). */
      readonly looks: readonly PictureLook[];
      /** Where a damaged video stopped decoding; the pictures before it were read. */
      readonly stoppedAtMs: number | null;
      /** Where the analysis stopped in a video longer than the sampling's `maxSeconds`. */
      readonly cutAtMs: number | null;
    }
  | { readonly kind: "cancelled" }
  /** Not one picture could be decoded. */
  | { readonly kind: "unreadable" };

export type ReadVideoControl = {
  readonly signal?: AbortSignal;
  /** After each sampled time: how many are done of how many, and the latest frame read (none before the first). */
  readonly onProgress?: (
    doneSamples: number,
    totalSamples: number,
    latest: KeypointFrame | undefined,
  ) => void;
  /** The movement screen's unless said otherwise. */
  readonly sampling?: VideoSampling;
};

/** The times at which the video is sampled, from its start to its end or `maxSeconds`, whichever is first. */
export function videoSampleTimesMs(
  durationMs: number,
  sampling: VideoSampling = MOVEMENT_VIDEO_SAMPLING,
): number[] {
  if (!Number.isFinite(durationMs) || durationMs <= 0) return [0];
  const endMs = Math.min(durationMs, sampling.maxSeconds * 1000);
  const stepMs = 1000 / sampling.fps;
  const count = Math.max(1, Math.ceil(endMs / stepMs - 1e-9));
  return Array.from({ length: count }, (_, index) => index * stepMs);
}

/**
 * True when two pictures have the same pixels: a video filmed at fewer pictures a second than the analysis rate
 * shows the same picture at several sampled times, and reading it twice would count a still knee twice.
 */
export function samePicture(a: PixelFrame, b: PixelFrame): boolean {
  if (a.width !== b.width || a.height !== b.height || a.data.length !== b.data.length) return false;
  for (let index = 0; index < a.data.length; index += 1) {
    if (a.data[index] !== b.data[index]) return false;
  }
  return true;
}

/** Read through a function: the signal can abort while a picture is awaited. */
function cancelled(control: ReadVideoControl): boolean {
  return control.signal?.aborted === true;
}

/**
 * Reads every sampled picture of `source` through `watch`, in order, once per distinct picture (at the time it was
 * first shown; later showings skipped or repeated as the sampling says). Stops at once when `signal` aborts; keeps
 * what decoded before a damaged part.
 */
export async function readVideo(
  source: VideoSource,
  watch: FrameWatch,
  control: ReadVideoControl = {},
): Promise<VideoRead> {
  const sampling = control.sampling ?? MOVEMENT_VIDEO_SAMPLING;
  const times = videoSampleTimesMs(source.durationMs, sampling);
  const frames: KeypointFrame[] = [];
  const looks: PictureLook[] = [];
  let previous: PixelFrame | null = null;
  let stoppedAtMs: number | null = null;
  watch.reset();
  for (const [index, timeMs] of times.entries()) {
    if (cancelled(control)) return { kind: "cancelled" };
    const picture = await source.pictureAt(timeMs);
    if (cancelled(control)) return { kind: "cancelled" };
    if (picture === null) {
      stoppedAtMs = timeMs;
      break;
    }
    if (previous === null || !samePicture(previous, picture.frame)) {
      const watched = await watch.read(picture.frame, timeMs, picture.toSourceScale);
      if (cancelled(control)) return { kind: "cancelled" };
      frames.push(watched.frame);
      looks.push(watched.look);
      previous = picture.frame;
    } else if (sampling.samePicture === "repeat") {
      const shown = frames.at(-1);
      if (shown !== undefined) frames.push({ ...shown, timeMs });
    }
    control.onProgress?.(index + 1, times.length, frames.at(-1));
  }
  if (frames.length === 0) return { kind: "unreadable" };
  const maxMs = sampling.maxSeconds * 1000;
  return {
    kind: "read",
    frames,
    looks,
    stoppedAtMs,
    cutAtMs: stoppedAtMs === null && source.durationMs > maxMs ? maxMs : null,
  };
}

/**
 * The report of a read video: the same analysis as a live recording, with the people and light of the video's own
 * pictures, so it is refused for the same reasons (nobody, someone else, too dark, seated, legs cut off, wrong view).
 */
export function analyzeVideoRead(
  read: Extract<VideoRead, { kind: "read" }>,
  options: AnalyzeOptions,
): MovementReport {
  return analyzeMovement(read.frames, { ...options, ...pictureChecksOf(read.looks) });
}
