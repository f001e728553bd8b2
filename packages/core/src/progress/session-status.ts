/**
 * What became of each planned session, as every view and figure tells it (decision 0810). A session is done when a
 * log of its program that names it is completed; it is partly done when the only logs naming it were saved before
 * the end (a session left part way and saved as it stands, decision 0780). Adherence counts done sessions only: a
 * partly done session is shown in its own words, so that a physiotherapist reads the dose actually taken, and the
 * rules still read its sets and pain as they read any log.
 */
import type { Program } from "../program/schema.js";
import type { SessionLog } from "../sessions/schema.js";
import { daysBetween, type IsoDate } from "../shared/dates.js";

export const SESSION_STATUSES = ["done", "partly-done", "not-done"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Each planned session of `program` that a log names, with what its logs make of it; any other is not done. */
export function sessionStatuses(
  program: Pick<Program, "id">,
  logs: readonly SessionLog[],
): ReadonlyMap<string, Exclude<SessionStatus, "not-done">> {
  const statuses = new Map<string, Exclude<SessionStatus, "not-done">>();
  for (const log of logs) {
    if (log.programId !== program.id || log.plannedSessionId === null) continue;
    if (log.completed) statuses.set(log.plannedSessionId, "done");
    else if (!statuses.has(log.plannedSessionId)) statuses.set(log.plannedSessionId, "partly-done");
  }
  return statuses;
}

/** The status of one planned session, from `sessionStatuses`. */
export function sessionStatusOf(
  statuses: ReadonlyMap<string, Exclude<SessionStatus, "not-done">>,
  plannedSessionId: string,
): SessionStatus {
  return statuses.get(plannedSessionId) ?? "not-done";
}

/** The planned sessions of `program` a completed log names: the ones adherence counts, wherever it is shown. */
export function doneSessionIds(
  program: Pick<Program, "id">,
  logs: readonly SessionLog[],
): ReadonlySet<string> {
  const done = new Set<string>();
  for (const [id, status] of sessionStatuses(program, logs)) if (status === "done") done.add(id);
  return done;
}

const DAYS_PER_WEEK = 7;

/** One program week's hip strength sessions: how many are planned, done, and saved part way (not counted as done). */
export type ProgramWeekSessions = {
  readonly week: number;
  readonly planned: number;
  readonly done: number;
  readonly partlyDone: number;
};

/**
 * The sessions of the program week `today` falls in (week 1 before the start, the last week after the end), as
 * the person reads them on Today and the coach on the roster (decisions 0810, 0840).
 */
export function programWeekSessions(
  program: Pick<Program, "startDate" | "weeks" | "sessions">,
  statuses: ReadonlyMap<string, Exclude<SessionStatus, "not-done">>,
  today: IsoDate,
): ProgramWeekSessions {
  const elapsedDays = Math.max(0, daysBetween(program.startDate, today));
  const week = Math.min(program.weeks, Math.floor(elapsedDays / DAYS_PER_WEEK) + 1);
  const planned = program.sessions.filter((session) => session.week === week && session.kind === "strength");
  const count = (status: SessionStatus) =>
    planned.filter((session) => sessionStatusOf(statuses, session.id) === status).length;
  return { week, planned: planned.length, done: count("done"), partlyDone: count("partly-done") };
}
