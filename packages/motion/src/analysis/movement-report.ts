import type { Localized } from "../shared/localized.js";
import type { SetupProblem } from "../setup/setup-problem.js";
import type { Side } from "../skeleton/joints.js";
import type { MovementTest } from "./movement-tests.js";

/** One leg's knee during one repetition. Null = not measurable (joint unseen, or depth not reached). */
export type KneeAtRep = {
  readonly side: Side;
  /** Most valgus FPPA in the repetition, degrees (positive = valgus). */
  readonly peakFppaDeg: number | null;
  /** FPPA when the hips first reach the fixed depth (FIXED_DEPTH_DROP_RATIO), degrees. */
  readonly fppaAtDepthDeg: number | null;
};

export type RepFindings = {
  readonly index: number;
  readonly startMs: number;
  readonly bottomMs: number;
  readonly endMs: number;
  /** The stance leg for one-leg tests, "both" otherwise. */
  readonly side: Side | "both";
  /** False when the clip ended before the person came back to rest. */
  readonly complete: boolean;
  readonly knees: readonly KneeAtRep[];
  /** Largest lateral trunk lean in the repetition, degrees, positive toward `MovementReport.referenceSide`. */
  readonly trunkLeanDeg: number | null;
  /** Range of lateral trunk lean in the repetition (upper-body rocking), degrees. */
  readonly trunkRockDeg: number | null;
  /** Largest pelvic drop, degrees, positive = the hip opposite `referenceSide` is lower (the lifted-leg side). */
  readonly pelvicDropDeg: number | null;
};

export type Measure = {
  readonly meanDeg: number;
  readonly sdDeg: number;
  readonly errorDeg: number;
  readonly n: number;
};

export type SideSummary = {
  readonly side: Side;
  readonly peakFppa: Measure | null;
  readonly fppaAtDepth: Measure | null;
};

export type Asymmetry = {
  /** Left minus right mean peak FPPA, degrees. */
  readonly fppaDifferenceDeg: number;
  /** Smallest detectable difference (Munro 2012): a smaller gap may be measurement noise. */
  readonly smallestRealDifferenceDeg: number;
  readonly beyondError: boolean;
};

export type Band = "typical" | "borderline" | "elevated" | "no-norm";

export type FindingId =
  | "knee-fppa"
  | "knee-fppa-asymmetry"
  | "pelvic-drop"
  | "trendelenburg-sign"
  | "trunk-lean"
  | "trunk-rocking"
  | "sway";

export type Finding = {
  readonly id: FindingId;
  readonly side: Side | "both";
  readonly valueDeg: number;
  /** Measurement error of the value (SEM or stated estimate), degrees. */
  readonly errorDeg: number;
  readonly band: Band;
  /** "derived" bands are our proposal from published data, not a validated cut-off. */
  readonly bandConfidence: "derived" | "none";
  readonly message: Localized;
  readonly source: string;
};

/**
 * A measure too far from every published value to be a knee's (see FPPA_PLAUSIBLE_RANGE_DEG), or computed from one:
 * most likely mis-tracked keypoints, so it is reported as a tracking problem and not as a finding.
 */
export type ImplausibleMeasure = {
  /** The finding it would have been. */
  readonly id: FindingId;
  readonly side: Side | "both";
  readonly valueDeg: number;
  readonly errorDeg: number;
  /** What was measured, why it is not a finding, and to check the camera view. */
  readonly message: Localized;
  readonly source: string;
};

export type MovementReport = {
  readonly test: MovementTest;
  readonly status: "scored" | "not-scorable";
  readonly view: "front" | "back";
  /** Stance leg for one-leg tests, else "left": the side signed trunk lean and pelvic drop refer to. */
  readonly referenceSide: Side;
  readonly problems: readonly SetupProblem[];
  readonly reps: readonly RepFindings[];
  readonly repCount: number;
  readonly perSide: readonly SideSummary[];
  readonly asymmetry: Asymmetry | null;
  readonly findings: readonly Finding[];
  /** Measures left out of the findings as probably mis-tracked. */
  readonly implausible: readonly ImplausibleMeasure[];
  /** Why there are no findings (not scored, a floor exercise, a body turned from the camera); null when there are. */
  readonly noFindingsReason: Localized | null;
  /** 0..1: share of usable frames × joint scores, halved lying down. */
  readonly confidence: number;
  readonly framesUsed: number;
  readonly framesTotal: number;
  /** Always shown with the findings: screening signals, not a diagnosis. */
  readonly disclaimer: Localized;
};
