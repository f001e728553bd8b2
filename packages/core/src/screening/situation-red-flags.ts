/**
 * Flags and cautions that come from the person's situation rather than from a yes/no question: their age, how
 * strong the pain is at rest, and an injury whose signs have not settled after a week. Sources and reasoning:
 * docs/clinical/red-flags-and-advice.md; decisions 0170 and 0171.
 */
import type { Answers, Symptoms } from "../intake/answers.js";
import { ADULT_AGE_YEARS, type ClotRiskQuestion } from "../intake/questions.js";
import type { Localized } from "../shared/i18n.js";
import type { RedFlag } from "./red-flag.js";

/**
 * Below this age the program is not offered. The exercise evidence the program is built on comes from
 * adolescents (about 13 years old, Holden 2015, docs/clinical §1.2) and adults (docs/clinical §5.2); in younger
 * children knee pain more often comes from the hip or the growing bones (docs/clinical §7.2, children), and the
 * Pittsburgh rule treats under-12s after an injury as needing an X-ray (docs/clinical §7.1). Decision 0171.
 */
export const CHILD_PROGRAM_MIN_AGE_YEARS = 12;

/**
 * Pain at rest from this score up is "severe" on the 0–10 scale and far above the 5/10 ceiling the pain-monitoring
 * model allows during exercise (Silbernagel 2007, docs/clinical §5.4): a clinician first. Pain now (the person is
 * sitting at the check-in) and usual pain both count. Decision 0170.
 */
export const SEVERE_REST_PAIN_MIN = 8;

export function childUnder12Flag(): RedFlag {
  return {
    id: "child-under-12",
    tier: "soon",
    stopsProgram: true,
    reason: {
      en: "HipCheck's program was built from studies of teenagers and adults. In a child under 12, knee pain more often comes from the hip or from growing bones, and a clinician should find the cause before any exercise plan.",
      fr: "Le programme de HipCheck a été construit à partir d’études chez des adolescents et des adultes. Chez un enfant de moins de 12 ans, une douleur au genou vient plus souvent de la hanche ou des os en croissance, et un soignant doit en trouver la cause avant tout programme d’exercices.",
    },
    whoToSee: {
      en: "Your child's doctor (GP or paediatrician), or a physiotherapist who treats children",
      fr: "Le médecin de votre enfant (médecin traitant ou pédiatre), ou un kinésithérapeute qui prend en charge les enfants",
    },
    howSoon: {
      en: "In the next one to two weeks, before any exercise program",
      fr: "Dans les une à deux semaines, avant tout programme d’exercices",
    },
    advice: {
      en: "Book an appointment with your child's GP or paediatrician in the next one to two weeks. Play and sport that do not hurt can go on meanwhile; see a doctor the same day if your child limps, cannot put weight on the leg, or has a fever.",
      fr: "Prenez rendez-vous avec le médecin traitant ou le pédiatre de votre enfant dans les une à deux semaines. Les jeux et le sport qui ne font pas mal peuvent continuer en attendant\u00a0; consultez le jour même si votre enfant boite, ne peut pas prendre appui sur la jambe ou a de la fièvre.",
    },
    source:
      "Design decision 0171 from docs/clinical §1.2 (Holden 2015, adolescents), §5.2 (adult trials), §7.1 (Pittsburgh rule, age < 12) and §7.2 (children)",
  };
}

export function severeRestPainFlag(symptoms: Pick<Symptoms, "painNow" | "painUsual">): RedFlag {
  const now = `${symptoms.painNow}/10`;
  const usual = `${symptoms.painUsual}/10`;
  return {
    id: "severe-pain-at-rest",
    tier: "urgent",
    stopsProgram: true,
    reason: {
      en: `Your pain is severe even at rest (now ${now}, usually ${usual}). Pain this strong is more than an exercise program should work through: a doctor should find out why and help you control it first.`,
      fr: `Votre douleur est forte même au repos (maintenant ${now}, habituellement ${usual}). Une douleur aussi forte dépasse ce qu’un programme d’exercices peut traverser\u00a0: un médecin doit en chercher la raison et vous aider à la soulager d’abord.`,
    },
    whoToSee: { en: "Your doctor (GP)", fr: "Votre médecin traitant" },
    howSoon: { en: "Within a day or two", fr: "Dans les 24 à 48 heures" },
    advice: {
      en: "See your GP within a day or two about the pain. Go to an emergency department today if the pain came on suddenly, after an injury, or with a fever or a hot, swollen knee.",
      fr: "Consultez votre médecin traitant dans les 24 à 48 heures pour cette douleur. Allez aux urgences dès aujourd’hui si la douleur est apparue brutalement, après une blessure, ou avec de la fièvre ou un genou chaud et gonflé.",
    },
    source:
      "Decision 0170: NPRS 8–10 at rest, well above the 5/10 exercise ceiling of the pain-monitoring model (Silbernagel 2007, docs/clinical §5.4); constant rest pain (docs/clinical §7.2)",
  };
}

export function situationFlags(answers: Answers): RedFlag[] {
  const flags: RedFlag[] = [];
  if (answers.person.ageYears < CHILD_PROGRAM_MIN_AGE_YEARS) flags.push(childUnder12Flag());
  const { symptoms } = answers;
  if (
    symptoms !== null &&
    (symptoms.painNow >= SEVERE_REST_PAIN_MIN || symptoms.painUsual >= SEVERE_REST_PAIN_MIN)
  ) {
    flags.push(severeRestPainFlag(symptoms));
  }
  return flags;
}

/**
 * A teenager keeps the program, with the caution a physiotherapist gives a growing athlete: which signs stop it
 * (docs/clinical §7.2, children: hip signs, locking or giving way, night pain, fever) and that an adult should know.
 * The sources name no exercise of the library as unsuited to adolescents (decision 0171).
 */
export const ADOLESCENT_CAUTION: Localized = {
  en: "For a teenager: the bones are still growing. Follow the doses as written, keep pain during exercise at 5/10 or less, and let a parent or coach see this plan. Stop and see a doctor the same day for a limp or pain in the hip, groin or thigh; see a doctor soon if the knee locks, gives way, swells, or hurts at night.",
  fr: "Pour un adolescent\u00a0: les os sont encore en croissance. Respectez les doses indiquées, gardez la douleur à l’effort à 5/10 ou moins, et montrez ce programme à un parent ou à l’entraîneur. Arrêtez et consultez un médecin le jour même en cas de boiterie ou de douleur de hanche, d’aine ou de cuisse\u00a0; consultez rapidement si le genou se bloque, se dérobe, gonfle ou fait mal la nuit.",
};

/** Said when answers from an older check-in never asked some of today's safety questions. */
export function notAskedCaution(count: number): Localized {
  return {
    en: `${count === 1 ? "One safety question was" : `${count} safety questions were`} added since these answers were given and never asked. Answer the check-in again so the screen covers ${count === 1 ? "it" : "them"}.`,
    fr: `${count === 1 ? "Une question de sécurité a été ajoutée" : `${count} questions de sécurité ont été ajoutées`} depuis ces réponses et n’${count === 1 ? "a" : "ont"} pas été posée${count === 1 ? "" : "s"}. Refaites le bilan pour que le dépistage ${count === 1 ? "la" : "les"} prenne en compte.`,
  };
}

export function isAdolescent(ageYears: number): boolean {
  return ageYears >= CHILD_PROGRAM_MIN_AGE_YEARS && ageYears < ADULT_AGE_YEARS;
}

const CLOT_RISK_WORDS: Readonly<Record<ClotRiskQuestion, Localized>> = {
  clotRiskImmobility: {
    en: "a recent operation, plaster, bed rest or long journey",
    fr: "une opération, un plâtre, un alitement ou un long trajet récents",
  },
  clotRiskHistoryOrCancer: {
    en: "a previous clot or cancer treatment",
    fr: "un caillot déjà survenu ou un traitement contre un cancer",
  },
  clotRiskHormonal: {
    en: "a pregnancy, a recent birth, the pill or a hormone treatment",
    fr: "une grossesse, un accouchement récent, la pilule ou un traitement hormonal",
  },
};

/** The risk factors answered yes, in words: "a previous clot or cancer treatment and the pill…". */
export function clotRisksText(risks: readonly ClotRiskQuestion[]): Localized {
  const join = (lang: "en" | "fr"): string => {
    const words = risks.map((risk) => CLOT_RISK_WORDS[risk][lang]);
    const and = lang === "en" ? " and " : " et ";
    return words.length <= 1
      ? (words[0] ?? "")
      : `${words.slice(0, -1).join(", ")}${and}${words.at(-1) ?? ""}`;
  };
  return { en: join("en"), fr: join("fr") };
}

/**
 * Beside the program of a person at higher risk of a clot (docs/clinical §7.4): exercise is fine and helps, but the
 * signs of a clot need same-day care, and breathlessness or chest pain an emergency call (NHS "Deep vein
 * thrombosis"). Decision 0241.
 */
export function clotRiskCaution(risks: Localized): Localized {
  return {
    en: `Your risk of a blood clot in a leg vein is higher than usual (${risks.en}). Moving and exercising help; but if a calf becomes painful, swollen, warm or red, get it checked the same day, and call your emergency number at once if you become short of breath or have chest pain.`,
    fr: `Votre risque de caillot dans une veine de la jambe est plus élevé que d’habitude (${risks.fr}). Bouger et faire les exercices aident\u00a0; mais si un mollet devient douloureux, gonflé, chaud ou rouge, faites-le examiner le jour même, et appelez immédiatement votre numéro d’urgence si vous manquez de souffle ou avez mal à la poitrine.`,
  };
}
