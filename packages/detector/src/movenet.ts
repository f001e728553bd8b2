import * as tf from "@tensorflow/tfjs-core";
import type { GraphModel } from "@tensorflow/tfjs-converter";
import {
  cropGridStepPx,
  fromCropUnit,
  fullImageBox,
  snappedCropBox,
  type CropBox,
  type RawKeypoint,
} from "./crop-box.js";
import { cropPixels } from "./crop-pixels.js";
import type { PixelFrame } from "./pixel-frame.js";

/** COCO-17 indices MoveNet outputs (https://www.tensorflow.org/hub/tutorials/movenet). */
const LEFT_SHOULDER = 5;
const RIGHT_SHOULDER = 6;
const LEFT_HIP = 11;
const RIGHT_HIP = 12;

/**
 * Below this score a keypoint does not shape the next crop; 0.2 and the 1.9 (torso) / 1.2 (whole body)
 * margins are those of the official MoveNet tracking code (tensorflow/tfjs-models, pose-detection/src/movenet,
 * determineNextCropRegion, Apache-2.0).
 */
export const MIN_CROP_KEYPOINT_SCORE = 0.2;
const TORSO_MARGIN = 1.9;
const BODY_MARGIN = 1.2;

/**
 * Runs MoveNet (single-pose Lightning 192 px or Thunder 256 px) on one square crop of `frame` and returns the
 * 17 COCO keypoints in pixels of the frame.
 */
export async function runMoveNet(model: GraphModel, frame: PixelFrame, box: CropBox): Promise<RawKeypoint[]> {
  const inputSize = model.inputs[0]?.shape?.[1] ?? 192;
  const output = tf.tidy(() => {
    const input = tf.tensor4d(
      Int32Array.from(cropPixels(frame, box, inputSize)),
      [1, inputSize, inputSize, 3],
      "int32",
    );
    return model.execute(input) as tf.Tensor;
  });
  // Output [1, 1, 17, 3]: (y, x, score), y and x in 0..1 of the crop.
  const values = await output.data();
  output.dispose();
  const points: RawKeypoint[] = [];
  for (let index = 0; index < 17; index++) {
    const y = values[index * 3] ?? 0;
    const x = values[index * 3 + 1] ?? 0;
    points.push({ ...fromCropUnit(box, x, y), score: values[index * 3 + 2] ?? 0 });
  }
  return points;
}

function confidentPoint(points: readonly RawKeypoint[], index: number): RawKeypoint | undefined {
  const point = points[index];
  return point !== undefined && point.score >= MIN_CROP_KEYPOINT_SCORE ? point : undefined;
}

/** Whether `points` hold a body to look at closely: a confident hip and a confident shoulder. */
function torsoFound(points: readonly RawKeypoint[]): boolean {
  const hipFound = (confidentPoint(points, LEFT_HIP) ?? confidentPoint(points, RIGHT_HIP)) !== undefined;
  return (
    hipFound &&
    (confidentPoint(points, LEFT_SHOULDER) ?? confidentPoint(points, RIGHT_SHOULDER)) !== undefined
  );
}

/**
 * The crop the next run should use: a square around the hips that holds the torso and every confident
 * keypoint with a margin, or the whole image when the torso was not found (tfjs-models' algorithm).
 */
export function nextMoveNetCrop(points: readonly RawKeypoint[], width: number, height: number): CropBox {
  const confident = (index: number): RawKeypoint | undefined => confidentPoint(points, index);
  const hips = [confident(LEFT_HIP), confident(RIGHT_HIP)].filter((point) => point !== undefined);
  if (!torsoFound(points)) return fullImageBox(width, height);
  const centerX = hips.reduce((sum, point) => sum + point.x, 0) / hips.length;
  const centerY = hips.reduce((sum, point) => sum + point.y, 0) / hips.length;
  let torsoRange = 0;
  for (const index of [LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_HIP, RIGHT_HIP]) {
    const point = confident(index);
    if (point) torsoRange = Math.max(torsoRange, Math.abs(point.x - centerX), Math.abs(point.y - centerY));
  }
  let bodyRange = 0;
  for (const point of points) {
    if (point.score >= MIN_CROP_KEYPOINT_SCORE) {
      bodyRange = Math.max(bodyRange, Math.abs(point.x - centerX), Math.abs(point.y - centerY));
    }
  }
  const farthestEdge = Math.max(centerX, width - centerX, centerY, height - centerY);
  const halfSize = Math.min(Math.max(torsoRange * TORSO_MARGIN, bodyRange * BODY_MARGIN), farthestEdge);
  if (halfSize > Math.max(width, height) / 2) return fullImageBox(width, height);
  return { xMin: centerX - halfSize, yMin: centerY - halfSize, size: 2 * halfSize };
}

/**
 * What a video's next frame is read from after a frame read as `points`, kept as tracking state (decision 0750):
 * - **undefined** when no torso was found: the next frame looks for the body afresh, as a clip's first frame does
 *   (the whole picture, then closely). A body coming back into the picture, or a still picture shown after empty
 *   ones and read once (the web app's timed hold), is then read closely on its very first frame, not from one coarse
 *   run over the whole picture;
 * - **the whole picture, exactly**, when the body fills it: it depends on the frame's size alone, so every chain of
 *   readings that reaches it reaches the very same box, and moving it onto a grid would read it off-centre;
 * - otherwise **the body box on its grid** (`cropGridStepPx`), so that two chains following one body from different
 *   starts meet on the same box (decisions 0520, 0750).
 */
export function trackedMoveNetCrop(
  points: readonly RawKeypoint[],
  width: number,
  height: number,
): CropBox | undefined {
  if (!torsoFound(points)) return undefined;
  const next = nextMoveNetCrop(points, width, height);
  const whole = fullImageBox(width, height);
  if (sameCropBox(next, whole)) return whole;
  return snappedCropBox(next, cropGridStepPx(next.size));
}

/** Whether two boxes are the very same pixels. */
export function sameCropBox(a: CropBox, b: CropBox): boolean {
  return a.xMin === b.xMin && a.yMin === b.yMin && a.size === b.size;
}
