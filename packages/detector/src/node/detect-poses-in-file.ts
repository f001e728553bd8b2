import { median, type KeypointFrame, type PeopleSeen, type PictureLight } from "@hipcheck/motion";
import type { PeopleFinder } from "../people-finder.js";
import { detected, type DetectorResult } from "../detector-error.js";
import { keypointFrameOf } from "../keypoint-frame-of.js";
import { meanLumaOf } from "../pixel-frame.js";
import type { PoseEstimator } from "../pose-estimator.js";
import { DEFAULT_DECODE, decodeFrames, type DecodeOptions } from "./frame-decoder.js";
import { probeMedia, type MediaInfo } from "./media-probe.js";

export type DetectedClip = {
  readonly media: MediaInfo;
  /** Rate of `frames` (the source's, capped by the decoder). */
  readonly frameRate: number;
  /** One frame per decoded picture, keypoints in pixels of the original file. */
  readonly frames: readonly KeypointFrame[];
  /** Where a damaged or truncated video stopped decoding, in ms from its start; the frames before were kept. */
  readonly stoppedAtMs?: number;
  /** What the person detector saw, when one was given. */
  readonly people?: PeopleSeen;
  /** How bright the decoded pictures were (the median of their mean luma), for the "too dark" refusal. */
  readonly light?: PictureLight;
};

export type DetectOptions = DecodeOptions & {
  /** Called after each frame with the count done and the expected total (from the file's duration). */
  readonly onProgress?: (doneFrames: number, expectedFrames: number) => void;
  /** Counts people and chooses whom to measure on the first frame, then about once a second. */
  readonly people?: PeopleFinder;
  /**
   * Makes the higher-resolution model that reads a still photo instead of `estimator` (see PHOTO_MODEL_OF); made
   * only when the file is a photo, disposed after it. Without it, `estimator` reads photos too.
   */
  readonly photoEstimator?: () => Promise<PoseEstimator>;
};

export type DetectedClipWith = DetectedClip & {
  /** True when the photo was read by the `photoEstimator`, not the tracking model. */
  readonly refined: boolean;
};

/**
 * How often the people in a video are counted again. Someone walking into the picture takes a second or more,
 * and the person detector costs about one pose-model run (design choice, decision 0201).
 */
export const PEOPLE_CHECK_INTERVAL_MS = 1000;

/** Checks, decodes and runs `estimator` on every frame of an image or video file. */
export async function detectPosesInFile(
  path: string,
  estimator: PoseEstimator,
  options: DetectOptions = {},
): Promise<DetectorResult<DetectedClipWith>> {
  const probed = await probeMedia(path);
  if (!probed.ok) return probed;
  const media = probed.value;
  if (media.kind === "image" && options.photoEstimator !== undefined) {
    const photoEstimator = await options.photoEstimator();
    const read = await detectWith(path, media, photoEstimator, options).finally(() => {
      photoEstimator.dispose();
    });
    return read.ok ? detected({ ...read.value, refined: true }) : read;
  }
  const read = await detectWith(path, media, estimator, options);
  return read.ok ? detected({ ...read.value, refined: false }) : read;
}

async function detectWith(
  path: string,
  media: MediaInfo,
  estimator: PoseEstimator,
  options: DetectOptions,
): Promise<DetectorResult<DetectedClip>> {
  const frames: KeypointFrame[] = [];
  const lumas: number[] = [];
  estimator.reset();
  options.people?.reset();
  let nextCheckMs = 0;
  const expectedFrames =
    media.kind === "image"
      ? 1
      : Math.max(
          1,
          Math.round(
            (media.durationMs / 1000) *
              Math.min(media.frameRate, options.maxFrameRate ?? DEFAULT_DECODE.maxFrameRate),
          ),
        );
  const decoded = await decodeFrames(
    path,
    media,
    async ({ frame, timeMs, toSourceScale }) => {
      let person;
      if (options.people !== undefined && timeMs >= nextCheckMs) {
        nextCheckMs = timeMs + PEOPLE_CHECK_INTERVAL_MS;
        const inFrame = await options.people.look(frame);
        // With several people, the first frame starts on the chosen one; the pose model then follows them by
        // itself. Alone in the picture, the person is found as before, from the whole picture (decision 0201).
        if (timeMs === 0 && inFrame.found > 1) person = inFrame.target;
      }
      lumas.push(meanLumaOf(frame));
      frames.push(keypointFrameOf(await estimator.estimate(frame, person), timeMs, toSourceScale));
      options.onProgress?.(frames.length, Math.max(expectedFrames, frames.length));
    },
    options,
  );
  if (!decoded.ok) return decoded;
  const people = options.people?.seen();
  const damaged = decoded.value.damaged;
  const meanLuma = median(lumas);
  return detected({
    media,
    frameRate: decoded.value.frameRate,
    frames,
    ...(damaged === undefined ? {} : { stoppedAtMs: damaged.stoppedAtMs }),
    ...(people === undefined ? {} : { people }),
    ...(meanLuma === undefined ? {} : { light: { meanLuma } }),
  });
}
