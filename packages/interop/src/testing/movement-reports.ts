/**
 * Real movement-screen reports for tests: synthetic keypoint clips (the motion module's own `syntheticFrame`)
 * scored by `analyzeMovement`, so conversions are tested on what the motion module really produces. Between them
 * the screens give every kind of finding.
 */
import { analyzeMovement, type KeypointFrame, type MovementReport } from "@hipcheck/motion";
import { syntheticFrame, type SyntheticPose } from "@hipcheck/motion/testing";

const FRAME_MS = 100;
const FRAMES_PER_REP = 20;

/** `reps` smooth dips of the hips (a quarter of leg length), the pose scaled by the depth of each frame. */
function dipClip(reps: number, pose: (depth: number) => Omit<SyntheticPose, "timeMs" | "hipDropRatio">) {
  const total = reps * FRAMES_PER_REP + 10;
  return Array.from({ length: total }, (_, index): KeypointFrame => {
    const phase = index < 5 || index >= total - 5 ? 0 : ((index - 5) % FRAMES_PER_REP) / FRAMES_PER_REP;
    const depth = Math.sin(Math.PI * phase) ** 2;
    return syntheticFrame({ ...pose(depth), timeMs: index * FRAME_MS, hipDropRatio: 0.15 * depth });
  });
}

/** Bea: five single-leg squats on her right leg, 12° valgus, the left hip dropping 4°, leaning 3° to the right. */
export function beaSingleLegSquats(): MovementReport {
  const clip = dipClip(5, (depth) => ({
    fppaDeg: { left: 0, right: 12 * depth },
    pelvicDropDeg: 4 * depth,
    dropSide: "left",
    trunkLeanDeg: 3 * depth,
    leanSide: "right",
  }));
  return analyzeMovement(clip, { test: "single-leg-squat", side: "right", sex: "female" });
}

/** Four double-leg squats with the left knee caving 18° and the right 2°: a gap beyond measurement error. */
export function unevenSquats(): MovementReport {
  const clip = dipClip(4, (depth) => ({ fppaDeg: { left: 18 * depth, right: 2 * depth } }));
  return analyzeMovement(clip, { test: "squat" });
}

/** Dana standing on her left leg for 4 s while the right side of her pelvis sags 6°. */
export function danaSingleLegStance(): MovementReport {
  const hold = Array.from({ length: 40 }, (_, index) =>
    syntheticFrame({ timeMs: index * FRAME_MS, pelvicDropDeg: 6, dropSide: "right" }),
  );
  return analyzeMovement(hold, { test: "single-leg-stance", side: "left" });
}

/** Gus: six lateral band-walk steps of the right leg, his trunk rocking ±4° with each. */
export function gusLateralWalk(): MovementReport {
  const steps = 6;
  const clip = Array.from({ length: steps * 15 + 10 }, (_, index): KeypointFrame => {
    const moving = index >= 5 && index < steps * 15 + 5;
    const out = moving ? Math.sin((Math.PI * (index - 5)) / 15) ** 2 : 0;
    const frame = syntheticFrame({
      timeMs: index * FRAME_MS,
      trunkLeanDeg: 4 * (2 * out - 1),
      leanSide: "left",
      fppaDeg: { left: 4, right: 0 },
    });
    const keypoints = { ...frame.keypoints };
    for (const [name, share] of [
      ["rightKnee", 0.5],
      ["rightAnkle", 1],
    ] as const) {
      const joint = frame.keypoints[name];
      if (joint !== undefined) keypoints[name] = { ...joint, x: joint.x - 150 * out * share };
    }
    return { timeMs: frame.timeMs, keypoints };
  });
  return analyzeMovement(clip, { test: "lateral-walk" });
}

/** Jo's step-downs on the left leg, filmed from behind. */
export function joStepDownsFromBehind(): MovementReport {
  const clip = dipClip(4, (depth) => ({ view: "back", fppaDeg: { left: 14 * depth, right: 0 } }));
  return analyzeMovement(clip, { test: "step-down", side: "left", view: "back" });
}

/** A clip in which no body is seen: the screen cannot be scored. */
export function emptyClip(): MovementReport {
  const clip = Array.from({ length: 20 }, (_, index): KeypointFrame => ({
    timeMs: index * FRAME_MS,
    keypoints: {},
  }));
  return analyzeMovement(clip, { test: "squat" });
}
