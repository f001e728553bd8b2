/**
 * Movement-screen findings over time, per side, for the progress chart: each value with its measurement error
 * (the motion module reports every angle with its SEM), so the chart can draw the error as a band and a change
 * inside it does not look like progress.
 */
import { z } from "zod";

const FindingSchema = z.looseObject({
  id: z.string(),
  side: z.enum(["left", "right"]).nullable().optional(),
  valueDeg: z.number(),
  errorDeg: z.number(),
});
const ReportFindingsSchema = z.looseObject({ findings: z.array(z.looseObject({})).optional() });

export type MovementRow = {
  readonly date: string;
  readonly left: number | null;
  readonly right: number | null;
  readonly leftBand: readonly [number, number] | null;
  readonly rightBand: readonly [number, number] | null;
};

export type ScreenSummary = { readonly recordedAt: string; readonly report: unknown };

function findingsOf(report: unknown): z.infer<typeof FindingSchema>[] {
  const parsed = ReportFindingsSchema.safeParse(report);
  if (!parsed.success) return [];
  return (parsed.data.findings ?? []).flatMap((finding) => {
    const one = FindingSchema.safeParse(finding);
    return one.success ? [one.data] : [];
  });
}

/** Finding ids present in the screens, in first-seen order. */
export function movementFindingIds(screens: readonly ScreenSummary[]): string[] {
  return [...new Set(screens.flatMap((screen) => findingsOf(screen.report).map((finding) => finding.id)))];
}

export function movementRows(screens: readonly ScreenSummary[], findingId: string): MovementRow[] {
  return screens.flatMap((screen) => {
    const findings = findingsOf(screen.report).filter((finding) => finding.id === findingId);
    const side = (which: "left" | "right") => findings.find((finding) => finding.side === which);
    const left = side("left");
    const right = side("right");
    if (left === undefined && right === undefined) return [];
    return [
      {
        date: screen.recordedAt.slice(0, 10),
        left: left?.valueDeg ?? null,
        right: right?.valueDeg ?? null,
        leftBand: left === undefined ? null : [left.valueDeg - left.errorDeg, left.valueDeg + left.errorDeg],
        rightBand:
          right === undefined ? null : [right.valueDeg - right.errorDeg, right.valueDeg + right.errorDeg],
      },
    ];
  });
}
