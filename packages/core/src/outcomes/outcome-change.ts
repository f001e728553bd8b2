/**
 * The answer to "did it really change?" for an outcome measure. A change smaller than the measure's minimal
 * important change is "no-real-change": day-to-day wobble is not chased (docs/clinical §6).
 */
import type { Localized } from "../shared/i18n.js";

export type ChangeKind = "better" | "worse" | "no-real-change";

export type OutcomeChange = {
  readonly change: ChangeKind;
  /** after − before, in the measure's points (for pain, negative = less pain). */
  readonly deltaPoints: number;
  /** The change as a percentage of the first score, one decimal; null when the first score is 0. */
  readonly deltaPct: number | null;
  readonly explanation: Localized;
};

/**
 * `improvementSign` is −1 when a lower score is better (pain) and +1 when a higher score is better (function).
 * `reachesThreshold` says whether the size of the change reaches the minimal important change.
 */
export function changeKindOf(
  deltaPoints: number,
  improvementSign: 1 | -1,
  reachesThreshold: boolean,
): ChangeKind {
  if (!reachesThreshold || deltaPoints === 0) return "no-real-change";
  return Math.sign(deltaPoints) === improvementSign ? "better" : "worse";
}

export function percentChange(before: number, after: number): number | null {
  return before === 0 ? null : Math.round(((after - before) / before) * 1000) / 10;
}
