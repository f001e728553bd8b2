/**
 * Planned and done hip sessions per program week, for the adherence chart. A planned session counts as done
 * when a completed log names it, as in the core's adherence figure.
 */
import type { Program, SessionLog } from "@hipcheck/core";

export type WeekAdherence = { readonly week: number; readonly planned: number; readonly done: number };

export function weeklyAdherence(program: Program, logs: readonly SessionLog[]): WeekAdherence[] {
  const done = new Set(
    logs.filter((log) => log.completed && log.programId === program.id).map((log) => log.plannedSessionId),
  );
  const weeks: WeekAdherence[] = [];
  for (let week = 1; week <= program.weeks; week += 1) {
    const planned = program.sessions.filter(
      (session) => session.week === week && session.kind === "strength",
    );
    weeks.push({
      week,
      planned: planned.length,
      done: planned.filter((session) => done.has(session.id)).length,
    });
  }
  return weeks;
}
