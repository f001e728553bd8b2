/**
 * What HipCheck concluded from the check-in, for the clinician reading the bundle: the seed 001 self-check result
 * and the red-flag screen (tier, each flag with whom to see and how soon). Both are recomputed from the answers
 * with the core rules, so they are written but never read back.
 */
import { evaluateSelfCheck, screenRedFlags, type Answers } from "@hipcheck/core";
import type { ExportContext } from "./export-context.js";
import { HIPCHECK_ID_SYSTEMS, HIPCHECK_SCREENING_SYSTEM, OBSERVATION_SURVEY } from "./fhir-codes.js";
import type { Observation } from "./fhir-resources.js";

type Parts = {
  readonly context: ExportContext;
  readonly answeredOn: string;
  /** The check-in's stored id: each screening result is identified by it. */
  readonly checkInKey: string;
};

/** Seed 001's self-check, named for the clinician by its article's title: what they can look up and read. */
const SELF_CHECK_TEXT = {
  en: 'Self-check "Knee pain? Check in with your hips" (four yes/no questions): worth working on balance around the hips',
  fr: "Auto-test «\u00a0Douleur au genou\u00a0? Vérifiez vos hanches\u00a0» (quatre questions oui/non)\u00a0: un travail d’équilibre autour des hanches est utile",
} as const;

const RED_FLAG_TEXT = {
  en: "Red-flag screen: most urgent tier (none, soon, urgent, emergency)",
  fr: "Dépistage des signaux d’alerte\u00a0: niveau le plus urgent (none, soon, urgent, emergency)",
} as const;

function base(code: string, text: string, parts: Parts): Observation {
  return {
    resourceType: "Observation",
    id: parts.context.id(`screening.${parts.checkInKey}.${code}`),
    language: parts.context.lang,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.screening, value: `${parts.checkInKey}.${code}` }],
    status: "final",
    category: [{ coding: [OBSERVATION_SURVEY] }],
    code: { coding: [{ system: HIPCHECK_SCREENING_SYSTEM, code }], text },
    subject: { reference: parts.context.patientRef },
    effectiveDateTime: parts.answeredOn,
  };
}

export function toSelfCheckObservation(answers: Answers, parts: Parts): Observation {
  const result = evaluateSelfCheck(answers.selfCheck);
  return {
    ...base("self-check", SELF_CHECK_TEXT[answers.person.language], parts),
    valueBoolean: result.lookAtHipBalance,
    note: [{ text: result.explanation[answers.person.language] }],
  };
}

export function toRedFlagObservation(answers: Answers, parts: Parts): Observation {
  const lang = answers.person.language;
  const screen = screenRedFlags(answers);
  return {
    ...base("red-flag-screen", RED_FLAG_TEXT[lang], parts),
    valueString: screen.tier,
    component: screen.flags.map((flag) => ({
      code: { coding: [{ system: HIPCHECK_SCREENING_SYSTEM, code: flag.id }], text: flag.reason[lang] },
      valueString: `${flag.tier}: ${flag.whoToSee[lang]}, ${flag.howSoon[lang].toLowerCase()}`,
    })),
    note: [{ text: screen.advice[lang] }],
  };
}
