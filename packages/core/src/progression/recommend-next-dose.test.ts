import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findExercise, ladderOf, exercises } from "../knowledge/library.js";
import { personas } from "../personas/index.js";
import { exerciseLimits } from "../program/generate-program.js";
import {
  answerToPainDuring,
  stepBackFrom,
  stepUpFrom,
  keepDose,
  smallerDose,
} from "./recommend-next-dose.js";

const WHY = { en: "Your knee hurt 7/10 during it", fr: "Votre genou a fait mal à 7/10 pendant l’exercice" };
/** Dana (mini band and mat, usual pain 4/10) in the strengthen phase of her program. */
const DANA = exerciseLimits(personas.runnerPfp, "strengthen");
/** Alex owns no band. */
const ALEX = exerciseLimits({ ...personas.deskWorker, equipment: [] }, "strengthen");

const doseOf = (id: string) => {
  const exercise = findExercise(id);
  if (exercise === undefined) throw new Error(`${id} missing from the library`);
  return exercise.dose;
};

describe("a step back acts on the exercise that hurt", () => {
  it("Dana's knee hurt during banded clamshell: back to clamshell, and the reason names both", () => {
    const decision = stepBackFrom("banded-clamshell", doseOf("banded-clamshell"), WHY, DANA);
    expect(decision).toMatchObject({
      action: "regress",
      to: "clamshell",
      move: { kind: "rung", ladderId: "side-lying-abduction", index: 0, direction: "down" },
    });
    expect(decision.reason.en).toBe(
      "Your knee hurt 7/10 during it: we step back from Banded clamshell to Clamshell.",
    );
    expect(decision.reason.fr).toContain("on redescend de l’exercice Coquillage avec élastique à l’exercice");
  });

  it("clamshell, the bottom rung, hurt: a smaller dose of clamshell (10 → 8 reps), never another exercise", () => {
    const decision = stepBackFrom("clamshell", doseOf("clamshell"), WHY, DANA);
    expect(decision).toMatchObject({ action: "regress", to: { reps: 8 } });
    expect(decision.reason.en).toContain("Clamshell drops to");
  });

  it("Alex, with no band, skips the banded step on the way down: side-lying leg lift goes back to clamshell", () => {
    const decision = stepBackFrom("side-lying-leg-lift", doseOf("side-lying-leg-lift"), WHY, ALEX);
    expect(decision.to).toBe("clamshell");
  });

  it("property: a step back is never harder than what hurt (a lower rung of the same ladder, or a smaller dose)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...exercises.map((exercise) => exercise.id)),
        fc.constantFrom(DANA, ALEX),
        (id, limits) => {
          const decision = stepBackFrom(id, doseOf(id), WHY, limits);
          if (typeof decision.to === "string") {
            expect(ladderOf(decision.to)?.ladder.id).toBe(ladderOf(id)?.ladder.id);
            expect(ladderOf(decision.to)?.index ?? 0).toBeLessThan(ladderOf(id)?.index ?? 0);
          } else if (decision.to !== undefined) {
            expect(decision.to.mode).toBe(doseOf(id).mode);
            expect(JSON.stringify(decision.to)).not.toBe(JSON.stringify(doseOf(id)));
          } else {
            expect(decision.action).toBe("stop");
          }
          expect(decision.reason.en).toContain(findExercise(id)?.name.en ?? id);
          expect(decision.reason.fr).toContain(findExercise(id)?.name.fr ?? id);
        },
      ),
    );
  });
});

describe("the 2-for-2 rule", () => {
  it("moves Dana from clamshell to banded clamshell", () => {
    const decision = stepUpFrom("clamshell", doseOf("clamshell"), DANA);
    expect(decision).toMatchObject({ action: "progress", to: "banded-clamshell" });
    expect(decision.reason.en).toBe(
      "You did 2 reps more than asked on Clamshell, twice in a row: next time, Banded clamshell.",
    );
  });

  it("keeps Alex, who owns no band, on clamshell with more reps and says why", () => {
    const decision = stepUpFrom("clamshell", doseOf("clamshell"), ALEX);
    expect(decision).toMatchObject({ action: "progress", to: { reps: 12 } });
    expect(decision.reason.en).toContain("Banded clamshell needs equipment you have not listed");
  });

  it("at the top of the standing band ladder moves up a band colour, with no change to the plan", () => {
    const decision = stepUpFrom("band-side-kick", doseOf("band-side-kick"), DANA);
    expect(decision.move).toBeUndefined();
    expect(decision.reason.fr).toContain("couleur suivante");
  });
});

describe("reductions and keeping", () => {
  it("has nothing left to take off a single rep: stop that exercise and talk to a clinician", () => {
    const decision = smallerDose(
      "clamshell",
      { ...doseOf("clamshell"), mode: "reps", reps: 1 } as never,
      WHY,
    );
    expect(decision.action).toBe("stop");
    expect(decision.reason.fr).toContain("kinésithérapeute");
  });

  it("says what it takes to move up, with the French spacing before the colon", () => {
    const decision = keepDose("clamshell", doseOf("clamshell"), true);
    expect(decision.action).toBe("keep");
    expect(decision.reason.fr).toMatch(/\s: on passe à la suite/);
  });
});

describe("the one answer to pain during an exercise, in a session or in the warm-up (decision 0661)", () => {
  const WARM_UP = exerciseLimits(personas.runnerPfp, "warm-up");

  it("in a strength session, Dana's side kick steps back to monster walk", () => {
    const decision = answerToPainDuring("band-side-kick", doseOf("band-side-kick"), WHY, DANA, false);
    expect(decision).toMatchObject({ action: "regress", to: "monster-walk" });
  });

  it("in her warm-up, the side kick stays, does less (1 × 20 → 1 × 15), and still holds its ladder below it in the sessions ahead", () => {
    const dose = { ...doseOf("band-side-kick"), sets: 1 };
    const decision = answerToPainDuring("band-side-kick", dose, WHY, WARM_UP, true);
    expect(decision).toMatchObject({
      action: "regress",
      to: { sets: 1, reps: 15 },
      move: { kind: "rung", ladderId: "standing-band", index: 2, direction: "down" },
    });
    expect(decision.reason.en).toContain("Band side kick drops to");
  });

  it("at the smallest dose, in a session or in the warm-up, nothing is offered: leave it out and ask a professional", () => {
    const smallest = { ...doseOf("clamshell"), mode: "reps", sets: 1, reps: 1 } as never;
    for (const inWarmUp of [false, true]) {
      const decision = answerToPainDuring("clamshell", smallest, WHY, DANA, inWarmUp);
      expect(decision.action).toBe("stop");
      expect(decision.to).toBeUndefined();
      expect(decision.reason.en).toContain("talk to a physiotherapist or a doctor");
    }
  });
});
