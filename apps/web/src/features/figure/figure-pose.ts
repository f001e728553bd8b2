/**
 * A drawn 2D figure for exercise illustrations. A pose is a few segment directions; forward kinematics turns
 * it into named keypoints (the motion module's `JointName`s), so the same skeleton drawing serves both the
 * illustrations and the movement screen's live overlay.
 *
 * Angle convention: every `...Deg` is the direction of a segment measured from straight down the screen,
 * positive toward the right of the screen (0 = hanging down, 90 = pointing right, 180 = up, -90 = left).
 */
import type { Joint, JointName, KeypointFrame } from "@hipcheck/motion";

export type FigureView = "front" | "side";

export type LegPose = { readonly thighDeg: number; readonly shinDeg: number; readonly footDeg: number };
export type ArmPose = { readonly upperArmDeg: number; readonly forearmDeg: number };

export type FigurePose = {
  /** Centre of the pelvis in the 200 × 160 drawing box. */
  readonly pelvis: readonly [number, number];
  readonly trunkDeg: number;
  readonly left: LegPose;
  readonly right: LegPose;
  readonly leftArm: ArmPose;
  readonly rightArm: ArmPose;
};

/** Segment lengths in drawing units, roughly adult proportions (thigh ≈ shin ≈ 0.75 × trunk). */
export const SEGMENT_LENGTHS = {
  trunk: 50,
  neck: 14,
  thigh: 40,
  shin: 38,
  foot: 10,
  upperArm: 25,
  forearm: 23,
  pelvisHalfWidth: 9,
  shoulderHalfWidth: 15,
} as const;

type Point = { readonly x: number; readonly y: number };

function step(from: Point, deg: number, length: number): Point {
  const rad = (deg * Math.PI) / 180;
  return { x: from.x + Math.sin(rad) * length, y: from.y + Math.cos(rad) * length };
}

function joint(point: Point): Joint {
  return { x: point.x, y: point.y, score: 1 };
}

/**
 * In the front view the figure faces the viewer, so its left side is on the right of the screen. In the side
 * view both hips and both shoulders coincide; the far limbs are drawn paler.
 */
export function poseToKeypoints(pose: FigurePose, view: FigureView): KeypointFrame["keypoints"] {
  const L = SEGMENT_LENGTHS;
  const pelvis = { x: pose.pelvis[0], y: pose.pelvis[1] };
  const neckBase = step(pelvis, pose.trunkDeg, L.trunk);
  const across = view === "front" ? pose.trunkDeg - 90 : 0;
  const hipOffset = view === "front" ? L.pelvisHalfWidth : 0;
  const shoulderOffset = view === "front" ? L.shoulderHalfWidth : 0;
  const points: Partial<Record<JointName, Point>> = { nose: step(neckBase, pose.trunkDeg, L.neck) };
  for (const side of ["left", "right"] as const) {
    const sign = side === "left" ? 1 : -1;
    const hip = step(pelvis, across + 180 * Number(sign < 0), hipOffset);
    const leg = pose[side];
    const knee = step(hip, leg.thighDeg, L.thigh);
    const ankle = step(knee, leg.shinDeg, L.shin);
    const shoulder = step(neckBase, across + 180 * Number(sign < 0), shoulderOffset);
    const arm = side === "left" ? pose.leftArm : pose.rightArm;
    const elbow = step(shoulder, arm.upperArmDeg, L.upperArm);
    points[`${side}Hip`] = hip;
    points[`${side}Knee`] = knee;
    points[`${side}Ankle`] = ankle;
    points[`${side}FootIndex`] = step(ankle, leg.footDeg, L.foot);
    points[`${side}Shoulder`] = shoulder;
    points[`${side}Elbow`] = elbow;
    points[`${side}Wrist`] = step(elbow, arm.forearmDeg, L.forearm);
  }
  return Object.fromEntries(Object.entries(points).map(([name, point]) => [name, joint(point)]));
}

function mix(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

function mixLeg(a: LegPose, b: LegPose, t: number): LegPose {
  return {
    thighDeg: mix(a.thighDeg, b.thighDeg, t),
    shinDeg: mix(a.shinDeg, b.shinDeg, t),
    footDeg: mix(a.footDeg, b.footDeg, t),
  };
}

function mixArm(a: ArmPose, b: ArmPose, t: number): ArmPose {
  return {
    upperArmDeg: mix(a.upperArmDeg, b.upperArmDeg, t),
    forearmDeg: mix(a.forearmDeg, b.forearmDeg, t),
  };
}

/** Linear blend of two poses; `t` in 0..1 (0 gives `a`, 1 gives `b`). */
export function blendPoses(a: FigurePose, b: FigurePose, t: number): FigurePose {
  return {
    pelvis: [mix(a.pelvis[0], b.pelvis[0], t), mix(a.pelvis[1], b.pelvis[1], t)],
    trunkDeg: mix(a.trunkDeg, b.trunkDeg, t),
    left: mixLeg(a.left, b.left, t),
    right: mixLeg(a.right, b.right, t),
    leftArm: mixArm(a.leftArm, b.leftArm, t),
    rightArm: mixArm(a.rightArm, b.rightArm, t),
  };
}

/** Slow in and out, as a controlled repetition should look. */
function ease(t: number): number {
  return 0.5 - Math.cos(Math.PI * t) / 2;
}

/**
 * The pose at `timeMs` of a loop through the key poses and back to the first one, spending `transitionMs`
 * moving between each pair of neighbours.
 */
export function poseAt(keyPoses: readonly FigurePose[], transitionMs: number, timeMs: number): FigurePose {
  const first = keyPoses[0];
  if (first === undefined) throw new RangeError("A figure needs at least one key pose");
  if (keyPoses.length === 1) return first;
  const loopMs = keyPoses.length * transitionMs;
  const position = (((timeMs % loopMs) + loopMs) % loopMs) / transitionMs;
  const index = Math.floor(position);
  const from = keyPoses[index] ?? first;
  const to = keyPoses[(index + 1) % keyPoses.length] ?? first;
  return blendPoses(from, to, ease(position - index));
}
