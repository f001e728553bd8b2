import { describe, expect, it } from "vitest";
import { findExercise, generateProgram, previousOnLadder, reviseProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { PlannedExercise, PlannedSession, SessionLog } from "@hipcheck/core";
import { answerPainDuring } from "./in-session-answer.js";

/** Dana, a runner with kneecap pain, in the strength phase of her program. */
const generated = generateProgram(personas.runnerPfp, {
  startDate: "2026-03-02",
  id: "program-dana",
  createdOn: "2026-03-01",
});
if (!generated.ok) throw new Error(generated.error.message);
const program = generated.value;
const planned = program.sessions.flatMap((session) => session.exercises);
const plannedOf = (exerciseId: string) => planned.find((exercise) => exercise.exerciseId === exerciseId);
const withEasierRung = plannedOf("side-lying-leg-lift");
const firstRung = plannedOf("clamshell");
/**
 * Dana without any band: monster walk, as a coach might add it, has easier rungs that all need a band, which
 * nothing in her program uses, so she may not have one.
 */
const bandless = generateProgram(
  { ...personas.runnerPfp, equipment: [] },
  { startDate: "2026-03-02", id: "program-dana-bandless", createdOn: "2026-03-01" },
);
if (!bandless.ok) throw new Error(bandless.error.message);
const monsterWalk = findExercise("monster-walk");
const someExercise = bandless.value.sessions.flatMap((session) => session.exercises)[0];
const easierNeedsOtherKit =
  monsterWalk === undefined || someExercise === undefined
    ? undefined
    : { ...someExercise, exerciseId: monsterWalk.id, dose: monsterWalk.dose };

function answer(exercise: PlannedExercise, painDuring: number) {
  return answerPainDuring({ program, planned: exercise, painDuring, date: "2026-03-03", kind: "strength" });
}

describe("pain during an exercise, answered in the session", () => {
  it("at or below 5/10 the session goes on: nothing to answer", () => {
    if (withEasierRung === undefined) throw new Error("Dana's program has no ladder step above the first");
    expect(answer(withEasierRung, 5)).toBeUndefined();
  });

  it("above 5/10 on a ladder exercise, the easier rung is offered now, with the rules' reason in both languages", () => {
    if (withEasierRung === undefined) throw new Error("Dana's program has no ladder step above the first");
    const given = answer(withEasierRung, 7);
    const easier = previousOnLadder(withEasierRung.exerciseId);
    expect(easier?.id).toBe("banded-clamshell");
    expect(given?.easier?.exerciseId).toBe(easier?.id);
    expect(given?.reason.en).toContain("7/10");
    expect(given?.reason.en).toContain(findExercise(easier?.id ?? "")?.name.en);
    expect(given?.reason.fr).toContain("7/10");
    expect(given?.reason.fr).toContain("5/10");
  });

  it("on the first rung of its ladder, a smaller dose of the same exercise is offered instead", () => {
    if (firstRung === undefined) throw new Error("Dana's program has no first-rung exercise");
    const given = answer(firstRung, 8);
    expect(given?.easier).toBeUndefined();
    const smaller = given?.smallerDose;
    expect(smaller).toBeDefined();
    expect(JSON.stringify(smaller)).not.toBe(JSON.stringify(firstRung.dose));
    expect(given?.reason.en).toContain("8/10");
  });

  it("an easier rung that needs equipment the program never uses is not offered: a smaller dose is", () => {
    if (easierNeedsOtherKit === undefined) throw new Error("The library has no monster walk");
    const given = answerPainDuring({
      program: bandless.value,
      planned: easierNeedsOtherKit,
      painDuring: 6,
      date: "2026-03-03",
      kind: "strength",
    });
    expect(given?.easier).toBeUndefined();
    expect(given?.smallerDose).toBeDefined();
  });
});

/** A session logged as done at its targets, pain 2/10 except `painDuring` on `hurt`. */
function loggedWithPain(session: PlannedSession, hurt: string, painDuring: number): SessionLog {
  return {
    id: `log-${session.id}`,
    programId: program.id,
    plannedSessionId: session.id,
    date: session.date,
    kind: session.kind,
    completed: true,
    entries: session.exercises.map(({ exerciseId, dose }) => ({
      exerciseId,
      sets: [
        {
          side: "both" as const,
          ...(dose.mode === "reps" ? { reps: dose.reps } : {}),
          ...(dose.mode === "hold" ? { holdSeconds: dose.holdSeconds } : {}),
          ...(dose.mode === "timed" ? { durationSeconds: dose.durationSeconds } : {}),
        },
      ],
      painDuring: exerciseId === hurt ? painDuring : 2,
      rpe: 5,
    })),
  };
}

describe("the offer in the session is what the program then does", () => {
  const sundayWarmUp = program.sessions.find((session) => session.kind === "warm-up");

  it("Dana's warm-up side kick hurts 7/10: less of the side kick now, never another exercise, the dose and words the warm-up then gets", () => {
    const kick = sundayWarmUp?.exercises.find((exercise) => exercise.exerciseId === "band-side-kick");
    if (sundayWarmUp === undefined || kick === undefined) throw new Error("Dana warms up with the side kick");
    const given = answerPainDuring({
      program,
      planned: kick,
      painDuring: 7,
      date: sundayWarmUp.date,
      kind: "warm-up",
    });
    // Outside the warm-up the same pain steps back a rung: the warm-up is what changes the answer.
    expect(
      answerPainDuring({ program, planned: kick, painDuring: 7, date: sundayWarmUp.date, kind: "strength" })
        ?.easier?.exerciseId,
    ).toBe("monster-walk");
    expect(given?.easier).toBeUndefined();
    expect(given?.smallerDose).toMatchObject({ mode: "reps", sets: 1 });
    const revised = reviseProgram(
      program,
      [loggedWithPain(sundayWarmUp, "band-side-kick", 7)],
      [],
      sundayWarmUp.date,
      { answers: personas.runnerPfp },
    );
    const warmUpKick = revised.program.warmUp.find((exercise) => exercise.exerciseId === "band-side-kick");
    expect(warmUpKick?.dose).toEqual(given?.smallerDose);
    expect(revised.revision?.reason.en).toContain(given?.reason.en);
    expect(revised.revision?.reason.fr).toContain(given?.reason.fr);
  });

  it("in a strength session, the rung offered now is the rung the sessions ahead then hold", () => {
    const session = program.sessions.find((candidate) =>
      candidate.exercises.some((exercise) => exercise.exerciseId === "side-lying-leg-lift"),
    );
    const lift = session?.exercises.find((exercise) => exercise.exerciseId === "side-lying-leg-lift");
    if (session === undefined || lift === undefined) throw new Error("Dana's program has the leg lift");
    const given = answerPainDuring({
      program,
      planned: lift,
      painDuring: 7,
      date: session.date,
      kind: "strength",
    });
    const revised = reviseProgram(
      program,
      [loggedWithPain(session, "side-lying-leg-lift", 7)],
      [],
      session.date,
      { answers: personas.runnerPfp },
    );
    expect(revised.revision?.changes).toContainEqual({
      exerciseId: "side-lying-leg-lift",
      from: "side-lying-leg-lift",
      to: given?.easier?.exerciseId,
    });
    expect(revised.revision?.reason.en).toContain(given?.reason.en);
  });
});
