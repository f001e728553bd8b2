import {
  TURN_ESTIMATE_MAX_THIGH_HEIGHT_RATIO,
  TURN_ESTIMATE_MIN_FRAMES,
  TURNED_PHOTO_KNEE_FPPA_MIN_DEG,
} from "../analysis/movement-thresholds.js";
import { fppaDeg, type CameraView } from "../geometry/angles.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { KeypointFrame, Side } from "../skeleton/joints.js";
import { bodyPostureOf } from "./body-posture.js";
import { median } from "../geometry/median.js";

const DEG_PER_RAD = 180 / Math.PI;
const SIDES: readonly Side[] = ["left", "right"];

/** Each leg's hip–knee length when the thigh faces the camera squarely: the 90th percentile over the clip, pixels. */
export function thighLengthsOf(frames: readonly KeypointFrame[]): Record<Side, number> {
  const lengthOf = (side: Side): number => {
    const lengths = frames
      .flatMap((frame) => {
        const hip = jointOf(frame, `${side}Hip`);
        const knee = jointOf(frame, `${side}Knee`);
        return hip === undefined || knee === undefined ? [] : [Math.hypot(knee.x - hip.x, knee.y - hip.y)];
      })
      .sort((a, b) => a - b);
    return lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
  };
  return { left: lengthOf("left"), right: lengthOf("right") };
}

/**
 * Sine of the turn seen in one frame, or undefined when the thighs are not bent enough to tell.
 *
 * A thigh of full length T whose picture spans dy vertically has a horizontal part √(T² − dy²) (derived from the
 * segment's length, which does not change). Seen squarely from the front that part points at the camera and shows
 * only as foreshortening; turned by θ, a share sin θ of it shows sideways, the same image direction for both legs.
 * Knees moving toward each other (valgus) or apart move the two thighs in opposite directions and cancel in the sum.
 */
function turnSineOf(frame: KeypointFrame, thighLengthPx: Readonly<Record<Side, number>>): number | undefined {
  let sidewaysPx = 0;
  let horizontalPx = 0;
  for (const side of SIDES) {
    const hip = jointOf(frame, `${side}Hip`);
    const knee = jointOf(frame, `${side}Knee`);
    const fullPx = thighLengthPx[side];
    if (hip === undefined || knee === undefined || !(fullPx > 0)) return undefined;
    const heightPx = knee.y - hip.y;
    if (Math.abs(heightPx) > TURN_ESTIMATE_MAX_THIGH_HEIGHT_RATIO * fullPx) return undefined;
    sidewaysPx += knee.x - hip.x;
    horizontalPx += Math.sqrt(fullPx ** 2 - heightPx ** 2);
  }
  return Math.max(-1, Math.min(1, sidewaysPx / horizontalPx));
}

/**
 * How far the standing body is turned about the vertical axis from the camera's line of sight, degrees (0 = square
 * to the camera; the sign says which image side the knees point to, positive = image right), from the two thighs
 * while the knees are bent (median over those frames). Null when the knees never bend enough to tell, e.g. standing
 * still: a turned body standing straight cannot be told from a narrow one in two dimensions.
 */
export function bodyTurnDeg(frames: readonly KeypointFrame[]): number | null {
  const upright = frames.filter((frame) => bodyPostureOf(frame) === "upright");
  const thighLengthPx = thighLengthsOf(upright);
  const sines = upright.flatMap((frame) => turnSineOf(frame, thighLengthPx) ?? []).filter(Number.isFinite);
  const middle = sines.length < TURN_ESTIMATE_MIN_FRAMES ? undefined : median(sines);
  return middle === undefined ? null : Math.asin(middle) * DEG_PER_RAD;
}

/**
 * One picture shows a body turned from the camera with its knees bent: one knee reads valgus and the other varus,
 * each by at least `TURNED_PHOTO_KNEE_FPPA_MIN_DEG` (see there; decision 0675). A turn moves both bent knees the same
 * image direction, which reads inward on one leg and outward on the other; valgus or varus of a body facing the
 * camera moves them toward or away from each other, the same sign on both legs. Straight knees show no turn, and a
 * turn distorts little there. False when either leg is not seen.
 */
export function kneesTurnedAside(frame: KeypointFrame, view: CameraView): boolean {
  const fppas = SIDES.map((side) => {
    const hip = jointOf(frame, `${side}Hip`);
    const knee = jointOf(frame, `${side}Knee`);
    const ankle = jointOf(frame, `${side}Ankle`);
    return hip === undefined || knee === undefined || ankle === undefined
      ? undefined
      : fppaDeg(hip, knee, ankle, side, view);
  });
  const [left, right] = fppas;
  return (
    left !== undefined &&
    right !== undefined &&
    Math.sign(left) === -Math.sign(right) &&
    Math.min(Math.abs(left), Math.abs(right)) >= TURNED_PHOTO_KNEE_FPPA_MIN_DEG
  );
}
