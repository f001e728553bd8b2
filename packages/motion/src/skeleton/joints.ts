/**
 * The motion module's input: keypoint frames in image pixels, addressed by joint name. Only the skeleton
 * adapters (coco17.ts, blazepose33.ts) know a detector's index order.
 */
export const JOINT_NAMES = [
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
  "leftHeel",
  "rightHeel",
  "leftFootIndex",
  "rightFootIndex",
] as const;
export type JointName = (typeof JOINT_NAMES)[number];

export type Side = "left" | "right";

/** One detected joint: pixel coordinates of the input image (origin top-left, y down) and a 0..1 score. */
export type Joint = { readonly x: number; readonly y: number; readonly score: number };

export type KeypointFrame = {
  /** Time of the frame from the start of the clip, in milliseconds. */
  readonly timeMs: number;
  readonly keypoints: Partial<Record<JointName, Joint>>;
};
