import { generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { Program, ProgramRevision, SessionLog } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { changesCausedBy, doneLogOf, mayRepeat } from "./done-session.js";

/** Noor's program, made on the Monday she answered the check-in. */
function noorProgram(): Program {
  const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-noor" });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

function logOf(program: Program, index: number, date: string, painDuring = 2): SessionLog {
  const session = program.sessions[index]!;
  return {
    id: `log-${session.id}-${date}`,
    programId: program.id,
    plannedSessionId: session.id,
    date,
    kind: session.kind,
    entries: session.exercises.map((planned) => ({
      exerciseId: planned.exerciseId,
      sets: [{ side: "both" as const, reps: 10 }],
      painDuring,
      rpe: 6,
    })),
    completed: true,
  };
}

function stepBack(exerciseId: string, changedAt: string, revision: number): ProgramRevision {
  return {
    revision,
    changedAt,
    changedBy: "rules",
    reason: { en: "Your knee hurt", fr: "Votre genou a fait mal" },
    changes: [{ exerciseId, from: exerciseId, to: "side-lying-leg-lift" }],
  };
}

describe("a done session opened again", () => {
  it("finds the latest completed log of that planned session, and none for a session not done or unfinished", () => {
    const program = noorProgram();
    const first = logOf(program, 0, "2026-03-03");
    const unfinished = { ...logOf(program, 1, "2026-03-05"), completed: false };
    expect(doneLogOf([unfinished, first], program.id, program.sessions[0]!.id)).toEqual(first);
    expect(doneLogOf([unfinished, first], program.id, program.sessions[1]!.id)).toBeUndefined();
    expect(doneLogOf([first], "another-program", program.sessions[0]!.id)).toBeUndefined();
  });

  it("shows the changes the rules made from that log's day until the next session, on its exercises", () => {
    const program = noorProgram();
    const first = logOf(program, 0, "2026-03-03", 7);
    const second = logOf(program, 1, "2026-03-05");
    const done = first.entries[0]!.exerciseId;
    const caused = stepBack(done, "2026-03-03T18:02:00.000Z", 1);
    const later = stepBack(done, "2026-03-05T18:00:00.000Z", 2);
    const coach: ProgramRevision = {
      ...stepBack(done, "2026-03-03T19:00:00.000Z", 3),
      changedBy: "coach",
    };
    const elsewhere = stepBack("not-in-this-session", "2026-03-03T18:03:00.000Z", 4);
    expect(changesCausedBy(first, [first, second], [caused, later, coach, elsewhere])).toEqual([caused]);
    expect(changesCausedBy(second, [first, second], [caused, later])).toEqual([later]);
  });

  it("allows doing it again only away from another strength session and while the program runs", () => {
    const program = noorProgram();
    const tuesday = logOf(program, 0, "2026-03-03");
    expect(mayRepeat(program, [tuesday], "2026-03-03")).toEqual({ kind: "too-soon", lastDate: "2026-03-03" });
    expect(mayRepeat(program, [tuesday], "2026-03-04")).toEqual({ kind: "too-soon", lastDate: "2026-03-03" });
    expect(mayRepeat(program, [tuesday], "2026-03-05")).toEqual({ kind: "allowed" });
    const paused: Program = {
      ...program,
      rescreen: { pausedOn: "2026-03-04", pausedAt: "2026-03-04T07:00:00.000Z" },
    };
    expect(mayRepeat(paused, [tuesday], "2026-03-06")).toEqual({ kind: "paused" });
    const resumed: Program = { ...paused, rescreen: { ...paused.rescreen!, resumedOn: "2026-03-05" } };
    expect(mayRepeat(resumed, [tuesday], "2026-03-06")).toEqual({ kind: "allowed" });
  });
});
