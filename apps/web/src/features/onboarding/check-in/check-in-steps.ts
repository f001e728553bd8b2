/**
 * The check-in's five steps, each at its own address (so the browser's Back returns to the previous step and a
 * reload stays on the same one), and what each step must hold before the next one opens. A problem is reported at
 * the step where it happens, not at the end.
 */
import { painRatingsProblem } from "@hipcheck/core";
import { safetyQuestionKeys } from "../answers-draft.js";
import type { AnswersDraft } from "../answers-draft.js";

export const CHECK_IN_STEPS = ["about", "self-check", "symptoms", "safety", "activities"] as const;
export type CheckInStep = (typeof CHECK_IN_STEPS)[number];

export function isCheckInStep(value: string | undefined): value is CheckInStep {
  return CHECK_IN_STEPS.some((step) => step === value);
}

export function checkInPath(step: CheckInStep): string {
  return `/check-in/${step}`;
}

/** What is missing or contradictory at one step, as an i18n key under `checkIn.problem`. */
export type StepProblem =
  | "ageMissing"
  | "selfCheckUnanswered"
  | "hasPainUnanswered"
  | "locationMissing"
  | "painUnrated"
  | "worstBelowOthers"
  | "safetyUnanswered"
  | "injuredUnanswered"
  | "injuryUnanswered";

const MIN_AGE_YEARS = 5;
const MAX_AGE_YEARS = 120;

function aboutProblems(draft: AnswersDraft): StepProblem[] {
  const age = draft.ageYears;
  const valid = age !== null && Number.isInteger(age) && age >= MIN_AGE_YEARS && age <= MAX_AGE_YEARS;
  return valid ? [] : ["ageMissing"];
}

function symptomProblems(draft: AnswersDraft): StepProblem[] {
  if (draft.hasPain === null) return ["hasPainUnanswered"];
  if (!draft.hasPain) return [];
  const problems: StepProblem[] = [];
  if (draft.locations.length === 0) problems.push("locationMissing");
  const { painNow, painUsual, painWorst } = draft;
  // Each rating is given, never taken from where its slider starts (decision 0911).
  if (painNow === null || painUsual === null || painWorst === null) problems.push("painUnrated");
  else if (painRatingsProblem({ painNow, painUsual, painWorst }) !== undefined) {
    problems.push("worstBelowOthers");
  }
  return problems;
}

function safetyProblems(draft: AnswersDraft): StepProblem[] {
  const problems: StepProblem[] = [];
  if (safetyQuestionKeys(draft).some((key) => draft.redFlags[key] === null)) {
    problems.push("safetyUnanswered");
  }
  if (draft.injured === null) problems.push("injuredUnanswered");
  else if (draft.injured) {
    if (Object.values(draft.injury).some((answer) => answer === null)) problems.push("injuryUnanswered");
  }
  return problems;
}

/** The problems that keep a step from being left forward. The last step is checked in full on sending. */
export function stepProblems(step: CheckInStep, draft: AnswersDraft): StepProblem[] {
  switch (step) {
    case "about":
      return aboutProblems(draft);
    case "self-check":
      return Object.values(draft.selfCheck).some((answer) => answer === null) ? ["selfCheckUnanswered"] : [];
    case "symptoms":
      return symptomProblems(draft);
    case "safety":
      return safetyProblems(draft);
    case "activities":
      return [];
  }
}

/**
 * The step a person may be shown: the one asked for, unless an earlier step is not complete (an address typed or
 * kept from an old visit), in which case the first incomplete one.
 */
export function reachableStep(asked: CheckInStep, draft: AnswersDraft): CheckInStep {
  for (const step of CHECK_IN_STEPS) {
    if (step === asked) return asked;
    if (stepProblems(step, draft).length > 0) return step;
  }
  return asked;
}
