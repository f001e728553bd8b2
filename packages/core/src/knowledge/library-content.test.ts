/**
 * The content of the knowledge base, read as a specification: what the five seed articles and the clinical
 * sources (docs/clinical §4 EMG ranking, §5 dosing, §9 anatomy) require of it.
 */
import { describe, expect, it } from "vitest";
import { exercises, findExercise, findStructure, ladders, structures } from "./library.js";
import type { Exercise } from "./schema.js";

type Text = { en: string; fr: string };

function isText(value: unknown): value is Text {
  return typeof value === "object" && value !== null && "en" in value && "fr" in value;
}

/** Every `{ en, fr }` pair anywhere inside an entry. */
function textsIn(value: unknown): Text[] {
  if (isText(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(textsIn);
  return [];
}

/** Everything a person reads about an exercise, in one language, lower-cased for key-word checks. */
function wordsOf(id: string, lang: "en" | "fr" = "en"): string {
  const exercise = findExercise(id);
  if (exercise === undefined) throw new Error(`no exercise ${id}`);
  const texts = [
    exercise.name,
    exercise.summary,
    ...exercise.steps,
    ...exercise.cues,
    ...exercise.commonErrors,
    ...exercise.precautions,
  ];
  return texts
    .map((text) => text[lang])
    .join(" ")
    .toLowerCase();
}

function exercise(id: string): Exercise {
  const found = findExercise(id);
  if (found === undefined) throw new Error(`no exercise ${id}`);
  return found;
}

function peakGmedPct(entry: Exercise): number | undefined {
  const values = entry.evidence.flatMap((evidence) =>
    evidence.gluteusMediusMvicPct === undefined ? [] : [evidence.gluteusMediusMvicPct],
  );
  return values.length === 0 ? undefined : Math.max(...values);
}

describe("English and French", () => {
  it("Camille, who reads in French, gets a real translation of every exercise, structure and ladder text", () => {
    const copied = [...exercises, ...structures, ...ladders]
      .flatMap((entry) => textsIn(entry).map((text) => ({ id: entry.id, text })))
      .filter(({ text }) => text.en.trim() === "" || text.fr.trim() === "" || text.en === text.fr);
    expect(copied).toEqual([]);
  });

  it("writes the French steps in French, not English", () => {
    const notFrench = exercises
      .filter((entry) => !/\b(le|la|les|de|du|des|et|en)\b/.test(wordsOf(entry.id, "fr")))
      .map((entry) => entry.id);
    expect(notFrench).toEqual([]);
  });
});

const REQUIRED_TWO_JOINT = ["hamstrings", "rectus-femoris", "sartorius", "gracilis", "tensor-fasciae-latae"];

describe("anatomy (seed 001, docs/clinical §9)", () => {
  it("marks the five muscles seed 001 lists as crossing both the hip and the knee", () => {
    for (const id of REQUIRED_TWO_JOINT) {
      expect(findStructure(id), id).toMatchObject({ crossesHip: true, crossesKnee: true });
    }
  });

  it("places structures in seed 001's compartments: outer, inner, front, and back for the extensors", () => {
    expect(findStructure("gluteus-medius")?.compartment).toBe("outer");
    expect(findStructure("adductors")?.compartment).toBe("inner");
    expect(findStructure("rectus-femoris")?.compartment).toBe("front");
    expect(findStructure("gluteus-maximus")?.compartment).toBe("back");
    expect(findStructure("hamstrings")?.compartment).toBe("back");
  });

  it("gives the superior gluteal nerve to the gluteus medius, gluteus minimus and TFL (Trendelenburg gait when injured)", () => {
    for (const id of ["gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae"]) {
      expect(findStructure(id)?.nerve, id).toMatch(/superior gluteal/i);
    }
  });

  it("notes that the TFL inserts into the IT band and that the IT band can pull the kneecap (seed 000)", () => {
    expect(findStructure("tensor-fasciae-latae")?.related).toContain("iliotibial-band");
    expect(findStructure("iliotibial-band")?.whyItMattersForKnee.en).toMatch(/kneecap/i);
    expect(findStructure("iliotibial-band")?.sources).toContain("seed:000");
  });

  it("explains for every structure why it matters to the knee, and gives origin and insertion for every muscle", () => {
    for (const structure of structures) {
      expect(structure.whyItMattersForKnee.en.length, structure.id).toBeGreaterThan(40);
      if (structure.kind !== "bone") expect(structure.actions.length, structure.id).toBeGreaterThan(0);
      if (structure.kind === "muscle") {
        expect(structure.origin, structure.id).not.toBeNull();
        expect(structure.insertion, structure.id).not.toBeNull();
        expect(structure.nerve, structure.id).toMatch(/nerve/i);
      }
    }
  });
});

describe("seed 003: the two band exercises, done as a warm-up", () => {
  it("band side kick: balance on one leg, kick directly to the side, come back slowly, 20 times then switch", () => {
    const words = wordsOf("band-side-kick");
    for (const phrase of [
      "single leg",
      "directly to the side",
      "slowly",
      "chest up",
      "core engaged",
      "in line with the ankle",
      "collapsing inward",
      "20 times",
    ]) {
      expect(words, phrase).toContain(phrase);
    }
    expect(exercise("band-side-kick").dose).toMatchObject({ mode: "reps", reps: 20, perSide: true });
  });

  it("lateral walks: athletic stance, a little wider than hip width, walk back facing the same way, 1 minute or to fatigue", () => {
    const words = wordsOf("band-lateral-walk");
    for (const phrase of [
      "athletic stance",
      "knees slightly bent",
      "hip-width",
      "chest up",
      "wider than hip width",
      "to meet",
      "facing the same direction",
      "rock your upper body",
      "behind the toes",
      "to fatigue",
    ]) {
      expect(words, phrase).toContain(phrase);
    }
    expect(exercise("band-lateral-walk").dose).toMatchObject({ mode: "timed", durationSeconds: 60 });
  });

  it("both are marked as warm-up exercises and cite seed 003", () => {
    for (const id of ["band-side-kick", "band-lateral-walk"]) {
      expect(exercise(id).warmUp, id).toBe(true);
      expect(exercise(id).sources, id).toContain("seed:003");
    }
  });
});

describe("seed 001: hip awareness in yoga", () => {
  it("engages the gluteus maximus where the hip is extended: the back leg of warrior 1, and the bridge more than the hamstrings", () => {
    expect(wordsOf("warrior-1")).toMatch(/gluteus maximus of the back leg: its hip is extended/);
    expect(wordsOf("bridge")).toContain("gluteus maximus more than the hamstrings");
  });

  it("squeezes the outer, upper hip where the hip is abducted: the top leg in tree, the standing leg in half moon", () => {
    expect(wordsOf("tree-pose")).toContain("outer, upper hip");
    expect(wordsOf("tree-pose")).toContain("top leg is abducted");
    expect(wordsOf("half-moon")).toContain("outer, upper hip");
    expect(wordsOf("half-moon")).toContain("standing leg is abducted");
  });

  it("Priya opens the three hip compartments: pigeon the outer, yogi squat the inner, low lunge the front", () => {
    expect(exercise("pigeon").compartment).toBe("outer");
    expect(exercise("yogi-squat").compartment).toBe("inner");
    expect(exercise("low-lunge").compartment).toBe("front");
    const others = exercises.filter((entry) => entry.compartment !== null).map((entry) => entry.id);
    expect(others.sort()).toEqual(["low-lunge", "pigeon", "yogi-squat"]);
  });
});

describe("seed 000: the lateral leg connection", () => {
  it.each([
    ["therapy-ball-tfl", "tensor-fasciae-latae"],
    ["therapy-ball-it-band", "iliotibial-band"],
    ["therapy-ball-glutes", "gluteus-maximus"],
    ["therapy-ball-above-knee", "quadriceps"],
  ])("%s is a therapy-ball self-myofascial release of %s", (id, structureId) => {
    const entry = exercise(id);
    expect(entry.kind).toBe("release");
    expect(entry.equipment).toContain("therapy-balls");
    expect(entry.targets).toContainEqual({ structureId, role: "released" });
    expect(entry.sources).toContain("seed:000");
  });

  it("abductor lifts tone the TFL and the gluteus medius", () => {
    const movers = exercise("abductor-lifts")
      .targets.filter((target) => target.role === "prime-mover")
      .map((target) => target.structureId);
    expect(movers).toEqual(expect.arrayContaining(["tensor-fasciae-latae", "gluteus-medius"]));
    expect(wordsOf("abductor-lifts")).toContain("tone");
  });

  it("adductor slides balance the abductors with the adductors", () => {
    expect(exercise("adductor-slides").targets).toContainEqual({
      structureId: "adductors",
      role: "prime-mover",
    });
    expect(wordsOf("adductor-slides")).toMatch(/balance strong abductors with strong adductors/);
  });

  it("the wall leg stretch lengthens the top leg, depresses the pelvis, turns the wall foot in, with an optional block and strap", () => {
    const words = wordsOf("wall-leg-stretch");
    for (const phrase of [
      "top leg",
      "depress the pelvis",
      "internally rotated",
      "against the wall",
      "yoga block",
      "strap around the heel",
    ]) {
      expect(words, phrase).toContain(phrase);
    }
  });

  it("half happy baby stretches the whole hip dynamically and primes it for standing poses", () => {
    expect(exercise("half-happy-baby").kind).toBe("mobility");
    expect(wordsOf("half-happy-baby")).toContain("primes the hips");
  });
});

describe("seed 002 and seed 004", () => {
  it("seed 002: twice-weekly strengthening of the small hip muscles, plus stretching to keep them flexible", () => {
    const fromSeed = exercises.filter((entry) => entry.sources.includes("seed:002"));
    expect(fromSeed.some((entry) => entry.kind !== "stretch" && wordsOf(entry.id).includes("twice"))).toBe(
      true,
    );
    expect(fromSeed.some((entry) => entry.kind === "stretch" && wordsOf(entry.id).includes("flexible"))).toBe(
      true,
    );
  });

  it("seed 004: side leg lifts, clamshells, banded side steps and banded squats", () => {
    for (const id of ["side-lying-leg-lift", "clamshell", "banded-side-step", "banded-squat"]) {
      expect(exercise(id).sources, id).toContain("seed:004");
    }
  });

  it("seed 004: the band around the knees in the squat makes the gluteus medius work harder", () => {
    expect(exercise("banded-squat").equipment).toContain("mini-band");
    expect(exercise("banded-squat").targets.map((target) => target.structureId)).toContain("gluteus-medius");
    expect(wordsOf("banded-squat")).toMatch(/band around the knees.*gluteus medius work harder/);
  });
});

const HIP_ABDUCTORS = ["gluteus-medius", "gluteus-minimus", "tensor-fasciae-latae"];
const HIP_EXTENSORS = [
  "gluteus-maximus",
  "hamstrings",
  "semitendinosus",
  "semimembranosus",
  "biceps-femoris",
  "adductor-magnus",
];
const QUADRICEPS = ["quadriceps", "rectus-femoris"];
const WORKING_ROLES = ["prime-mover", "synergist", "stabiliser"];

describe("what the strength work targets (2016 and 2018 consensus: hip plus knee)", () => {
  it("the groups used here really abduct or extend the hip, or extend the knee, per the anatomy", () => {
    const actionsOf = (id: string): string =>
      findStructure(id)!
        .actions.map((action) => action.en)
        .join(" ");
    for (const id of HIP_ABDUCTORS) expect(actionsOf(id), id).toMatch(/abduction/i);
    for (const id of HIP_EXTENSORS) expect(actionsOf(id), id).toMatch(/hip extension/i);
    for (const id of QUADRICEPS) expect(actionsOf(id), id).toMatch(/knee extension/i);
  });

  it("every strength or activation exercise works at least one hip abductor, hip extensor or the quadriceps", () => {
    const wanted = new Set([...HIP_ABDUCTORS, ...HIP_EXTENSORS, ...QUADRICEPS]);
    const off = exercises
      .filter((entry) => entry.kind === "strength" || entry.kind === "activation")
      .filter(
        (entry) =>
          !entry.targets.some(
            (target) => wanted.has(target.structureId) && WORKING_ROLES.includes(target.role),
          ),
      )
      .map((entry) => entry.id);
    expect(off).toEqual([]);
  });

  it("releases and stretches only release or stretch their targets", () => {
    const releaseRoles = exercises
      .filter((entry) => entry.kind === "release")
      .flatMap((entry) => entry.targets.map((target) => target.role));
    expect(new Set(releaseRoles)).toEqual(new Set(["released"]));
    const stretchRoles = exercises
      .filter((entry) => entry.kind === "stretch")
      .flatMap((entry) => entry.targets.map((target) => target.role));
    expect(new Set(stretchRoles)).toEqual(new Set(["stretched"]));
  });
});

describe("doses and safety", () => {
  it("cites the clinical sources' dosing papers (ACSM, the ITBS pilot) or the seed that gives the dose, for every repetition dose of strength work", () => {
    const doseSources = [/Ratamess/, /s13018-020-01713-7/, /^seed:003$/];
    const uncited = exercises
      .filter(
        (entry) => (entry.kind === "strength" || entry.kind === "activation") && entry.dose.mode === "reps",
      )
      .filter((entry) => !entry.sources.some((source) => doseSources.some((pattern) => pattern.test(source))))
      .map((entry) => entry.id);
    expect(uncited).toEqual([]);
  });

  it("keeps the ITBS pilot's starting dose for side-lying abduction: 2 sets of 10, building to 3", () => {
    expect(exercise("side-lying-leg-lift").dose).toMatchObject({
      mode: "reps",
      sets: 2,
      reps: 10,
      perSide: true,
    });
  });

  it("never puts a high knee-load exercise in the first, wake-up phase", () => {
    const early = exercises
      .filter((entry) => entry.kneeLoad === "high" && entry.phase === "wake-up")
      .map((entry) => entry.id);
    expect(early).toEqual([]);
  });

  it("tells people when knee pain means stop, for every exercise with moderate or high knee load that loads the quadriceps", () => {
    const loaded = exercises.filter((entry) => entry.kneeLoad !== "low" && entry.kind === "strength");
    for (const entry of loaded) {
      expect(entry.precautions.map((text) => text.en).join(" "), entry.id).toMatch(/5\/10/);
    }
  });

  it("puts every release in the wake-up phase", () => {
    const late = exercises
      .filter((entry) => entry.kind === "release" && entry.phase !== "wake-up")
      .map((entry) => entry.id);
    expect(late).toEqual([]);
  });
});

describe("evidence (docs/clinical §4)", () => {
  it.each([
    ["side-plank-abduction", 103, /Boren/, "V"],
    ["side-plank-abduction", 89, /Boren/, "V"],
    ["single-leg-squat", 82, /Boren/, "V"],
    ["front-plank-hip-extension", 75, /Boren/, "V"],
    ["side-lying-leg-lift", 81, /Distefano/, "V"],
    ["side-lying-leg-lift", 99.9, /MacAskill/, "V"],
    ["lateral-step-up", 61, /MacAskill/, "V"],
    ["clamshell", 40, /Distefano/, "V"],
    ["band-lateral-walk", 61, /Distefano/, "U"],
    ["single-leg-squat", 64, /Distefano/, "U"],
    ["single-leg-deadlift", 58, /Distefano/, "U"],
  ] as const)("%s: gluteus medius %s%% MVIC, cited, tagged %s", (id, pct, source, tag) => {
    const match = exercise(id).evidence.find((evidence) => evidence.gluteusMediusMvicPct === pct);
    expect(match?.source).toMatch(source);
    expect(match?.verification).toBe(tag);
  });

  it.each([
    ["clamshell", 115],
    ["banded-side-step", 64],
    ["single-leg-bridge", 59],
    ["quadruped-hip-extension", 50],
  ] as const)("%s: gluteal-to-TFL index %s (Selkowitz 2013, verified)", (id, index) => {
    const match = exercise(id).evidence.find((evidence) => evidence.gluteToTflIndex === index);
    expect(match?.source).toMatch(/Selkowitz/);
    expect(match?.verification).toBe("V");
  });

  it("cites every evidence entry among the exercise's own sources", () => {
    const missing = exercises.flatMap((entry) =>
      entry.evidence.filter((evidence) => !entry.sources.includes(evidence.source)).map(() => entry.id),
    );
    expect(missing).toEqual([]);
  });
});

describe("ladders", () => {
  it.each([
    [
      "side-lying-abduction",
      ["clamshell", "banded-clamshell", "side-lying-leg-lift", "side-plank-abduction"],
    ],
    ["bridge", ["bridge", "single-leg-bridge"]],
    ["single-leg-control", ["single-leg-stance", "step-down", "single-leg-squat"]],
    ["quadriceps", ["straight-leg-raise", "wall-sit", "banded-squat"]],
  ])("%s goes, easiest first, %j", (id, steps) => {
    expect(ladders.find((ladder) => ladder.id === id)?.steps).toEqual(steps);
  });

  it("the standing band ladder goes banded side step → lateral walk → monster walk or band side kick", () => {
    const steps = ladders.find((ladder) => ladder.id === "standing-band")?.steps ?? [];
    expect(steps.slice(0, 2)).toEqual(["banded-side-step", "band-lateral-walk"]);
    expect(["monster-walk", "band-side-kick"]).toContain(steps[2]);
  });

  it("never puts a step with lower gluteus medius EMG above one with higher EMG", () => {
    const inversions = ladders.flatMap((ladder) =>
      ladder.steps.flatMap((lowerId, lowerIndex) =>
        ladder.steps.slice(lowerIndex + 1).flatMap((higherId) => {
          const lower = peakGmedPct(exercise(lowerId));
          const higher = peakGmedPct(exercise(higherId));
          return lower !== undefined && higher !== undefined && lower >= higher
            ? [`${ladder.id}: ${lowerId} ≥ ${higherId}`]
            : [];
        }),
      ),
    );
    expect(inversions).toEqual([]);
  });

  it("gives the side-lying abduction ladder a GMed value at every step but the banded clamshell, so the order is checked", () => {
    const steps = ladders.find((ladder) => ladder.id === "side-lying-abduction")!.steps;
    expect(steps.map((id) => peakGmedPct(exercise(id)) !== undefined)).toEqual([true, false, true, true]);
  });
});
