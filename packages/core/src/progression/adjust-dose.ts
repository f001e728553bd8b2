/**
 * Dose changes when there is no ladder step to move to. Reps, held positions and timed bouts change in their own
 * units: reps by whole reps, holds and bouts by seconds.
 */
import type { Dose } from "../knowledge/schema.js";

/**
 * Extra reps per step at the top of a ladder. ACSM 2009 and the NSCA 2-for-2 rule raise the *load* (2–10%) once
 * 1–2 reps above target are done (docs/clinical §5.3, #23); most library exercises are body weight, with no load to
 * raise, so the top step adds a small, fixed number of reps instead. The number is ours (derived), not a source's.
 */
export const REPS_STEP = 2;
/** Holds and timed bouts grow or shrink by a fifth (about the 2 extra reps of a 10-rep set), at least 5 s. */
export const TIME_STEP_FRACTION = 0.2;
export const TIME_STEP_MIN_SECONDS = 5;
/** A reduction takes off about a quarter: enough to change how the knee answers, not so much the work is lost. */
export const REDUCE_FRACTION = 0.25;

function timeStep(seconds: number): number {
  return Math.max(TIME_STEP_MIN_SECONDS, Math.round(seconds * TIME_STEP_FRACTION));
}

export function increaseDose(dose: Dose): Dose {
  switch (dose.mode) {
    case "reps":
      return { ...dose, reps: dose.reps + REPS_STEP };
    case "hold":
      return { ...dose, holdSeconds: dose.holdSeconds + timeStep(dose.holdSeconds) };
    case "timed":
      return { ...dose, durationSeconds: dose.durationSeconds + timeStep(dose.durationSeconds) };
  }
}

/** The reduced dose, or `undefined` when the dose is already as small as it usefully gets. */
export function reduceDose(dose: Dose): Dose | undefined {
  switch (dose.mode) {
    case "reps": {
      const reps = Math.max(1, dose.reps - Math.max(1, Math.floor(dose.reps * REDUCE_FRACTION)));
      return reps < dose.reps ? { ...dose, reps } : undefined;
    }
    case "hold": {
      const holdSeconds = Math.max(
        TIME_STEP_MIN_SECONDS,
        Math.round(dose.holdSeconds * (1 - REDUCE_FRACTION)),
      );
      return holdSeconds < dose.holdSeconds ? { ...dose, holdSeconds } : undefined;
    }
    case "timed": {
      const durationSeconds = Math.max(
        TIME_STEP_MIN_SECONDS,
        Math.round(dose.durationSeconds * (1 - REDUCE_FRACTION)),
      );
      return durationSeconds < dose.durationSeconds ? { ...dose, durationSeconds } : undefined;
    }
  }
}
