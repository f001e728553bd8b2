/**
 * Movement-screen findings over time, per side, for the progress chart: each value with its measurement error
 * (the motion module reports every angle with its SEM), so the chart can draw the error as a band and a change
 * inside it does not look like progress.
 */
import { z } from "zod";

const FindingSchema = z.looseObject({
  id: z.string(),
  side: z.enum(["left", "right", "both"]),
  valueDeg: z.number(),
  errorDeg: z.number(),
});
const ReportFindingsSchema = z.looseObject({ findings: z.array(z.looseObject({})).optional() });

export const FINDING_SIDES = ["left", "right", "both"] as const;
export type FindingSide = (typeof FINDING_SIDES)[number];

/** One screen's value per side (`both` for findings about the two legs together) with its error band. */
export type MovementRow = { readonly date: string } & {
  readonly [S in FindingSide]: number | null;
} & { readonly [S in FindingSide as `${S}Band`]: readonly [number, number] | null };

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

function bandOf(finding: z.infer<typeof FindingSchema> | undefined): readonly [number, number] | null {
  return finding === undefined
    ? null
    : [finding.valueDeg - finding.errorDeg, finding.valueDeg + finding.errorDeg];
}

export function movementRows(screens: readonly ScreenSummary[], findingId: string): MovementRow[] {
  return screens.flatMap((screen) => {
    const findings = findingsOf(screen.report).filter((finding) => finding.id === findingId);
    if (findings.length === 0) return [];
    const on = (side: FindingSide) => findings.find((finding) => finding.side === side);
    return [
      {
        date: screen.recordedAt.slice(0, 10),
        left: on("left")?.valueDeg ?? null,
        right: on("right")?.valueDeg ?? null,
        both: on("both")?.valueDeg ?? null,
        leftBand: bandOf(on("left")),
        rightBand: bandOf(on("right")),
        bothBand: bandOf(on("both")),
      },
    ];
  });
}
