/**
 * Ottawa knee rules: after an acute knee injury, is an X-ray needed to look for a broken bone?
 * Stiell IG et al. Ann Emerg Med 1995;26(4):405-413 (derivation) and JAMA 1996;275(8):611-615 (validation),
 * docs/clinical §7.1 and "Numbers to encode" #31. About 100% sensitive for fracture.
 */
import type { Answers } from "../intake/answers.js";
import type { Localized } from "../shared/i18n.js";
import type { RedFlag } from "./red-flag.js";

/** Some sources limit the rule to the first 7 days after the injury (docs/clinical §7.1); day 7 is still inside. */
export const OTTAWA_WINDOW_DAYS = 7;
/** Age 55 or over is on its own a reason for an X-ray (Stiell 1995). */
export const OTTAWA_AGE_YEARS = 55;

export const OTTAWA_CRITERIA = [
  "age-55-or-over",
  "isolated-patellar-tenderness",
  "fibular-head-tenderness",
  "cannot-flex-to-90",
  "cannot-bear-weight-4-steps",
] as const;
export type OttawaCriterion = (typeof OTTAWA_CRITERIA)[number];

/**
 * Not applicable (docs/clinical §7.1 and §7.3): no recent injury, gross deformity, a palpable mass, and the cases the
 * rule was not derived on: a wound through the skin, an artificial knee, several injuries, a head injury or
 * confusion, reduced feeling in the legs. Each of those has its own flag and route (red-flag-catalogue.ts); the rule
 * neither clears nor sends such a knee.
 */
export type OttawaNotApplicableReason =
  | "no-injury"
  | "injury-older-than-7-days"
  | "gross-deformity"
  | "palpable-mass"
  | "penetrating-injury"
  | "knee-prosthesis"
  | "multiple-injuries"
  | "altered-consciousness"
  | "reduced-sensation";

/** The exclusions of docs/clinical §7.3, in the order they are checked. */
const EXCLUSIONS: readonly (readonly [keyof Answers["redFlags"], OttawaNotApplicableReason])[] = [
  ["penetratingKneeWound", "penetrating-injury"],
  ["kneeReplacement", "knee-prosthesis"],
  ["otherInjuries", "multiple-injuries"],
  ["headInjuryOrConfusion", "altered-consciousness"],
  ["reducedFeelingInLegs", "reduced-sensation"],
];

export type OttawaKneeRuleResult =
  | { readonly status: "not-applicable"; readonly reason: OttawaNotApplicableReason }
  | { readonly status: "x-ray-indicated"; readonly criteria: readonly OttawaCriterion[] }
  | { readonly status: "x-ray-not-indicated" };

export function evaluateOttawaKneeRules(answers: Answers): OttawaKneeRuleResult {
  const { injury, redFlags, person } = answers;
  if (injury === null) return { status: "not-applicable", reason: "no-injury" };
  if (injury.daysAgo > OTTAWA_WINDOW_DAYS) {
    return { status: "not-applicable", reason: "injury-older-than-7-days" };
  }
  // A deformed knee goes straight to the emergency tier; the rule was not derived on such knees.
  if (redFlags.deformityAfterInjury) return { status: "not-applicable", reason: "gross-deformity" };
  if (redFlags.hardLumpNearKnee) return { status: "not-applicable", reason: "palpable-mass" };
  const excluded = EXCLUSIONS.find(([question]) => redFlags[question] === true);
  if (excluded !== undefined) return { status: "not-applicable", reason: excluded[1] };
  const present: Record<OttawaCriterion, boolean> = {
    "age-55-or-over": person.ageYears >= OTTAWA_AGE_YEARS,
    "isolated-patellar-tenderness": injury.tenderOnlyOnKneecap,
    "fibular-head-tenderness": injury.tenderAtFibulaHead,
    "cannot-flex-to-90": injury.cannotBendTo90,
    // Limping still counts as bearing weight; the rule needs 4 steps impossible both right after and now.
    "cannot-bear-weight-4-steps": injury.couldNotTakeFourSteps,
  };
  const criteria = OTTAWA_CRITERIA.filter((criterion) => present[criterion]);
  return criteria.length > 0 ? { status: "x-ray-indicated", criteria } : { status: "x-ray-not-indicated" };
}

const CRITERION_TEXT: Readonly<Record<OttawaCriterion, Localized>> = {
  "age-55-or-over": { en: "age 55 or over", fr: "âge de 55 ans ou plus" },
  "isolated-patellar-tenderness": {
    en: "tender only on the kneecap",
    fr: "douleur à la pression seulement sur la rotule",
  },
  "fibular-head-tenderness": {
    en: "tender on the bony bump on the outside below the knee",
    fr: "douleur à la pression sur la bosse osseuse à l’extérieur sous le genou",
  },
  "cannot-flex-to-90": {
    en: "cannot bend the knee to a right angle",
    fr: "impossible de plier le genou à angle droit",
  },
  "cannot-bear-weight-4-steps": {
    en: "could not take 4 steps, right after the injury and now",
    fr: "impossible de faire 4 pas, juste après la blessure et maintenant",
  },
};

export function ottawaXRayFlag(criteria: readonly OttawaCriterion[]): RedFlag {
  const listed = (lang: "en" | "fr"): string =>
    criteria.map((criterion) => CRITERION_TEXT[criterion][lang]).join(lang === "fr" ? "\u00a0; " : "; ");
  return {
    id: "ottawa-x-ray",
    tier: "urgent",
    stopsProgram: true,
    reason: {
      en: `After your injury, the Ottawa knee rules say an X-ray is needed to check the bones (${listed("en")}).`,
      fr: `Après votre blessure, les règles du genou d’Ottawa indiquent qu’une radiographie est nécessaire pour vérifier les os (${listed("fr")}).`,
    },
    whoToSee: {
      en: "An urgent care centre or an emergency department that can take an X-ray",
      fr: "Un centre de soins non programmés ou un service d’urgences qui peut faire une radiographie",
    },
    howSoon: { en: "Today", fr: "Aujourd’hui" },
    advice: {
      en: "Today, go to an urgent care centre or an emergency department that can take an X-ray, and say how the knee was injured. Until then, keep your weight off the leg as much as you can.",
      fr: "Aujourd’hui, allez dans un centre de soins non programmés ou aux urgences, là où une radiographie est possible, en expliquant comment le genou a été blessé. D’ici là, évitez au maximum de prendre appui sur la jambe.",
    },
    source: "Ottawa knee rules: Stiell 1995 Ann Emerg Med; Stiell 1996 JAMA (docs/clinical §7.1)",
  };
}

/** A recent injury that meets no criterion still gets a word of advice, but no flag (Stiell 1995: ~100% sensitive). */
export const OTTAWA_NO_X_RAY_ADVICE: Localized = {
  en: "Your recent injury meets none of the Ottawa knee rules for an X-ray. If you become unable to take 4 steps, the swelling grows, or the pain is not settling within a week, see a doctor.",
  fr: "Votre blessure récente ne remplit aucune des règles du genou d’Ottawa pour une radiographie. Si vous ne pouvez plus faire 4 pas, si le gonflement augmente ou si la douleur ne se calme pas en une semaine, consultez un médecin.",
};

/** The criteria that describe the knee itself: they can still be present later, unlike the person's age. */
type KneeCriterion = Exclude<OttawaCriterion, "age-55-or-over">;
const KNEE_CRITERIA = OTTAWA_CRITERIA.filter(
  (criterion): criterion is KneeCriterion => criterion !== "age-55-or-over",
);

/**
 * After the rule's 7-day window, a knee that still cannot take 4 steps, bend to a right angle, or is still tender on
 * the bone has not recovered as an uncomplicated sprain does: a clinician examines it, often with an X-ray, before
 * any program (decision 0172; persistent localised pain needs an X-ray, docs/clinical §7.2). Age alone, with
 * none of these, is no longer a reason after the window.
 */
export function persistingInjuryCriteria(answers: Answers): readonly OttawaCriterion[] {
  const { injury } = answers;
  if (injury === null || injury.daysAgo <= OTTAWA_WINDOW_DAYS) return [];
  // An excluded knee has its own flag and route; the criteria say nothing more about it.
  if (EXCLUSIONS.some(([question]) => answers.redFlags[question] === true)) return [];
  const present: Record<KneeCriterion, boolean> = {
    "isolated-patellar-tenderness": injury.tenderOnlyOnKneecap,
    "fibular-head-tenderness": injury.tenderAtFibulaHead,
    "cannot-flex-to-90": injury.cannotBendTo90,
    "cannot-bear-weight-4-steps": injury.couldNotTakeFourSteps,
  };
  return KNEE_CRITERIA.filter((criterion) => present[criterion]);
}

export function injurySignsPersistFlag(criteria: readonly OttawaCriterion[], daysAgo: number): RedFlag {
  const listed = (lang: "en" | "fr"): string =>
    criteria.map((criterion) => CRITERION_TEXT[criterion][lang]).join(lang === "fr" ? "\u00a0; " : "; ");
  return {
    id: "injury-signs-persist",
    tier: "urgent",
    stopsProgram: true,
    reason: {
      en: `Your injury was ${daysAgo} days ago and the knee still shows signs that call for an X-ray in the first week (${listed("en")}). A knee that has not recovered this much after a week needs examining before exercises.`,
      fr: `Votre blessure date de ${daysAgo} jours et le genou présente encore des signes qui, la première semaine, demandent une radiographie (${listed("fr")}). Un genou qui n’a pas plus récupéré après une semaine doit être examiné avant les exercices.`,
    },
    whoToSee: {
      en: "A doctor (your GP or an urgent care centre) who can examine the knee and arrange an X-ray",
      fr: "Un médecin (votre médecin traitant ou un centre de soins non programmés) qui peut examiner le genou et prescrire une radiographie",
    },
    howSoon: { en: "Within a day or two", fr: "Dans les 24 à 48 heures" },
    advice: {
      en: "Within a day or two, see your GP or an urgent care centre, tell them when the injury happened and what the knee still cannot do: an X-ray is often the first step. Until then, use crutches if walking hurts.",
      fr: "Dans les 24 à 48 heures, consultez votre médecin traitant ou un centre de soins non programmés en précisant la date de la blessure et ce que le genou ne peut toujours pas faire\u00a0: une radiographie est souvent la première étape. D’ici là, utilisez des béquilles si marcher fait mal.",
    },
    source:
      "Decision 0172: Ottawa knee rules criteria (Stiell 1995/1996, docs/clinical §7.1) still present after 7 days; persistent localised pain needs an X-ray (docs/clinical §7.2)",
  };
}
