/**
 * Which session logs the progression rules can act on today, so that a revision after a write reads those and not
 * the program's whole history (decision 0500). `reviseProgram` given only these logs, in their stored order, decides
 * exactly what it decides from every log of the program; a log left out is one on which no step of the rules acts:
 *
 * - the sessions still ahead are the program's sessions dated today or later and not yet logged, so only logs of
 *   those sessions can change which are ahead;
 * - pain above the ceiling during an exercise, or right after the session (docs/clinical §5.4), is read from logs
 *   with such pain;
 * - the next-morning response (docs/clinical §5.4) is read from logs of a day followed by a morning check-in that
 *   was not settled or had any pain (pain cannot rise above a pain of 0 from below);
 * - the 2-for-2 rule (docs/clinical §5.3) counts the last two entries of an exercise or its ladder after any stop,
 *   which lie in the last two logs after that stop holding each exercise of the program or of its ladders.
 *
 * Resuming after a clean re-screen marks every log of the program as acted on, so a paused program needs all of them
 * once a screen after its stop allowed self-management. Until then it needs none (decision 0822): `reviseProgram`
 * then either waits or stops again on a new sharp rise, and either way the program and the revision it gives
 * follow from the program and the mornings alone.
 */
import { ladderOf } from "../knowledge/library.js";
import type { Program } from "../program/schema.js";
import { addDays, daysBetween, type IsoDate } from "../shared/dates.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { TWO_FOR_TWO_SESSIONS } from "./final-set.js";
import { PAIN_DURING_ACCEPTABLE_MAX, SHARP_RISE_LOOKBACK_DAYS } from "./pain-gate.js";

export type RuleHistoryNeed =
  | { readonly kind: "all" }
  | { readonly kind: "none" }
  | {
      readonly kind: "some";
      /** Logs of these planned sessions (the program's sessions dated today or later). */
      readonly plannedSessionIds: readonly string[];
      /** Logs with an entry whose pain during the exercise is above this. */
      readonly painDuringAbove: number;
      /** Logs whose pain right after the session is above this. */
      readonly painAfterAbove: number;
      /** Logs dated on one of these days (each followed by a morning check-in that can flag it). */
      readonly dates: readonly IsoDate[];
      /** For each of these exercises, the last `latestPerExercise` logs holding it, dated after `after`. */
      readonly exerciseIds: readonly string[];
      readonly latestPerExercise: number;
      readonly after?: IsoDate;
    };

/**
 * What the rules can act on in `program` today, given the person's morning check-ins and `screenedAt`, the instant
 * of the latest screen that allowed self-management (`reviseProgram`'s option of that name).
 */
export function ruleHistoryNeed(
  program: Program,
  checkIns: readonly MorningCheckIn[],
  today: IsoDate,
  screenedAt?: string,
): RuleHistoryNeed {
  if (program.rescreen !== undefined && program.rescreen.resumedOn === undefined) {
    // The same test `reviseProgram` makes before it resumes a paused program.
    const clean = screenedAt !== undefined && Date.parse(screenedAt) > Date.parse(program.rescreen.pausedAt);
    return clean ? { kind: "all" } : { kind: "none" };
  }
  const dated = program.sessions.filter((session) => daysBetween(today, session.date) >= 0);
  const planned = [...dated.flatMap((session) => session.exercises), ...program.warmUp];
  const exerciseIds = new Set<string>();
  for (const { exerciseId } of planned) {
    exerciseIds.add(exerciseId);
    for (const step of ladderOf(exerciseId)?.ladder.steps ?? []) exerciseIds.add(step);
  }
  const dates = new Set(
    checkIns
      .filter((checkIn) => !checkIn.settled || checkIn.pain > 0)
      .map((checkIn) => addDays(checkIn.date, -1)),
  );
  const after = program.rescreen?.pausedOn;
  return {
    kind: "some",
    plannedSessionIds: dated.map((session) => session.id),
    painDuringAbove: PAIN_DURING_ACCEPTABLE_MAX,
    // "Pain after activity may reach 5" (docs/clinical §5.4): the ceiling `painAfter` in pain-gate.ts reads.
    painAfterAbove: PAIN_DURING_ACCEPTABLE_MAX,
    dates: [...dates].sort(),
    exerciseIds: [...exerciseIds].sort(),
    latestPerExercise: TWO_FOR_TWO_SESSIONS,
    ...(after === undefined ? {} : { after }),
  };
}

/**
 * The logs `need` asks for, out of `logs` in their stored order (date, then creation, then id), order kept. The
 * storage answers the same question with indexed queries; this is its specification.
 */
export function selectRuleHistory(logs: readonly SessionLog[], need: RuleHistoryNeed): SessionLog[] {
  if (need.kind === "all") return [...logs];
  if (need.kind === "none") return [];
  const plannedSessionIds = new Set(need.plannedSessionIds);
  const dates = new Set(need.dates);
  const wanted = new Set(need.exerciseIds);
  const latest = new Set<SessionLog>();
  const counts = new Map<string, number>();
  for (let index = logs.length - 1; index >= 0; index -= 1) {
    const log = logs[index];
    if (log === undefined) continue;
    if (need.after !== undefined && daysBetween(need.after, log.date) <= 0) continue;
    for (const exerciseId of new Set(log.entries.map((entry) => entry.exerciseId))) {
      const count = counts.get(exerciseId) ?? 0;
      if (!wanted.has(exerciseId) || count >= need.latestPerExercise) continue;
      counts.set(exerciseId, count + 1);
      latest.add(log);
    }
  }
  return logs.filter(
    (log) =>
      (log.plannedSessionId !== null && plannedSessionIds.has(log.plannedSessionId)) ||
      log.entries.some((entry) => entry.painDuring > need.painDuringAbove) ||
      (log.painAfter !== undefined && log.painAfter > need.painAfterAbove) ||
      dates.has(log.date) ||
      latest.has(log),
  );
}

/**
 * From which day the rules read a person's morning check-ins for a revision of `program` (decision 0820): every
 * morning dated on or after it, and the latest one before it, give `ruleHistoryNeed` and `reviseProgram` exactly
 * what every morning the person ever gave does. The rules read:
 *
 * - the latest morning and those of the four weeks before it (the sharp rise, docs/clinical §7.2, looks back
 *   `SHARP_RISE_LOOKBACK_DAYS`; the week-on-week rise, docs/clinical §5.4, two weeks);
 * - the morning of the day the program was paused, whose pain a clean re-screen cleared;
 * - for each log of the program, the morning after it and, when the log has no pain before, the latest morning on
 *   or before its day (docs/clinical §5.4): after `firstLog`, the program's earliest log, these are the mornings
 *   from `firstLog` on and, lacking one there, the latest before it;
 * - the days before the flagged mornings, which pick out logs of those days: a morning before `firstLog` picks out
 *   none of the program's.
 *
 * So what a revision reads is bounded by the program's own span and four weeks, not by the person's whole history.
 */
export function ruleMorningsFrom(
  program: Program,
  latestMorning: IsoDate,
  firstLog: IsoDate | undefined,
): IsoDate {
  const days = [addDays(latestMorning, -SHARP_RISE_LOOKBACK_DAYS), firstLog, program.rescreen?.pausedOn];
  return days.filter((day) => day !== undefined).reduce((earliest, day) => (day < earliest ? day : earliest));
}

/**
 * The mornings `ruleMorningsFrom` keeps, out of `checkIns` in date order (one a day), order kept: those dated on or
 * after `from`, and the latest before it. The storage answers the same question in SQL; this is its specification.
 */
export function selectRuleMornings(checkIns: readonly MorningCheckIn[], from: IsoDate): MorningCheckIn[] {
  const before = checkIns.filter((checkIn) => checkIn.date < from).at(-1);
  return checkIns.filter((checkIn) => checkIn === before || checkIn.date >= from);
}
