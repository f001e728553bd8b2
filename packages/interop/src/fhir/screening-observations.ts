/**
 * What HipCheck concluded from the check-in, for the clinician reading the bundle: the seed 001 self-check result
 * and the red-flag screen (tier, each flag with whom to see and how soon). Both are recomputed from the answers
 * with the core rules, so they are written but never read back.
 */
import { evaluateSelfCheck, screenRedFlags, type Answers } from "@hipcheck/core";
import { HIPCHECK_SCREENING_SYSTEM, OBSERVATION_SURVEY } from "./fhir-codes.js";
import type { Observation } from "./fhir-resources.js";

type Parts = { readonly patientRef: string; readonly answeredOn: string };

/** Seed 001's self-check, named for the clinician by its article's title: what they can look up and read. */
const SELF_CHECK_TEXT =
  'Self-check "Knee pain? Check in with your hips" (four yes/no questions): worth working on balance around the hips';

function base(code: string, text: string, parts: Parts): Omit<Observation, "id"> {
  return {
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [OBSERVATION_SURVEY] }],
    code: { coding: [{ system: HIPCHECK_SCREENING_SYSTEM, code }], text },
    subject: { reference: parts.patientRef },
    effectiveDateTime: parts.answeredOn,
  };
}

export function toSelfCheckObservation(answers: Answers, parts: Parts): Observation {
  const result = evaluateSelfCheck(answers.selfCheck);
  return {
    ...base("self-check", SELF_CHECK_TEXT, parts),
    id: "self-check-result",
    valueBoolean: result.lookAtHipBalance,
    note: [{ text: result.explanation[answers.person.language] }],
  };
}

export function toRedFlagObservation(answers: Answers, parts: Parts): Observation {
  const lang = answers.person.language;
  const screen = screenRedFlags(answers);
  return {
    ...base("red-flag-screen", "Red-flag screen: most urgent tier (none, soon, urgent, emergency)", parts),
    id: "red-flag-screen",
    valueString: screen.tier,
    component: screen.flags.map((flag) => ({
      code: { coding: [{ system: HIPCHECK_SCREENING_SYSTEM, code: flag.id }], text: flag.reason[lang] },
      valueString: `${flag.tier}: ${flag.whoToSee[lang]}, ${flag.howSoon[lang].toLowerCase()}`,
    })),
    note: [{ text: screen.advice[lang] }],
  };
}
