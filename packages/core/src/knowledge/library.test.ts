import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import exerciseData from "./data/exercises.json" with { type: "json" };
import ladderData from "./data/ladders.json" with { type: "json" };
import structureData from "./data/structures.json" with { type: "json" };
import {
  exercises,
  exercisesTargeting,
  findExercise,
  findStructure,
  ladderOf,
  ladders,
  nextOnLadder,
  previousOnLadder,
  structures,
} from "./library.js";
import { ExerciseSchema, LadderSchema, StructureSchema } from "./schema.js";

/** The ids other parts of HipCheck (program generator, CLI, web) reference by name. */
const REQUIRED_EXERCISE_IDS = [
  "abductor-lifts",
  "adductor-slides",
  "therapy-ball-tfl",
  "therapy-ball-it-band",
  "therapy-ball-glutes",
  "therapy-ball-above-knee",
  "foam-roll-it-band",
  "half-happy-baby",
  "wall-leg-stretch",
  "warrior-1",
  "tree-pose",
  "half-moon",
  "bridge",
  "single-leg-bridge",
  "pigeon",
  "yogi-squat",
  "low-lunge",
  "band-side-kick",
  "band-lateral-walk",
  "side-lying-leg-lift",
  "clamshell",
  "banded-clamshell",
  "banded-side-step",
  "banded-squat",
  "monster-walk",
  "side-plank",
  "side-plank-abduction",
  "single-leg-squat",
  "step-down",
  "lateral-step-up",
  "single-leg-deadlift",
  "single-leg-stance",
  "quadruped-hip-extension",
  "front-plank-hip-extension",
  "seated-hip-external-rotation",
  "hip-hike",
  "straight-leg-raise",
  "wall-sit",
  "figure-four-stretch",
];

const REQUIRED_STRUCTURE_IDS = [
  "gluteus-medius",
  "gluteus-minimus",
  "gluteus-maximus",
  "tensor-fasciae-latae",
  "iliotibial-band",
  "piriformis",
  "quadratus-femoris",
  "gemellus-superior",
  "gemellus-inferior",
  "obturator-internus",
  "obturator-externus",
  "sartorius",
  "gracilis",
  "rectus-femoris",
  "hamstrings",
  "semitendinosus",
  "semimembranosus",
  "biceps-femoris",
  "adductors",
  "adductor-longus",
  "adductor-brevis",
  "adductor-magnus",
  "pectineus",
  "quadriceps",
  "patella",
];

function duplicatesOf(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe("the knowledge data files", () => {
  it("parse with the schemas", () => {
    expect(z.array(StructureSchema).safeParse(structureData).success).toBe(true);
    expect(z.array(ExerciseSchema).safeParse(exerciseData).success).toBe(true);
    expect(z.array(LadderSchema).safeParse(ladderData).success).toBe(true);
  });

  it("would be rejected if an exercise lost its French text", () => {
    const [first] = exerciseData;
    const broken = { ...first, name: { en: first?.name.en } };
    expect(ExerciseSchema.safeParse(broken).success).toBe(false);
  });

  it("hold at least 30 exercises, including every id the rest of HipCheck references", () => {
    expect(exercises.length).toBeGreaterThanOrEqual(30);
    expect(exercises.map((exercise) => exercise.id)).toEqual(expect.arrayContaining(REQUIRED_EXERCISE_IDS));
  });

  it("describe every muscle and structure named in the seed articles", () => {
    expect(structures.map((structure) => structure.id)).toEqual(
      expect.arrayContaining(REQUIRED_STRUCTURE_IDS),
    );
  });

  it("use each id once", () => {
    expect(duplicatesOf(exercises.map((exercise) => exercise.id))).toEqual([]);
    expect(duplicatesOf(structures.map((structure) => structure.id))).toEqual([]);
    expect(duplicatesOf(ladders.map((ladder) => ladder.id))).toEqual([]);
  });
});

describe("references between entries", () => {
  it("every exercise target names a known structure", () => {
    const dangling = exercises.flatMap((exercise) =>
      exercise.targets
        .filter((target) => findStructure(target.structureId) === undefined)
        .map((target) => `${exercise.id} → ${target.structureId}`),
    );
    expect(dangling).toEqual([]);
  });

  it("every related structure is known and is not the structure itself", () => {
    const dangling = structures.flatMap((structure) =>
      structure.related
        .filter((id) => id === structure.id || findStructure(id) === undefined)
        .map((id) => `${structure.id} → ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it("every ladder step is a known exercise", () => {
    const dangling = ladders.flatMap((ladder) =>
      ladder.steps.filter((id) => findExercise(id) === undefined).map((id) => `${ladder.id} → ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it("no exercise sits on two ladders, or twice on one", () => {
    expect(duplicatesOf(ladders.flatMap((ladder) => ladder.steps))).toEqual([]);
  });
});

describe("findExercise and findStructure", () => {
  it("find Marco's foam-roller release and the IT band it works on", () => {
    expect(findExercise("foam-roll-it-band")?.equipment).toEqual(["foam-roller"]);
    expect(findStructure("iliotibial-band")?.kind).toBe("fascia");
  });

  it("return undefined for an id that is not in the library", () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        fc.pre(
          !exercises.some((exercise) => exercise.id === id) &&
            !structures.some((structure) => structure.id === id),
        );
        expect(findExercise(id)).toBeUndefined();
        expect(findStructure(id)).toBeUndefined();
      }),
    );
  });
});

describe("ladders: progression and regression", () => {
  it("Dana, ready to progress from clamshells, moves to the banded clamshell; its regression is the clamshell", () => {
    expect(nextOnLadder("clamshell")?.id).toBe("banded-clamshell");
    expect(previousOnLadder("banded-clamshell")?.id).toBe("clamshell");
  });

  it("places an exercise on its ladder with its index, easiest first", () => {
    const placement = ladderOf("side-lying-leg-lift");
    expect(placement?.ladder.id).toBe("side-lying-abduction");
    expect(placement?.index).toBe(2);
  });

  it("has nothing below the first step or above the last one", () => {
    for (const ladder of ladders) {
      const first = ladder.steps[0]!;
      const last = ladder.steps[ladder.steps.length - 1]!;
      expect(previousOnLadder(first)).toBeUndefined();
      expect(nextOnLadder(last)).toBeUndefined();
    }
  });

  it("has no ladder for an exercise that is on none", () => {
    expect(ladderOf("pigeon")).toBeUndefined();
    expect(nextOnLadder("pigeon")).toBeUndefined();
    expect(previousOnLadder("pigeon")).toBeUndefined();
    expect(nextOnLadder("no-such-exercise")).toBeUndefined();
  });

  it("undoes a progression with a regression, at every step of every ladder", () => {
    const laddered = ladders.flatMap((ladder) => ladder.steps);
    fc.assert(
      fc.property(fc.constantFrom(...laddered), (id) => {
        const next = nextOnLadder(id);
        if (next !== undefined) expect(previousOnLadder(next.id)?.id).toBe(id);
        const previous = previousOnLadder(id);
        if (previous !== undefined) expect(nextOnLadder(previous.id)?.id).toBe(id);
      }),
    );
  });
});

describe("exercisesTargeting", () => {
  it("lists the exercises aimed at the gluteus medius, including the seed 003 band side kick", () => {
    const ids = exercisesTargeting("gluteus-medius").map((exercise) => exercise.id);
    expect(ids).toEqual(expect.arrayContaining(["band-side-kick", "clamshell", "side-plank-abduction"]));
    expect(ids).not.toContain("straight-leg-raise");
  });

  it("returns only exercises that actually name the structure", () => {
    fc.assert(
      fc.property(fc.constantFrom(...structures.map((structure) => structure.id)), (structureId) => {
        for (const exercise of exercisesTargeting(structureId)) {
          expect(exercise.targets.map((target) => target.structureId)).toContain(structureId);
        }
      }),
    );
  });

  it("returns nothing for an unknown structure", () => {
    expect(exercisesTargeting("no-such-muscle")).toEqual([]);
  });
});
