/**
 * Where a follow-along pace is in a set of repetitions: lifting, holding or lowering which repetition, and how
 * many whole seconds are left in that phase. Pure: the player passes the time elapsed. The pace counts
 * repetitions for the person; the number they log stays theirs.
 */
import type { ExerciseTempo } from "../knowledge/exercise-tempo.js";

export type PacePhase = "up" | "hold" | "down";

export type PaceMoment =
  | {
      readonly kind: "rep";
      /** 1-based: the repetition being done. */
      readonly rep: number;
      readonly phase: PacePhase;
      /** Whole seconds left in this phase, counted down (3, 2, 1). */
      readonly secondsLeft: number;
    }
  | { readonly kind: "done"; readonly reps: number };

type RepTempo = Pick<ExerciseTempo, "upSeconds" | "holdSeconds" | "downSeconds">;

function repMs(tempo: RepTempo): number {
  return (tempo.upSeconds + tempo.holdSeconds + tempo.downSeconds) * 1000;
}

/** Where the pace is after `elapsedMs` of a set of `reps` repetitions. */
export function paceAt(tempo: RepTempo, reps: number, elapsedMs: number): PaceMoment {
  const each = repMs(tempo);
  const elapsed = Math.max(0, elapsedMs);
  const done = Math.floor(elapsed / each);
  if (done >= reps) return { kind: "done", reps };
  const within = elapsed - done * each;
  const upEndMs = tempo.upSeconds * 1000;
  const holdEndMs = upEndMs + tempo.holdSeconds * 1000;
  const [phase, phaseEndMs] =
    within < upEndMs
      ? (["up", upEndMs] as const)
      : within < holdEndMs
        ? (["hold", holdEndMs] as const)
        : (["down", each] as const);
  return { kind: "rep", rep: done + 1, phase, secondsLeft: Math.ceil((phaseEndMs - within) / 1000) };
}

/** Repetitions the pace has completed after `elapsedMs`: what it offers when the person stops it. */
export function repsCounted(tempo: RepTempo, reps: number, elapsedMs: number): number {
  return Math.min(reps, Math.floor(Math.max(0, elapsedMs) / repMs(tempo)));
}
