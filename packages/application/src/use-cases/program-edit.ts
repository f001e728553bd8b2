/**
 * Hand edits of a program by the person or their coach: swap an exercise, change its dose, or move it one step
 * along its ladder. Edits apply from today on; sessions already past stay as they were planned.
 */
import {
  DoseSchema,
  err,
  findExercise,
  ladderOf,
  ok,
  parseWith,
  type HipError,
  type IsoDate,
  type PlannedExercise,
  type Program,
  type ProgramChange,
  type Result,
  type Dose,
} from "@hipcheck/core";
import { invalid } from "./access.js";

export type EditOutcome = { readonly program: Program; readonly change: ProgramChange };

function mapFutureExercises(
  program: Program,
  today: IsoDate,
  exerciseId: string,
  update: (exercise: PlannedExercise) => PlannedExercise,
): Program {
  const apply = (exercise: PlannedExercise) =>
    exercise.exerciseId === exerciseId ? update(exercise) : exercise;
  return {
    ...program,
    sessions: program.sessions.map((session) =>
      session.date >= today ? { ...session, exercises: session.exercises.map(apply) } : session,
    ),
    warmUp: program.warmUp.map(apply),
  };
}

function plannedFromToday(program: Program, today: IsoDate, exerciseId: string): PlannedExercise | undefined {
  const upcoming = program.sessions.filter((session) => session.date >= today).flatMap((s) => s.exercises);
  return [...upcoming, ...program.warmUp].find((exercise) => exercise.exerciseId === exerciseId);
}

function ladderNeighbour(
  exerciseId: string,
  direction: "up" | "down",
): Result<{ id: string; ladderId: string }, HipError> {
  const position = ladderOf(exerciseId);
  if (!position) return err(invalid(`${exerciseId} is not on a progression ladder.`, "edit.exerciseId"));
  const steps = position.ladder.steps;
  const next = steps[position.index + (direction === "up" ? 1 : -1)];
  if (next === undefined) {
    const end = direction === "up" ? "top" : "bottom";
    return err(invalid(`${exerciseId} is already at the ${end} of its ladder.`, "edit.direction"));
  }
  return ok({ id: next, ladderId: position.ladder.id });
}

export function applyProgramEdit(
  program: Program,
  edit: ProgramEdit,
  today: IsoDate,
): Result<EditOutcome, HipError> {
  const current = plannedFromToday(program, today, edit.exerciseId);
  if (!current) {
    return err(invalid(`${edit.exerciseId} is not in the sessions still to come.`, "edit.exerciseId"));
  }
  switch (edit.type) {
    case "swap-exercise": {
      if (!findExercise(edit.toExerciseId)) {
        return err(invalid(`There is no exercise ${edit.toExerciseId} in the library.`, "edit.toExerciseId"));
      }
      const position = ladderOf(edit.toExerciseId);
      const swapped = (exercise: PlannedExercise): PlannedExercise => {
        const next: PlannedExercise = { ...exercise, exerciseId: edit.toExerciseId };
        // The new exercise sits on its own ladder, or on none.
        if (position) next.ladderId = position.ladder.id;
        else delete next.ladderId;
        return next;
      };
      return ok({
        program: mapFutureExercises(program, today, edit.exerciseId, swapped),
        change: { exerciseId: edit.exerciseId, from: edit.exerciseId, to: edit.toExerciseId },
      });
    }
    case "change-dose": {
      const dose = parseWith(DoseSchema, edit.dose);
      if (!dose.ok) {
        return err({ ...dose.error, field: `edit.dose${dose.error.field ? `.${dose.error.field}` : ""}` });
      }
      return ok({
        program: mapFutureExercises(program, today, edit.exerciseId, (exercise) => ({
          ...exercise,
          dose: dose.value,
        })),
        change: { exerciseId: edit.exerciseId, from: current.dose, to: dose.value },
      });
    }
    case "ladder-step": {
      const neighbour = ladderNeighbour(edit.exerciseId, edit.direction);
      if (!neighbour.ok) return neighbour;
      return ok({
        program: mapFutureExercises(program, today, edit.exerciseId, (exercise) => ({
          ...exercise,
          exerciseId: neighbour.value.id,
          ladderId: neighbour.value.ladderId,
        })),
        change: { exerciseId: edit.exerciseId, from: edit.exerciseId, to: neighbour.value.id },
      });
    }
  }
}

/** A hand edit by the person or their coach; `reason` is shown to the person. */
export type ProgramEdit =
  | { readonly type: "swap-exercise"; readonly exerciseId: string; readonly toExerciseId: string }
  | { readonly type: "change-dose"; readonly exerciseId: string; readonly dose: Dose }
  | { readonly type: "ladder-step"; readonly exerciseId: string; readonly direction: "up" | "down" };
