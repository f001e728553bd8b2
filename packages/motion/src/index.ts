export * from "./skeleton/joints.js";
export { COCO17_ORDER, fromCoco17 } from "./skeleton/coco17.js";
export { fromBlazePose33 } from "./skeleton/blazepose33.js";
export { MIN_JOINT_SCORE, jointOf } from "./skeleton/joint-of.js";
export type { Localized } from "./shared/localized.js";
export { OneEuroFilter, DEFAULT_ONE_EURO, type OneEuroSettings } from "./filter/one-euro-filter.js";
export { smoothFrames } from "./filter/smooth-frames.js";
export {
  angleFromUpDeg,
  distancePx,
  fppaDeg,
  imageDirectionOf,
  interiorAngleDeg,
  midpoint,
  pelvicDropDeg,
  trunkLeanDeg,
  type CameraView,
  type Point,
} from "./geometry/angles.js";
export { segmentReps, type RepWindow, type SegmentOptions, type SignalSample } from "./reps/segment-reps.js";
export { bodyPostureOf, type BodyPosture } from "./setup/body-posture.js";
export {
  checkSetup,
  TOO_DARK_MEAN_LUMA,
  type PeopleSeen,
  type PictureLight,
  type SetupOptions,
} from "./setup/check-setup.js";
export { bodyTurnDeg, kneesTurnedAside, thighLengthsOf } from "./setup/body-turn.js";
export { pictureChecksOf, type PictureLook } from "./setup/picture-checks.js";
export {
  PHOTO_SETUP_MESSAGES,
  SETUP_GUIDANCE,
  SETUP_MESSAGES,
  setupMessage,
  type PictureSource,
  type SetupProblem,
  type SetupProblemCode,
  type SetupWording,
} from "./setup/setup-problem.js";
export { bodyWidthsOf, isSideOn, isTrunkEndOn, type BodyWidths } from "./setup/side-on.js";
export {
  MOVEMENT_TESTS,
  TEST_PROFILES,
  requiredJointsOf,
  type MovementTest,
  type TestProfile,
} from "./analysis/movement-tests.js";
export * from "./analysis/movement-thresholds.js";
export type {
  Asymmetry,
  Band,
  Finding,
  FindingId,
  KneeAtRep,
  Measure,
  MovementReport,
  RepFindings,
  SideSummary,
} from "./analysis/movement-report.js";
export { analyzeMovement, SCREENING_DISCLAIMER, type AnalyzeOptions } from "./analysis/analyze-movement.js";
export { REFINE_AROUND_BOTTOM_MS, refinementFramesOf } from "./analysis/refinement-frames.js";
export { cameraErrorNote, type CameraError } from "./analysis/camera-error-note.js";
export { slsFppaBand } from "./analysis/findings.js";
export {
  compareReports,
  type ChangeVerdict,
  type Comparison,
  type FindingChange,
} from "./analysis/compare-reports.js";
export type { ImplausibleMeasure } from "./analysis/movement-report.js";
export { median } from "./geometry/median.js";
export { FINDING_NAMES } from "./analysis/finding-names.js";
export {
  FINDING_IDS,
  MOVEMENT_METRIC_NAMES,
  MOVEMENT_METRIC_OF_FINDING,
  MOVEMENT_METRICS,
  movementMetricOf,
  type MovementFinding,
  type MovementMetric,
} from "./analysis/movement-finding.js";
export {
  HOLD_QUALITIES,
  HOLD_QUALITY_NAMES,
  HOLD_STOP_REASONS,
  HOLD_STOP_REASON_NAMES,
  HOLD_TESTS,
  HOLD_TEST_NAMES,
  type HoldQuality,
  type HoldSide,
  type HoldStopReason,
  type HoldTest,
} from "./hold/hold-tests.js";
export { measureHoldFrame, type HoldFrameMeasure } from "./hold/hold-geometry.js";
export {
  HOLD_PROBLEM_MESSAGES,
  checkHoldSetup,
  type HoldProblem,
  type HoldProblemCode,
} from "./hold/hold-setup.js";
export { HoldTracker, type HoldState, type TimedHold } from "./hold/hold-tracker.js";
export { timeHold, type HoldTiming, type TimeHoldOptions } from "./hold/time-hold.js";
export * from "./hold/hold-thresholds.js";
