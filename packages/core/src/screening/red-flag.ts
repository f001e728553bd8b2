/**
 * The vocabulary of the red-flag screen: how urgent a sign is, and what one flag tells the person.
 * Tiers follow the docs/clinical §7.2 (NHS Gloucestershire knee pathway, Cornwall referral criteria,
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
  /** Why this sign needs a clinician, in plain words. Never a diagnosis. */
  readonly reason: Localized;
  readonly whoToSee: Localized;
  readonly howSoon: Localized;
  /** Where the rule comes from (a citation in docs/clinical). */
  readonly source: string;
};

/** 0 = most severe. */
export function tierRank(tier: RedFlagTier | "none"): number {
  return tier === "none" ? RED_FLAG_TIERS.length : RED_FLAG_TIERS.indexOf(tier);
}

/** Emergency and urgent signs stop self-management (docs/clinical §7.2, "Software behaviour"). */
export function isBlockingTier(tier: RedFlagTier | "none"): boolean {
  return tier === "emergency" || tier === "urgent";
}

export function mostSevereTier(flags: readonly RedFlag[]): RedFlagTier | "none" {
  return flags.reduce<RedFlagTier | "none">(
    (worst, flag) => (tierRank(flag.tier) < tierRank(worst) ? flag.tier : worst),
    "none",
  );
}
