/**
 * The order of work within one exercise, from its dose: each set is done on the left, then (after a cue to
 * switch) on the right when the dose is per side, followed by the dose's rest. The last set has no rest.
 */
import type { Dose, SetSide } from "@hipcheck/core";

export type SessionStep =
  | { readonly kind: "work"; readonly set: number; readonly side: SetSide; readonly target: WorkTarget }
  | { readonly kind: "switch"; readonly set: number }
  | { readonly kind: "rest"; readonly set: number; readonly seconds: number };

/** Reps are counted by the person; holds and timed bouts are counted down by the player. */
export type WorkTarget =
  | { readonly mode: "reps"; readonly reps: number }
  | { readonly mode: "hold" | "timed"; readonly seconds: number };

function targetOf(dose: Dose): WorkTarget {
  switch (dose.mode) {
    case "reps":
      return { mode: "reps", reps: dose.reps };
    case "hold":
      return { mode: "hold", seconds: dose.holdSeconds };
    case "timed":
      return { mode: "timed", seconds: dose.durationSeconds };
  }
}

export function sessionSteps(dose: Dose): SessionStep[] {
  const target = targetOf(dose);
  const steps: SessionStep[] = [];
  for (let set = 1; set <= dose.sets; set += 1) {
    if (dose.perSide) {
      steps.push(
        { kind: "work", set, side: "left", target },
        { kind: "switch", set },
        { kind: "work", set, side: "right", target },
      );
    } else {
      steps.push({ kind: "work", set, side: "both", target });
    }
    if (set < dose.sets && dose.restSeconds > 0) steps.push({ kind: "rest", set, seconds: dose.restSeconds });
  }
  return steps;
}
