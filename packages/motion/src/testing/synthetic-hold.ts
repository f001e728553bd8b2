import type { HoldTest } from "../hold/hold-tests.js";
import type { Joint, JointName, KeypointFrame, Side } from "../skeleton/joints.js";

/**
 * What changes over a synthetic hold clip, interpolated linearly within each phase. Angles follow the hold signal's
 * conventions (`measureHoldFrame`).
 */
export type HoldPoseValues = {
  /** Abductor hold: the top leg's elevation above the bottom leg's line, degrees (about −10 at rest). */
  readonly liftDeg: number;
  /** Side bridge: the hips' alignment with shoulders and feet, degrees, 0 straight, negative sagging. */
  readonly alignDeg: number;
  /** Roll of the whole body about its long axis, toward the camera, degrees. */
  readonly rollDeg: number;
  /** 1 in view, 0 out of the picture (no joint seen). */
  readonly present: number;
};

export type HoldPhase = { readonly durationMs: number; readonly to: Partial<HoldPoseValues> };

export type SyntheticHoldOptions = {
  readonly test: HoldTest;
  readonly side: Side;
  readonly frameRateHz?: number;
  /** Values at time 0; defaults: lying at rest, in view. */
  readonly from?: Partial<HoldPoseValues>;
  readonly phases: readonly HoldPhase[];
  /** The phone turned about its lens, degrees (the floor slopes in the picture). */
  readonly cameraRollDeg?: number;
  /** The camera looking down from above the floor, degrees (0: at floor level, looking across). */
  readonly cameraPitchDeg?: number;
  /** Head at the picture's right instead of its left. */
  readonly headOnRight?: boolean;
  /** Detection jitter, pixels (deterministic, from `seed`). */
  readonly jitterPx?: number;
  readonly seed?: number;
  readonly score?: number;
};

/** Body proportions, shares of body height (Drillis & Contini 1966, rounded); keypoints, not skin. */
const BODY = {
  trunk: 0.29,
  thigh: 0.245,
  shank: 0.246,
  upperArm: 0.186,
  shoulderStack: 0.2,
  hipStack: 0.11,
  /** Joint centres' height above the floor when lying on them. */
  hipOnFloor: 0.08,
  ankleOnFloor: 0.04,
  shoulderOnArm: 0.1,
} as const;
const BODY_HEIGHT_PX = 600;
const FLOOR_Y_PX = 620;
const HEAD_X_PX = 180;
const PICTURE = { widthPx: 1000, heightPx: 700 } as const;

type Point3 = { readonly x: number; readonly y: number; readonly z: number };
const PARTS = ["Shoulder", "Elbow", "Wrist", "Hip", "Knee", "Ankle"] as const;
type Limbs = Readonly<Record<(typeof PARTS)[number], Point3>>;

const DEG = Math.PI / 180;

/** A deterministic number in [−1, 1] for a frame, a joint and an axis. */
function jitter(seed: number, frame: number, joint: number, axis: number): number {
  const value = Math.sin(seed * 12.9898 + frame * 78.233 + joint * 37.719 + axis * 4.581) * 43758.5453;
  return 2 * (value - Math.floor(value)) - 1;
}

/** The side bridge's trunk angle below horizontal for a chosen alignment, the feet on the floor (bisection). */
function bridgeTrunkDeg(alignDeg: number): number {
  const legLength = BODY.thigh + BODY.shank;
  const footHeight = (trunkDeg: number): number => {
    const hipHeight = BODY.upperArm - BODY.trunk * Math.sin(trunkDeg * DEG);
    return hipHeight - legLength * Math.sin((trunkDeg + alignDeg) * DEG);
  };
  let low = -60;
  let high = 80;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (footHeight(middle) > BODY.ankleOnFloor) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The body lying on its side, in body heights: x along the body from the shoulders, y up from the floor, z toward the camera. */
function lyingBody(test: HoldTest, values: HoldPoseValues): { top: Limbs; bottom: Limbs; nose: Point3 } {
  const legLength = BODY.thigh + BODY.shank;
  const trunkDeg = test === "side-bridge-hold" ? bridgeTrunkDeg(values.alignDeg) : 0;
  const shoulderY = test === "side-bridge-hold" ? BODY.upperArm : BODY.shoulderOnArm + BODY.shoulderStack / 2;
  const shoulder = { x: 0, y: shoulderY };
  const hip =
    test === "side-bridge-hold"
      ? { x: BODY.trunk * Math.cos(trunkDeg * DEG), y: shoulderY - BODY.trunk * Math.sin(trunkDeg * DEG) }
      : { x: BODY.trunk, y: BODY.hipOnFloor + BODY.hipStack / 2 };
  // Stacked pairs rolled about the body's long axis: the top one rises and comes toward the camera.
  const roll = values.rollDeg * DEG;
  const stacked = (centre: { x: number; y: number }, spread: number, up: 1 | -1): Point3 => ({
    x: centre.x,
    y: centre.y + (up * spread * Math.cos(roll)) / 2,
    z: (up * spread * Math.sin(roll)) / 2,
  });
  const topShoulder = stacked(shoulder, BODY.shoulderStack, 1);
  const bottomShoulder = stacked(shoulder, BODY.shoulderStack, -1);
  const topHip = stacked(hip, BODY.hipStack, 1);
  const bottomHip = stacked(hip, BODY.hipStack, -1);
  const bottomLegDeg =
    test === "side-bridge-hold"
      ? -(trunkDeg + values.alignDeg)
      : Math.atan2(BODY.ankleOnFloor - bottomHip.y, legLength) / DEG;
  const topLegDeg = test === "side-bridge-hold" ? bottomLegDeg : bottomLegDeg + values.liftDeg;
  const leg = (from: Point3, angleDeg: number, share: number): Point3 => ({
    x: from.x + share * legLength * Math.cos(angleDeg * DEG),
    y: from.y + share * legLength * Math.sin(angleDeg * DEG),
    z: from.z,
  });
  const kneeShare = BODY.thigh / legLength;
  const elbowOffset = test === "side-bridge-hold" ? { x: 0, y: -BODY.upperArm } : { x: -0.1, y: -0.12 };
  return {
    top: {
      Shoulder: topShoulder,
      Hip: topHip,
      Knee: leg(topHip, topLegDeg, kneeShare),
      Ankle: leg(topHip, topLegDeg, 1),
      Elbow: { x: topShoulder.x + 0.15, y: topShoulder.y - 0.02, z: topShoulder.z + 0.05 },
      Wrist: { x: topShoulder.x + 0.28, y: topShoulder.y - 0.04, z: topShoulder.z + 0.05 },
    },
    bottom: {
      Shoulder: bottomShoulder,
      Hip: bottomHip,
      Knee: leg(bottomHip, bottomLegDeg, kneeShare),
      Ankle: leg(bottomHip, bottomLegDeg, 1),
      Elbow: { x: bottomShoulder.x + elbowOffset.x, y: bottomShoulder.y + elbowOffset.y, z: 0.05 },
      Wrist: { x: bottomShoulder.x + elbowOffset.x, y: bottomShoulder.y + elbowOffset.y, z: 0.2 },
    },
    nose: { x: -0.12, y: shoulderY, z: 0.08 },
  };
}

const DEFAULTS: HoldPoseValues = { liftDeg: -10, alignDeg: -17, rollDeg: 0, present: 1 };

/** The pose values at `timeMs` along the phases (the last phase's end holds after it). */
function valuesAt(options: SyntheticHoldOptions, timeMs: number): HoldPoseValues {
  let current: HoldPoseValues = { ...DEFAULTS, ...options.from };
  let startMs = 0;
  for (const phase of options.phases) {
    const target: HoldPoseValues = { ...current, ...phase.to };
    const endMs = startMs + phase.durationMs;
    if (timeMs < endMs) {
      const share = phase.durationMs === 0 ? 1 : (timeMs - startMs) / phase.durationMs;
      const mix = (key: keyof HoldPoseValues): number => current[key] + (target[key] - current[key]) * share;
      return {
        liftDeg: mix("liftDeg"),
        alignDeg: mix("alignDeg"),
        rollDeg: mix("rollDeg"),
        present: target.present,
      };
    }
    current = target;
    startMs = endMs;
  }
  return current;
}

/** The total length of the phases, milliseconds. */
export function holdClipDurationMs(options: SyntheticHoldOptions): number {
  return options.phases.reduce((sum, phase) => sum + phase.durationMs, 0);
}

/**
 * One frame of a person lying on their side across a 1000 × 700 picture, seen from in front by a camera on the
 * floor (or as the options turn and raise it), for the camera timing of holds. The tested side follows the holds'
 * conventions: the top leg for the abductor hold, the side on the floor for the side bridge.
 */
export function syntheticHoldFrame(options: SyntheticHoldOptions, timeMs: number, index = 0): KeypointFrame {
  const values = valuesAt(options, timeMs);
  if (values.present < 0.5) return { timeMs, keypoints: {} };
  const body = lyingBody(options.test, values);
  const topSide: Side =
    options.test === "abductor-endurance-hold" ? options.side : options.side === "left" ? "right" : "left";
  const bottomSide: Side = topSide === "left" ? "right" : "left";
  const pitch = (options.cameraPitchDeg ?? 0) * DEG;
  const roll = (options.cameraRollDeg ?? 0) * DEG;
  const centre = { x: PICTURE.widthPx / 2, y: PICTURE.heightPx / 2 };
  const project = (point: Point3, jointIndex: number): Joint => {
    // Orthographic camera looking across the floor, tipped down by `pitch`, then turned about its lens by `roll`.
    const up = point.y * Math.cos(pitch) - point.z * Math.sin(pitch);
    const flatX = HEAD_X_PX + point.x * BODY_HEIGHT_PX;
    const x0 = options.headOnRight === true ? PICTURE.widthPx - flatX : flatX;
    const y0 = FLOOR_Y_PX - up * BODY_HEIGHT_PX;
    const dx = x0 - centre.x;
    const dy = y0 - centre.y;
    const amplitude = options.jitterPx ?? 0;
    const seed = options.seed ?? 1;
    return {
      x:
        centre.x + dx * Math.cos(roll) - dy * Math.sin(roll) + amplitude * jitter(seed, index, jointIndex, 0),
      y:
        centre.y + dx * Math.sin(roll) + dy * Math.cos(roll) + amplitude * jitter(seed, index, jointIndex, 1),
      score: options.score ?? 0.8,
    };
  };
  const keypoints: Partial<Record<JointName, Joint>> = { nose: project(body.nose, 0) };
  PARTS.forEach((part, partIndex) => {
    keypoints[`${topSide}${part}`] = project(body.top[part], 2 * partIndex + 1);
    keypoints[`${bottomSide}${part}`] = project(body.bottom[part], 2 * partIndex + 2);
  });
  return { timeMs, keypoints };
}

/** The whole clip, at `frameRateHz` (15 by default, the rate the detector decodes videos at). */
export function syntheticHoldClip(options: SyntheticHoldOptions): KeypointFrame[] {
  const frameMs = 1000 / (options.frameRateHz ?? 15);
  const count = Math.floor(holdClipDurationMs(options) / frameMs) + 1;
  return Array.from({ length: count }, (_, index) =>
    syntheticHoldFrame(options, Math.round(index * frameMs), index),
  );
}
