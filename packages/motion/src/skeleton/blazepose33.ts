import { namedJoints } from "./coco17.js";
import type { Joint, JointName, KeypointFrame } from "./joints.js";

/**
 * BlazePose-33 landmark order (MediaPipe Pose): the only place that knows it. Landmarks we do not use (inner and
 * outer eye corners, mouth, pinky, index and thumb) are skipped.
 */
const BLAZEPOSE33_ORDER: readonly (JointName | undefined)[] = [
  "nose",
  undefined,
  "leftEye",
  undefined,
  undefined,
  "rightEye",
  undefined,
  "leftEar",
  "rightEar",
  undefined,
  undefined,
  "leftShoulder",
  "rightShoulder",
  "leftElbow",
  "rightElbow",
  "leftWrist",
  "rightWrist",
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  "leftHip",
  "rightHip",
  "leftKnee",
  "rightKnee",
  "leftAnkle",
  "rightAnkle",
  "leftHeel",
  "rightHeel",
  "leftFootIndex",
  "rightFootIndex",
];

export function fromBlazePose33(points: readonly Joint[], timeMs: number): KeypointFrame {
  return { timeMs, keypoints: namedJoints(BLAZEPOSE33_ORDER, points) };
}
