/**
 * Which weekdays carry the strength sessions. Twice a week by default (seed 002: "your twice per week strengthening
 * routine"; ACSM position stand, Ratamess 2009: novices 2–3 days a week, docs/clinical §5.3), three times only when
 * the person asks for it. Never on a hard sport day nor on the day before one when another choice avoids it (seed
 * 002: "work the small muscle groups on a day opposite the large ones"; tired hips before the long run, see
 * docs/clinical/progression-and-dosing.md), and never two days in a row when the days allow a rest day between.
 */
import { WEEKDAYS, type Weekday } from "../shared/dates.js";

export const SESSIONS_PER_WEEK_DEFAULT = 2;
export const SESSIONS_PER_WEEK_MIN = 2;
export const SESSIONS_PER_WEEK_MAX = 3;

export type WeekdayPlan = {
  /** Chosen days, in calendar order Monday → Sunday. */
  readonly days: readonly Weekday[];
  /** Pairs of chosen days that follow each other (Sunday → Monday counts): only when no better choice existed. */
  readonly consecutivePairs: number;
  /** Chosen days that are also big-muscle (hard sport) days: only when no better choice existed. */
  readonly hardDaysUsed: readonly Weekday[];
  /** Chosen days that fall the day before a hard sport day: only when no better choice existed. */
  readonly daysBeforeHardUsed: readonly Weekday[];
  /** Sessions a week the person asked for (2 unless they asked for 3). */
  readonly requested: number;
};

const indexOf = (day: Weekday): number => WEEKDAYS.indexOf(day);

/** The weekday after `day` (Sunday → Monday). */
export function nextWeekday(day: Weekday): Weekday {
  return WEEKDAYS[(indexOf(day) + 1) % WEEKDAYS.length] ?? day;
}

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

/** Days of `days` that are on, or the day before, a hard day: the sessions this schedule should avoid. */
export function hardDayClashes(days: readonly Weekday[], hardDays: ReadonlySet<Weekday>): Weekday[] {
  return days.filter((day) => hardDays.has(day) || hardDays.has(nextWeekday(day)));
}

/**
 * Lower is better, compared in order: sessions on or the day before a hard day, consecutive pairs, sessions on the
 * hard day itself (after the sport is better than before it, but neither is good), then an uneven spread (largest
 * gap), so sessions fall evenly through the week.
 */
function scoreOf(days: readonly Weekday[], hardDays: ReadonlySet<Weekday>): Score {
  const gaps = cyclicGaps(days);
  const clashes = hardDayClashes(days, hardDays).length;
  const consecutive = gaps.filter((gap) => gap === 1).length;
  const onHard = days.filter((day) => hardDays.has(day)).length;
  return [clashes, consecutive, onHard, Math.max(0, ...gaps)];
}

function compareScores(a: Score, b: Score): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * `sessionsPerWeek`: what the person asked for (2 or 3); fewer days available means fewer sessions, and the
 * rationale says so.
 */
export function planWeekdays(
  availableDays: readonly Weekday[],
  hardDays: readonly Weekday[],
  sessionsPerWeek: number = SESSIONS_PER_WEEK_DEFAULT,
): WeekdayPlan {
  const requested = Math.min(SESSIONS_PER_WEEK_MAX, Math.max(SESSIONS_PER_WEEK_MIN, sessionsPerWeek));
  const available = WEEKDAYS.filter((day) => availableDays.includes(day));
  const hard = new Set(hardDays);
  const size = Math.min(requested, available.length);
  // Candidates are generated in a fixed order, and the sort is stable, so the choice is deterministic.
  const best =
    [...subsetsOfSize(available, size)].sort((a, b) =>
      compareScores(scoreOf(a, hard), scoreOf(b, hard)),
    )[0] ?? available;
  return {
    days: best,
    consecutivePairs: cyclicGaps(best).filter((gap) => gap === 1).length,
    hardDaysUsed: best.filter((day) => hard.has(day)),
    daysBeforeHardUsed: best.filter((day) => !hard.has(day) && hard.has(nextWeekday(day))),
    requested,
  };
}
