/**
 * The knowledge base: anatomy, the exercise library and progression ladders. The content lives in JSON under
 * `data/` so clinicians can review it without reading code; it is parsed with the zod schemas when this module
 * loads. A malformed file is a bug in the product, not an expected failure, so parsing throws.
 */
import { z } from "zod";
import exerciseData from "./data/exercises.json" with { type: "json" };
import ladderData from "./data/ladders.json" with { type: "json" };
import structureData from "./data/structures.json" with { type: "json" };
import {
  type Equipment,
  ExerciseSchema,
  LadderSchema,
  StructureSchema,
  type Exercise,
  type Ladder,
  type Structure,
} from "./schema.js";

export const structures: readonly Structure[] = z.array(StructureSchema).parse(structureData);
export const exercises: readonly Exercise[] = z.array(ExerciseSchema).parse(exerciseData);
export const ladders: readonly Ladder[] = z.array(LadderSchema).parse(ladderData);

const exerciseById = new Map(exercises.map((exercise) => [exercise.id, exercise]));
const structureById = new Map(structures.map((structure) => [structure.id, structure]));

export function findExercise(id: string): Exercise | undefined {
  return exerciseById.get(id);
}

export function findStructure(id: string): Structure | undefined {
  return structureById.get(id);
}

/** The ladder an exercise sits on and its position (0 = easiest); an exercise sits on at most one ladder. */
export function ladderOf(exerciseId: string): { ladder: Ladder; index: number } | undefined {
  for (const ladder of ladders) {
    const index = ladder.steps.indexOf(exerciseId);
    if (index >= 0) return { ladder, index };
  }
  return undefined;
}

function stepFrom(exerciseId: string, offset: 1 | -1): Exercise | undefined {
  const placement = ladderOf(exerciseId);
  if (placement === undefined) return undefined;
  const stepId = placement.ladder.steps[placement.index + offset];
  return stepId === undefined ? undefined : findExercise(stepId);
}

/** Progression: the next, harder step on the exercise's ladder; undefined at the top or off any ladder. */
export function nextOnLadder(exerciseId: string): Exercise | undefined {
  return stepFrom(exerciseId, 1);
}

/** Regression: the previous, easier step on the exercise's ladder; undefined at the bottom or off any ladder. */
export function previousOnLadder(exerciseId: string): Exercise | undefined {
  return stepFrom(exerciseId, -1);
}

/**
 * Exercises that name this structure among their targets, in any role (including stretched or released).
 * Only direct targets count: a group such as `hamstrings` does not pull in exercises aimed at one of its members.
 */
export function exercisesTargeting(structureId: string): readonly Exercise[] {
  return exercises.filter((exercise) =>
    exercise.targets.some((target) => target.structureId === structureId),
  );
}

/**
 * The equipment an exercise would use with what the person has: the first choice when it is all at hand, else the
 * first complete alternative; `undefined` when no set is complete.
 */
export function equipmentInUse(
  exercise: Exercise,
  available: ReadonlySet<Equipment>,
): readonly Equipment[] | undefined {
  return [exercise.equipment, ...(exercise.equipmentAlternatives ?? [])].find((set) =>
    set.every((item) => available.has(item)),
  );
}
