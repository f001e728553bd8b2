import type { JointName, Side } from "../skeleton/joints.js";

export const MOVEMENT_TESTS = [
  "single-leg-squat",
  "single-leg-stance",
  "squat",
  "step-down",
  "lateral-walk",
  "band-side-kick",
  "bridge",
  "side-lying-leg-lift",
  "clamshell",
] as const;
export type MovementTest = (typeof MOVEMENT_TESTS)[number];

export type TestProfile = {
  readonly posture: "standing" | "floor";
  /** One-leg tests measure the stance leg and need `side`. */
  readonly oneLeg: boolean;
  /** What a repetition moves: see `repSignalOf`. */
  readonly signal:
    "hip-height" | "ankle-gap" | "lifted-ankle-gap" | "hip-extension" | "leg-spread" | "knee-gap" | "none";
  /** Smallest excursion that counts as a repetition, in the signal's unit (leg lengths, or degrees for angles). */
  readonly minAmplitude: number;
};

/** Amplitudes are design choices: about a twentieth of leg length for standing moves, 10° for floor angles. */
export const TEST_PROFILES: Readonly<Record<MovementTest, TestProfile>> = {
  "single-leg-squat": { posture: "standing", oneLeg: true, signal: "hip-height", minAmplitude: 0.05 },
  "single-leg-stance": { posture: "standing", oneLeg: true, signal: "none", minAmplitude: 0 },
  squat: { posture: "standing", oneLeg: false, signal: "hip-height", minAmplitude: 0.05 },
  "step-down": { posture: "standing", oneLeg: true, signal: "hip-height", minAmplitude: 0.05 },
  "lateral-walk": { posture: "standing", oneLeg: false, signal: "ankle-gap", minAmplitude: 0.05 },
  "band-side-kick": { posture: "standing", oneLeg: true, signal: "lifted-ankle-gap", minAmplitude: 0.05 },
  bridge: { posture: "floor", oneLeg: false, signal: "hip-extension", minAmplitude: 10 },
  "side-lying-leg-lift": { posture: "floor", oneLeg: false, signal: "leg-spread", minAmplitude: 10 },
  clamshell: { posture: "floor", oneLeg: false, signal: "knee-gap", minAmplitude: 0.15 },
};

const LEG_JOINTS = ["Hip", "Knee", "Ankle"] as const;

/** Joints a test cannot do without, for the legs it measures. */
export function requiredJointsOf(test: MovementTest, side: Side | undefined): JointName[] {
  const profile = TEST_PROFILES[test];
  const sides: Side[] =
    profile.oneLeg && side !== undefined && profile.signal !== "lifted-ankle-gap"
      ? [side]
      : ["left", "right"];
  const legs = sides.flatMap((legSide) => LEG_JOINTS.map((part): JointName => `${legSide}${part}`));
  const hipsAndShoulders: JointName[] = ["leftShoulder", "rightShoulder", "leftHip", "rightHip"];
  return [...new Set<JointName>([...hipsAndShoulders, ...legs])];
}
