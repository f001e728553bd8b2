import { describe, expect, it } from "vitest";
import { personas } from "../personas/index.js";
import { generateProgram } from "../program/generate-program.js";
import type { Program } from "../program/schema.js";
import type { SessionLog } from "../sessions/schema.js";
import { analyzeProgress } from "./analyze-progress.js";
import { addDays } from "../shared/dates.js";
import { doneSessionIds, programWeekSessions, sessionStatusOf, sessionStatuses } from "./session-status.js";

function marcoProgram(): Program {
  const result = generateProgram(personas.cyclistItb, { startDate: "2026-03-02", id: "marco-1" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const logOf = (plannedSessionId: string | null, completed: boolean, programId = "marco-1"): SessionLog => ({
  id: `log-${plannedSessionId ?? "free"}-${String(completed)}-${programId}`,
  programId,
  plannedSessionId,
  date: "2026-03-03",
  kind: "strength",
  completed,
  entries: [{ exerciseId: "clamshell", sets: [{ side: "left", reps: 10 }], painDuring: 2, rpe: 4 }],
});

describe("what became of Marco's planned sessions", () => {
  const program = marcoProgram();
  const [first, second, third] = program.sessions.filter((session) => session.kind === "strength");
  if (first === undefined || second === undefined || third === undefined) throw new Error("too few sessions");

  it("tells a session he finished, one he saved part way, and one he has not logged", () => {
    const statuses = sessionStatuses(program, [logOf(first.id, true), logOf(second.id, false)]);
    expect(sessionStatusOf(statuses, first.id)).toBe("done");
    expect(sessionStatusOf(statuses, second.id)).toBe("partly-done");
    expect(sessionStatusOf(statuses, third.id)).toBe("not-done");
  });

  it("calls a session done once a completed log names it, whichever was saved first", () => {
    for (const logs of [
      [logOf(second.id, false), logOf(second.id, true)],
      [logOf(second.id, true), logOf(second.id, false)],
    ]) {
      expect(sessionStatusOf(sessionStatuses(program, logs), second.id)).toBe("done");
    }
  });

  it("reads only this program's logs that name a planned session", () => {
    const statuses = sessionStatuses(program, [
      logOf(first.id, true, "an-earlier-program"),
      logOf(null, true),
    ]);
    expect(statuses.size).toBe(0);
  });

  it("counts only done sessions in adherence, on its own and in the progress report", () => {
    const logs = [logOf(first.id, true), logOf(second.id, false)];
    expect([...doneSessionIds(program, logs)]).toEqual([first.id]);
    const report = analyzeProgress(program, logs, [], [], [], third.date);
    expect(report.adherence.done).toBe(1);
  });
});

describe("the sessions of Marco's program week", () => {
  const program = marcoProgram();
  const week2 = program.sessions.filter((session) => session.week === 2 && session.kind === "strength");
  const [firstOfWeek2, secondOfWeek2] = week2;
  if (firstOfWeek2 === undefined || secondOfWeek2 === undefined) throw new Error("too few week 2 sessions");
  const statuses = sessionStatuses(program, [logOf(firstOfWeek2.id, true), logOf(secondOfWeek2.id, false)]);

  it("counts this week's done strength sessions against the planned ones, and those saved part way apart", () => {
    expect(programWeekSessions(program, statuses, addDays(program.startDate, 9))).toEqual({
      week: 2,
      planned: week2.length,
      done: 1,
      partlyDone: 1,
    });
  });

  it("reads week 1 before the program starts and the last week after it ends", () => {
    expect(programWeekSessions(program, statuses, addDays(program.startDate, -3)).week).toBe(1);
    expect(
      programWeekSessions(program, statuses, addDays(program.startDate, 7 * program.weeks + 20)).week,
    ).toBe(program.weeks);
  });
});
