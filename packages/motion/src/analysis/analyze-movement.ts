import { smoothFrames } from "../filter/smooth-frames.js";
import {
  angleFromUpDeg,
  distancePx,
  fppaDeg,
  interiorAngleDeg,
  midpoint,
  pelvicDropDeg,
  trunkLeanDeg,
  type CameraView,
} from "../geometry/angles.js";
import { segmentReps, type RepWindow } from "../reps/segment-reps.js";
import { bodyPostureOf } from "../setup/body-posture.js";
import { thighLengthsOf } from "../setup/body-turn.js";
import { checkSetup, type PeopleSeen } from "../setup/check-setup.js";
import { setupProblem, type SetupProblem } from "../setup/setup-problem.js";
import type { Localized } from "../shared/localized.js";
import { jointOf, otherSide } from "../skeleton/joint-of.js";
import type { Joint, JointName, KeypointFrame, Side } from "../skeleton/joints.js";
import { findingsOf } from "./findings.js";
import {
  FIXED_DEPTH_DROP_RATIO,
  FLOOR_CONFIDENCE_FACTOR,
  FPPA_SDD_DEG,
  FPPA_SEM_DEG,
  MIN_THIGH_PROJECTION_RATIO,
  MIN_USABLE_FRAME_FRACTION,
} from "./movement-thresholds.js";
import type {
  Asymmetry,
  KneeAtRep,
  Measure,
  MovementReport,
  RepFindings,
  SideSummary,
} from "./movement-report.js";
import { TEST_PROFILES, requiredJointsOf, type MovementTest, type TestProfile } from "./movement-tests.js";
import { median } from "../geometry/median.js";

export type AnalyzeOptions = {
  readonly test: MovementTest;
  /** Stance leg for one-leg tests; working leg for floor tests. */
  readonly side?: Side | undefined;
  /** Camera facing the person's front (default) or back: flips left/right in the picture. */
  readonly view?: CameraView | undefined;
  /** Selects the sex-specific FPPA bands; unknown uses the women's bands, which flag less. */
  readonly sex?: "female" | "male" | undefined;
  readonly frameSize?: { readonly widthPx: number; readonly heightPx: number } | undefined;
  readonly people?: PeopleSeen | undefined;
};

export const SCREENING_DISCLAIMER = {
  en: "These are screening signals from a camera, each with its measurement error, not a diagnosis. Talk to a physiotherapist or doctor about any concern.",
  fr: "Ce sont des signaux de dépistage issus d'une caméra, chacun avec son erreur de mesure, pas un diagnostic. Parlez de toute inquiétude à un kinésithérapeute ou à un médecin.",
} as const;

/** Why a report has no findings, so a screen never shows an empty list without saying why. */
const NO_FINDINGS_REASONS = {
  notScored: {
    en: "No findings: the clip could not be scored; the problems with the recording say what to change.",
    fr: "Aucun constat : la vidéo n'a pas pu être évaluée ; les problèmes d'enregistrement indiquent quoi changer.",
  },
  floor: {
    en: "No findings for this floor exercise: the camera counts its repetitions but measures no knee, pelvis or trunk angle.",
    fr: "Aucun constat pour cet exercice au sol : la caméra compte ses répétitions mais ne mesure aucun angle du genou, du bassin ou du tronc.",
  },
  turned: {
    en: "No findings: the body was turned away from the camera, so no knee, pelvis or trunk angle was measured; only repetitions were counted.",
    fr: "Aucun constat : le corps était tourné par rapport à la caméra, donc aucun angle du genou, du bassin ou du tronc n'a été mesuré ; seules les répétitions ont été comptées.",
  },
} as const satisfies Readonly<Record<string, Localized>>;

type Context = {
  readonly test: MovementTest;
  readonly profile: TestProfile;
  readonly view: CameraView;
  readonly referenceSide: Side;
  readonly legLengthPx: number;
  /** Each leg's hip–knee length when the thigh faces the camera squarely (90th percentile over the clip). */
  readonly thighLengthPx: Readonly<Record<Side, number>>;
  /** False when the body is turned from the camera: knee FPPA, pelvic drop and trunk lean are then not measured. */
  readonly frontalAngles: boolean;
};

/** 0 when no frame shows a hip and its ankle. */
function legLengthOf(frames: readonly KeypointFrame[]): number {
  return (
    median(
      frames.flatMap((frame) =>
        (["left", "right"] as const).flatMap((side) => {
          const hip = jointOf(frame, `${side}Hip`);
          const ankle = jointOf(frame, `${side}Ankle`);
          return hip !== undefined && ankle !== undefined ? [distancePx(hip, ankle)] : [];
        }),
      ),
    ) ?? 0
  );
}

function joints(frame: KeypointFrame, names: readonly JointName[]): Joint[] | undefined {
  const found = names.map((name) => jointOf(frame, name));
  return found.every((joint): joint is Joint => joint !== undefined) ? found : undefined;
}

function midHipOf(frame: KeypointFrame): Joint | undefined {
  const hips = joints(frame, ["leftHip", "rightHip"]);
  return hips === undefined ? undefined : { ...midpoint(hips[0] as Joint, hips[1] as Joint), score: 1 };
}

/** The value that rep segmentation follows, larger = further from rest; undefined when not measurable. */
function repSignalOf(frame: KeypointFrame, context: Context): number | undefined {
  const scale = context.legLengthPx;
  const side = context.referenceSide;
  const signals: Record<TestProfile["signal"], () => number | undefined> = {
    "hip-height": () => {
      const hip = midHipOf(frame);
      return hip === undefined ? undefined : hip.y / scale;
    },
    "ankle-gap": () => {
      const found = joints(frame, ["leftAnkle", "rightAnkle"]);
      return found === undefined
        ? undefined
        : Math.abs((found[0] as Joint).x - (found[1] as Joint).x) / scale;
    },
    "lifted-ankle-gap": () => {
      const found = joints(frame, [`${side}Ankle`, `${otherSide(side)}Ankle`]);
      return found === undefined ? undefined : distancePx(found[0] as Joint, found[1] as Joint) / scale;
    },
    "hip-extension": () => {
      const found = joints(frame, [`${side}Shoulder`, `${side}Hip`, `${side}Knee`]);
      return found === undefined
        ? undefined
        : interiorAngleDeg(found[0] as Joint, found[1] as Joint, found[2] as Joint);
    },
    "leg-spread": () => {
      const found = joints(frame, ["leftAnkle", "leftHip", "rightHip", "rightAnkle"]);
      if (found === undefined) return undefined;
      const [leftAnkle, leftHip, rightHip, rightAnkle] = found as [Joint, Joint, Joint, Joint];
      const hip = midpoint(leftHip, rightHip);
      return interiorAngleDeg(leftAnkle, hip, rightAnkle);
    },
    "knee-gap": () => {
      const found = joints(frame, ["leftKnee", "rightKnee", `${side}Hip`]);
      return found === undefined ? undefined : distancePx(found[0] as Joint, found[1] as Joint) / scale;
    },
    none: () => 0,
  };
  return signals[context.profile.signal]();
}

function isUsable(frame: KeypointFrame, required: readonly JointName[], profile: TestProfile): boolean {
  if (joints(frame, required) === undefined) return false;
  const posture = bodyPostureOf(frame);
  return profile.posture === "standing" ? posture === "upright" : posture === "lying";
}

/** FPPA of one leg, or undefined when unseen or when the thigh points at the camera (see MIN_THIGH_PROJECTION_RATIO). */
function fppaOf(frame: KeypointFrame, side: Side, context: Context): number | undefined {
  if (!context.frontalAngles) return undefined;
  const leg = joints(frame, [`${side}Hip`, `${side}Knee`, `${side}Ankle`]);
  if (leg === undefined) return undefined;
  const [hip, knee, ankle] = leg as [Joint, Joint, Joint];
  if (distancePx(hip, knee) < MIN_THIGH_PROJECTION_RATIO * context.thighLengthPx[side]) return undefined;
  return fppaDeg(hip, knee, ankle, side, context.view);
}

function largestMagnitude(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
}

function kneesMeasured(context: Context): Side[] {
  if (context.profile.posture === "floor") return [];
  return context.profile.oneLeg ? [context.referenceSide] : ["left", "right"];
}

function kneeAtRep(
  frames: readonly KeypointFrame[],
  window: RepWindow,
  side: Side,
  context: Context,
): KneeAtRep {
  const inRep = frames.slice(window.startIndex, window.endIndex + 1);
  const values = inRep.flatMap((frame) => fppaOf(frame, side, context) ?? []);
  const startHip =
    frames[window.startIndex] === undefined
      ? undefined
      : midHipOf(frames[window.startIndex] as KeypointFrame);
  const atDepth = frames.slice(window.startIndex, window.peakIndex + 1).find((frame) => {
    const hip = midHipOf(frame);
    return (
      hip !== undefined &&
      startHip !== undefined &&
      (hip.y - startHip.y) / context.legLengthPx >= FIXED_DEPTH_DROP_RATIO
    );
  });
  const depthValue = atDepth === undefined ? undefined : fppaOf(atDepth, side, context);
  return {
    side,
    peakFppaDeg: values.length === 0 ? null : Math.max(...values),
    fppaAtDepthDeg: depthValue ?? null,
  };
}

function repFindingsOf(
  frames: readonly KeypointFrame[],
  window: RepWindow,
  index: number,
  context: Context,
): RepFindings {
  const inRep = frames.slice(window.startIndex, window.endIndex + 1);
  const standing = context.profile.posture === "standing" && context.frontalAngles;
  const leans = standing
    ? inRep.flatMap((frame) => {
        const torso = joints(frame, ["leftHip", "rightHip", "leftShoulder", "rightShoulder"]);
        if (torso === undefined) return [];
        const [lh, rh, ls, rs] = torso as [Joint, Joint, Joint, Joint];
        return [trunkLeanDeg(midpoint(lh, rh), midpoint(ls, rs), context.referenceSide, context.view)];
      })
    : [];
  const drops = standing
    ? inRep.flatMap((frame) => {
        const hips = joints(frame, ["leftHip", "rightHip"]);
        return hips === undefined
          ? []
          : [
              pelvicDropDeg(
                { left: hips[0] as Joint, right: hips[1] as Joint },
                otherSide(context.referenceSide),
              ),
            ];
      })
    : [];
  return {
    index,
    startMs: window.startMs,
    bottomMs: window.peakMs,
    endMs: window.endMs,
    side: context.profile.oneLeg ? context.referenceSide : "both",
    complete: window.complete,
    knees: kneesMeasured(context).map((side) => kneeAtRep(frames, window, side, context)),
    trunkLeanDeg: largestMagnitude(leans),
    trunkRockDeg: leans.length === 0 ? null : Math.max(...leans) - Math.min(...leans),
    pelvicDropDeg: largestMagnitude(drops),
  };
}

function measureOf(values: readonly number[], errorDeg: number): Measure | null {
  if (values.length === 0) return null;
  const meanDeg = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance =
    values.length < 2
      ? 0
      : values.reduce((sum, value) => sum + (value - meanDeg) ** 2, 0) / (values.length - 1);
  return { meanDeg, sdDeg: Math.sqrt(variance), errorDeg, n: values.length };
}

function sideSummaries(reps: readonly RepFindings[], context: Context): SideSummary[] {
  return kneesMeasured(context).map((side) => {
    const knees = reps.flatMap((rep) => rep.knees.filter((knee) => knee.side === side));
    return {
      side,
      peakFppa: measureOf(
        knees.flatMap((knee) => knee.peakFppaDeg ?? []),
        FPPA_SEM_DEG,
      ),
      fppaAtDepth: measureOf(
        knees.flatMap((knee) => knee.fppaAtDepthDeg ?? []),
        FPPA_SEM_DEG,
      ),
    };
  });
}

function asymmetryOf(perSide: readonly SideSummary[]): Asymmetry | null {
  const left = perSide.find((summary) => summary.side === "left")?.peakFppa;
  const right = perSide.find((summary) => summary.side === "right")?.peakFppa;
  if (left === null || left === undefined || right === null || right === undefined) return null;
  const fppaDifferenceDeg = left.meanDeg - right.meanDeg;
  // Munro 2012: a left–right gap under the SDD may be measurement noise (clinical.md §1.5 d).
  return {
    fppaDifferenceDeg,
    smallestRealDifferenceDeg: FPPA_SDD_DEG,
    beyondError: Math.abs(fppaDifferenceDeg) >= FPPA_SDD_DEG,
  };
}

function confidenceOf(
  usable: readonly KeypointFrame[],
  total: number,
  required: readonly JointName[],
  profile: TestProfile,
): number {
  if (total === 0 || usable.length === 0) return 0;
  const scores = usable.flatMap((frame) => required.map((name) => frame.keypoints[name]?.score ?? 0));
  const meanScore = scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length);
  const floorFactor = profile.posture === "floor" ? FLOOR_CONFIDENCE_FACTOR : 1;
  return Math.min(1, Math.max(0, (usable.length / total) * meanScore * floorFactor));
}

function windowsOf(
  usable: readonly KeypointFrame[],
  context: Context,
): { windows: RepWindow[]; counted: boolean } {
  const whole = (): RepWindow => ({
    startIndex: 0,
    peakIndex: Math.floor((usable.length - 1) / 2),
    endIndex: usable.length - 1,
    startMs: usable[0]?.timeMs ?? 0,
    peakMs: usable[Math.floor((usable.length - 1) / 2)]?.timeMs ?? 0,
    endMs: usable[usable.length - 1]?.timeMs ?? 0,
    amplitude: 0,
    complete: true,
  });
  if (context.profile.signal === "none" || usable.length < 3) return { windows: [whole()], counted: false };
  const samples = usable.map((frame) => ({
    timeMs: frame.timeMs,
    value: repSignalOf(frame, context) ?? Number.NaN,
  }));
  return { windows: segmentReps(samples, { minAmplitude: context.profile.minAmplitude }), counted: true };
}

/**
 * The movement screen: setup checks, smoothing, repetitions and, per repetition and side, knee FPPA, trunk lean
 * and pelvic drop, then findings with their measurement error. Refuses to score when the view is wrong.
 */
export function analyzeMovement(frames: readonly KeypointFrame[], options: AnalyzeOptions): MovementReport {
  const profile = TEST_PROFILES[options.test];
  const view = options.view ?? "front";
  const referenceSide = options.side ?? "left";
  const problems: SetupProblem[] = checkSetup(frames, options);
  const legLengthPx = legLengthOf(frames);
  const base = {
    test: options.test,
    view,
    referenceSide,
    framesTotal: frames.length,
    disclaimer: SCREENING_DISCLAIMER,
  };
  const refuse = (all: readonly SetupProblem[]): MovementReport => ({
    ...base,
    status: "not-scorable",
    problems: all,
    reps: [],
    repCount: 0,
    perSide: [],
    asymmetry: null,
    findings: [],
    implausible: [],
    noFindingsReason: NO_FINDINGS_REASONS.notScored,
    confidence: 0,
    framesUsed: 0,
  });
  if (problems.some((problem) => problem.severity === "blocking") || !(legLengthPx > 0)) {
    return refuse(
      problems.length > 0
        ? problems
        : [setupProblem("missing-joints", "blocking", requiredJointsOf(options.test, options.side))],
    );
  }
  const required = requiredJointsOf(options.test, options.side);
  const usable = smoothFrames(frames, legLengthPx).filter((frame) => isUsable(frame, required, profile));
  const frontalAngles = !problems.some((problem) => problem.code === "turned-from-camera");
  const context: Context = {
    test: options.test,
    profile,
    view,
    referenceSide,
    legLengthPx,
    thighLengthPx: thighLengthsOf(usable),
    frontalAngles,
  };
  if (usable.length === 0 || usable.length / frames.length < MIN_USABLE_FRAME_FRACTION) {
    const unseen = required.filter(
      (name) =>
        frames.filter((frame) => jointOf(frame, name) === undefined).length / frames.length >
        1 - MIN_USABLE_FRAME_FRACTION,
    );
    return refuse([...problems, setupProblem("missing-joints", "blocking", unseen)]);
  }
  const { windows, counted } = windowsOf(usable, context);
  if (windows.length === 0) return refuse([...problems, setupProblem("no-reps", "blocking")]);
  const notes = counted || profile.signal === "none" ? [] : [setupProblem("still-image", "warning")];
  const reps = windows.map((window, index) => repFindingsOf(usable, window, index, context));
  const perSide = sideSummaries(reps, context);
  const asymmetry = asymmetryOf(perSide);
  const { findings, implausible } = findingsOf({
    test: options.test,
    referenceSide,
    sex: options.sex,
    reps,
    perSide,
    asymmetry,
    sway: swayOf(usable, context),
  });
  return {
    ...base,
    status: "scored",
    problems: [...problems, ...notes],
    reps,
    repCount: counted ? reps.length : 0,
    perSide,
    asymmetry,
    findings,
    implausible,
    noFindingsReason: findings.length > 0 ? null : noFindingsReasonOf(context),
    confidence: confidenceOf(usable, frames.length, required, profile),
    framesUsed: usable.length,
  };
}

/**
 * Only two things leave a scored report without findings: floor exercises measure no angle, and a body turned from
 * the camera gets no frontal-plane angle. Standing tests seen square-on always measure the trunk at least.
 */
function noFindingsReasonOf(context: Context): Localized | null {
  if (context.profile.posture === "floor") return NO_FINDINGS_REASONS.floor;
  return context.frontalAngles ? null : NO_FINDINGS_REASONS.turned;
}

/** Standing sway: SD of the stance ankle → mid-shoulder line's angle from vertical over the hold, degrees. */
function swayOf(usable: readonly KeypointFrame[], context: Context): number | null {
  if (context.test !== "single-leg-stance") return null;
  const angles = usable.flatMap((frame) => {
    const found = joints(frame, [`${context.referenceSide}Ankle`, "leftShoulder", "rightShoulder"]);
    return found === undefined
      ? []
      : [angleFromUpDeg(found[0] as Joint, midpoint(found[1] as Joint, found[2] as Joint))];
  });
  return measureOf(angles, 0)?.sdDeg ?? null;
}
