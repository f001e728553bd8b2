import { COCO17_ORDER, type KeypointFrame } from "@hipcheck/motion";
import type { CropBox, RawKeypoint } from "./crop-box.js";
import { MIN_CROP_KEYPOINT_SCORE, nextMoveNetCrop } from "./movenet.js";

/**
 * Where the finer model looks when it reads a tracked frame again: the square that MoveNet's own tracking would
 * crop next from the fast model's keypoints (around the hips, holding the torso and every confident joint with a
 * margin), in pixels of the decoded `width` × `height` picture. The fast model has already found the person being
 * measured, so the finer model reads that person, not whoever else is in the picture. Undefined when the fast
 * model saw no hip or no shoulder: then there is no body to look at again, and the frame keeps its first reading.
 * `frame` is in pixels of the original file, `toSourceScale` the decoded picture's factor to them.
 */
export function refineBoxOf(
  frame: KeypointFrame,
  width: number,
  height: number,
  toSourceScale: number,
): CropBox | undefined {
  const points: RawKeypoint[] = COCO17_ORDER.map((name) => {
    const joint = frame.keypoints[name];
    return joint === undefined
      ? { x: 0, y: 0, score: 0 }
      : { x: joint.x / toSourceScale, y: joint.y / toSourceScale, score: joint.score };
  });
  const seen = (name: (typeof COCO17_ORDER)[number]): boolean =>
    (frame.keypoints[name]?.score ?? 0) >= MIN_CROP_KEYPOINT_SCORE;
  const hipSeen = seen("leftHip") || seen("rightHip");
  const shoulderSeen = seen("leftShoulder") || seen("rightShoulder");
  return hipSeen && shoulderSeen ? nextMoveNetCrop(points, width, height) : undefined;
}
