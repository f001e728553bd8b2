import { describe, expect, it } from "vitest";
import { exerciseTempo } from "../knowledge/exercise-tempo.js";
import { exercises, findExercise } from "../knowledge/library.js";
import { CUE_POSES } from "../knowledge/schema.js";
import { cuePoseAt, cuesAt } from "./cue-moments.js";
import { paceAt } from "./follow-along-pace.js";

function exercise(id: string) {
  const found = findExercise(id);
  if (found === undefined) throw new Error(`no exercise ${id}`);
  return found;
}

describe("each cue is tied to the key pose it applies to", () => {
  it("gives every cue of every exercise one of the key poses: start, top or return", () => {
    const without = exercises.flatMap((e) =>
      e.cues.filter((cue) => !CUE_POSES.includes(cue.pose)).map((cue) => `${e.id}: ${cue.en}`),
    );
    expect(without).toEqual([]);
  });

  it("ties cues about lowering to the lowering (the way back, or the first move of a squat), and cues about what comes before the lift to the start", () => {
    const misplaced = exercises.flatMap((e) => {
      const lowering = exerciseTempo(e).firstMove === "lower" ? "top" : "return";
      return e.cues
        .filter(
          (cue) =>
            (/^lower\b|on the way down|bring .* in slowly|slow and controlled/i.test(cue.en) &&
              cue.pose !== lowering) ||
            (/before lifting|first, then lift/i.test(cue.en) && cue.pose !== "start"),
        )
        .map((cue) => `${e.id}: ${cue.en} (${cue.pose})`);
    });
    expect(misplaced).toEqual([]);
  });

  it("follows the pace: set-up cues before the set, the top's while lifting and holding, the return's lowering", () => {
    const stepDown = exercise("step-down");
    const tempo = exerciseTempo(stepDown);
    expect(cuesAt(stepDown, cuePoseAt(null)).map((cue) => cue.en)).toEqual([
      "Keep the pelvis level: the side of the lifted leg must not drop.",
    ]);
    // The step-down lowers first, for three seconds: the knee and the slow lowering are said then.
    expect(cuesAt(stepDown, cuePoseAt(paceAt(tempo, 10, 500))).map((cue) => cue.en)).toEqual([
      "Keep the knee over the second toe; don't let it cave inward.",
      "Lower slowly: about 3 seconds down.",
    ]);
    expect(cuesAt(stepDown, cuePoseAt(paceAt(tempo, 10, 3500)))).toEqual([]);
    const legRaise = exercise("straight-leg-raise");
    const back = paceAt(exerciseTempo(legRaise), 10, 3500);
    expect(back).toMatchObject({ phase: "down" });
    expect(cuesAt(legRaise, cuePoseAt(back)).map((cue) => cue.en)).toEqual([
      "Lower slowly, taking two to three seconds.",
    ]);
    expect(cuesAt(stepDown, cuePoseAt(paceAt(tempo, 1, 60_000)))).toEqual([]);
  });

  it("shows the bridge's hold with its top cue, in French as well", () => {
    const bridge = exercise("bridge");
    const hold = paceAt(exerciseTempo(bridge), 10, 2500);
    expect(hold).toMatchObject({ phase: "hold" });
    const [cue] = cuesAt(bridge, cuePoseAt(hold));
    expect(cue?.fr).toMatch(/genoux/i);
  });
});
