import { imageDirectionOf, type CameraView, type Point } from "../geometry/angles.js";
import type { Joint, JointName, KeypointFrame, Side } from "../skeleton/joints.js";

/** Body pose from chosen angles; every angle follows the module's sign conventions. */
export type SyntheticPose = {
  readonly timeMs: number;
  readonly view?: CameraView;
  readonly fppaDeg?: { readonly left: number; readonly right: number };
  /** Pelvic drop, positive = the hip on `dropSide` lower. */
  readonly pelvicDropDeg?: number;
  readonly dropSide?: Side;
  /** Lateral trunk lean, positive toward `leanSide`. */
  readonly trunkLeanDeg?: number;
  readonly leanSide?: Side;
  /** How far the hips are lowered, as a share of leg length (knees bend out of the picture plane). */
  readonly hipDropRatio?: number;
  readonly score?: number;
};

const LEG_PX = 400;
const HIP_HALF_WIDTH_PX = 50;
const TORSO_PX = 250;
const SHOULDER_HALF_WIDTH_PX = 80;
const ORIGIN: Point = { x: 500, y: 400 };

function toRad(deg: number): number {
  return (deg * Math.PI) / 180;
}

/**
 * A standing body whose knee FPPA, pelvic drop and trunk lean are exactly the chosen angles, in pixels of a
 * 1000 × 1200 picture. For tests and demos of the movement screen (pure; no randomness).
 */
export function syntheticFrame(pose: SyntheticPose): KeypointFrame {
  const view = pose.view ?? "front";
  const score = pose.score ?? 0.9;
  const drop = toRad(pose.pelvicDropDeg ?? 0);
  const dropSide = pose.dropSide ?? "left";
  const hipY = ORIGIN.y + (pose.hipDropRatio ?? 0) * LEG_PX;
  const hipOf = (side: Side): Point => {
    const x = ORIGIN.x + imageDirectionOf(side, view) * HIP_HALF_WIDTH_PX * Math.cos(drop);
    const lift = HIP_HALF_WIDTH_PX * Math.sin(drop) * (side === dropSide ? 1 : -1);
    return { x, y: hipY + lift };
  };
  const midHip: Point = { x: ORIGIN.x, y: hipY };
  const lean = toRad(pose.trunkLeanDeg ?? 0) * imageDirectionOf(pose.leanSide ?? "left", view);
  const midShoulder: Point = {
    x: midHip.x + TORSO_PX * Math.sin(lean),
    y: midHip.y - TORSO_PX * Math.cos(lean),
  };
  const keypoints: Partial<Record<JointName, Joint>> = {};
  for (const side of ["left", "right"] as const) {
    const hip = hipOf(side);
    const ankle: Point = {
      x: ORIGIN.x + imageDirectionOf(side, view) * HIP_HALF_WIDTH_PX,
      y: ORIGIN.y + LEG_PX,
    };
    const fppa = toRad(pose.fppaDeg?.[side] ?? 0);
    const half = Math.hypot(ankle.x - hip.x, ankle.y - hip.y) / 2;
    // Knee on the hip–ankle perpendicular bisector, offset medially so the thigh–shank angle is exactly the FPPA.
    const offset = half * Math.tan(fppa / 2) * -imageDirectionOf(side, view);
    const mid = { x: (hip.x + ankle.x) / 2, y: (hip.y + ankle.y) / 2 };
    const ux = (ankle.x - hip.x) / (2 * half);
    const uy = (ankle.y - hip.y) / (2 * half);
    // (uy, -ux) points toward image +x for a leg pointing down.
    const knee = { x: mid.x + offset * uy, y: mid.y - offset * ux };
    const shoulder = {
      x: midShoulder.x + imageDirectionOf(side, view) * SHOULDER_HALF_WIDTH_PX,
      y: midShoulder.y,
    };
    keypoints[`${side}Hip`] = { ...hip, score };
    keypoints[`${side}Knee`] = { ...knee, score };
    keypoints[`${side}Ankle`] = { ...ankle, score };
    keypoints[`${side}Shoulder`] = { ...shoulder, score };
  }
  keypoints.nose = { x: midShoulder.x, y: midShoulder.y - 80, score };
  return { timeMs: pose.timeMs, keypoints };
}

/** Applies `map` to every joint's coordinates (translation, scale, mirror…) keeping scores. */
export function mapFrame(frame: KeypointFrame, map: (point: Point) => Point): KeypointFrame {
  const keypoints: Partial<Record<JointName, Joint>> = {};
  for (const [name, joint] of Object.entries(frame.keypoints) as [JointName, Joint][]) {
    keypoints[name] = { ...map(joint), score: joint.score };
  }
  return { timeMs: frame.timeMs, keypoints };
}

/**
 * The same body turned by `turnDeg` about the vertical line through its mid-hip, seen by a distant camera
 * (orthographic): each joint's offset across the picture shrinks by cos θ and its depth (`depthPx`, toward the
 * camera positive, 0 for joints in the body's frontal plane) shows as sin θ of sideways shift. Positive turns take
 * the body's image-right side away from the camera.
 */
export function turnFrame(
  frame: KeypointFrame,
  turnDeg: number,
  depthPx: Partial<Record<JointName, number>> = {},
): KeypointFrame {
  const left = frame.keypoints.leftHip;
  const right = frame.keypoints.rightHip;
  const centerX = left !== undefined && right !== undefined ? (left.x + right.x) / 2 : 0;
  const turn = toRad(turnDeg);
  const keypoints: Partial<Record<JointName, Joint>> = {};
  for (const [name, joint] of Object.entries(frame.keypoints) as [JointName, Joint][]) {
    const x = centerX + (joint.x - centerX) * Math.cos(turn) + (depthPx[name] ?? 0) * Math.sin(turn);
    keypoints[name] = { x, y: joint.y, score: joint.score };
  }
  return { timeMs: frame.timeMs, keypoints };
}

/** Mirror image (x → widthPx − x) with left and right joint names swapped: the same body seen in a mirror. */
export function mirrorFrame(frame: KeypointFrame, widthPx: number): KeypointFrame {
  const keypoints: Partial<Record<JointName, Joint>> = {};
  for (const [name, joint] of Object.entries(frame.keypoints) as [JointName, Joint][]) {
    const swapped = (
      name.startsWith("left")
        ? name.replace("left", "right")
        : name.startsWith("right")
          ? name.replace("right", "left")
          : name
    ) as JointName;
    keypoints[swapped] = { x: widthPx - joint.x, y: joint.y, score: joint.score };
  }
  return { timeMs: frame.timeMs, keypoints };
}

/**
 * `reps` smooth dips of the hips (15% of leg length at the bottom), 2 s each at 10 frames a second, with half a
 * second of standing still before and after; `pose` gives the angles at each frame from its depth (0 standing,
 * 1 at the bottom). The squat clip every test of a scored screen starts from.
 */
export function syntheticDips(
  reps: number,
  pose: (depth: number) => Omit<SyntheticPose, "timeMs" | "hipDropRatio">,
): KeypointFrame[] {
  const total = reps * 20 + 10;
  return Array.from({ length: total }, (_, index) => {
    const phase = index < 5 || index >= total - 5 ? 0 : ((index - 5) % 20) / 20;
    const depth = Math.sin(Math.PI * phase) ** 2;
    return syntheticFrame({ ...pose(depth), timeMs: index * 100, hipDropRatio: 0.15 * depth });
  });
}
