import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findExercise } from "../knowledge/library.js";
import { personas } from "../personas/index.js";
import { exerciseLimits, generateProgram } from "../program/generate-program.js";
import { phaseOfWeek } from "../program/program-phases.js";
import {
  ProgramRevisionSchema,
  ProgramSchema,
  type PlannedSession,
  type Program,
} from "../program/schema.js";
import { limitBreach } from "../program/select-exercises.js";
import { addDays } from "../shared/dates.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { reviseProgram } from "./revise-program.js";

const DANA = { answers: personas.runnerPfp };

function danaProgram(): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "dana-1" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const strength = (program: Program): PlannedSession[] =>
  program.sessions.filter((session) => session.kind === "strength");

/** Dana logs a planned session: every exercise at its target, clamshell's last set with `clamFinal` reps a leg. */
function logOf(session: PlannedSession, clamFinal: number, clamPain = 2): SessionLog {
  return {
    id: `log-${session.id}`,
    programId: "dana-1",
    plannedSessionId: session.id,
    date: session.date,
    kind: "strength",
    completed: true,
    entries: session.exercises.map((planned) => {
      const isClam = planned.exerciseId === "clamshell";
      const target = planned.dose.mode === "reps" ? planned.dose.reps : 0;
      return {
        exerciseId: planned.exerciseId,
        sets: [{ side: "both", reps: isClam ? clamFinal : target }],
        painDuring: isClam ? clamPain : 2,
        rpe: 5,
      };
    }),
  };
}

const settledAfter = (sessions: readonly PlannedSession[]): MorningCheckIn[] =>
  sessions.map((session) => ({ date: addDays(session.date, 1), pain: 2, settled: true }));

describe("reviseProgram", () => {
  it("changes nothing before Dana has logged anything", () => {
    const program = danaProgram();
    const outcome = reviseProgram(program, [], [], "2026-03-02", DANA);
    expect(outcome.revision).toBeNull();
    expect(outcome.program).toBe(program);
    expect(outcome.recommendations.every((item) => item.action === "keep")).toBe(true);
  });

  it("after two clamshell sessions 2 reps over target, puts banded clamshell in the sessions ahead only", () => {
    const program = danaProgram();
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("Dana's program has sessions");
    const logs = [logOf(first, 12), logOf(second, 12)];
    const outcome = reviseProgram(program, logs, settledAfter([first, second]), second.date, {
      ...DANA,
      changedAt: "2026-03-05T18:00:00.000Z",
    });

    expect(outcome.revision).not.toBeNull();
    const revision = ProgramRevisionSchema.parse(outcome.revision);
    expect(revision).toMatchObject({
      revision: 1,
      changedBy: "rules",
      changedAt: "2026-03-05T18:00:00.000Z",
    });
    expect(revision.changes).toContainEqual({
      exerciseId: "clamshell",
      from: "clamshell",
      to: "banded-clamshell",
    });
    expect(revision.reason.en).toMatch(/twice in a row: next time, Banded clamshell\./);
    expect(revision.reason.fr.length).toBeGreaterThan(0);

    const revised = ProgramSchema.parse(outcome.program);
    expect(revised.revision).toBe(1);
    expect(revised.lastRevisedOn).toBe(second.date);
    const ids = (session: PlannedSession | undefined): string[] =>
      session?.exercises.map((e) => e.exerciseId) ?? [];
    expect(ids(strength(revised)[0])).toContain("clamshell");
    expect(ids(strength(revised)[1])).toContain("clamshell");
    expect(ids(strength(revised)[2])).toContain("banded-clamshell");
    expect(ids(strength(revised)[2])).not.toContain("clamshell");
  });

  it("running it again on the same logs changes nothing more", () => {
    const program = danaProgram();
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("Dana's program has sessions");
    const logs = [logOf(first, 12), logOf(second, 12)];
    const once = reviseProgram(program, logs, settledAfter([first, second]), second.date, DANA);
    const twice = reviseProgram(once.program, logs, settledAfter([first, second]), second.date, DANA);
    expect(twice.revision).toBeNull();
  });

  it("when clamshell hurt 7/10, lowers its reps in the sessions ahead and says why", () => {
    const program = danaProgram();
    const [first] = strength(program);
    if (first === undefined) throw new Error("Dana's program has sessions");
    const outcome = reviseProgram(program, [logOf(first, 10, 7)], [], first.date, DANA);
    expect(outcome.revision?.changes).toContainEqual({
      exerciseId: "clamshell",
      from: expect.objectContaining({ reps: 10 }),
      to: expect.objectContaining({ reps: 8 }),
    });
    expect(outcome.revision?.reason.en).toMatch(/hurt 7\/10 during Clamshell/);
    const next = strength(outcome.program)[1]?.exercises.find((e) => e.exerciseId === "clamshell");
    expect(next?.dose).toMatchObject({ reps: 8 });
  });

  it("after a sharp rise in morning pain, records a stop with the re-screen advice and leaves the plan as it is", () => {
    const program = danaProgram();
    const [first] = strength(program);
    if (first === undefined) throw new Error("Dana's program has sessions");
    const checkIns: MorningCheckIn[] = [
      { date: "2026-03-01", pain: 2, settled: true },
      { date: "2026-03-02", pain: 2, settled: true },
      { date: "2026-03-03", pain: 7, settled: false },
    ];
    const outcome = reviseProgram(program, [logOf(first, 10)], checkIns, "2026-03-03", DANA);
    expect(outcome.revision?.changes).toEqual([]);
    expect(outcome.revision?.reason.en).toMatch(/answer the warning-sign questions again/);
    expect(outcome.revision?.reason.en.match(/warning-sign/g)).toHaveLength(1);
    expect(outcome.program.sessions).toEqual(program.sessions);
  });
});

describe("reviseProgram properties", () => {
  it("never rewrites past or logged sessions, keeps the program valid and explains every revision in both languages", () => {
    const program = danaProgram();
    const sessions = strength(program);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(
          fc.record({ reps: fc.integer({ min: 0, max: 16 }), pain: fc.integer({ min: 0, max: 10 }) }),
          {
            minLength: 8,
            maxLength: 8,
          },
        ),
        fc.array(fc.record({ pain: fc.integer({ min: 0, max: 10 }), settled: fc.boolean() }), {
          minLength: 8,
          maxLength: 8,
        }),
        (count, performances, mornings) => {
          const done = sessions.slice(0, count);
          const logs = done.map((session, i) =>
            logOf(session, performances[i]?.reps ?? 10, performances[i]?.pain ?? 2),
          );
          const checkIns = done.map((session, i) => ({
            date: addDays(session.date, 1),
            pain: mornings[i]?.pain ?? 2,
            settled: mornings[i]?.settled ?? true,
          }));
          const today = addDays(done.at(-1)?.date ?? program.startDate, 1);
          const outcome = reviseProgram(program, logs, checkIns, today, DANA);
          expect(ProgramSchema.safeParse(outcome.program).success).toBe(true);
          for (const session of program.sessions) {
            const revised = outcome.program.sessions.find((candidate) => candidate.id === session.id);
            if (session.date < today || logs.some((log) => log.plannedSessionId === session.id)) {
              expect(revised).toEqual(session);
            }
          }
          if (outcome.revision === null) {
            expect(outcome.program).toBe(program);
          } else {
            expect(outcome.revision.revision).toBe(program.revision + 1);
            expect(outcome.revision.reason.en.length).toBeGreaterThan(0);
            expect(outcome.revision.reason.fr.length).toBeGreaterThan(0);
            for (const change of outcome.revision.changes) {
              if (typeof change.to === "string") expect(findExercise(change.to)).toBeDefined();
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(["runnerPfp", "cyclistItb", "yogaTeacherNoPain", "deskWorker", "frenchTriathlete"] as const)(
    "climbs %s's ladders session after session without bringing in equipment or knee load the answers rule out",
    (name) => {
      const answers = personas[name];
      const generated = generateProgram(answers, { startDate: "2026-03-02", id: `${name}-1` });
      if (!generated.ok) throw new Error(generated.error.message);
      let program = generated.value;
      const logs: SessionLog[] = [];
      // Every exercise beaten well past its target, every session, every morning settled: the rules climb each week.
      for (const session of program.sessions.slice(0, 12)) {
        const planned = program.sessions.find((candidate) => candidate.id === session.id) ?? session;
        logs.push({
          id: `log-${planned.id}`,
          programId: program.id,
          plannedSessionId: planned.id,
          date: planned.date,
          kind: planned.kind,
          completed: true,
          entries: planned.exercises.map(({ exerciseId, dose }) => ({
            exerciseId,
            sets: [
              {
                side: "both",
                ...(dose.mode === "reps" ? { reps: dose.reps + 5 } : {}),
                ...(dose.mode === "hold" ? { holdSeconds: dose.holdSeconds + 20 } : {}),
                ...(dose.mode === "timed" ? { durationSeconds: dose.durationSeconds + 20 } : {}),
              },
            ],
            painDuring: 1,
            rpe: 5,
          })),
        });
        const mornings = logs.map((log) => ({ date: addDays(log.date, 1), pain: 1, settled: true }));
        program = reviseProgram(program, logs, mornings, addDays(planned.date, 1), { answers }).program;
      }
      const outside = [
        ...program.sessions.flatMap((session) =>
          session.exercises.map(({ exerciseId }) => ({
            exerciseId,
            breach: limitBreach(
              findExercise(exerciseId)!,
              exerciseLimits(answers, phaseOfWeek(program.phases, session.week)),
            ),
          })),
        ),
        ...program.warmUp.map(({ exerciseId }) => ({
          exerciseId,
          breach: limitBreach(findExercise(exerciseId)!, exerciseLimits(answers, "warm-up")),
        })),
      ].filter(({ breach }) => breach !== undefined);
      expect(program.revision).toBeGreaterThan(0);
      expect(outside).toEqual([]);
    },
  );
});
