import { describe, expect, it } from "vitest";
import { findExercise, generateProgram, previousOnLadder } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { PlannedExercise } from "@hipcheck/core";
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
