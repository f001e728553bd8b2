/**
 * Test helpers for the packages that build on motion: synthetic bodies and squat clips whose angles are known.
 * Imported as `@hipcheck/motion/testing`, never by production code.
 */
export {
  mapFrame,
  mirrorFrame,
  syntheticDips,
  syntheticFrame,
  turnFrame,
  type SyntheticPose,
} from "./testing/synthetic-frame.js";
export {
  holdClipDurationMs,
  syntheticHoldClip,
  syntheticHoldFrame,
  type HoldPhase,
  type HoldPoseValues,
  type SyntheticHoldOptions,
} from "./testing/synthetic-hold.js";
