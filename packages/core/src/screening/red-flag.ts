/**
 * The vocabulary of the red-flag screen: how urgent a sign is, and what one flag tells the person.
 * Tiers follow docs/clinical §7.2 (NHS Gloucestershire knee pathway, Cornwall referral criteria,
 * clinref.com knee red flags, patient.info "Hot swollen joints").
 */
import type { Localized } from "../shared/i18n.js";

/**
 * - `emergency`: same day, an emergency department (e.g. a hot swollen joint with fever).
 * - `urgent`: within a day or two, a doctor or an acute knee clinic (e.g. a locked knee).
 * - `soon`: within one to two weeks, a GP or a physiotherapist (e.g. signs of inflammatory arthritis).
 */
export const RED_FLAG_TIERS = ["emergency", "urgent", "soon"] as const;
export type RedFlagTier = (typeof RED_FLAG_TIERS)[number];

export type RedFlag = {
  /** Stable kebab-case id, e.g. `hot-swollen-knee-with-fever` or `ottawa-x-ray`. */
  readonly id: string;
  readonly tier: RedFlagTier;
  /**
   * Whether the exercise program waits until the person has been seen. Always true for `emergency` and
   * `urgent`; a `soon` sign stops it only when exercising before an examination is not sensible (a child under
   * 12, a knee that gives way without an injury).
   */
  readonly stopsProgram: boolean;
  /** Why this sign needs a clinician, in plain words. Never a diagnosis. */
  readonly reason: Localized;
  /** Where to go: the service, and what it should look at (the hip, the knee, the leg veins). */
  readonly whoToSee: Localized;
  readonly howSoon: Localized;
  /** What to do now, in one or two sentences a frightened person can follow: where, how soon, what meanwhile. */
  readonly advice: Localized;
  /** Where the rule comes from (a citation in the clinical research notes). */
  readonly source: string;
};

/** 0 = most severe. */
export function tierRank(tier: RedFlagTier | "none"): number {
  return tier === "none" ? RED_FLAG_TIERS.length : RED_FLAG_TIERS.indexOf(tier);
}

export function mostSevereTier(flags: readonly RedFlag[]): RedFlagTier | "none" {
  return flags.reduce<RedFlagTier | "none">(
    (worst, flag) => (tierRank(flag.tier) < tierRank(worst) ? flag.tier : worst),
    "none",
  );
}
