/**
 * The exercise cues the camera can measure while the person moves: the knee in line with the ankle rather than
 * caving in, the trunk upright and still, the pelvis level on one leg (the library's cues: "standing knee should
 * stay in line with the ankle" and "keep your chest up", seed:003; "keep the pelvis level", seed:004). Each is
 * measured with the motion module's own angles over the last second of frames, so one jittery frame does not
 * flip a word, and needs attention only when it is off by more than the angle's smallest real difference: a
 * smaller deviation may be measurement noise. These are reminders of the cues, never a judgement of the knee;
 * the set's findings come from `analyzeMovement`.
 */
import {
  FPPA_SDD_DEG,
  KNEE_FPPA_ERROR_DEG,
  MIN_THIGH_PROJECTION_RATIO,
  PELVIC_DROP_ERROR_DEG,
  TEST_PROFILES,
  TRUNK_LEAN_ERROR_DEG,
  fppaDeg,
  jointOf,
  median,
  midpoint,
  pelvicDropDeg,
  thighLengthsOf,
  trunkLeanDeg,
} from "@hipcheck/motion";
import type { KeypointFrame, MovementTest, Side } from "@hipcheck/motion";

/** Frames older than this, before the latest one, no longer describe how the person moves now (design choice). */
export const LIVE_WINDOW_MS = 1000;

/** Knee FPPA beyond Munro 2012's smallest detectable difference (about 9°) is inward beyond noise. */
export const KNEE_INWARD_CUE_DEG = FPPA_SDD_DEG;
/**
 * Trunk lean and pelvic drop have no validated threshold (DiCesare 2014, Bramah 2018): beyond the usual smallest
 * real difference, 1.96 × √2 × their stated error (about 5.5°, the same rule as `compareReports`), the deviation
 * is more than noise.
 */
export const TRUNK_LEAN_CUE_DEG = 1.96 * Math.SQRT2 * TRUNK_LEAN_ERROR_DEG;
export const PELVIC_DROP_CUE_DEG = 1.96 * Math.SQRT2 * PELVIC_DROP_ERROR_DEG;

export type LiveCueId = "knee" | "trunk" | "pelvis";

export type LiveCue = {
  readonly id: LiveCueId;
  /** The knee's leg; the standing leg for the pelvis; "both" for the trunk. */
  readonly side: Side | "both";
  /**
   * "watch" when off by more than its threshold the way the cue warns of (knee inward, trunk to either side,
   * pelvis dropping on the lifted-leg side); "other-way" when off the other way (knee outward, pelvis higher on
   * the lifted-leg side), which the cue does not warn of; "unseen" when the angle could not be measured.
   */
  readonly state: "steady" | "watch" | "other-way" | "unseen";
  /** Median over the window, degrees, in the motion module's sign convention; null when unseen. */
  readonly valueDeg: number | null;
  readonly errorDeg: number;
};

export type LiveCueOptions = {
  readonly test: MovementTest;
  /** The standing leg of a one-leg test. */
  readonly side?: Side | undefined;
};

/** A cue whose fault is a positive angle beyond `thresholdDeg`; `bothWays` when either sign is the fault. */
function cue(
  id: LiveCueId,
  side: LiveCue["side"],
  values: readonly number[],
  errorDeg: number,
  thresholdDeg: number,
  bothWays = false,
): LiveCue {
  const valueDeg = median(values) ?? null;
  const state =
    valueDeg === null
      ? "unseen"
      : valueDeg > thresholdDeg || (bothWays && valueDeg < -thresholdDeg)
        ? "watch"
        : valueDeg < -thresholdDeg
          ? "other-way"
          : "steady";
  return { id, side, state, valueDeg, errorDeg };
}

/**
 * FPPA of one knee per frame, leaving out frames where the thigh points at the camera (deep knee bend, turned
 * body): its projection is then shorter than MIN_THIGH_PROJECTION_RATIO of its full length and a few pixels of
 * knee error swing the angle by tens of degrees, so the motion module does not measure it either.
 */
function kneeValues(frames: readonly KeypointFrame[], side: Side, thighLengthPx: number): number[] {
  return frames.flatMap((frame) => {
    const hip = jointOf(frame, `${side}Hip`);
    const knee = jointOf(frame, `${side}Knee`);
    const ankle = jointOf(frame, `${side}Ankle`);
    if (hip === undefined || knee === undefined || ankle === undefined) return [];
    if (Math.hypot(knee.x - hip.x, knee.y - hip.y) < MIN_THIGH_PROJECTION_RATIO * thighLengthPx) return [];
    return [fppaDeg(hip, knee, ankle, side, "front")];
  });
}

function trunkValues(frames: readonly KeypointFrame[]): number[] {
  return frames.flatMap((frame) => {
    const [lh, rh, ls, rs] = (["leftHip", "rightHip", "leftShoulder", "rightShoulder"] as const).map((name) =>
      jointOf(frame, name),
    );
    if (lh === undefined || rh === undefined || ls === undefined || rs === undefined) return [];
    return [trunkLeanDeg(midpoint(lh, rh), midpoint(ls, rs), "left", "front")];
  });
}

/** Drop of the lifted-leg side, positive when that hip is lower than the standing one. */
function pelvisValues(frames: readonly KeypointFrame[], standing: Side): number[] {
  const lifted: Side = standing === "left" ? "right" : "left";
  return frames.flatMap((frame) => {
    const left = jointOf(frame, "leftHip");
    const right = jointOf(frame, "rightHip");
    return left === undefined || right === undefined ? [] : [pelvicDropDeg({ left, right }, lifted)];
  });
}

/**
 * The live cues of a standing test, from the frames of the last second (the earlier frames given only tell each
 * thigh's full length); none lying down, where pose models are too unsure for a word per second (the set's
 * analysis still estimates repetitions there).
 */
export function liveFormCues(frames: readonly KeypointFrame[], options: LiveCueOptions): LiveCue[] {
  const profile = TEST_PROFILES[options.test];
  const latest = frames.at(-1);
  if (profile.posture === "floor" || latest === undefined) return [];
  const window = frames.filter((frame) => frame.timeMs >= latest.timeMs - LIVE_WINDOW_MS);
  const standing = profile.oneLeg ? options.side : undefined;
  const knees: Side[] = standing === undefined ? ["left", "right"] : [standing];
  const thighLengthPx = thighLengthsOf(frames);
  return [
    ...knees.map((side) =>
      cue(
        "knee",
        side,
        kneeValues(window, side, thighLengthPx[side]),
        KNEE_FPPA_ERROR_DEG,
        KNEE_INWARD_CUE_DEG,
      ),
    ),
    cue("trunk", "both", trunkValues(window), TRUNK_LEAN_ERROR_DEG, TRUNK_LEAN_CUE_DEG, true),
    ...(standing === undefined
      ? []
      : [
          cue("pelvis", standing, pelvisValues(window, standing), PELVIC_DROP_ERROR_DEG, PELVIC_DROP_CUE_DEG),
        ]),
  ];
}
