/**
 * Weekly repetitive load (steps and pedal strokes) beside knee pain, and a load-change signal: this week's load
 * against the average of the four weeks before, the acute:chronic workload ratio idea of Gabbett TJ, "The
 * training-injury prevention paradox", Br J Sports Med 2016;50:273-280. NOT from the project's clinical sources
 * (docs/clinical does not cover training load); see docs/clinical/training-load.md for its limits. Pure: `today`
 * is an argument.
 *
 * Limits, in short: the ratio was derived in team sports, its bands are associations and not proven causes, and
 * ratios of a week to a rolling average can mislead (Impellizzeri FM et al. Int J Sports Physiol Perform
 * 2020;15(6):907-913). The four weeks before are kept separate from this week (an "uncoupled" ratio) so that
 * this week's jump is not partly compared with itself. It is shown as a signal to look at beside pain, never as a
 * risk score.
 */
import { addDays, daysBetween, ratesTheWeek, type IsoDate, type PainEntry } from "@hipcheck/core";
import type { RecordedActivity } from "./recorded-activity.js";

/** Gabbett 2016: ratios of about 0.8–1.3 were the "sweet spot"; above 1.5 the "danger zone". */
export const LOAD_RATIO_STEADY_MAX = 1.3;
export const LOAD_RATIO_SPIKE_MIN = 1.5;
export const LOAD_RATIO_LOWER_MAX = 0.8;
/** The chronic window: the four weeks before the week looked at. */
export const CHRONIC_WEEKS = 4;
const DAYS_PER_WEEK = 7;

export type LoadSignal = "not-enough-history" | "lower" | "steady" | "rising" | "spike";

export type PainBesideLoad = {
  readonly entries: number;
  /** Mean usual pain, 0–10, over the week's entries. */
  readonly usualAverage: number | null;
  readonly worstMax: number | null;
};

export type LoadWeek = {
  /** Seven days, `from` to `to` inclusive; the last week ends on `today`. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly activities: number;
  readonly durationMinutes: number;
  readonly steps: number;
  readonly pedalStrokes: number;
  /** Steps plus pedal strokes: the repetitions seed 001 asks a person to think about. */
  readonly repetitions: number;
  /** Share of the repetitions estimated from a default cadence (0–1): the file had no cadence. */
  readonly estimatedShare: number;
  readonly pain: PainBesideLoad;
  /** This week's repetitions ÷ the mean of the four weeks before; null without four weeks of history. */
  readonly loadRatio: number | null;
  readonly signal: LoadSignal;
};

export type WeeklyLoad = {
  /** Oldest first; the last one is the week ending today. */
  readonly weeks: readonly LoadWeek[];
};

type Totals = Pick<
  LoadWeek,
  "activities" | "durationMinutes" | "steps" | "pedalStrokes" | "repetitions" | "estimatedShare"
>;

function totalsOf(activities: readonly RecordedActivity[]): Totals {
  const count = (kind: "steps" | "pedal-strokes") =>
    activities.reduce((sum, a) => sum + (a.repetitions?.kind === kind ? a.repetitions.count : 0), 0);
  const steps = count("steps");
  const pedalStrokes = count("pedal-strokes");
  const estimated = activities.reduce(
    (sum, a) => sum + (a.repetitions?.source === "default-cadence" ? a.repetitions.count : 0),
    0,
  );
  const repetitions = steps + pedalStrokes;
  return {
    activities: activities.length,
    durationMinutes: Math.round(activities.reduce((sum, a) => sum + a.durationSeconds, 0) / 60),
    steps,
    pedalStrokes,
    repetitions,
    estimatedShare: repetitions === 0 ? 0 : estimated / repetitions,
  };
}

function painOf(all: readonly PainEntry[]): PainBesideLoad {
  const entries = all.filter(ratesTheWeek);
  if (entries.length === 0) return { entries: 0, usualAverage: null, worstMax: null };
  return {
    entries: entries.length,
    usualAverage: entries.reduce((sum, entry) => sum + entry.painUsual, 0) / entries.length,
    worstMax: Math.max(...entries.map((entry) => entry.painWorst)),
  };
}

function signalOf(ratio: number | null): LoadSignal {
  if (ratio === null) return "not-enough-history";
  if (ratio > LOAD_RATIO_SPIKE_MIN) return "spike";
  if (ratio > LOAD_RATIO_STEADY_MAX) return "rising";
  if (ratio < LOAD_RATIO_LOWER_MAX) return "lower";
  return "steady";
}

function within<T extends { readonly date: IsoDate }>(items: readonly T[], from: IsoDate, to: IsoDate): T[] {
  return items.filter((item) => daysBetween(from, item.date) >= 0 && daysBetween(item.date, to) >= 0);
}

/**
 * The ratio needs data covering the whole chronic window: if the first activity we know of is later than its
 * start, the person simply has not imported older files, and a "spike" would be an artefact.
 */
function loadRatio(
  activities: readonly RecordedActivity[],
  weekFrom: IsoDate,
  repetitions: number,
): number | null {
  const chronicFrom = addDays(weekFrom, -CHRONIC_WEEKS * DAYS_PER_WEEK);
  const earliest = activities.reduce<IsoDate | null>(
    (min, a) => (min === null || daysBetween(a.date, min) > 0 ? a.date : min),
    null,
  );
  if (earliest === null || daysBetween(chronicFrom, earliest) >= DAYS_PER_WEEK) return null;
  const chronic =
    totalsOf(within(activities, chronicFrom, addDays(weekFrom, -1))).repetitions / CHRONIC_WEEKS;
  return chronic === 0 ? null : repetitions / chronic;
}

export function weeklyLoad(
  activities: readonly RecordedActivity[],
  painEntries: readonly PainEntry[],
  today: IsoDate,
  options: { readonly weeks?: number } = {},
): WeeklyLoad {
  const count = options.weeks ?? 12;
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`weeks must be a whole number ≥ 1, got ${count}`);
  }
  const weeks = Array.from({ length: count }, (_, index) => {
    const to = addDays(today, -(count - 1 - index) * DAYS_PER_WEEK);
    const from = addDays(to, -(DAYS_PER_WEEK - 1));
    const totals = totalsOf(within(activities, from, to));
    const ratio = loadRatio(activities, from, totals.repetitions);
    return {
      from,
      to,
      ...totals,
      pain: painOf(within(painEntries, from, to)),
      loadRatio: ratio,
      signal: signalOf(ratio),
    };
  });
  return { weeks };
}
