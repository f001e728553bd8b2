import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findExercise, ladderOf, exercises } from "../knowledge/library.js";
import { personas } from "../personas/index.js";
import { exerciseLimits } from "../program/generate-program.js";
import { stepBackFrom, stepUpFrom, keepDose, smallerDose } from "./recommend-next-dose.js";

const WHY = { en: "Your knee hurt 7/10 during it", fr: "Votre genou a fait mal à 7/10 pendant l'exercice" };
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
    expect(decision.reason.fr).toContain("on redescend de l'exercice Coquillage avec élastique à l'exercice");
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
    expect(decision.reason.fr).toMatch(/ : on passe à la suite/);
  });
});
