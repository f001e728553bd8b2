/**
 * The follow-along tempo of each exercise: seconds to lift, hold and lower one repetition, the time given to
 * change sides, and the rest between sets. One set of figures for every shell: the web player paces with it, the
 * CLI and the printed handout state it. Where an exercise's own steps or cues state a timing, the figure is
 * quoted from them (and the test checks the quote is still in the text); else the default slow, controlled pace
 * for people new to strength work applies (docs/clinical §5.3, ACSM 2009).
 */
import type { Localized } from "../shared/i18n.js";
import { illustrationOf } from "../illustrations/exercise-illustrations.js";
import { findExercise } from "./library.js";
import type { Dose, Exercise, Position } from "./schema.js";

export type ExerciseTempo = {
  /** Whether the first move, into the movement's pose, lifts (a bridge, a clamshell) or lowers (a squat). */
  readonly firstMove: "lift" | "lower";
  /** Seconds of the first move, into the movement's pose (key pose 2 of the drawing). */
  readonly upSeconds: number;
  readonly holdSeconds: number;
  /** Seconds of the way back to the start. */
  readonly downSeconds: number;
  /** Time given to change sides between the two sides of a per-side exercise; 0 when both sides work together. */
  readonly switchSidesSeconds: number;
  /** Rest between sets: the dose's own (progression may change it). */
  readonly restSeconds: number;
  /** The step or cue the timing is read from, in both languages; null when the default pace applies. */
  readonly statedIn: Localized | null;
  /** The source of the figures: the exercise's own source for a stated timing, else the dosing section. */
  readonly source: string;
};

type StatedTempo = {
  readonly upSeconds: number;
  readonly holdSeconds: number;
  readonly downSeconds: number;
  /** The English words of the exercise's step or cue that state the timing. */
  readonly quote: string;
};

/**
 * Two seconds up and two down: a slow to moderate pace suits people new to strength work (docs/clinical §5.3,
 * Ratamess NA et al., ACSM position stand 2009).
 */
export const DEFAULT_TEMPO = { upSeconds: 2, holdSeconds: 0, downSeconds: 2 } as const;
const DEFAULT_TEMPO_SOURCE = "docs/clinical §5.3 (Ratamess NA et al., ACSM position stand 2009)";

/** The timings the exercises' steps and cues state (seeds 000–004, as listed in each exercise's sources). */
export const STATED_TEMPO: Readonly<Record<string, StatedTempo>> = {
  bridge: {
    upSeconds: 2,
    holdSeconds: 2,
    downSeconds: 2,
    quote: "Hold two seconds at the top and roll down slowly",
  },
  "banded-clamshell": { upSeconds: 2, holdSeconds: 1, downSeconds: 2, quote: "hold a second, lower slowly" },
  "abductor-lifts": { upSeconds: 2, holdSeconds: 1, downSeconds: 2, quote: "pause, and lower it slowly" },
  "side-lying-leg-lift": {
    upSeconds: 2,
    holdSeconds: 0,
    downSeconds: 3,
    quote: "lower it over two to three seconds",
  },
  "straight-leg-raise": {
    upSeconds: 2,
    holdSeconds: 1,
    downSeconds: 3,
    quote: "Lower slowly, taking two to three seconds",
  },
  "single-leg-squat": { upSeconds: 2, holdSeconds: 0, downSeconds: 2, quote: "over about 2 seconds" },
  // The step-down's first move is the lowering.
  "step-down": { upSeconds: 3, holdSeconds: 0, downSeconds: 2, quote: "over about 3 seconds" },
};

/**
 * Changing sides: on the feet, a few seconds to shift the weight; on the floor, time to turn over; with a band
 * threaded through the feet, time to thread it the other way (decision 0350: a player's figure, not a clinical one).
 */
function switchSidesSeconds(exercise: Exercise): number {
  if (!exercise.dose.perSide) return 0;
  if (exercise.equipment.includes("handled-band")) return 20;
  const onTheFeet: readonly Position[] = ["standing"];
  return onTheFeet.includes(exercise.position) ? 5 : 10;
}

/**
 * On the feet, a movement whose pose drops the pelvis (a squat, a step-down) lowers first and comes back up; every
 * other movement lifts first. Read from the exercise's own drawing (8 units is about 3 cm at the figure's scale).
 */
function firstMoveOf(exercise: Exercise): "lift" | "lower" {
  const poses = illustrationOf(exercise.id)?.poses;
  if (poses === undefined || exercise.position !== "standing") return "lift";
  return poses[1].pelvis[1] - poses[0].pelvis[1] > 8 ? "lower" : "lift";
}

function statedIn(exercise: Exercise, quote: string): Localized | undefined {
  return [...exercise.steps, ...exercise.cues].find((text) => text.en.includes(quote));
}

/** The tempo of an exercise as planned with `dose` (its library dose by default). */
export function exerciseTempo(exercise: Exercise, dose: Dose = exercise.dose): ExerciseTempo {
  const stated = STATED_TEMPO[exercise.id];
  const text = stated === undefined ? undefined : statedIn(exercise, stated.quote);
  const common = {
    firstMove: firstMoveOf(exercise),
    switchSidesSeconds: switchSidesSeconds(exercise),
    restSeconds: dose.restSeconds,
  };
  if (stated === undefined || text === undefined) {
    return { ...DEFAULT_TEMPO, ...common, statedIn: null, source: DEFAULT_TEMPO_SOURCE };
  }
  return {
    ...common,
    upSeconds: stated.upSeconds,
    holdSeconds: stated.holdSeconds,
    downSeconds: stated.downSeconds,
    statedIn: text,
    source: exercise.sources[0] ?? DEFAULT_TEMPO_SOURCE,
  };
}

/** The tempo of a library exercise by id; undefined for an id the library lacks. */
export function tempoOfExercise(exerciseId: string, dose?: Dose): ExerciseTempo | undefined {
  const exercise = findExercise(exerciseId);
  return exercise === undefined ? undefined : exerciseTempo(exercise, dose);
}
