import type { OverlayLabel } from "@hipcheck/detector";
import { FPPA_PLAUSIBLE_RANGE_DEG, fppaDeg, type KeypointFrame, type MovementReport } from "@hipcheck/motion";

/**
 * The knee FPPA drawn at each knee of one overlay frame: only what the report scores, so the picture never shows
 * a number the report refused. Nothing on a refused report; only the knees the report measured, only inside a
 * repetition, only within the plausible range (FPPA_PLAUSIBLE_RANGE_DEG), in the report's camera view, with the
 * report's error band.
 */
export function overlayLabelsOf(frame: KeypointFrame | undefined, report: MovementReport): OverlayLabel[] {
  if (frame === undefined || report.status !== "scored") return [];
  const inRep = report.reps.some((rep) => frame.timeMs >= rep.startMs && frame.timeMs <= rep.endMs);
  if (!inRep) return [];
  return report.perSide.flatMap(({ side, peakFppa }) => {
    const hip = frame.keypoints[`${side}Hip`];
    const knee = frame.keypoints[`${side}Knee`];
    const ankle = frame.keypoints[`${side}Ankle`];
    if (peakFppa === null || hip === undefined || knee === undefined || ankle === undefined) return [];
    const valueDeg = fppaDeg(hip, knee, ankle, side, report.view);
    if (valueDeg < FPPA_PLAUSIBLE_RANGE_DEG.minDeg || valueDeg > FPPA_PLAUSIBLE_RANGE_DEG.maxDeg) return [];
    return [
      { joint: `${side}Knee` as const, text: `${Math.round(valueDeg)}° ± ${Math.round(peakFppa.errorDeg)}°` },
    ];
  });
}
