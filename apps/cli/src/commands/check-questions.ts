import {
  ANSWERS_VERSION,
  AGGRAVATORS,
  AGGRAVATOR_LABELS,
  EQUIPMENT,
  EQUIPMENT_LABELS,
  INJURY_QUESTIONS,
  KNEE_SIDES,
  KNEE_SIDE_LABELS,
  PAIN_LOCATIONS,
  PAIN_LOCATION_LABELS,
  RED_FLAG_QUESTIONS,
  SELF_CHECK_QUESTIONS,
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

const T = {
  name: {
    en: "Your first name (optional, press Enter to skip)",
    fr: "Votre prénom (facultatif, Entrée pour passer)",
  },
  age: { en: "Your age in years", fr: "Votre âge (en années)" },
  sex: {
    en: "Sex (used only to compare movement numbers with published norms)",
    fr: "Sexe (sert seulement à comparer vos mesures de mouvement aux normes publiées)",
  },
  hasPain: { en: "Does a knee hurt at the moment?", fr: "Avez-vous mal à un genou en ce moment ?" },
  knee: { en: "Which knee?", fr: "Quel genou ?" },
  where: { en: "Where does it hurt? (space to select)", fr: "Où avez-vous mal ? (espace pour choisir)" },
  worse: {
    en: "What makes it worse? (space to select)",
    fr: "Qu'est-ce qui aggrave la douleur ? (espace pour choisir)",
  },
  weeks: { en: "For how many weeks has it hurt?", fr: "Depuis combien de semaines avez-vous mal ?" },
  painNow: {
    en: "Pain right now, 0 (none) to 10 (worst imaginable)",
    fr: "Douleur maintenant, de 0 (aucune) à 10 (la pire imaginable)",
  },
  painUsual: {
    en: "Usual pain over the last week, 0 to 10",
    fr: "Douleur habituelle la semaine passée, de 0 à 10",
  },
  painWorst: {
    en: "Worst pain over the last week, 0 to 10",
    fr: "Pire douleur la semaine passée, de 0 à 10",
  },
  redFlagIntro: {
    en: "A few safety questions first: answer yes if it applies to you now or in the last weeks.",
    fr: "D'abord quelques questions de sécurité : répondez oui si cela vous concerne maintenant ou ces dernières semaines.",
  },
  injured: {
    en: "Has your knee been injured (a fall, a twist, a blow)?",
    fr: "Votre genou a-t-il subi une blessure (chute, torsion, choc) ?",
  },
  daysAgo: { en: "How many days ago?", fr: "Il y a combien de jours ?" },
  sports: {
    en: "Which activities do you do? (space to select)",
    fr: "Quelles activités pratiquez-vous ? (espace pour choisir)",
  },
  perWeek: { en: "sessions per week", fr: "séances par semaine" },
  minutes: { en: "minutes per session", fr: "minutes par séance" },
  hardDays: {
    en: "long or hard days (space to select, Enter for none)",
    fr: "jours longs ou intenses (espace pour choisir, Entrée si aucun)",
  },
  equipment: {
    en: "Which equipment do you have? (space to select, Enter for none)",
    fr: "Quel matériel avez-vous ? (espace pour choisir, Entrée si aucun)",
  },
  days: {
    en: "On which days could you train for 20–30 minutes?",
    fr: "Quels jours pourriez-vous vous entraîner 20 à 30 minutes ?",
  },
} satisfies Record<string, Localized>;

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
  if (!(await ask.confirm(localize(T.injured, lang)))) return null;
  return {
    daysAgo: await ask.integer(localize(T.daysAgo, lang), { min: 0, max: 3650 }),
    tenderOnlyOnKneecap: await ask.confirm(localize(INJURY_QUESTIONS.tenderOnlyOnKneecap, lang)),
    tenderAtFibulaHead: await ask.confirm(localize(INJURY_QUESTIONS.tenderAtFibulaHead, lang)),
    cannotBendTo90: await ask.confirm(localize(INJURY_QUESTIONS.cannotBendTo90, lang)),
    couldNotTakeFourSteps: await ask.confirm(localize(INJURY_QUESTIONS.couldNotTakeFourSteps, lang)),
  };
}

async function askSymptoms(ask: Prompter, lang: Lang): Promise<Symptoms | null> {
  if (!(await ask.confirm(localize(T.hasPain, lang)))) return null;
  const pain = (message: Localized): Promise<number> =>
    ask.integer(localize(message, lang), { min: 0, max: 10 });
  return {
    knee: await ask.select(localize(T.knee, lang), choicesOf(KNEE_SIDES, KNEE_SIDE_LABELS, lang)),
    locations: await ask.checkbox(
      localize(T.where, lang),
      choicesOf(PAIN_LOCATIONS, PAIN_LOCATION_LABELS, lang),
      { required: true },
    ),
    aggravators: await ask.checkbox(localize(T.worse, lang), choicesOf(AGGRAVATORS, AGGRAVATOR_LABELS, lang)),
    durationWeeks: await ask.integer(localize(T.weeks, lang), { min: 0, max: 5200 }),
    painNow: await pain(T.painNow),
    painUsual: await pain(T.painUsual),
    painWorst: await pain(T.painWorst),
  };
}

async function askActivities(ask: Prompter, lang: Lang): Promise<Activity[]> {
  const sports = await ask.checkbox(localize(T.sports, lang), choicesOf(SPORTS, SPORT_LABELS, lang));
  const activities: Activity[] = [];
  // French sets a space before a colon.
  const colon = lang === "fr" ? " :" : ":";
  for (const sport of sports) {
    const label = `${localize(SPORT_LABELS[sport], lang)}${colon}`;
    activities.push({
      sport,
      sessionsPerWeek: await ask.integer(`${label} ${localize(T.perWeek, lang)}`, { min: 0, max: 21 }),
      minutesPerSession: await ask.integer(`${label} ${localize(T.minutes, lang)}`, { min: 0, max: 1440 }),
      hardDays: await ask.checkbox(
        `${label} ${localize(T.hardDays, lang)}`,
        choicesOf(WEEKDAYS, WEEKDAY_LABELS, lang),
      ),
    });
  }
  return activities;
}

/** Asks the whole check-in in the order a clinician would: safety first, then pain, then what shapes the plan. */
export async function askAnswers(ask: Prompter, lang: Lang, say: (text: string) => void): Promise<Answers> {
  const name = (await ask.text(localize(T.name, lang), { optional: true })).trim();
  const ageYears = await ask.integer(localize(T.age, lang), { min: 5, max: 120 });
  const sex = await ask.select(localize(T.sex, lang), [
    { value: "female", name: lang === "fr" ? "Femme" : "Female" },
    { value: "male", name: lang === "fr" ? "Homme" : "Male" },
    { value: "other", name: lang === "fr" ? "Autre / ne pas préciser" : "Other / prefer not to say" },
  ] as const);
  const selfCheck = await askSelfCheck(ask, lang);
  const injury = await askInjury(ask, lang);
  say(`\n${localize(T.redFlagIntro, lang)}\n`);
  const redFlags = await askRedFlags(ask, lang, { ageYears, injured: injury !== null });
  const symptoms = await askSymptoms(ask, lang);
  const safety: Answers = {
    version: ANSWERS_VERSION,
    person: { ...(name === "" ? {} : { name }), ageYears, sex, language: lang },
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
    localize(T.equipment, lang),
    choicesOf(EQUIPMENT, EQUIPMENT_LABELS, lang),
  );
  const availableDays = await ask.checkbox(
    localize(T.days, lang),
    choicesOf(WEEKDAYS, WEEKDAY_LABELS, lang),
    { required: true },
  );
  return { ...safety, activities, equipment, availableDays };
}
