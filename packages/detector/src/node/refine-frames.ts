import type { KeypointFrame } from "@hipcheck/motion";
import { detected, type DetectorResult } from "../detector-error.js";
import { keypointFrameOf } from "../keypoint-frame-of.js";
import type { PoseEstimator } from "../pose-estimator.js";
import { refineBoxOf } from "../refine-box.js";
import { decodeFrames, type DecodeOptions } from "./frame-decoder.js";
import type { DetectedClip } from "./detect-poses-in-file.js";

export type RefinedFrames = {
  /** The clip's frames, those read again replaced by the finer model's reading. */
  readonly frames: readonly KeypointFrame[];
  /** Indices of the frames the finer model read (a chosen frame with no body to look at keeps its reading). */
  readonly refined: readonly number[];
};

/**
 * Reads the frames at `indices` of a video already tracked by the fast model (`clip`, from `detectPosesInFile`
 * with the same decode `options`) again with `estimator`, in the crop around the person the fast model followed
 * (`refineBoxOf`): the deepest frames of each repetition, where a higher-resolution model reads a bent knee
 * better (decision 0460). The video is decoded once more; the model runs only on the chosen frames.
 */
export async function refineFrames(
  path: string,
  clip: DetectedClip,
  estimator: PoseEstimator,
  indices: readonly number[],
  options: DecodeOptions = {},
): Promise<DetectorResult<RefinedFrames>> {
  const chosen = new Set(indices.filter((index) => index >= 0 && index < clip.frames.length));
  if (chosen.size === 0) return detected({ frames: clip.frames, refined: [] });
  const frames = [...clip.frames];
  const refined: number[] = [];
  const decoded = await decodeFrames(
    path,
    clip.media,
    async ({ index, frame, toSourceScale }) => {
      const tracked = frames[index];
      if (!chosen.has(index) || tracked === undefined) return;
      const box = refineBoxOf(tracked, frame.width, frame.height, toSourceScale);
      if (box === undefined) return;
      frames[index] = keypointFrameOf(await estimator.estimateIn(frame, box), tracked.timeMs, toSourceScale);
      refined.push(index);
    },
    options,
  );
  if (!decoded.ok) return decoded;
  return detected({ frames, refined });
}
