import { angleFromUpDeg, distancePx, midpoint, type Point } from "../geometry/angles.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { Joint, JointName, KeypointFrame } from "../skeleton/joints.js";

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

/**
 * Score from which a point is trusted for telling a posture (design choice, decision 0521). Telling whether a knee is
 * on the floor needs only roughly where the ankle is, and a kneeling person's feet lie behind them, half hidden: the
 * models still place them, with scores between 0.15 and 0.3. Measurements keep `MIN_JOINT_SCORE`.
 */
export const POSTURE_MIN_SCORE = 0.15;

/**
 * A shank more than this far from hanging straight down (lying along the floor, or rising from the knee to the
 * foot behind it) does not carry weight on the foot. Standing on the feet, the foot is under the knee, so the shank
 * points down in the picture from any camera height a screen uses; 60° leaves room for a deep lunge seen from the
 * side (design choice, decision 0521; docs/clinical/movement-thresholds.md).
 */
export const KNEELING_SHANK_MIN_DEG = 60;

/**
 * A knee this close to the lowest leg point (knees and ankles), as a share of torso length, rests on the floor: a
 * knee is the lowest point of a leg only when it is on the ground (design choice, decision 0521).
 */
export const KNEE_ON_FLOOR_TOLERANCE_RATIO = 0.15;

function posturePoint(frame: KeypointFrame, name: JointName): Joint | undefined {
  const joint = frame.keypoints[name];
  return joint !== undefined && joint.score >= POSTURE_MIN_SCORE ? joint : undefined;
}

/**
 * A knee on the floor: with the torso upright, a knee whose shank does not hang down to its foot (the foot lies
 * behind it, about as high as the knee or higher) and that is the body's lowest leg point. This holds on one knee
 * (the other foot forward) and on both; it does not hold for a free leg bent back in a one-leg test, whose knee is
 * well above the standing foot.
 */
export function kneeling(frame: KeypointFrame): boolean {
  // Sitting back on the heels, the feet come up near the hips: that reads as sitting on the floor, refused as such.
  if (bodyPostureOf(frame) !== "upright") return false;
  const shoulder = midOf(frame, "Shoulder");
  const hip = midOf(frame, "Hip");
  if (shoulder === undefined || hip === undefined) return false;
  const torsoPx = distancePx(shoulder, hip);
  const legPoints = (["leftKnee", "rightKnee", "leftAnkle", "rightAnkle"] as const).flatMap((name) => {
    const point = posturePoint(frame, name);
    return point === undefined ? [] : [point];
  });
  const lowestY = Math.max(...legPoints.map((point) => point.y));
  return (["left", "right"] as const).some((side) => {
    const knee = posturePoint(frame, `${side}Knee`);
    const ankle = posturePoint(frame, `${side}Ankle`);
    if (knee === undefined || ankle === undefined) return false;
    const shankPx = distancePx(knee, ankle);
    const hangsDown = ankle.y - knee.y >= Math.cos((KNEELING_SHANK_MIN_DEG * Math.PI) / 180) * shankPx;
    return shankPx > 0 && !hangsDown && knee.y >= lowestY - KNEE_ON_FLOOR_TOLERANCE_RATIO * torsoPx;
  });
}

/**
 * The length a stance is measured against in one picture: the torso (shoulders' to hips' midpoints) or the longer
 * shank, whichever the picture shows longer. Standing, they are about 0.29 and 0.25 of body height (Drillis &
 * Contini 1966); a trunk leaning toward the camera at the bottom of a squat shortens in the picture, while the
 * shank carrying the weight stays about upright, so the longer of the two stays near a quarter of body height.
 */
function stanceScalePx(frame: KeypointFrame): number | undefined {
  const shoulder = midOf(frame, "Shoulder");
  const hip = midOf(frame, "Hip");
  if (shoulder === undefined || hip === undefined) return undefined;
  const shanks = (["left", "right"] as const).flatMap((side) => {
    const knee = jointOf(frame, `${side}Knee`);
    const ankle = jointOf(frame, `${side}Ankle`);
    return knee === undefined || ankle === undefined ? [] : [distancePx(knee, ankle)];
  });
  const scalePx = Math.max(distancePx(shoulder, hip), ...shanks);
  return scalePx > 0 ? scalePx : undefined;
}

/**
 * One foot off the floor: the ankles more than this share of `stanceScalePx` apart in height, about 0.14 of body
 * height, a foot lifted to mid-shin or higher (a tree pose's foot rests on the other leg at knee height, about 0.9).
 * Two feet on the floor differ by what the camera's angle and a foot set slightly ahead make, 0.1 or less on the
 * project's photos of people standing. Design choice, decision 0912.
 */
export const FOOT_RAISED_RATIO = 0.5;

export type Stance = "both-feet" | "foot-raised" | "unknown";

/** How the feet stand in one picture, for a test done on both feet (see `FOOT_RAISED_RATIO`). */
export function stanceOf(frame: KeypointFrame): Stance {
  const left = jointOf(frame, "leftAnkle");
  const right = jointOf(frame, "rightAnkle");
  const scalePx = stanceScalePx(frame);
  if (left === undefined || right === undefined || scalePx === undefined) return "unknown";
  if (Math.abs(left.y - right.y) > FOOT_RAISED_RATIO * scalePx) return "foot-raised";
  return "both-feet";
}
