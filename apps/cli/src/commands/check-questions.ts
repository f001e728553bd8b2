import {
  ANSWERS_VERSION,
  AGGRAVATORS,
  AGGRAVATOR_LABELS,
  CHECK_IN_QUESTIONS,
  EQUIPMENT,
  EQUIPMENT_LABELS,
  INJURY_QUESTIONS,
  KNEE_SIDES,
  KNEE_SIDE_LABELS,
  PAIN_LOCATIONS,
  PAIN_LOCATION_LABELS,
  RED_FLAG_QUESTIONS,
  SELF_CHECK_QUESTIONS,
  SEX_LABELS,
  SEX_UNSAID_LABEL,
  SPORTS,
  SPORT_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  isRedFlagQuestionAsked,
  localize,
  screenRedFlags,
  type Activity,
  type Answers,
  type Injury,
  type Lang,
  type Localized,
  type RedFlagAnswers,
  type SelfCheck,
  type Symptoms,
} from "@hipcheck/core";
import type { Choice, Prompter } from "../prompter.js";

/** Core's wording of the check-in: the same questions, word for word, as the web app asks. */
const Q = CHECK_IN_QUESTIONS;
type Sex = "female" | "male" | "other";

function choicesOf<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, Localized>>,
  lang: Lang,
): Choice<T>[] {
  return values.map((value) => ({ value, name: localize(labels[value], lang) }));
}

async function askSelfCheck(ask: Prompter, lang: Lang): Promise<SelfCheck> {
  return {
    sitsRegularly: await ask.confirm(localize(SELF_CHECK_QUESTIONS.sitsRegularly, lang)),
    hasBackPain: await ask.confirm(localize(SELF_CHECK_QUESTIONS.hasBackPain, lang)),
    repetitiveExercise: await ask.confirm(localize(SELF_CHECK_QUESTIONS.repetitiveExercise, lang)),
    doesHipBalanceWork: await ask.confirm(localize(SELF_CHECK_QUESTIONS.doesHipBalanceWork, lang)),
  };
}

/** Each safety question in core's order, put only to the people it applies to; the others stand as "no". */
async function askRedFlags(
  ask: Prompter,
  lang: Lang,
  person: { readonly ageYears: number; readonly injured: boolean },
): Promise<RedFlagAnswers> {
  const answers: Partial<Record<keyof RedFlagAnswers, boolean>> = {};
  for (const key of Object.keys(RED_FLAG_QUESTIONS) as (keyof RedFlagAnswers)[]) {
    answers[key] = isRedFlagQuestionAsked(key, person)
      ? await ask.confirm(localize(RED_FLAG_QUESTIONS[key], lang))
      : false;
  }
  return answers as RedFlagAnswers;
}

async function askInjury(ask: Prompter, lang: Lang): Promise<Injury | null> {
  if (!(await ask.confirm(localize(Q.injured, lang)))) return null;
  return {
    daysAgo: await ask.integer(localize(Q.injuryDaysAgo, lang), { min: 0, max: 3650 }),
    tenderOnlyOnKneecap: await ask.confirm(localize(INJURY_QUESTIONS.tenderOnlyOnKneecap, lang)),
    tenderAtFibulaHead: await ask.confirm(localize(INJURY_QUESTIONS.tenderAtFibulaHead, lang)),
    cannotBendTo90: await ask.confirm(localize(INJURY_QUESTIONS.cannotBendTo90, lang)),
    couldNotTakeFourSteps: await ask.confirm(localize(INJURY_QUESTIONS.couldNotTakeFourSteps, lang)),
  };
}

async function askSymptoms(ask: Prompter, lang: Lang): Promise<Symptoms | null> {
  if (!(await ask.confirm(localize(Q.hasPain, lang)))) return null;
  const pain = (message: Localized): Promise<number> =>
    ask.integer(localize(message, lang), { min: 0, max: 10 });
  return {
    knee: await ask.select(localize(Q.knee, lang), choicesOf(KNEE_SIDES, KNEE_SIDE_LABELS, lang)),
    locations: await ask.checkbox(
      localize(Q.locations, lang),
      choicesOf(PAIN_LOCATIONS, PAIN_LOCATION_LABELS, lang),
      { required: true },
    ),
    aggravators: await ask.checkbox(
      localize(Q.aggravators, lang),
      choicesOf(AGGRAVATORS, AGGRAVATOR_LABELS, lang),
    ),
    durationWeeks: await ask.integer(localize(Q.durationWeeks, lang), { min: 0, max: 5200 }),
    painNow: await pain(Q.painNow),
    painUsual: await pain(Q.painUsual),
    painWorst: await pain(Q.painWorst),
  };
}

async function askActivities(ask: Prompter, lang: Lang): Promise<Activity[]> {
  const sports = await ask.checkbox(localize(Q.sports, lang), choicesOf(SPORTS, SPORT_LABELS, lang));
  const activities: Activity[] = [];
  for (const sport of sports) {
    // The sport, then core's question word for word: "Running — Sessions per week".
    const label = `${localize(SPORT_LABELS[sport], lang)} —`;
    activities.push({
      sport,
      sessionsPerWeek: await ask.integer(`${label} ${localize(Q.sessionsPerWeek, lang)}`, {
        min: 0,
        max: 21,
      }),
      minutesPerSession: await ask.integer(`${label} ${localize(Q.minutesPerSession, lang)}`, {
        min: 0,
        max: 1440,
      }),
      hardDays: await ask.checkbox(
        `${label} ${localize(Q.hardDays, lang)}`,
        choicesOf(WEEKDAYS, WEEKDAY_LABELS, lang),
      ),
    });
  }
  return activities;
}

/** Asks the whole check-in in the order a clinician would: safety first, then pain, then what shapes the plan. */
export async function askAnswers(ask: Prompter, lang: Lang, say: (text: string) => void): Promise<Answers> {
  const name = (await ask.text(localize(Q.name, lang), { optional: true })).trim();
  const ageYears = await ask.integer(localize(Q.ageYears, lang), { min: 5, max: 120 });
  const sex = await ask.select<Sex | "unsaid">(localize(Q.sex, lang), [
    ...(["female", "male", "other"] as const).map((value) => ({
      value,
      name: localize(SEX_LABELS[value], lang),
    })),
    { value: "unsaid", name: localize(SEX_UNSAID_LABEL, lang) },
  ]);
  const selfCheck = await askSelfCheck(ask, lang);
  const injury = await askInjury(ask, lang);
  say(`\n${localize(Q.redFlagsIntro, lang)}\n`);
  const redFlags = await askRedFlags(ask, lang, { ageYears, injured: injury !== null });
  const symptoms = await askSymptoms(ask, lang);
  const safety: Answers = {
    version: ANSWERS_VERSION,
    person: {
      ...(name === "" ? {} : { name }),
      ageYears,
      ...(sex === "unsaid" ? {} : { sex }),
      language: lang,
    },
    selfCheck,
    symptoms,
    redFlags,
    injury,
    activities: [],
    equipment: [],
    availableDays: [],
  };
  // A sign that stops self-management ends the check-in here: questions about training would only delay the advice.
  if (!screenRedFlags(safety).selfManagementAllowed) return safety;
  const activities = await askActivities(ask, lang);
  const equipment = await ask.checkbox(
    localize(Q.equipment, lang),
    choicesOf(EQUIPMENT, EQUIPMENT_LABELS, lang),
  );
  const availableDays = await ask.checkbox(
    localize(Q.availableDays, lang),
    choicesOf(WEEKDAYS, WEEKDAY_LABELS, lang),
    { required: true },
  );
  return { ...safety, activities, equipment, availableDays };
}
