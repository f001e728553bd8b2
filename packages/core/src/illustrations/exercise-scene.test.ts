import { describe, expect, it } from "vitest";
import { exercises, findExercise } from "../knowledge/library.js";
import type { Equipment, Exercise } from "../knowledge/schema.js";
import { illustrationOf } from "./exercise-illustrations.js";
import { movementArrow, sceneParts } from "./exercise-scene.js";
import type { DrawnEquipment, ScenePart } from "./exercise-scene.js";
import { figurePoints } from "./figure-pose.js";

function sceneOf(exerciseId: string, pose: 0 | 1): { parts: ScenePart[]; floorY: number } {
  const drawing = illustrationOf(exerciseId)!;
  return {
    parts: sceneParts(drawing.equipment, drawing.poses[pose], drawing.view, drawing.floorY),
    floorY: drawing.floorY,
  };
}

describe("the floor and the equipment drawn with the figure", () => {
  it("keeps the banded clamshell's band just above both knees as the top knee lifts", () => {
    const drawing = illustrationOf("banded-clamshell")!;
    for (const pose of [0, 1] as const) {
      const points = figurePoints(drawing.poses[pose], drawing.view);
      const band = sceneOf("banded-clamshell", pose).parts.find((part) => part.role === "band");
      if (band?.shape !== "line") throw new Error("no band drawn");
      const nearLeft = Math.hypot(band.to.x - points.leftKnee.x, band.to.y - points.leftKnee.y);
      expect(
        Math.min(nearLeft, Math.hypot(band.from.x - points.leftKnee.x, band.from.y - points.leftKnee.y)),
      ).toBeLessThan(8);
    }
  });

  it("puts the monster walk's band around the ankles, below the knees", () => {
    const drawing = illustrationOf("monster-walk")!;
    const points = figurePoints(drawing.poses[0], drawing.view);
    const band = sceneOf("monster-walk", 0).parts.find((part) => part.role === "band");
    if (band?.shape !== "line") throw new Error("no band drawn");
    expect(band.from.y).toBeGreaterThan(points.leftKnee.y + 20);
  });

  it("rests the foam roller on the floor under the outer thigh, and draws a floor line under every figure", () => {
    const { parts, floorY } = sceneOf("foam-roll-it-band", 0);
    const roller = parts.find((part) => part.role === "roller");
    if (roller?.shape !== "circle") throw new Error("no roller drawn");
    expect(roller.centre.y + roller.radius).toBeCloseTo(floorY, 6);
    const points = figurePoints(illustrationOf("foam-roll-it-band")!.poses[0], "front");
    expect(Math.abs(roller.centre.x - points.rightHip.x)).toBeLessThan(20);
    for (const id of ["clamshell", "wall-sit", "hip-hike", "bridge"]) {
      expect(sceneOf(id, 0).parts.filter((part) => part.role === "floor")).toHaveLength(1);
    }
  });

  it("stands the wall behind the wall sit's back", () => {
    const drawing = illustrationOf("wall-sit")!;
    const points = figurePoints(drawing.poses[1], drawing.view);
    const wall = sceneOf("wall-sit", 1).parts.find((part) => part.role === "wall");
    if (wall?.shape !== "line") throw new Error("no wall drawn");
    expect(wall.from.x).toBeLessThan(points.leftHip.x);
    expect(points.leftHip.x - wall.from.x).toBeLessThan(20);
  });
});

describe("the arrow for the direction of the movement", () => {
  it("points up with the clamshell's top knee, and points nowhere when nothing moves", () => {
    const drawing = illustrationOf("clamshell")!;
    const start = figurePoints(drawing.poses[0], drawing.view);
    const end = figurePoints(drawing.poses[1], drawing.view);
    const arrow = movementArrow(start, end);
    if (arrow?.shape !== "arrow") throw new Error("no arrow");
    expect(arrow.to.y).toBeLessThan(arrow.from.y - 5);
    expect(movementArrow(start, start)).toBeUndefined();
  });
});

/** The drawn part that shows each item of the library's equipment list. */
const DRAWN_AS: Readonly<Record<Equipment, readonly DrawnEquipment["kind"][]>> = {
  mat: ["mat"],
  "therapy-balls": ["ball"],
  "foam-roller": ["roller"],
  "mini-band": ["loop-band"],
  "handled-band": ["handled-band"],
  "yoga-block": ["block"],
  "yoga-strap": ["strap"],
  wall: ["wall"],
  step: ["step"],
  chair: ["chair"],
  dumbbell: [],
};

/**
 * Props the steps mention in words, with the parts that may show each: a hand "on a wall or chair" is shown by
 * either. "Step" as a thing stands after "a", "the" or "low"; "step sideways" is a movement, not a prop.
 */
const PROPS_IN_WORDS: readonly {
  readonly words: RegExp;
  readonly kinds: readonly DrawnEquipment["kind"][];
}[] = [
  // "Sit the hips back as if onto a chair" compares; it needs no chair.
  { words: /(?<!as if onto a )\b(wall|chair|rail)\b/i, kinds: ["wall", "chair"] },
  { words: /\b(a|the|low) step\b/i, kinds: ["step"] },
  { words: /\btowel\b/i, kinds: ["towel"] },
  { words: /\bblock\b/i, kinds: ["block"] },
  { words: /\bstrap\b/i, kinds: ["strap"] },
  { words: /\bband\b/i, kinds: ["loop-band", "handled-band"] },
  { words: /\bball\b/i, kinds: ["ball"] },
  { words: /\broller\b/i, kinds: ["roller"] },
  { words: /\bmat\b/i, kinds: ["mat"] },
];

/** What an exercise's drawing lacks: each prop its equipment list or its steps name and no drawn part shows. */
function missingProps(exercise: Exercise, drawn: readonly DrawnEquipment[]): string[] {
  const kinds = new Set(drawn.map((item) => item.kind));
  const fromList = exercise.equipment
    .filter((item) => !DRAWN_AS[item].some((kind) => kinds.has(kind)))
    .map((item) => `equipment ${item}`);
  const steps = exercise.steps.map((step) => step.en).join(" ");
  const fromWords = PROPS_IN_WORDS.filter(
    (prop) => prop.words.test(steps) && !prop.kinds.some((kind) => kinds.has(kind)),
  ).map((prop) => `steps say ${String(steps.match(prop.words)?.[0])}`);
  return [...fromList, ...fromWords];
}

describe("every prop an exercise uses is drawn", () => {
  it("shows each item of the equipment list and each prop the steps name, for every exercise", () => {
    const missing = exercises.flatMap((exercise) =>
      missingProps(exercise, illustrationOf(exercise.id)?.equipment ?? []).map(
        (prop) => `${exercise.id}: ${prop}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it("fails a drawing that leaves out the step, the towel or the wall its steps name", () => {
    const stepDown = findExercise("step-down")!;
    expect(missingProps(stepDown, [])).toEqual(["equipment step", "steps say low step"]);
    const slides = findExercise("adductor-slides")!;
    expect(missingProps(slides, [{ kind: "wall", x: 186 }])).toEqual(["steps say towel"]);
  });

  it("puts the step under the step-down's standing foot, the free foot lowering beside it", () => {
    const drawing = illustrationOf("step-down")!;
    const step = sceneOf("step-down", 1).parts.find((part) => part.role === "step");
    if (step?.shape !== "rect") throw new Error("no step drawn");
    const down = figurePoints(drawing.poses[1], drawing.view);
    expect(Math.abs(down.leftAnkle.y + 1 - step.y)).toBeLessThan(3);
    expect(down.leftAnkle.x).toBeGreaterThan(step.x);
    expect(down.leftAnkle.x).toBeLessThan(step.x + step.width);
    expect(down.rightAnkle.x).toBeGreaterThan(step.x + step.width);
  });

  it("slides the towel with the adductor slide's moving foot, flat on the floor", () => {
    const drawing = illustrationOf("adductor-slides")!;
    for (const pose of [0, 1] as const) {
      const towel = sceneOf("adductor-slides", pose).parts.find((part) => part.role === "towel");
      if (towel?.shape !== "rect") throw new Error("no towel drawn");
      const foot = figurePoints(drawing.poses[pose], drawing.view).leftFootIndex;
      expect(foot.x).toBeGreaterThan(towel.x);
      expect(foot.x).toBeLessThan(towel.x + towel.width);
      expect(towel.y + towel.height).toBeCloseTo(drawing.floorY, 6);
    }
  });

  it("seats the seated rotation on a chair under the hips, the band from a low anchor to the working ankle", () => {
    const drawing = illustrationOf("seated-hip-external-rotation")!;
    const points = figurePoints(drawing.poses[0], drawing.view);
    const parts = sceneOf("seated-hip-external-rotation", 0).parts;
    const seat = parts.find((part) => part.role === "chair");
    if (seat?.shape !== "line") throw new Error("no chair drawn");
    expect(seat.from.y).toBeGreaterThan(points.leftHip.y);
    expect(seat.from.y - points.leftHip.y).toBeLessThan(6);
    const band = parts.find((part) => part.role === "band");
    if (band?.shape !== "line") throw new Error("no band drawn");
    expect(band.to).toEqual(points.leftAnkle);
    expect(band.from.x).toBeGreaterThan(points.leftAnkle.x);
  });
});
