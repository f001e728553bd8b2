import {
  pictureChecksOf,
  type KeypointFrame,
  type PeopleSeen,
  type PictureLight,
  type PictureLook,
} from "@hipcheck/motion";
import type { PeopleFinder } from "../people-finder.js";
import { detected, type DetectorResult } from "../detector-error.js";
import { createFrameWatch } from "../frame-watch.js";
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
  const looks: PictureLook[] = [];
  const watch = createFrameWatch(estimator, options.people);
  watch.reset();
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
      const watched = await watch.read(frame, timeMs, toSourceScale);
      frames.push(watched.frame);
      looks.push(watched.look);
      options.onProgress?.(frames.length, Math.max(expectedFrames, frames.length));
    },
    options,
  );
  if (!decoded.ok) return decoded;
  const { people, light } = pictureChecksOf(looks);
  const damaged = decoded.value.damaged;
  return detected({
    media,
    frameRate: decoded.value.frameRate,
    frames,
    ...(damaged === undefined ? {} : { stoppedAtMs: damaged.stoppedAtMs }),
    ...(people === undefined ? {} : { people }),
    ...(light === undefined ? {} : { light }),
  });
}
