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

/**
 * Seated on a chair or a bench: with the torso upright and the shanks hanging down, each knee is less than this share
 * of its shank's drop below its hip (thighs about level, seen from the side, or pointing at the camera, seen from
 * the front). Standing, the thigh drops about as far as the shank (their lengths are 0.245 and 0.246 of body height,
 * Drillis & Contini 1966); at 45° of knee flexion it still drops more than 0.7 of the shank. Design choice: only a
 * thigh within about 20° of level passes under 0.35, a depth the screen does not measure FPPA at anyway
 * (`MIN_THIGH_PROJECTION_RATIO`).
 */
export const SEATED_THIGH_DROP_RATIO = 0.35;

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

/**
 * Every leg seen (at least one) has its shank hanging down and its knee about level with the hips (see SEATED_THIGH_DROP_RATIO): sitting on a
 * chair, or the bottom of a deep squat. A frame alone cannot tell them apart, so a squat's deepest frames stay
 * usable; only a recording in which most upright frames look like this is refused as seated.
 */
export function thighsLevel(frame: KeypointFrame): boolean {
  const legs = (["left", "right"] as const).flatMap((side) => {
    const hip = jointOf(frame, `${side}Hip`);
    const knee = jointOf(frame, `${side}Knee`);
    const ankle = jointOf(frame, `${side}Ankle`);
    return hip === undefined || knee === undefined || ankle === undefined ? [] : [{ hip, knee, ankle }];
  });
  return (
    legs.length > 0 &&
    legs.every(({ hip, knee, ankle }) => {
      const shankDropPx = ankle.y - knee.y;
      return shankDropPx > 0 && knee.y - hip.y < SEATED_THIGH_DROP_RATIO * shankDropPx;
    })
  );
}
