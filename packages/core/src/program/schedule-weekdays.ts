/**
 * Which weekdays carry the strength sessions. Novices train 2–3 days a week (ACSM position stand, Ratamess 2009;
 * docs/clinical §5.3; seed 002 trains twice a week), never two days in a row when the person's days allow a rest day
 * between sessions, and away from the days of long or hard sport sessions (seed 002: "work the small muscle groups on
 * a day opposite the large ones").
 */
import { WEEKDAYS, type Weekday } from "../shared/dates.js";

export const SESSIONS_PER_WEEK_MIN = 2;
export const SESSIONS_PER_WEEK_MAX = 3;

export type WeekdayPlan = {
  /** Chosen days, in calendar order Monday → Sunday. */
  readonly days: readonly Weekday[];
  /** Pairs of chosen days that follow each other (Sunday → Monday counts): only when no better choice existed. */
  readonly consecutivePairs: number;
  /** Chosen days that are also big-muscle (hard sport) days: only when no better choice existed. */
  readonly hardDaysUsed: readonly Weekday[];
};

const indexOf = (day: Weekday): number => WEEKDAYS.indexOf(day);

function subsetsOfSize<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsetsOfSize(rest, size - 1).map((subset) => [first, ...subset]), ...subsetsOfSize(rest, size)];
}

/** Days between two weekdays going forward, wrapping over the weekend (mon → sun is 6, sun → mon is 1). */
function gapDays(from: Weekday, to: Weekday): number {
  return (indexOf(to) - indexOf(from) + 7) % 7;
}

function cyclicGaps(days: readonly Weekday[]): number[] {
  if (days.length < 2) return [];
  return days.map((day, i) => gapDays(day, days[(i + 1) % days.length] ?? day));
}

type Score = readonly number[];

/**
 * Lower is better, compared in order: consecutive pairs, sessions on hard days, fewer sessions (three beat two when
 * everything else is equal: trials used three a week, docs/clinical §5.3), sessions the day before a hard day (tired
 * hips before the long run), then an uneven spread (largest gap), so sessions fall evenly through the week.
 */
function scoreOf(days: readonly Weekday[], hardDays: ReadonlySet<Weekday>): Score {
  const gaps = cyclicGaps(days);
  const consecutive = gaps.filter((gap) => gap === 1).length;
  const onHard = days.filter((day) => hardDays.has(day)).length;
  const beforeHard = days.filter((day) => hardDays.has(WEEKDAYS[(indexOf(day) + 1) % 7] ?? day)).length;
  return [consecutive, onHard, -days.length, beforeHard, Math.max(0, ...gaps)];
}

function compareScores(a: Score, b: Score): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function planWeekdays(availableDays: readonly Weekday[], hardDays: readonly Weekday[]): WeekdayPlan {
  const available = WEEKDAYS.filter((day) => availableDays.includes(day));
  const hard = new Set(hardDays);
  const sizes = [SESSIONS_PER_WEEK_MAX, SESSIONS_PER_WEEK_MIN].filter((size) => size <= available.length);
  // With a single available day there is nothing to choose; the generator says so in the rationale.
  const candidates =
    sizes.length === 0 ? [available] : sizes.flatMap((size) => subsetsOfSize(available, size));
  // Candidates are generated in a fixed order, and the sort is stable, so the choice is deterministic.
  const best =
    [...candidates].sort((a, b) => compareScores(scoreOf(a, hard), scoreOf(b, hard)))[0] ?? available;
  const score = scoreOf(best, hard);
  return { days: best, consecutivePairs: score[0] ?? 0, hardDaysUsed: best.filter((day) => hard.has(day)) };
}
