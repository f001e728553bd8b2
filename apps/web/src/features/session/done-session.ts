/**
 * A planned session already done: the log that did it, the program changes it caused, and whether the program
 * allows doing it again. Opening a done session from the calendar or Today shows this, not the player.
 */
import { addDays } from "@hipcheck/core";
import type { IsoDate, Program, ProgramRevision, SessionLog } from "@hipcheck/core";

/** The latest completed log of this planned session, if it was done. */
export function doneLogOf(
  logs: readonly SessionLog[],
  programId: string,
  plannedSessionId: string,
): SessionLog | undefined {
  return logs
    .filter(
      (log) => log.completed && log.programId === programId && log.plannedSessionId === plannedSessionId,
    )
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
}

/**
 * The changes the rules made because of this log: the server revises in the same transaction as the write, so
 * they are the rules' revisions from the log's day until the next log of the program, on exercises the log
 * names. A morning check-in on the same days may share a revision; its reason says which signal it acted on.
 */
export function changesCausedBy(
  log: SessionLog,
  logs: readonly SessionLog[],
  revisions: readonly ProgramRevision[],
): ProgramRevision[] {
  const next = logs
    .filter((other) => other.programId === log.programId && other.id !== log.id && other.date > log.date)
    .map((other) => other.date)
    .sort()
    .at(0);
  const done = new Set(log.entries.map((entry) => entry.exerciseId));
  return revisions.filter((revision) => {
    const day = revision.changedAt.slice(0, 10);
    return (
      revision.changedBy === "rules" &&
      day >= log.date &&
      (next === undefined || day < next) &&
      revision.changes.some(
        (change) => done.has(change.exerciseId) || (typeof change.from === "string" && done.has(change.from)),
      )
    );
  });
}

export type RepeatVerdict =
  | { readonly kind: "allowed" }
  | { readonly kind: "paused" }
  | { readonly kind: "too-soon"; readonly lastDate: IsoDate };

/**
 * Whether the program allows this session again today. Not while the program is paused for a re-screen, and not
 * the day of or the day after another strength session: the dose counts on a day between strength sessions
 * (docs/clinical §5.3: 2–3 sessions a week; seed 002 trains twice a week).
 */
export function mayRepeat(program: Program, logs: readonly SessionLog[], today: IsoDate): RepeatVerdict {
  if (program.rescreen !== undefined && program.rescreen.resumedOn === undefined) return { kind: "paused" };
  const recent = logs
    .filter(
      (log) =>
        log.completed &&
        log.programId === program.id &&
        log.kind === "strength" &&
        log.date >= addDays(today, -1) &&
        log.date <= today,
    )
    .map((log) => log.date)
    .sort()
    .at(-1);
  return recent === undefined ? { kind: "allowed" } : { kind: "too-soon", lastDate: recent };
}
