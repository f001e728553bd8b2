/**
 * The red-flag screen: which answers need a clinician instead of self-management, where to go, how soon and why.
 * docs/clinical §7 (referral tiers §7.2, Ottawa knee rules §7.1). A flag that stops the program (every emergency
 * and urgent one, and a few others) holds it until the person has been seen and screens again (docs/clinical
 * §7.2, "Software behaviour"). The advice is built from the flags themselves, never one paragraph per tier.
 */
import { redFlagsNotAskedOf, type Answers, type RedFlagAnswers } from "../intake/answers.js";
import { CLOT_RISK_QUESTIONS, isRedFlagQuestionAsked, type ClotRiskQuestion } from "../intake/questions.js";
import type { Localized } from "../shared/i18n.js";
import { assertNprsScore, NPRS_MCID_POINTS } from "../outcomes/nprs.js";
import {
  evaluateOttawaKneeRules,
  injurySignsPersistFlag,
  OTTAWA_NO_X_RAY_ADVICE,
  ottawaXRayFlag,
  persistingInjuryCriteria,
  type OttawaKneeRuleResult,
} from "./ottawa-knee-rules.js";
import { mostSevereTier, tierRank, type RedFlag, type RedFlagTier } from "./red-flag.js";
import { calfPainWithClotRiskFlag, flagForQuestion, type FlagQuestion } from "./red-flag-catalogue.js";
import {
  ADOLESCENT_CAUTION,
  clotRiskCaution,
  clotRisksText,
  isAdolescent,
  notAskedCaution,
  situationFlags,
} from "./situation-red-flags.js";

export type RedFlagScreen = {
  /** The most severe tier among the flags, or `none`. */
  readonly tier: RedFlagTier | "none";
  /** Most severe first. */
  readonly flags: readonly RedFlag[];
  /** false when any flag stops the program: no program may be generated until re-screened */
  readonly selfManagementAllowed: boolean;
  /**
   * Everything the person needs in one text: the advice of each most severe flag (where, how soon, what
   * meanwhile), what happens to the program, then any caution.
   */
  readonly advice: Localized;
  /** What happens to the exercise program now (waits, goes on gently, or goes on). */
  readonly nextStep: Localized;
  /** A teenager's caution (with a program), safety questions an older check-in never asked (always). */
  readonly cautions: readonly Localized[];
  readonly ottawa: OttawaKneeRuleResult;
};

const NEXT_STEP: Readonly<Record<"stopped" | "gently" | "none", Localized>> = {
  stopped: {
    en: "Do not start the exercise program: it waits until you have been seen. Then answer these questions again.",
    fr: "Ne commencez pas le programme d’exercices avant d’avoir consulté. Répondez ensuite à nouveau à ces questions.",
  },
  gently: {
    en: "You may keep exercising gently meanwhile; stop and answer these questions again if the pain rises sharply.",
    fr: "Vous pouvez continuer à bouger en douceur en attendant\u00a0; arrêtez et répondez à nouveau à ces questions si la douleur augmente nettement.",
  },
  none: {
    en: "None of your answers is a warning sign. This screen does not replace an examination: if a new sign appears, answer these questions again.",
    fr: "Aucune de vos réponses n’est un signe d’alerte. Ce dépistage ne remplace pas un examen\u00a0: si un nouveau signe apparaît, répondez à nouveau à ces questions.",
  },
};

const CLOT_RISKS: ReadonlySet<keyof RedFlagAnswers> = new Set(CLOT_RISK_QUESTIONS);
/** The calf signs whose meaning a clot risk factor changes (docs/clinical §7.4). */
const CALF_SIGNS: ReadonlySet<keyof RedFlagAnswers> = new Set([
  "calfPainSwellingWarmth",
  "calfTenderWithoutCause",
]);

function clotRisksOf(redFlags: RedFlagAnswers): ClotRiskQuestion[] {
  return CLOT_RISK_QUESTIONS.filter((question) => redFlags[question] === true);
}

/**
 * One flag per "yes", in the questions' order. The clot risk factors raise none on their own; with one of them, a
 * calf sign is the same-day scan's flag (Wells: a calf sign and a risk factor make a clot likely), said once.
 */
function answeredFlags(redFlags: RedFlagAnswers, ageYears: number): RedFlag[] {
  const risks = clotRisksOf(redFlags);
  const yes = (Object.keys(redFlags) as (keyof RedFlagAnswers)[]).filter(
    (question): question is FlagQuestion => redFlags[question] === true && !CLOT_RISKS.has(question),
  );
  const flags = yes.map((question) =>
    risks.length > 0 && CALF_SIGNS.has(question)
      ? calfPainWithClotRiskFlag(clotRisksText(risks))
      : flagForQuestion(question, ageYears),
  );
  return flags.filter((flag, index) => flags.findIndex((other) => other.id === flag.id) === index);
}

function joinTexts(parts: readonly Localized[]): Localized {
  const unique = parts.filter((part, index) => parts.findIndex((other) => other.en === part.en) === index);
  return { en: unique.map((part) => part.en).join(" "), fr: unique.map((part) => part.fr).join(" ") };
}

function cautionsFor(answers: Answers, stopped: boolean): Localized[] {
  const cautions: Localized[] = [];
  // The teenager's caution goes with a program; while a sign stops it, the sign's advice is what matters.
  if (isAdolescent(answers.person.ageYears) && !stopped) cautions.push(ADOLESCENT_CAUTION);
  // Someone at risk of a clot is told which signs to act on, whether or not the program goes ahead.
  const risks = clotRisksOf(answers.redFlags);
  if (risks.length > 0) cautions.push(clotRiskCaution(clotRisksText(risks)));
  const injured = answers.injury !== null;
  const notAsked = redFlagsNotAskedOf(answers).filter((question) =>
    isRedFlagQuestionAsked(question, { ageYears: answers.person.ageYears, injured }),
  );
  if (notAsked.length > 0) cautions.push(notAskedCaution(notAsked.length));
  return cautions;
}

export function screenRedFlags(answers: Answers): RedFlagScreen {
  const ottawa = evaluateOttawaKneeRules(answers);
  const flags = [...answeredFlags(answers.redFlags, answers.person.ageYears), ...situationFlags(answers)];
  if (ottawa.status === "x-ray-indicated") flags.push(ottawaXRayFlag(ottawa.criteria));
  const persisting = persistingInjuryCriteria(answers);
  if (persisting.length > 0 && answers.injury !== null) {
    flags.push(injurySignsPersistFlag(persisting, answers.injury.daysAgo));
  }
  // Array.prototype.sort is stable, so flags of one tier keep the question order.
  const sorted = flags.sort((a, b) => tierRank(a.tier) - tierRank(b.tier));
  const tier = mostSevereTier(sorted);
  const stopped = sorted.some((flag) => flag.stopsProgram);
  const nextStep = NEXT_STEP[stopped ? "stopped" : tier === "none" ? "none" : "gently"];
  const cautions = cautionsFor(answers, stopped);
  const mostSevere = sorted.filter((flag) => flag.tier === tier).map((flag) => flag.advice);
  const ottawaWord = ottawa.status === "x-ray-not-indicated" && !stopped ? [OTTAWA_NO_X_RAY_ADVICE] : [];
  const advice = joinTexts([...mostSevere, nextStep, ...ottawaWord, ...cautions]);
  return { tier, flags: sorted, selfManagementAllowed: !stopped, advice, nextStep, cautions, ottawa };
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
