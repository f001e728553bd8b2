/**
 * What the progression rules have already acted on, stored with the program (`Program.actedOn`): one key per pain
 * signal or 2-for-2 count. A revision is a function of the stored history and these keys, so running it again,
 * after any number of logs and check-ins, never acts twice on the same painful session (docs/decisions/0161).
 */
import type { IsoDate } from "../shared/dates.js";

export const actedOnKey = {
  /** Pain above the ceiling during an exercise of this session log. */
  painDuring: (logId: string): string => `pain-during:${logId}`,
  /** The next morning after this session log (not settled, or higher than before). */
  nextMorning: (logId: string): string => `next-morning:${logId}`,
  /** Pain above the ceiling right after this session log (acted on only when its next morning was not). */
  painAfter: (logId: string): string => `pain-after:${logId}`,
  /** The sharp rise in morning pain of this check-in (stop and re-screen). */
  sharpRise: (date: IsoDate): string => `sharp-rise:${date}`,
  /** The week-on-week rise in morning pain, up to this check-in. */
  weeklyRise: (date: IsoDate): string => `weekly-rise:${date}`,
  /** This log's entry of this exercise counted towards a 2-for-2 step up. */
  twoForTwo: (logId: string, exerciseId: string): string => `two-for-two:${logId}:${exerciseId}`,
} as const;

const WEEKLY_PREFIX = "weekly-rise:";

/** Dates of the week-on-week reductions already made. */
export function weeklyRiseDates(actedOn: ReadonlySet<string>): IsoDate[] {
  return [...actedOn]
    .filter((key) => key.startsWith(WEEKLY_PREFIX))
    .map((key) => key.slice(WEEKLY_PREFIX.length));
}
