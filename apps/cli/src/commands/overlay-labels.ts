import type { OverlayLabel } from "@hipcheck/detector";
import {
  FPPA_PLAUSIBLE_RANGE_DEG,
  fppaDeg,
  jointOf,
  type KeypointFrame,
  type MovementReport,
  type Side,
} from "@hipcheck/motion";

/** Whether the report holds `side`'s knee angle a tracking error rather than a finding. */
function refusedKnee(report: MovementReport, side: Side): boolean {
  return report.implausible.some((measure) => measure.id === "knee-fppa" && measure.side === side);
}

/**
 * The knee FPPA drawn at each knee of one overlay frame: only what the report scores, so the picture never shows
 * a number the report refused. Nothing on a refused report; a knee only inside a repetition in which the report
 * measured that knee, never on a side the report holds mis-tracked, only where each of hip, knee and ankle is
 * seen well enough to measure (MIN_JOINT_SCORE), only within the plausible range (FPPA_PLAUSIBLE_RANGE_DEG), in the
 * report's camera view, with the report's error band.
 */
export function overlayLabelsOf(frame: KeypointFrame | undefined, report: MovementReport): OverlayLabel[] {
  if (frame === undefined || report.status !== "scored") return [];
  const reps = report.reps.filter((rep) => frame.timeMs >= rep.startMs && frame.timeMs <= rep.endMs);
  if (reps.length === 0) return [];
  return report.perSide.flatMap(({ side, peakFppa }) => {
    const measuredHere = reps.some((rep) =>
      rep.knees.some((knee) => knee.side === side && knee.peakFppaDeg !== null),
    );
    if (peakFppa === null || !measuredHere || refusedKnee(report, side)) return [];
    const hip = jointOf(frame, `${side}Hip`);
    const knee = jointOf(frame, `${side}Knee`);
    const ankle = jointOf(frame, `${side}Ankle`);
    if (hip === undefined || knee === undefined || ankle === undefined) return [];
    const valueDeg = fppaDeg(hip, knee, ankle, side, report.view);
    if (valueDeg < FPPA_PLAUSIBLE_RANGE_DEG.minDeg || valueDeg > FPPA_PLAUSIBLE_RANGE_DEG.maxDeg) return [];
    return [
      { joint: `${side}Knee` as const, text: `${Math.round(valueDeg)}° ± ${Math.round(peakFppa.errorDeg)}°` },
    ];
  });
}
