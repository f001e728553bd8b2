/** Rough duration of planned exercises, to keep sessions within 20–35 minutes and the warm-up within 8. */
import type { Dose } from "../knowledge/schema.js";
import type { PlannedExercise } from "./schema.js";

/** Slow, controlled reps (seed 003: "slow and controlled movements") take about 3 s each. */
export const SECONDS_PER_REP = 3;
/** Getting into position, fitting a band, switching sides. */
export const SETUP_SECONDS_PER_EXERCISE = 30;

function workSecondsPerSet(dose: Dose): number {
  switch (dose.mode) {
    case "reps":
      return dose.reps * SECONDS_PER_REP;
    case "hold":
      return dose.holdSeconds;
    case "timed":
      return dose.durationSeconds;
  }
}

export function exerciseSeconds(dose: Dose): number {
  const sides = dose.perSide ? 2 : 1;
  return SETUP_SECONDS_PER_EXERCISE + dose.sets * (workSecondsPerSet(dose) * sides + dose.restSeconds);
}

export function estimateMinutes(exercises: readonly PlannedExercise[]): number {
  const seconds = exercises.reduce((total, exercise) => total + exerciseSeconds(exercise.dose), 0);
  return Math.max(1, Math.round(seconds / 60));
}
