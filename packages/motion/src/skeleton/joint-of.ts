import type { Joint, JointName, KeypointFrame, Side } from "./joints.js";

/**
 * Joints scored below this are treated as not seen. 0.3 is the display threshold used by the TFJS pose-detection
 * demos for MoveNet and BlazePose; below it the point is often a guess (design choice, see docs/clinical/movement-thresholds.md).
 */
export const MIN_JOINT_SCORE = 0.3;

export function jointOf(frame: KeypointFrame, name: JointName): Joint | undefined {
  const joint = frame.keypoints[name];
  return joint !== undefined && joint.score >= MIN_JOINT_SCORE ? joint : undefined;
}

export function sideJoint(side: Side, part: "Shoulder" | "Hip" | "Knee" | "Ankle"): JointName {
  return `${side}${part}`;
}

export function otherSide(side: Side): Side {
  return side === "left" ? "right" : "left";
}
