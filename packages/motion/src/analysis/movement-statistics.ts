import { angleFromUpDeg, midpoint } from "../geometry/angles.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { JointName, KeypointFrame } from "../skeleton/joints.js";
import type { AnalysisContext } from "./analysis-context.js";
import { kneesMeasured } from "./measure-rep.js";
import type { Asymmetry, Measure, RepFindings, SideSummary } from "./movement-report.js";
import { FLOOR_CONFIDENCE_FACTOR, FPPA_SDD_DEG, KNEE_FPPA_ERROR_DEG } from "./movement-thresholds.js";
import type { TestProfile } from "./movement-tests.js";

/** Mean, sample SD and count of `values`, with the method's error; null when there are none. */
export function measureOf(values: readonly number[], errorDeg: number): Measure | null {
  if (values.length === 0) return null;
  const meanDeg = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance =
    values.length < 2
      ? 0
      : values.reduce((sum, value) => sum + (value - meanDeg) ** 2, 0) / (values.length - 1);
  return { meanDeg, sdDeg: Math.sqrt(variance), errorDeg, n: values.length };
}

/** Each measured knee's peak FPPA and FPPA at depth over the repetitions. */
export function sideSummaries(reps: readonly RepFindings[], context: AnalysisContext): SideSummary[] {
  return kneesMeasured(context).map((side) => {
    const knees = reps.flatMap((rep) => rep.knees.filter((knee) => knee.side === side));
    return {
      side,
      peakFppa: measureOf(
        knees.flatMap((knee) => knee.peakFppaDeg ?? []),
        KNEE_FPPA_ERROR_DEG,
      ),
      fppaAtDepth: measureOf(
        knees.flatMap((knee) => knee.fppaAtDepthDeg ?? []),
        KNEE_FPPA_ERROR_DEG,
      ),
    };
  });
}

export function asymmetryOf(perSide: readonly SideSummary[]): Asymmetry | null {
  const left = perSide.find((summary) => summary.side === "left")?.peakFppa;
  const right = perSide.find((summary) => summary.side === "right")?.peakFppa;
  if (left === null || left === undefined || right === null || right === undefined) return null;
  const fppaDifferenceDeg = left.meanDeg - right.meanDeg;
  // Munro 2012: a left–right gap under the SDD may be measurement noise (docs/clinical §1.5 d).
  return {
    fppaDifferenceDeg,
    smallestRealDifferenceDeg: FPPA_SDD_DEG,
    beyondError: Math.abs(fppaDifferenceDeg) >= FPPA_SDD_DEG,
  };
}

/** Share of usable frames times the mean score of the required joints, lowered for floor exercises. */
export function confidenceOf(
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

/** Standing sway: SD of the stance ankle → mid-shoulder line's angle from vertical over the hold, degrees. */
export function swayOf(usable: readonly KeypointFrame[], context: AnalysisContext): number | null {
  if (context.test !== "single-leg-stance") return null;
  const angles = usable.flatMap((frame) => {
    const ankle = jointOf(frame, `${context.referenceSide}Ankle`);
    const leftShoulder = jointOf(frame, "leftShoulder");
    const rightShoulder = jointOf(frame, "rightShoulder");
    return ankle === undefined || leftShoulder === undefined || rightShoulder === undefined
      ? []
      : [angleFromUpDeg(ankle, midpoint(leftShoulder, rightShoulder))];
  });
  return measureOf(angles, 0)?.sdDeg ?? null;
}
