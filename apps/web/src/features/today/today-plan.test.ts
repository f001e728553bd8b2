import { addDays, doneSessionIds, generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { Program, SessionLog } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { dueCheckpoint, todaySession } from "./today-plan.js";

const START = "2026-03-02";

/** Chloé's six-week program, made on the Monday she answered the check-in. */
function chloeProgram(): Program {
  const made = generateProgram(personas.runnerPfp, { startDate: START, id: "program-chloe" });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

const doneLog = (program: Program, plannedSessionId: string, date: string): SessionLog => ({
  id: `log-${plannedSessionId}`,
  programId: program.id,
  plannedSessionId,
  date,
  kind: "strength",
  entries: [],
  completed: true,
});

const noRatings = { logs: [], painEntries: [], psfsEntries: [], checkIns: [], strengthChecks: [] };

describe("Today's session", () => {
  it("offers today's planned session, then, once it is done, the next one", () => {
    const program = chloeProgram();
    const first = [...program.sessions].sort((a, b) => a.date.localeCompare(b.date))[0];
    if (first === undefined) throw new Error("no session");
    expect(todaySession(program, new Set(), first.date)).toEqual({ kind: "session-today", session: first });
    const done = doneSessionIds(program, [doneLog(program, first.id, first.date)]);
    const after = todaySession(program, done, first.date);
    expect(after.kind).toBe("done-today");
    expect(after.kind === "done-today" && after.next !== null && after.next.date > first.date).toBe(true);
  });

  it("calls a day without a session a rest day, naming the next session", () => {
    const program = chloeProgram();
    const dates = new Set(program.sessions.map((session) => session.date));
    const restDay = Array.from({ length: 7 }, (_, n) => addDays(START, n)).find((date) => !dates.has(date));
    if (restDay === undefined) throw new Error("no rest day in week 1");
    const plan = todaySession(program, new Set(), restDay);
    expect(plan.kind).toBe("rest-day");
    expect(plan.kind === "rest-day" && plan.next.date > restDay).toBe(true);
  });

  it("says the program is complete once no session is left", () => {
    const program = chloeProgram();
    const last = [...program.sessions].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    if (last === undefined) throw new Error("no session");
    expect(todaySession(program, new Set(), addDays(last.date, 1))).toEqual({ kind: "program-ended" });
  });

  it("does not count a log of another program, or an unfinished one, as done", () => {
    const program = chloeProgram();
    const first = program.sessions[0];
    if (first === undefined) throw new Error("no session");
    const unfinished = { ...doneLog(program, first.id, first.date), completed: false };
    const elsewhere = { ...doneLog(program, first.id, first.date), programId: "program-old" };
    expect(doneSessionIds(program, [unfinished, elsewhere]).size).toBe(0);
  });

  it("still offers today's session when Chloé saved it part way", () => {
    const program = chloeProgram();
    const first = [...program.sessions].sort((a, b) => a.date.localeCompare(b.date))[0];
    if (first === undefined) throw new Error("no session");
    const partly = { ...doneLog(program, first.id, first.date), completed: false };
    expect(todaySession(program, doneSessionIds(program, [partly]), first.date)).toEqual({
      kind: "session-today",
      session: first,
    });
  });
});

describe("the checkpoint prompt", () => {
  const baseline = { date: START, painNow: 5, painUsual: 5, painWorst: 7 };
  const psfsStart = { date: START, items: [{ activity: "Going down stairs", score: 3 }] };

  it("says nothing before the week-2 checkpoint's window opens", () => {
    expect(dueCheckpoint(chloeProgram(), noRatings, addDays(START, 9))).toBeNull();
  });

  it("asks for pain and PSFS again from three days before week 2 ends, until both are given", () => {
    const program = chloeProgram();
    const ratings = { ...noRatings, painEntries: [baseline], psfsEntries: [psfsStart] };
    const due = dueCheckpoint(program, ratings, addDays(START, 10));
    expect(due).toMatchObject({ status: "rate", checkpoint: { week: 2 } });
    const painOnly = { ...ratings, painEntries: [baseline, { ...baseline, date: addDays(START, 10) }] };
    expect(dueCheckpoint(program, painOnly, addDays(START, 10))?.status).toBe("rate");
  });

  it("waits for the checkpoint's date, then gives the verdict from the new ratings", () => {
    const program = chloeProgram();
    const ratings = {
      ...noRatings,
      painEntries: [baseline, { date: addDays(START, 11), painNow: 2, painUsual: 2, painWorst: 3 }],
      psfsEntries: [
        psfsStart,
        { date: addDays(START, 11), items: [{ activity: "Going down stairs", score: 7 }] },
      ],
    };
    expect(dueCheckpoint(program, ratings, addDays(START, 12))?.status).toBe("waiting");
    const due = dueCheckpoint(program, ratings, addDays(START, 13));
    expect(due?.status).toBe("verdict");
    expect(due?.status === "verdict" && due.verdict.verdict).toBe("improving");
  });

  it("keeps the final check on Today for two weeks after the program, then lets it go", () => {
    const program = chloeProgram();
    const final = program.checkpoints.at(-1);
    if (final === undefined) throw new Error("no checkpoint");
    expect(dueCheckpoint(program, noRatings, addDays(final.date, 14))).toMatchObject({
      status: "rate",
      isLast: true,
    });
    expect(dueCheckpoint(program, noRatings, addDays(final.date, 15))).toBeNull();
  });

  it("counts ratings given a few days late as the checkpoint's own", () => {
    const program = chloeProgram();
    const late = addDays(START, 15);
    const ratings = {
      ...noRatings,
      painEntries: [baseline, { date: late, painNow: 2, painUsual: 2, painWorst: 3 }],
    };
    const due = dueCheckpoint(program, ratings, late);
    expect(due?.status === "verdict" && due.verdict.verdict).toBe("improving");
  });
});
