/**
 * The red-flag screen: which answers need a clinician instead of self-management, whom to see and how soon.
 * docs/clinical §7 (referral tiers §7.2, Ottawa knee rules §7.1). Any emergency or urgent flag stops
 * the program until the person has been seen and screens again (docs/clinical §7.2, "Software behaviour").
 */
import type { Answers, RedFlagAnswers } from "../intake/answers.js";
import type { Localized } from "../shared/i18n.js";
import { assertNprsScore, NPRS_MCID_POINTS } from "../outcomes/nprs.js";
import {
  evaluateOttawaKneeRules,
  OTTAWA_NO_X_RAY_ADVICE,
  ottawaXRayFlag,
  type OttawaKneeRuleResult,
} from "./ottawa-knee-rules.js";
import { isBlockingTier, mostSevereTier, tierRank, type RedFlag, type RedFlagTier } from "./red-flag.js";
import { ADULT_HIP_SIGNS_FLAG, CHILD_HIP_SIGNS_FLAG, RED_FLAG_CATALOGUE } from "./red-flag-catalogue.js";

/** The SCFE pathway is for children and adolescents (docs/clinical §7.2). */
const ADULT_AGE_YEARS = 18;

export type RedFlagScreen = {
  /** The most severe tier among the flags, or `none`. */
  readonly tier: RedFlagTier | "none";
  /** Most severe first. */
  readonly flags: readonly RedFlag[];
  /** false when any emergency or urgent flag: no program may be generated until re-screened */
  readonly selfManagementAllowed: boolean;
  readonly advice: Localized;
  readonly ottawa: OttawaKneeRuleResult;
};

const TIER_ADVICE: Readonly<Record<RedFlagTier | "none", Localized>> = {
  emergency: {
    en: "Some of your answers are signs that need a clinician to look at your knee today. Go to an emergency department now, or call your local emergency number. Do not start the exercise program.",
    fr: "Certaines de vos réponses sont des signes qu'un soignant doit examiner aujourd'hui. Allez aux urgences maintenant, ou appelez votre numéro d'urgence local. Ne commencez pas le programme d'exercices.",
  },
  urgent: {
    en: "Some of your answers are signs that need a clinician to look at your knee. See a doctor or an acute knee clinic within a day or two — today for an X-ray after an injury. The exercise program waits until you have been seen and answer these questions again.",
    fr: "Certaines de vos réponses sont des signes qu'un soignant doit examiner. Consultez un médecin ou une consultation d'urgence du genou dans un jour ou deux — aujourd'hui pour une radiographie après une blessure. Le programme d'exercices attend que vous ayez été examiné·e et que vous répondiez à nouveau à ces questions.",
  },
  soon: {
    en: "Some of your answers are worth a clinician's look. Book an appointment with your GP or a physiotherapist in the next one to two weeks. You may keep exercising gently meanwhile; stop and answer these questions again if the pain rises sharply.",
    fr: "Certaines de vos réponses méritent l'avis d'un soignant. Prenez rendez-vous avec votre médecin traitant ou un kinésithérapeute dans les une à deux semaines. Vous pouvez continuer à bouger en douceur en attendant ; arrêtez et répondez à nouveau à ces questions si la douleur augmente nettement.",
  },
  none: {
    en: "None of your answers is a warning sign. This screen does not replace an examination: if a new sign appears, answer these questions again.",
    fr: "Aucune de vos réponses n'est un signe d'alerte. Ce dépistage ne remplace pas un examen : si un nouveau signe apparaît, répondez à nouveau à ces questions.",
  },
};

function answeredFlags(redFlags: RedFlagAnswers, ageYears: number): RedFlag[] {
  const flags = Object.entries(RED_FLAG_CATALOGUE)
    .filter(([question]) => redFlags[question as keyof typeof RED_FLAG_CATALOGUE])
    .map(([, flag]) => flag);
  if (redFlags.childLimpOrHipPain) {
    flags.push(ageYears < ADULT_AGE_YEARS ? CHILD_HIP_SIGNS_FLAG : ADULT_HIP_SIGNS_FLAG);
  }
  return flags;
}

function joinAdvice(parts: readonly Localized[]): Localized {
  return { en: parts.map((part) => part.en).join(" "), fr: parts.map((part) => part.fr).join(" ") };
}

export function screenRedFlags(answers: Answers): RedFlagScreen {
  const ottawa = evaluateOttawaKneeRules(answers);
  const flags = answeredFlags(answers.redFlags, answers.person.ageYears);
  if (ottawa.status === "x-ray-indicated") flags.push(ottawaXRayFlag(ottawa.criteria));
  // Array.prototype.sort is stable, so flags of one tier keep the question order.
  const sorted = flags.sort((a, b) => tierRank(a.tier) - tierRank(b.tier));
  const tier = mostSevereTier(sorted);
  const blocked = isBlockingTier(tier);
  const advice =
    ottawa.status === "x-ray-not-indicated" && !blocked
      ? joinAdvice([TIER_ADVICE[tier], OTTAWA_NO_X_RAY_ADVICE])
      : TIER_ADVICE[tier];
  return { tier, flags: sorted, selfManagementAllowed: !blocked, advice, ottawa };
}

/**
 * Pain in the 0–2 band is "safe" in the pain-monitoring model (Silbernagel 2007, docs/clinical §5.4), so a rise that
 * ends there does not call for a new screen.
 */
export const PAIN_SAFE_MAX = 2;

/**
 * A sharp rise in pain sends the person back to the red-flag questions before the next session (docs/clinical §7.2,
 * "re-screen whenever a pain score rises sharply"). Sharp = at least the minimal important change on the
 * 0–10 NPRS (2 points, Farrar 2001) and ending above the safe band. Both scores are 0–10 integers.
 */
export function isRescreenNeeded(previousPain: number, currentPain: number): boolean {
  assertNprsScore(previousPain);
  assertNprsScore(currentPain);
  return currentPain - previousPain >= NPRS_MCID_POINTS && currentPain > PAIN_SAFE_MAX;
}
