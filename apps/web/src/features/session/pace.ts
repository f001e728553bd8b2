/**
 * The follow-along pace of a set of repetitions: how long to lift, hold and lower, and where in the set a moment
 * falls. The pace counts repetitions for the person; the number they log is theirs, and the pace only offers its
 * count. Pure: the player passes the time elapsed.
 */
export type Tempo = { readonly upMs: number; readonly holdMs: number; readonly downMs: number };

/**
 * Two seconds up and two down unless the exercise's own steps say otherwise: a slow, controlled pace suits people
 * new to strength work (docs/clinical §5.3, ACSM 2009), and the steps' own timings come from their seeds.
 */
export const DEFAULT_TEMPO: Tempo = { upMs: 2000, holdMs: 0, downMs: 2000 };

/** The timings the exercises' steps state (knowledge base `steps`), quoted beside each. */
const TEMPO_FROM_STEPS: Readonly<Record<string, Tempo>> = {
  // "Hold two seconds at the top and roll down slowly."
  bridge: { upMs: 2000, holdMs: 2000, downMs: 2000 },
  "single-leg-bridge": { upMs: 2000, holdMs: 1000, downMs: 2000 },
  // "lift the top knee against the band, hold a second, lower slowly"
  "banded-clamshell": { upMs: 2000, holdMs: 1000, downMs: 2000 },
  // "Lift the top leg to about hip height, pause, and lower it slowly"
  "abductor-lifts": { upMs: 2000, holdMs: 1000, downMs: 2000 },
  // "Lift the top leg to about 30°, heel leading, then lower it over two to three seconds."
  "side-lying-leg-lift": { upMs: 2000, holdMs: 0, downMs: 3000 },
  // "lift the leg to the height of the bent knee, pause, and lower it slowly"
  "straight-leg-raise": { upMs: 2000, holdMs: 1000, downMs: 2000 },
  // "Bend the standing knee and hip over about 2 seconds"
  "single-leg-squat": { upMs: 2000, holdMs: 0, downMs: 2000 },
  // "lower the free heel toward the floor over about 3 seconds"
  "step-down": { upMs: 2000, holdMs: 0, downMs: 3000 },
};

export function tempoOf(exerciseId: string): Tempo {
  return TEMPO_FROM_STEPS[exerciseId] ?? DEFAULT_TEMPO;
}

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

function repMs(tempo: Tempo): number {
  return tempo.upMs + tempo.holdMs + tempo.downMs;
}

/** Where the pace is after `elapsedMs` of a set of `reps` repetitions. */
export function paceAt(tempo: Tempo, reps: number, elapsedMs: number): PaceMoment {
  const each = repMs(tempo);
  const done = Math.floor(Math.max(0, elapsedMs) / each);
  if (done >= reps) return { kind: "done", reps };
  const within = Math.max(0, elapsedMs) - done * each;
  const [phase, phaseEndMs] =
    within < tempo.upMs
      ? (["up", tempo.upMs] as const)
      : within < tempo.upMs + tempo.holdMs
        ? (["hold", tempo.upMs + tempo.holdMs] as const)
        : (["down", each] as const);
  return { kind: "rep", rep: done + 1, phase, secondsLeft: Math.ceil((phaseEndMs - within) / 1000) };
}

/** Repetitions the pace has completed after `elapsedMs`: what it offers when the person stops it. */
export function repsCounted(tempo: Tempo, reps: number, elapsedMs: number): number {
  return Math.min(reps, Math.floor(Math.max(0, elapsedMs) / repMs(tempo)));
}
