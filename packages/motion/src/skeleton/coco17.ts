import type { Joint, JointName, KeypointFrame } from "./joints.js";

/** COCO-17 keypoint order (MoveNet, mmpose COCO): the only place that knows it. */
export const COCO17_ORDER: readonly JointName[] = [
  "nose",
  "leftEye",
  "rightEye",
  "leftEar",
  "rightEar",
  "leftShoulder",
  "rightShoulder",
  "leftElbow",
  "rightElbow",
  "leftWrist",
  "rightWrist",
  "leftHip",
  "rightHip",
  "leftKnee",
  "rightKnee",
  "leftAnkle",
  "rightAnkle",
];

/** Points in model order, already in source-image pixels. Non-finite points are dropped (treated as not seen). */
export function fromCoco17(points: readonly Joint[], timeMs: number): KeypointFrame {
  return { timeMs, keypoints: namedJoints(COCO17_ORDER, points) };
}

export function namedJoints(
  order: readonly (JointName | undefined)[],
  points: readonly Joint[],
): Partial<Record<JointName, Joint>> {
  const keypoints: Partial<Record<JointName, Joint>> = {};
  order.forEach((name, index) => {
    const point = points[index];
    if (name === undefined || point === undefined) return;
    if (![point.x, point.y, point.score].every(Number.isFinite)) return;
    keypoints[name] = { x: point.x, y: point.y, score: Math.min(1, Math.max(0, point.score)) };
  });
  return keypoints;
}
