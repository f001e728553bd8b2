import type { HoldTest } from "./hold-tests.js";

/**
 * Every number the camera's hold timing judges by, with its reason. The published protocols give the positions and
 * the stop rules in words (Van Cant et al. 2016; McGill et al. 1999; docs/clinical/hold-timing.md), not angles a
 * camera can read, so the angles below are design choices (decisions 0380–0382) sized against the camera's own
 * measured angle error, ± 5° (`KNEE_FPPA_ERROR_DEG`, decision 0300): a change the camera calls real must be about
 * twice that error.
 */
export type HoldSignalThresholds = {
  /** The hold signal must reach this, degrees, for the hold to start (see `holdSignalDeg`). */
  readonly startDeg: number;
  /** The hold ends when the signal falls this far, degrees, below the level held in its first seconds. */
  readonly dropDeg: number;
};

/**
 * Abductor hold: the top leg's elevation above the line of the bottom leg. Lying with the legs stacked it reads about
 * −10° (the hips are a hip-width apart and the feet touch); in line with the trunk, about 0°. The hold starts once
 * the leg is 10° above that line (twice the ± 5° error, so a twitch of a leg at rest does not start it), and ends
 * when the leg falls 10° below the height it was held at: the protocol's "the leg drops", seen through the camera's
 * error (decision 0381).
 *
 * Side bridge: the hips' alignment with the shoulders and feet, 0° in a straight line, negative as the hips sag
 * toward the floor. Lying on the forearm with the hips down it reads about −17° (forearm height 0.146 and upper arm
 * 0.186 of body height, Drillis & Contini 1966), so the start (−7°) and the drop (7° below the held line) are
 * narrower than the abductor's: each must stay inside a 17° travel with room for the ± 5° error (decision 0381).
 */
export const HOLD_SIGNAL_THRESHOLDS: Readonly<Record<HoldTest, HoldSignalThresholds>> = {
  "abductor-endurance-hold": { startDeg: 10, dropDeg: 10 },
  "side-bridge-hold": { startDeg: -7, dropDeg: 7 },
};

/** The signal must stay past the start threshold this long before a hold is taken as started (a lift, not a kick). */
export const HOLD_START_CONFIRM_MS = 500;
/**
 * A drop, a rotation or the person out of view must last this long before the hold is ended: a wobble that is
 * caught within a second is part of the hold, as a tester watching would allow (decision 0381). The end is then
 * dated back to the first frame of the fault.
 */
export const HOLD_END_CONFIRM_MS = 1000;
/** The level held is the median of the signal over this long from the start (the lift settles within it). */
export const HOLD_REFERENCE_MS = 2000;
/** A "hold" shorter than this is a false start (a test lift, a stretch) and is not reported. */
export const MIN_HOLD_MS = 2000;
/**
 * A body whose trunk, in the picture, is under half or over twice as long as the person's at the start of the hold is
 * not the person holding: a pose model asked about an empty picture still draws a small skeleton somewhere, and
 * someone walking past is nearer the camera. Such frames count as the person out of view (design choice, decision
 * 0381).
 */
export const SAME_BODY_TRUNK_RATIO = { min: 0.5, max: 2 } as const;
/** The per-frame signal is the median of the frames of this last stretch of time: one bad frame moves nothing. */
export const HOLD_MEDIAN_WINDOW_MS = 300;
/**
 * Trunk or pelvis rotation, degrees, past which the hold ends ("the hips roll", "the trunk rotates"): read from how
 * much the stacked shoulders or hips close up in the picture compared with the start of the hold (cos of the
 * rotation). 30° is a roll a tester sees at a glance; smaller ones drown in the error of two stacked points.
 */
export const TRUNK_ROTATION_END_DEG = 30;

/**
 * Quality (decision 0382): the worse of steadiness and alignment. Steadiness is the standard deviation of the signal
 * over the hold, its first and last second left out; alignment is the mean rotation of the trunk, and for the side
 * bridge the mean sag of the hips too. Good within the camera's error, fair within twice it (design choice).
 */
export const HOLD_QUALITY_LIMITS = {
  steadinessSdDeg: { good: 3, fair: 6 },
  rotationDeg: { good: 15, fair: 25 },
  sideBridgeSagDeg: { good: 5, fair: 10 },
  /** Time left out of the quality at each end of the hold: the lift and the fall are not the hold. */
  edgeMs: 1000,
} as const;

/**
 * Setup limits (decision 0380), judged over the frames that show a body, by majority:
 * - `notLyingAxisDeg`: the shoulder-to-ankle line further than this from horizontal is not a person lying across
 *   the picture (standing, or the phone turned on its side);
 * - `endOnLengthRatio`: shoulder-to-ankle length under this many shoulder-stack heights means the camera looks along
 *   the body, from the head or the feet: side-lying, the body is about four shoulder widths long (0.78 vs 0.2 of body
 *   height, Drillis & Contini 1966);
 * - `tiltedFloorDeg`: the line on the floor (the trunk lying on it for the abductor hold; elbow to foot for the side
 *   bridge) further than this from horizontal means the phone is not level;
 * - `highCameraStackRatio`: the stacked shoulders closer than this share of the trunk length mean the camera looks
 *   down from well above the floor (side-lying, seen from floor level, about 0.7; cos 60° halves it).
 */
export const HOLD_SETUP_LIMITS = {
  notLyingAxisDeg: 45,
  endOnLengthRatio: 2,
  tiltedFloorDeg: 20,
  highCameraStackRatio: 0.35,
  /** Share of frames with a body under which the clip is said to show nobody. */
  minBodyFrameShare: 0.2,
} as const;
