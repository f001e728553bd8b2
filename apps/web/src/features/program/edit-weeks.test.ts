import { describe, expect, it } from "vitest";
import { generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { formatWeekSpans, weekSpans, weeksWithExercise } from "./edit-weeks.js";

describe("the weeks an edit touches", () => {
  const result = generateProgram(personas.runnerPfp, { startDate: "2026-12-01", id: "program-runner" });
  if (!result.ok) throw new Error("Dana's program should generate");
  const program = result.value;
  const first = program.sessions[0]!;
  const exerciseId = first.exercises[0]!.exerciseId;

  it("finds every week holding the exercise when the edit is made before the program starts", () => {
    const weeks = weeksWithExercise(program, exerciseId, "2026-11-30");
    expect(weeks[0]).toBe(1);
    for (const week of weeks) {
      expect(
        program.sessions.some(
          (session) =>
            session.week === week && session.exercises.some((planned) => planned.exerciseId === exerciseId),
        ),
      ).toBe(true);
    }
  });

  it("leaves out the weeks already past on the day of the edit", () => {
    const weekThree = program.sessions.find((session) => session.week === 3)!;
    const all = weeksWithExercise(program, exerciseId, "2026-11-30");
    expect(weeksWithExercise(program, exerciseId, weekThree.date)).toEqual(all.filter((week) => week >= 3));
  });

  it("finds no week for an exercise the program does not hold", () => {
    expect(weeksWithExercise(program, "no-such-exercise", "2026-11-30")).toEqual([]);
  });

  it("groups consecutive weeks into spans and writes them as a reader counts", () => {
    expect(weekSpans([5, 1, 3, 4])).toEqual([
      { fromWeek: 1, toWeek: 1 },
      { fromWeek: 3, toWeek: 5 },
    ]);
    expect(formatWeekSpans(weekSpans([5, 1, 3, 4]))).toBe("1, 3–5");
    expect(formatWeekSpans(weekSpans([3, 4]))).toBe("3–4");
    expect(formatWeekSpans(weekSpans([]))).toBe("");
  });
});
