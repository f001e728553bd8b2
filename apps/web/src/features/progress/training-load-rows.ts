/**
 * The server's weekly load shaped for the chart and its table: one row per week, pain rounded for reading,
 * and which weeks to mark. The load-change signal itself is computed on the server (interop `weeklyLoad`,
 * after Gabbett, Br J Sports Med 2016); this only presents it.
 */
import type { RouteOutput } from "@hipcheck/contracts";
import type { IsoDate, Lang } from "@hipcheck/core";

export type LoadWeek = RouteOutput<"getTrainingLoad">["weeks"][number];
export type LoadSignal = LoadWeek["signal"];

/** Weeks worth a look: more load than the usual band (rising) or far more (spike). */
export const MARKED_SIGNALS: ReadonlySet<LoadSignal> = new Set(["rising", "spike"]);

export type LoadRow = {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The week's last day, short ("8 Mar", "8 mars"): the chart's axis. */
  readonly label: string;
  /** "2 Mar – 8 Mar": the table's row heading. */
  readonly range: string;
  readonly repetitions: number;
  readonly steps: number;
  readonly pedalStrokes: number;
  readonly activities: number;
  /** Share of the repetitions estimated from a default cadence, in whole percent. */
  readonly estimatedPercent: number;
  /** 0–10, one decimal; null in a week without a pain entry. */
  readonly painUsual: number | null;
  readonly painWorst: number | null;
  /** Two decimals; null without four earlier weeks to compare with. */
  readonly loadRatio: number | null;
  readonly signal: LoadSignal;
  readonly marked: boolean;
};

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function shortDate(date: IsoDate, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function trainingLoadRows(weeks: readonly LoadWeek[], lang: Lang): LoadRow[] {
  return weeks.map((week) => ({
    from: week.from,
    to: week.to,
    label: shortDate(week.to, lang),
    range: `${shortDate(week.from, lang)} – ${shortDate(week.to, lang)}`,
    repetitions: Math.round(week.repetitions),
    steps: Math.round(week.steps),
    pedalStrokes: Math.round(week.pedalStrokes),
    activities: week.activities,
    estimatedPercent: Math.round(week.estimatedShare * 100),
    painUsual: week.pain.usualAverage === null ? null : roundTo(week.pain.usualAverage, 1),
    painWorst: week.pain.worstMax,
    loadRatio: week.loadRatio === null ? null : roundTo(week.loadRatio, 2),
    signal: week.signal,
    marked: MARKED_SIGNALS.has(week.signal),
  }));
}
