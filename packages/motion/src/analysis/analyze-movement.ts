import { smoothFrames } from "../filter/smooth-frames.js";
import type { CameraView } from "../geometry/angles.js";
import { segmentReps, type RepWindow } from "../reps/segment-reps.js";
import { bodyPostureOf } from "../setup/body-posture.js";
import { thighLengthsOf } from "../setup/body-turn.js";
import { checkSetup, setupWordingOf, type PeopleSeen, type PictureLight } from "../setup/check-setup.js";
import { setupProblem, type PictureSource, type SetupProblem } from "../setup/setup-problem.js";
import type { Localized } from "../shared/localized.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { JointName, KeypointFrame, Side } from "../skeleton/joints.js";
import { legLengthOf, type AnalysisContext } from "./analysis-context.js";
import { findingsOf } from "./findings.js";
import { repFindingsOf } from "./measure-rep.js";
import type { MovementReport } from "./movement-report.js";
import { asymmetryOf, confidenceOf, sideSummaries, swayOf } from "./movement-statistics.js";
import { MIN_USABLE_FRAME_FRACTION } from "./movement-thresholds.js";
import { TEST_PROFILES, requiredJointsOf, type MovementTest, type TestProfile } from "./movement-tests.js";
import { repSignalOf } from "./rep-signal.js";

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
  /** How bright the pictures were, when the decoder measured it: a picture too dark is refused. */
  readonly light?: PictureLight | undefined;
  /**
   * A single photo, or a video (the default: a file or the live camera). Every reason in the report is worded for
   * it, so no caller rewords them (decision 0641).
   */
  readonly source?: PictureSource | undefined;
};

export const SCREENING_DISCLAIMER = {
  en: "These are screening signals from a camera, each with its measurement error, not a diagnosis. Talk to a physiotherapist or doctor about any concern.",
  fr: "Ce sont des signaux de dépistage issus d’une caméra, chacun avec son erreur de mesure, pas un diagnostic. Parlez de toute inquiétude à un kinésithérapeute ou à un médecin.",
} as const;

/** Why a report has no findings, so a screen never shows an empty list without saying why. */
const NO_FINDINGS_REASONS = {
  notScored: {
    en: "No findings: the video could not be scored; the problems with the recording say what to change.",
    fr: "Aucun constat\u00a0: la vidéo n’a pas pu être évaluée\u00a0; les problèmes d’enregistrement indiquent quoi changer.",
  },
  photoNotScored: {
    en: "No findings: the photo could not be scored; the problems with it say what to change.",
    fr: "Aucun constat\u00a0: la photo n’a pas pu être évaluée\u00a0; les problèmes qu’elle présente indiquent quoi changer.",
  },
  floor: {
    en: "No findings for this floor exercise: the camera counts its repetitions but measures no knee, pelvis or trunk angle.",
    fr: "Aucun constat pour cet exercice au sol\u00a0: la caméra compte ses répétitions mais ne mesure aucun angle du genou, du bassin ou du tronc.",
  },
  turned: {
    en: "No findings: the body was turned away from the camera, so no knee, pelvis or trunk angle was measured; only repetitions were counted.",
    fr: "Aucun constat\u00a0: le corps était tourné par rapport à la caméra, donc aucun angle du genou, du bassin ou du tronc n’a été mesuré\u00a0; seules les répétitions ont été comptées.",
  },
} as const satisfies Readonly<Record<string, Localized>>;

function isUsable(frame: KeypointFrame, required: readonly JointName[], profile: TestProfile): boolean {
  if (required.some((name) => jointOf(frame, name) === undefined)) return false;
  const posture = bodyPostureOf(frame);
  return profile.posture === "standing" ? posture === "upright" : posture === "lying";
}

function windowsOf(
  usable: readonly KeypointFrame[],
  context: AnalysisContext,
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
  const wording = setupWordingOf(options);
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
    noFindingsReason:
      wording.source === "photo" ? NO_FINDINGS_REASONS.photoNotScored : NO_FINDINGS_REASONS.notScored,
    confidence: 0,
    framesUsed: 0,
  });
  if (problems.some((problem) => problem.severity === "blocking") || !(legLengthPx > 0)) {
    return refuse(
      problems.length > 0
        ? problems
        : [setupProblem("missing-joints", "blocking", requiredJointsOf(options.test, options.side), wording)],
    );
  }
  const required = requiredJointsOf(options.test, options.side);
  const usable = smoothFrames(frames, legLengthPx).filter((frame) => isUsable(frame, required, profile));
  const frontalAngles = !problems.some((problem) => problem.code === "turned-from-camera");
  const context: AnalysisContext = {
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
    return refuse([...problems, setupProblem("missing-joints", "blocking", unseen, wording)]);
  }
  const { windows, counted } = windowsOf(usable, context);
  if (windows.length === 0) return refuse([...problems, setupProblem("no-reps", "blocking", [], wording)]);
  const notes =
    counted || profile.signal === "none" ? [] : [setupProblem("still-image", "warning", [], wording)];
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
    source: wording.source,
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
function noFindingsReasonOf(context: AnalysisContext): Localized | null {
  if (context.profile.posture === "floor") return NO_FINDINGS_REASONS.floor;
  return context.frontalAngles ? null : NO_FINDINGS_REASONS.turned;
}
