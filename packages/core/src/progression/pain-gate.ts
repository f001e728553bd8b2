/**
 * The pain-monitoring model (Silbernagel 2007, Am J Sports Med 35(6):897-906; docs/clinical §5.4 and "Numbers to
 * encode" #24): pain during exercise up to 5/10 is acceptable, above 5 is too much; pain must settle back to its usual
 * level by the next morning; pain must not rise from week to week. The model was validated for Achilles
 * tendinopathy: using it for patellofemoral pain and IT-band pain is an extrapolation (docs/clinical §5.4, caveat),
 * widely used in clinics but not tested in trials for these knees.
 */
import { addDays, daysBetween, type IsoDate } from "../shared/dates.js";
import { sortByDate } from "../progress/trend.js";
import { isRescreenNeeded } from "../screening/red-flags.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";

/** Highest acceptable pain during an exercise, 0–10 (Silbernagel 2007: "acceptable" up to 5). */
export const PAIN_DURING_ACCEPTABLE_MAX = 5;
/** A rise of a whole point in the weekly mean of morning pain counts as rising (the model: no week-on-week rise). */
export const WEEKLY_RISE_POINTS = 1;
const WEEK_DAYS = 7;
/**
 * How far back a single earlier morning still stands for the usual pain when the week before holds none: a person
 * who logs nothing for a week or two and comes back with a much higher score has had a sharp rise all the same
 * (docs/clinical §7.2: re-screen "whenever a pain score rises sharply"). Four weeks is a project choice, the
 * sources give no window: long enough for a missed week or a holiday, short enough that a morning from a past
 * program is not read as today's baseline (decision 0645).
 */
export const SHARP_RISE_LOOKBACK_DAYS = 28;

export type PainSignal =
  | {
      readonly kind: "sharp-rise";
      readonly fromPain: number;
      readonly toPain: number;
      readonly date: IsoDate;
      /** The one earlier morning compared with, when the week before holds no check-in (after a gap). */
      readonly since?: IsoDate;
    }
  | { readonly kind: "pain-during"; readonly pain: number; readonly date: IsoDate }
  | { readonly kind: "pain-after"; readonly pain: number; readonly date: IsoDate }
  | { readonly kind: "not-settled"; readonly date: IsoDate }
  | {
      readonly kind: "higher-next-morning";
      readonly fromPain: number;
      readonly toPain: number;
      readonly date: IsoDate;
    }
  | { readonly kind: "rising-week-on-week"; readonly fromPain: number; readonly toPain: number };

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Morning pain of the 7 days before `end` (`weeksBack` 0), or of the 7 days before those (`weeksBack` 1). */
function weekBefore(checkIns: readonly MorningCheckIn[], end: IsoDate, weeksBack: number): number[] {
  return checkIns
    .filter((checkIn) => {
      const age = daysBetween(checkIn.date, end);
      return age > weeksBack * WEEK_DAYS && age <= (weeksBack + 1) * WEEK_DAYS;
    })
    .map((checkIn) => checkIn.pain);
}

/**
 * The latest morning pain against the (rounded) mean of the week before it; after a gap with no morning in that
 * week, against the latest earlier morning of the four weeks before. What counts as sharp is the screening module's
 * rule (docs/clinical §7.2: re-screen whenever pain rises sharply), so both places agree.
 */
export function sharpRise(checkIns: readonly MorningCheckIn[]): PainSignal | undefined {
  const latest = sortByDate(checkIns).at(-1);
  if (latest === undefined) return undefined;
  const before = weekBefore(checkIns, latest.date, 0);
  const lastBeforeGap =
    before.length > 0
      ? undefined
      : sortByDate(
          checkIns.filter((checkIn) => {
            const age = daysBetween(checkIn.date, latest.date);
            return age > WEEK_DAYS && age <= SHARP_RISE_LOOKBACK_DAYS;
          }),
        ).at(-1);
  if (before.length === 0 && lastBeforeGap === undefined) return undefined;
  const fromPain = lastBeforeGap?.pain ?? mean(before);
  if (!isRescreenNeeded(Math.round(fromPain), latest.pain)) return undefined;
  return {
    kind: "sharp-rise",
    fromPain,
    toPain: latest.pain,
    date: latest.date,
    ...(lastBeforeGap === undefined ? {} : { since: lastBeforeGap.date }),
  };
}

/** The mean morning pain of the last 7 days (ending with the latest check-in) against the 7 days before. */
export function weekOnWeekRise(checkIns: readonly MorningCheckIn[]): PainSignal | undefined {
  const latest = sortByDate(checkIns).at(-1);
  if (latest === undefined) return undefined;
  const end = addDays(latest.date, 1);
  const thisWeek = weekBefore(checkIns, end, 0);
  const lastWeek = weekBefore(checkIns, end, 1);
  if (thisWeek.length === 0 || lastWeek.length === 0) return undefined;
  const fromPain = mean(lastWeek);
  const toPain = mean(thisWeek);
  return toPain - fromPain >= WEEKLY_RISE_POINTS
    ? { kind: "rising-week-on-week", fromPain, toPain }
    : undefined;
}

/** Pain before the session: as logged, else the latest morning check-in on or before its day. */
function painBefore(log: SessionLog, checkIns: readonly MorningCheckIn[]): number | undefined {
  if (log.painBefore !== undefined) return log.painBefore;
  return sortByDate(checkIns.filter((checkIn) => daysBetween(checkIn.date, log.date) >= 0)).at(-1)?.pain;
}

/** The 24-hour response, which matters more than pain during the exercise (docs/clinical §5.4). */
export function nextMorning(log: SessionLog, checkIns: readonly MorningCheckIn[]): PainSignal | undefined {
  const morning = checkIns.find((checkIn) => checkIn.date === addDays(log.date, 1));
  if (morning === undefined) return undefined;
  if (!morning.settled) return { kind: "not-settled", date: morning.date };
  const fromPain = painBefore(log, checkIns);
  return fromPain !== undefined && morning.pain > fromPain
    ? { kind: "higher-next-morning", fromPain, toPain: morning.pain, date: morning.date }
    : undefined;
}

/**
 * Pain right after the session: "pain after activity may reach 5" (docs/clinical §5.4, "Numbers to encode" #24), so
 * above 5/10 the session as a whole was more than the knee tolerates, even when each exercise stayed at 5 or less.
 */
export function painAfter(log: SessionLog): PainSignal | undefined {
  return log.painAfter !== undefined && log.painAfter > PAIN_DURING_ACCEPTABLE_MAX
    ? { kind: "pain-after", pain: log.painAfter, date: log.date }
    : undefined;
}

export function painDuring(pain: number, date: IsoDate): PainSignal | undefined {
  return pain > PAIN_DURING_ACCEPTABLE_MAX ? { kind: "pain-during", pain, date } : undefined;
}
