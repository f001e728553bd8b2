import { describe, expect, it } from "vitest";
import { describeTempo } from "../display/describe-tempo.js";
import { paceAt, repsCounted } from "../sessions/follow-along-pace.js";
import { exerciseTempo, STATED_TEMPO, tempoOfExercise } from "./exercise-tempo.js";
import { exercises, findExercise } from "./library.js";

function tempo(id: string) {
  const found = tempoOfExercise(id);
  if (found === undefined) throw new Error(`no exercise ${id}`);
  return found;
}

describe("each exercise's tempo, read from its own steps", () => {
  it("quotes every stated timing from the exercise's own steps or cues, in both languages", () => {
    for (const [id, stated] of Object.entries(STATED_TEMPO)) {
      const found = tempo(id);
      expect({ id, quote: found.statedIn?.en.includes(stated.quote) }).toEqual({ id, quote: true });
      expect(found.statedIn?.fr.length).toBeGreaterThan(0);
      expect(found.source).toBe(findExercise(id)?.sources[0]);
    }
  });

  it("holds the bridge two seconds at the top and lowers the step-down over three", () => {
    expect(tempo("bridge")).toMatchObject({ upSeconds: 2, holdSeconds: 2, downSeconds: 2 });
    // The step-down's first move is its lowering: three seconds down, then back up.
    expect(tempo("step-down")).toMatchObject({
      firstMove: "lower",
      upSeconds: 3,
      holdSeconds: 0,
      downSeconds: 2,
    });
    expect(tempo("side-lying-leg-lift").downSeconds).toBe(3);
    expect(tempo("banded-clamshell").holdSeconds).toBe(1);
  });

  it("paces the other exercises two seconds up and two down, citing the dosing section", () => {
    const monster = tempo("monster-walk");
    expect(monster).toMatchObject({ upSeconds: 2, holdSeconds: 0, downSeconds: 2, statedIn: null });
    expect(monster.source).toContain("docs/clinical §5.3");
  });

  it("gives time to change sides only to per-side exercises: longer on the floor and with a band to thread", () => {
    expect(tempo("bridge").switchSidesSeconds).toBe(0);
    expect(tempo("single-leg-squat").switchSidesSeconds).toBe(5);
    expect(tempo("clamshell").switchSidesSeconds).toBe(10);
    expect(tempo("band-side-kick").switchSidesSeconds).toBe(20);
    for (const exercise of exercises) {
      expect(exerciseTempo(exercise).switchSidesSeconds > 0).toBe(exercise.dose.perSide);
    }
  });

  it("lowers first in the exercises whose drawing drops the pelvis on the feet, and lifts first in the others", () => {
    const lowering = exercises
      .filter((exercise) => exercise.dose.mode === "reps" && exerciseTempo(exercise).firstMove === "lower")
      .map((exercise) => exercise.id);
    expect(lowering.sort()).toEqual(["banded-squat", "single-leg-squat", "step-down"]);
    expect(tempo("lateral-step-up").firstMove).toBe("lift");
    expect(tempo("bridge").firstMove).toBe("lift");
  });

  it("rests between sets as long as the planned dose says, which progression may change", () => {
    const clamshell = findExercise("clamshell")!;
    expect(exerciseTempo(clamshell).restSeconds).toBe(clamshell.dose.restSeconds);
    expect(exerciseTempo(clamshell, { ...clamshell.dose, restSeconds: 90 }).restSeconds).toBe(90);
  });

  it("says the tempo in words in English and in French", () => {
    expect(describeTempo(tempo("bridge"), "en")).toBe("2 s up, 2 s hold, 2 s down");
    expect(describeTempo(tempo("step-down"), "fr")).toBe("descente 3 s, montée 2 s");
    expect(describeTempo(tempo("step-down"), "en")).toBe("3 s down, 2 s up");
  });
});

describe("the follow-along pace of a set", () => {
  const plain = tempo("monster-walk");
  const bridge = tempo("bridge");

  it("lifts for two seconds and lowers for two by default, counting down each phase", () => {
    expect(paceAt(plain, 12, 0)).toEqual({ kind: "rep", rep: 1, phase: "up", secondsLeft: 2 });
    expect(paceAt(plain, 12, 1200)).toEqual({ kind: "rep", rep: 1, phase: "up", secondsLeft: 1 });
    expect(paceAt(plain, 12, 2000)).toEqual({ kind: "rep", rep: 1, phase: "down", secondsLeft: 2 });
    expect(paceAt(plain, 12, 4000)).toEqual({ kind: "rep", rep: 2, phase: "up", secondsLeft: 2 });
  });

  it("holds at the top where the steps say so: the bridge holds two seconds", () => {
    expect(paceAt(bridge, 10, 2500)).toEqual({ kind: "rep", rep: 1, phase: "hold", secondsLeft: 2 });
    expect(paceAt(bridge, 10, 4000)).toMatchObject({ phase: "down" });
  });

  it("ends after the dose's repetitions and counts only whole repetitions done", () => {
    expect(paceAt(plain, 3, 12_000)).toEqual({ kind: "done", reps: 3 });
    expect(repsCounted(plain, 12, 9_900)).toBe(2);
    expect(repsCounted(plain, 3, 60_000)).toBe(3);
    expect(repsCounted(plain, 3, -5)).toBe(0);
  });
});
