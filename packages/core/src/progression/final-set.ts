/**
 * The "2-for-2" rule (Baechle & Earle, NSCA Essentials of Strength Training and Conditioning; docs/clinical §5.3):
 * when the final set beats the target by 2 reps or more in 2 consecutive sessions, the load goes up.
 * Holds and timed bouts have no reps, so they must beat the target by the same share of work: a fifth (2 reps of a
 * 10-rep set), at least 5 s. Per-side work counts the weaker side: both legs must be ready before either progresses.
 */
import type { Dose } from "../knowledge/schema.js";
import type { LoggedSet, SessionEntry } from "../sessions/schema.js";
import { TIME_STEP_FRACTION, TIME_STEP_MIN_SECONDS } from "./adjust-dose.js";

export const TWO_FOR_TWO_EXTRA_REPS = 2;
export const TWO_FOR_TWO_SESSIONS = 2;

function amountOf(set: LoggedSet, dose: Dose): number | undefined {
  switch (dose.mode) {
    case "reps":
      return set.reps;
    case "hold":
      return set.holdSeconds;
    case "timed":
      return set.durationSeconds;
  }
}

function targetOf(dose: Dose): number {
  switch (dose.mode) {
    case "reps":
      return dose.reps;
    case "hold":
      return dose.holdSeconds;
    case "timed":
      return dose.durationSeconds;
  }
}

/** The surplus needed, in the dose's own unit (reps or seconds). */
export function requiredSurplus(dose: Dose): number {
  if (dose.mode === "reps") return TWO_FOR_TWO_EXTRA_REPS;
  return Math.max(TIME_STEP_MIN_SECONDS, Math.round(targetOf(dose) * TIME_STEP_FRACTION));
}

function finalSets(entry: SessionEntry, dose: Dose): (LoggedSet | undefined)[] {
  if (!dose.perSide) return [entry.sets.at(-1)];
  return (["left", "right"] as const).map((side) =>
    entry.sets.filter((set) => set.side === side || set.side === "both").at(-1),
  );
}

/**
 * How far the final set went beyond the target, in reps or seconds; for per-side work, the smaller of the two
 * sides. `undefined` when the final set (or one side's) was not logged with the amount the dose asks for.
 */
export function finalSetSurplus(entry: SessionEntry, dose: Dose): number | undefined {
  const amounts = finalSets(entry, dose).map((set) => (set === undefined ? undefined : amountOf(set, dose)));
  if (amounts.length === 0 || amounts.some((amount) => amount === undefined)) return undefined;
  return Math.min(...amounts.map((amount) => (amount ?? 0) - targetOf(dose)));
}

export function beatTarget(entry: SessionEntry, dose: Dose): boolean {
  const surplus = finalSetSurplus(entry, dose);
  return surplus !== undefined && surplus >= requiredSurplus(dose);
}
