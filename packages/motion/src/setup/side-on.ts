import {
  SIDE_ON_CROSSED_LEGS_GIRDLE_TORSO_RATIO,
  SIDE_ON_GIRDLE_TORSO_RATIO,
  SIDE_ON_SHOULDER_TORSO_RATIO,
  TRUNK_END_ON_GIRDLE_TORSO_RATIO,
} from "../analysis/movement-thresholds.js";
import { distancePx, midpoint, type Point } from "../geometry/angles.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { KeypointFrame, Side } from "../skeleton/joints.js";

/** How one picture shows the body's turn about the vertical axis, from its girdles and legs. */
export type BodyWidths = {
  /** Shoulder width plus hip width, each across the torso, as a share of torso length (about 1.1 square-on). */
  readonly girdleToTorso: number;
  /** Shoulder width alone (shoulder to shoulder) as a share of torso length. */
  readonly shouldersToTorso: number;
  /**
   * True when both the knees and the ankles lie in the opposite left–right order to the hips, across the torso: one
   * foot ahead of the other on a turned body. False when either pair keeps the hips' order or is not seen.
   */
  readonly legsCrossHips: boolean;
  /** The person's left shoulder and hip lie to the right of their right ones in the picture (as seen from the front). */
  readonly leftOnImageRight: boolean;
};

/**
 * Signed distance from `right` to `left` across the torso, in pixels: positive when the left joint lies on the
 * side a body seen from the front shows its left (image right when upright).
 */
function acrossPx(left: Point, right: Point, across: Point): number {
  return (left.x - right.x) * across.x + (left.y - right.y) * across.y;
}

/** The girdles' widths and the legs' order in one picture; undefined without both shoulders and both hips. */
export function bodyWidthsOf(frame: KeypointFrame): BodyWidths | undefined {
  const ls = jointOf(frame, "leftShoulder");
  const rs = jointOf(frame, "rightShoulder");
  const lh = jointOf(frame, "leftHip");
  const rh = jointOf(frame, "rightHip");
  if (ls === undefined || rs === undefined || lh === undefined || rh === undefined) return undefined;
  const shoulders = midpoint(ls, rs);
  const hips = midpoint(lh, rh);
  const torsoPx = distancePx(shoulders, hips);
  if (!(torsoPx > 0)) return undefined;
  // The torso's up direction turned a quarter clockwise: image right for an upright body.
  const across = { x: -(shoulders.y - hips.y) / torsoPx, y: (shoulders.x - hips.x) / torsoPx };
  const hipsPx = acrossPx(lh, rh, across);
  const opposite = (part: "Knee" | "Ankle"): boolean => {
    const [left, right] = (["left", "right"] as const satisfies readonly Side[]).map((side) =>
      jointOf(frame, `${side}${part}`),
    );
    return (
      left !== undefined &&
      right !== undefined &&
      Math.sign(acrossPx(left, right, across)) === -Math.sign(hipsPx)
    );
  };
  const shouldersPx = acrossPx(ls, rs, across);
  return {
    girdleToTorso: (Math.abs(shouldersPx) + Math.abs(hipsPx)) / torsoPx,
    shouldersToTorso: distancePx(ls, rs) / torsoPx,
    legsCrossHips: hipsPx !== 0 && opposite("Knee") && opposite("Ankle"),
    leftOnImageRight: lh.x + ls.x > rh.x + rs.x,
  };
}

/**
 * The body is side-on to the camera: its frontal plane is seen edge-on, so no frontal-plane angle (knee FPPA,
 * pelvic drop, trunk lean) can be read and left and right cannot be told apart reliably. Narrow girdles say so
 * (turned about 60° or more), and so do moderately narrow ones with the legs in the other order to the hips
 * (turned about 50° or more, one foot ahead). Decision 0640.
 */
export function isSideOn(widths: BodyWidths): boolean {
  return (
    widths.shouldersToTorso < SIDE_ON_SHOULDER_TORSO_RATIO ||
    widths.girdleToTorso < SIDE_ON_GIRDLE_TORSO_RATIO ||
    (widths.legsCrossHips && widths.girdleToTorso < SIDE_ON_CROSSED_LEGS_GIRDLE_TORSO_RATIO)
  );
}

/**
 * The trunk is seen end-on: far shorter than the girdles' widths, so it points toward or away from the camera, as
 * no standing body's does (`TRUNK_END_ON_GIRDLE_TORSO_RATIO`, decision 0676).
 */
export function isTrunkEndOn(widths: BodyWidths): boolean {
  return widths.girdleToTorso > TRUNK_END_ON_GIRDLE_TORSO_RATIO;
}
