import type { KeypointFrame } from "@hipcheck/motion";
import { detected, type DetectorResult } from "../detector-error.js";
import { keypointFrameOf } from "../keypoint-frame-of.js";
import type { PoseEstimator } from "../pose-estimator.js";
import { DEFAULT_DECODE, decodeFrames, type DecodeOptions } from "./frame-decoder.js";
import { probeMedia, type MediaInfo } from "./media-probe.js";

export type DetectedClip = {
  readonly media: MediaInfo;
  /** Rate of `frames` (the source's, capped by the decoder). */
  readonly frameRate: number;
  /** One frame per decoded picture, keypoints in pixels of the original file. */
  readonly frames: readonly KeypointFrame[];
};

export type DetectOptions = DecodeOptions & {
  /** Called after each frame with the count done and the expected total (from the file's duration). */
  readonly onProgress?: (doneFrames: number, expectedFrames: number) => void;
};

/** Checks, decodes and runs `estimator` on every frame of an image or video file. */
export async function detectPosesInFile(
  path: string,
  estimator: PoseEstimator,
  options: DetectOptions = {},
): Promise<DetectorResult<DetectedClip>> {
  const probed = await probeMedia(path);
  if (!probed.ok) return probed;
  const media = probed.value;
  const frames: KeypointFrame[] = [];
  estimator.reset();
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
      frames.push(keypointFrameOf(await estimator.estimate(frame), timeMs, toSourceScale));
      options.onProgress?.(frames.length, Math.max(expectedFrames, frames.length));
    },
    options,
  );
  if (!decoded.ok) return decoded;
  return detected({ media, frameRate: decoded.value.frameRate, frames });
}
