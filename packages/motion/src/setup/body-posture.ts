import { angleFromUpDeg, distancePx, midpoint, type Point } from "../geometry/angles.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { KeypointFrame } from "../skeleton/joints.js";

export type BodyPosture = "upright" | "lying" | "upside-down" | "sitting-on-floor" | "unknown";

/**
 * Torso within this angle of vertical counts as upright, beyond 180° minus it as upside down, between as lying.
 * Design choice (no published source): a standing screen tolerates far less lean than 35°.
 */
export const UPRIGHT_TORSO_MAX_DEG = 35;
/** Sitting on the floor: ankles no lower than this fraction of torso length below the hips (design choice). */
export const SITTING_HIP_ANKLE_DROP_RATIO = 0.35;

function midOf(frame: KeypointFrame, part: "Shoulder" | "Hip" | "Ankle"): Point | undefined {
  const left = jointOf(frame, `left${part}`);
  const right = jointOf(frame, `right${part}`);
  if (left !== undefined && right !== undefined) return midpoint(left, right);
  return left ?? right;
}

/**
 * Pose models are trained mostly on upright people and fail on people sitting on the floor, lying down or upside
 * down (a design choice: docs/clinical/movement-thresholds.md), so standing tests refuse such frames instead of scoring them.
 */
export function bodyPostureOf(frame: KeypointFrame): BodyPosture {
  const shoulder = midOf(frame, "Shoulder");
  const hip = midOf(frame, "Hip");
  if (shoulder === undefined || hip === undefined) return "unknown";
  const torsoPx = distancePx(shoulder, hip);
  if (torsoPx === 0) return "unknown";
  const tiltDeg = Math.abs(angleFromUpDeg(hip, shoulder));
  if (tiltDeg > 180 - UPRIGHT_TORSO_MAX_DEG) return "upside-down";
  if (tiltDeg > UPRIGHT_TORSO_MAX_DEG) return "lying";
  const ankle = midOf(frame, "Ankle");
  if (ankle !== undefined && ankle.y - hip.y < SITTING_HIP_ANKLE_DROP_RATIO * torsoPx) {
    return "sitting-on-floor";
  }
  return "upright";
}
