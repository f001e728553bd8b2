import { distancePx, midpoint, type Point } from "../geometry/angles.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { KeypointFrame } from "../skeleton/joints.js";
import type { HoldTest } from "./hold-tests.js";

const DEG_PER_RAD = 180 / Math.PI;

/**
 * Lying on one side, the line from the middle of the hips to the middle of the shoulders rises toward the shoulders,
 * which are broader than the hips: half the difference of shoulder and hip breadth (0.259 and 0.191 of body height)
 * over the trunk (0.288), Drillis & Contini 1966, is about 7°. The abductor hold's floor line is the trunk lying on
 * the floor, so the camera's tilt is its angle less this rise.
 */
const SIDE_LYING_TRUNK_RISE_DEG = 7;

/** What one frame shows of a hold, in degrees and ratios that do not depend on the body's size in the picture. */
export type HoldFrameMeasure = {
  readonly timeMs: number;
  /**
   * The hold signal, degrees, larger when the hold is higher: the top leg's elevation above the bottom leg's line
   * (abductor hold), or the hips' alignment with the shoulders and feet, negative when they sag (side bridge).
   */
  readonly signalDeg: number;
  /** Stacked shoulders' distance across the trunk line, as a share of trunk length (closes up as the trunk rolls). */
  readonly shoulderStackRatio: number;
  /** The same for the stacked hips. */
  readonly hipStackRatio: number;
  /** Trunk length (mid-shoulder to mid-hip), pixels: the body's size in the picture. */
  readonly trunkPx: number;
  /** The shoulder-to-ankle line's angle from horizontal, 0–90°. */
  readonly axisDeg: number;
  /** Shoulder-to-ankle length over the shoulders' stack: small when the camera looks along the body. */
  readonly lengthRatio: number;
  /** How far from horizontal the line on the floor is, degrees; null when its joints are not seen. */
  readonly floorTiltDeg: number | null;
};

/**
 * Angle of `from`→`to` above horizontal, degrees, whichever way along the picture it points: the picture's up is the
 * floor's up once the camera is level (checked separately).
 */
function elevationDeg(from: Point, to: Point): number {
  return Math.atan2(from.y - to.y, Math.abs(to.x - from.x)) * DEG_PER_RAD;
}

/** Distance of `point` from the line through `a` and `b`, in pixels. */
function offLinePx(point: Point, a: Point, b: Point): number {
  const length = distancePx(a, b);
  if (length === 0) return 0;
  return Math.abs((b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x)) / length;
}

/**
 * Measures one frame, or null when a joint the hold needs (both shoulders, hips and ankles) is not seen. The side
 * on top is the one whose hip is higher in the picture: pose models swap left and right on people lying down more
 * often than they misplace the joints, and a side-lying body has the same shape either way.
 */
export function measureHoldFrame(frame: KeypointFrame, test: HoldTest): HoldFrameMeasure | null {
  const joints = {
    left: {
      shoulder: jointOf(frame, "leftShoulder"),
      hip: jointOf(frame, "leftHip"),
      ankle: jointOf(frame, "leftAnkle"),
      elbow: jointOf(frame, "leftElbow"),
    },
    right: {
      shoulder: jointOf(frame, "rightShoulder"),
      hip: jointOf(frame, "rightHip"),
      ankle: jointOf(frame, "rightAnkle"),
      elbow: jointOf(frame, "rightElbow"),
    },
  };
  const { left, right } = joints;
  if (
    left.shoulder === undefined ||
    right.shoulder === undefined ||
    left.hip === undefined ||
    right.hip === undefined ||
    left.ankle === undefined ||
    right.ankle === undefined
  ) {
    return null;
  }
  const leftOnTop = left.hip.y <= right.hip.y;
  const topHip = leftOnTop ? left.hip : right.hip;
  const topAnkle = leftOnTop ? left.ankle : right.ankle;
  const bottomHip = leftOnTop ? right.hip : left.hip;
  const bottomAnkle = leftOnTop ? right.ankle : left.ankle;
  const bottomElbow = leftOnTop ? right.elbow : left.elbow;
  const midShoulder = midpoint(left.shoulder, right.shoulder);
  const midHip = midpoint(left.hip, right.hip);
  const midAnkle = midpoint(left.ankle, right.ankle);
  const trunkPx = distancePx(midShoulder, midHip);
  if (trunkPx === 0) return null;
  const trunkEnd = { x: midHip.x + (midHip.x - midShoulder.x), y: midHip.y + (midHip.y - midShoulder.y) };
  // Each stacked pair's spread across the trunk line: a camera turned on its axis does not change it.
  const shoulderStackPx =
    offLinePx(left.shoulder, midShoulder, trunkEnd) + offLinePx(right.shoulder, midShoulder, trunkEnd);
  const hipStackPx = offLinePx(left.hip, midShoulder, trunkEnd) + offLinePx(right.hip, midShoulder, trunkEnd);
  const signalDeg =
    test === "abductor-endurance-hold"
      ? elevationDeg(topHip, topAnkle) - elevationDeg(bottomHip, bottomAnkle)
      : elevationDeg(midShoulder, midHip) - elevationDeg(midHip, midAnkle);
  const floorTiltDeg =
    test === "abductor-endurance-hold"
      ? Math.abs(elevationDeg(midHip, midShoulder) - SIDE_LYING_TRUNK_RISE_DEG)
      : bottomElbow === undefined
        ? null
        : Math.abs(elevationDeg(bottomElbow, bottomAnkle));
  const lengthPx = distancePx(midShoulder, midAnkle);
  return {
    timeMs: frame.timeMs,
    signalDeg,
    trunkPx,
    shoulderStackRatio: shoulderStackPx / trunkPx,
    hipStackRatio: hipStackPx / trunkPx,
    axisDeg: Math.abs(elevationDeg(midShoulder, midAnkle)),
    lengthRatio: shoulderStackPx > 0 ? lengthPx / shoulderStackPx : Number.POSITIVE_INFINITY,
    floorTiltDeg,
  };
}
