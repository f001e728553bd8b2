/**
 * Specification of the warm-up's own progression (docs/decisions/0240): easy warm-ups earn the next rung of the
 * side-hip ladder by the same 2-for-2 rule as the sessions, one rung at a time, never to a step the generator could
 * not have put in a warm-up, and never by moving the strength sessions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswersSchema, type Answers } from "../intake/answers.js";
import { findExercise, ladderOf } from "../knowledge/library.js";
import { EQUIPMENT, type Dose } from "../knowledge/schema.js";
import { personas } from "../personas/index.js";
import { exerciseLimits, generateProgram } from "../program/generate-program.js";
import { ProgramSchema, type PlannedExercise, type PlannedSession, type Program } from "../program/schema.js";
import { isAllowed } from "../program/select-exercises.js";
import { addDays } from "../shared/dates.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { requiredSurplus } from "./final-set.js";
import { reviseProgram } from "./revise-program.js";

function programOf(answers: Answers, id: string): Program {
  const result = generateProgram(answers, { startDate: "2026-03-02", id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const warmUpSessions = (program: Program): PlannedSession[] =>
  program.sessions.filter((session) => session.kind === "warm-up");

const amount = (dose: Dose, surplus: number) =>
  dose.mode === "reps"
    ? { reps: Math.max(0, dose.reps + surplus) }
    : dose.mode === "hold"
      ? { holdSeconds: Math.max(0, dose.holdSeconds + surplus) }
      : { durationSeconds: Math.max(0, dose.durationSeconds + surplus) };

/** A warm-up logged as planned, each exercise's one set beating its target by `surplus(exercise)` reps or seconds. */
function warmUpLog(
  program: Program,
  session: PlannedSession,
  surplus: (planned: PlannedExercise) => number,
): SessionLog {
  return {
    id: `log-${session.id}`,
    programId: program.id,
    plannedSessionId: session.id,
    date: session.date,
    kind: "warm-up",
    completed: true,
    entries: session.exercises.map((planned) => ({
      exerciseId: planned.exerciseId,
      sets: [{ side: "both", ...amount(planned.dose, surplus(planned)) }],
      painDuring: 1,
      rpe: 4,
    })),
  };
}

const settled = (session: PlannedSession): MorningCheckIn => ({
  date: addDays(session.date, 1),
  pain: 2,
  settled: true,
});

describe("the warm-up climbs", () => {
  it("Dana, after two easy lateral walks in her Sunday warm-ups, gets the monster walk in the warm-ups ahead", () => {
    const answers = personas.runnerPfp;
    let program = programOf(answers, "dana-w");
    expect(program.warmUp.map((planned) => planned.exerciseId)).toContain("band-lateral-walk");
    const strengthBefore = program.sessions.filter((session) => session.kind === "strength");
    const [first, second] = warmUpSessions(program);
    if (first === undefined || second === undefined) throw new Error("Dana warms up before her long runs");
    const easyWalk = (planned: PlannedExercise): number =>
      planned.exerciseId === "band-lateral-walk" ? requiredSurplus(planned.dose) : 0;
    const logs = [warmUpLog(program, first, easyWalk)];
    const checkIns = [settled(first)];
    program = reviseProgram(program, logs, checkIns, settled(first).date, { answers }).program;
    expect(program.warmUp.map((planned) => planned.exerciseId)).toContain("band-lateral-walk");

    logs.push(warmUpLog(program, second, easyWalk));
    checkIns.push(settled(second));
    const outcome = reviseProgram(program, logs, checkIns, settled(second).date, { answers });
    const warmUpIds = outcome.program.warmUp.map((planned) => planned.exerciseId);
    expect(warmUpIds).toContain("monster-walk");
    expect(warmUpIds).not.toContain("band-lateral-walk");
    expect(outcome.program.warmUp.find((planned) => planned.exerciseId === "monster-walk")?.dose.sets).toBe(
      1,
    );
    for (const session of warmUpSessions(outcome.program).filter((s) => s.date > second.date)) {
      expect(session.exercises.map((planned) => planned.exerciseId)).toContain("monster-walk");
    }
    expect(outcome.revision?.reason.en).toContain("Monster walk");
    expect(outcome.revision?.reason.fr).toContain("pendant l’échauffement, deux fois de suite\u00a0:");
    // The warm-up's climb is its own: the strength sessions ahead keep their exercises.
    const strengthAfter = outcome.program.sessions.filter((session) => session.kind === "strength");
    expect(strengthAfter.map((session) => session.exercises.map((planned) => planned.exerciseId))).toEqual(
      strengthBefore.map((session) => session.exercises.map((planned) => planned.exerciseId)),
    );
    // Acted on once: the same history changes nothing more.
    expect(
      reviseProgram(outcome.program, logs, checkIns, settled(second).date, { answers }).revision,
    ).toBeNull();
  });

  it("warm-ups at the target, or easy warm-ups without the band the next rung needs, stay as they are", () => {
    const atTarget = personas.runnerPfp;
    const handledOnly = AnswersSchema.parse({ ...personas.runnerPfp, equipment: ["handled-band", "mat"] });
    for (const [answers, surplus] of [
      [atTarget, 0],
      [handledOnly, 60],
    ] as const) {
      let program = programOf(answers, "w-still");
      const before = program.warmUp.map((planned) => planned.exerciseId);
      const logs: SessionLog[] = [];
      const checkIns: MorningCheckIn[] = [];
      for (const session of warmUpSessions(program).slice(0, 3)) {
        logs.push(warmUpLog(program, session, () => surplus));
        checkIns.push(settled(session));
        program = reviseProgram(program, logs, checkIns, settled(session).date, { answers }).program;
      }
      expect(program.warmUp.map((planned) => planned.exerciseId)).toEqual(before);
    }
  });
});

describe("warm-up progression properties over generated people", () => {
  const personArb = fc
    .record({
      base: fc.constantFrom(personas.runnerPfp, personas.cyclistItb, personas.frenchTriathlete),
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
      pain: fc.integer({ min: 0, max: 7 }),
    })
    .map(({ base, equipment, pain }) =>
      AnswersSchema.parse({
        ...base,
        equipment,
        symptoms:
          base.symptoms === null
            ? null
            : { ...base.symptoms, painNow: pain, painUsual: pain, painWorst: Math.max(pain, 7) },
      }),
    );

  it("a warm-up rung never skips, never goes past what the generator could choose, and the warm-up keeps its size", () => {
    fc.assert(
      fc.property(
        personArb,
        fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 2, maxLength: 8 }),
        (answers, surpluses) => {
          let program = programOf(answers, "p-w");
          const limits = exerciseLimits(answers, "warm-up");
          const logs: SessionLog[] = [];
          const checkIns: MorningCheckIn[] = [];
          const rungs = (warmUp: readonly PlannedExercise[]): Map<string, number> =>
            new Map(
              warmUp.flatMap((planned) => {
                const placement = ladderOf(planned.exerciseId);
                return placement === undefined ? [] : [[placement.ladder.id, placement.index] as const];
              }),
            );
          warmUpSessions(program)
            .slice(0, surpluses.length)
            .forEach((planned, i) => {
              const session = program.sessions.find((candidate) => candidate.id === planned.id) ?? planned;
              logs.push(warmUpLog(program, session, () => surpluses[i] ?? 0));
              checkIns.push(settled(session));
              const before = program.warmUp;
              program = reviseProgram(program, logs, checkIns, settled(session).date, { answers }).program;
              expect(ProgramSchema.safeParse(program).success).toBe(true);
              for (const warmUp of program.warmUp) {
                const exercise = findExercise(warmUp.exerciseId);
                expect(exercise?.warmUp).toBe(true);
                expect(exercise !== undefined && isAllowed(exercise, limits)).toBe(true);
              }
              const was = rungs(before);
              for (const planned of program.warmUp) {
                const placement = ladderOf(planned.exerciseId);
                const earlier = before.find((item) => item.exerciseId === planned.exerciseId);
                if (placement === undefined || earlier !== undefined) continue;
                // A new warm-up exercise is exactly one rung above one it replaced on the same ladder.
                const replaced = before.filter(
                  (item) =>
                    ladderOf(item.exerciseId)?.ladder.id === placement.ladder.id &&
                    !program.warmUp.some((now) => now.exerciseId === item.exerciseId),
                );
                expect(replaced.map((item) => (ladderOf(item.exerciseId)?.index ?? -9) + 1)).toContain(
                  placement.index,
                );
                expect(was.has(placement.ladder.id)).toBe(true);
              }
              expect(program.warmUp.length).toBe(before.length);
            });
        },
      ),
      { numRuns: 50 },
    );
  });
});
