/**
 * Planned, done and partly done hip sessions per program week, for the adherence chart. A planned session counts as
 * done as in the core's adherence figure (`sessionStatuses`); one saved part way is shown beside it, not counted as
 * done (decision 0810).
 */
import { sessionStatuses, sessionStatusOf } from "@hipcheck/core";
import type { Program, SessionLog } from "@hipcheck/core";

export type WeekAdherence = {
  readonly week: number;
  readonly planned: number;
  readonly done: number;
  readonly partlyDone: number;
};

export function weeklyAdherence(program: Program, logs: readonly SessionLog[]): WeekAdherence[] {
  const statuses = sessionStatuses(program, logs);
  const weeks: WeekAdherence[] = [];
  for (let week = 1; week <= program.weeks; week += 1) {
    const planned = program.sessions.filter(
      (session) => session.week === week && session.kind === "strength",
    );
    const count = (status: "done" | "partly-done") =>
      planned.filter((session) => sessionStatusOf(statuses, session.id) === status).length;
    weeks.push({ week, planned: planned.length, done: count("done"), partlyDone: count("partly-done") });
  }
  return weeks;
}
