/**
 * The check-in form's working state, and its conversion to `Answers`. The form keeps text and optional
 * fields loosely; `toAnswers` builds the strict shape and validates it with the one AnswersSchema, so the
 * browser never sends what the server would refuse.
 */
import {
  ADULT_AGE_YEARS,
  ANSWERS_VERSION,
  AnswersSchema,
  RED_FLAG_QUESTIONS,
  err,
  isRedFlagQuestionAsked,
  ok,
  screenRedFlags,
} from "@hipcheck/core";
import type {
  Activity,
  Aggravator,
  Answers,
  Equipment,
  Injury,
  KneeSide,
  Lang,
  PainLocation,
  RedFlagAnswers,
  Result,
  SelfCheck,
  Sport,
  Weekday,
} from "@hipcheck/core";

export type AnswersDraft = {
  ageYears: number | null;
  sex: "female" | "male" | "other" | null;
  selfCheck: { [K in keyof SelfCheck]: boolean | null };
  hasPain: boolean | null;
  knee: KneeSide;
  locations: PainLocation[];
  aggravators: Aggravator[];
  durationWeeks: number;
  /** Null until the person rates it (decision 0911): a slider's starting place is not an answer. */
  painNow: number | null;
  painUsual: number | null;
  painWorst: number | null;
  /** No answer is set in advance: the safety screen must be read (null = not answered yet). */
  redFlags: { [K in keyof RedFlagAnswers]-?: boolean | null };
  injured: boolean | null;
  injury: { daysAgo: number } & { [K in Exclude<keyof Injury, "daysAgo">]: boolean | null };
  activities: Partial<Record<Sport, Activity>>;
  equipment: Equipment[];
  availableDays: Weekday[];
  psfs: { activity: string; score: number }[];
};

export type RedFlagKey = keyof RedFlagAnswers;

const RED_FLAG_KEYS = Object.keys(RED_FLAG_QUESTIONS) as RedFlagKey[];

/** Who is asked: the age decides the age-specific questions; the injury answer is asked first on the screen. */
export type SafetyPerson = Pick<AnswersDraft, "ageYears" | "injured">;

/**
 * The safety questions this person is asked, in the catalogue's order: core's scope of each question decides (its
 * ages, and whether it follows an injury or its absence; docs/clinical §7.2). Until the injury question is answered
 * the list is the one for no injury; answering "yes" adds the questions that follow an injury, unanswered. The
 * screen reads a question never asked as "no".
 */
export function safetyQuestionKeys(person: SafetyPerson): RedFlagKey[] {
  const ageYears = person.ageYears ?? ADULT_AGE_YEARS;
  const injured = person.injured ?? false;
  return RED_FLAG_KEYS.filter((key) => isRedFlagQuestionAsked(key, { ageYears, injured }));
}

/** "None of these apply to me": every question asked is answered no, as if each were ticked one by one. */
export function answerNoneApply(draft: AnswersDraft): void {
  for (const key of safetyQuestionKeys(draft)) draft.redFlags[key] = false;
}

/** Whether every safety question asked is answered no (the "none of these apply" box shows ticked). */
export function noneApply(draft: AnswersDraft): boolean {
  return safetyQuestionKeys(draft).every((key) => draft.redFlags[key] === false);
}

export function emptyDraft(): AnswersDraft {
  return {
    ageYears: null,
    sex: null,
    selfCheck: { sitsRegularly: null, hasBackPain: null, repetitiveExercise: null, doesHipBalanceWork: null },
    hasPain: null,
    knee: "right",
    locations: [],
    aggravators: [],
    durationWeeks: 4,
    painNow: null,
    painUsual: null,
    painWorst: null,
    redFlags: Object.fromEntries(RED_FLAG_KEYS.map((key) => [key, null])) as AnswersDraft["redFlags"],
    injured: null,
    injury: {
      daysAgo: 0,
      tenderOnlyOnKneecap: null,
      tenderAtFibulaHead: null,
      cannotBendTo90: null,
      couldNotTakeFourSteps: null,
    },
    activities: {},
    equipment: [],
    availableDays: [],
    psfs: [
      { activity: "", score: 5 },
      { activity: "", score: 5 },
      { activity: "", score: 5 },
    ],
  };
}

export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((value) => value !== item);
}

/** A problem as the person should read it: which field, and the schema's message. */
export type DraftProblem = { readonly field: string; readonly message: string };

/** The answers to the questions asked; one not asked (for this age) is a "no". */
function askedRedFlags(draft: AnswersDraft): AnswersDraft["redFlags"] {
  const asked = safetyQuestionKeys(draft);
  return Object.fromEntries(
    RED_FLAG_KEYS.map((key) => [key, asked.includes(key) ? draft.redFlags[key] : false]),
  ) as AnswersDraft["redFlags"];
}

export function toAnswers(draft: AnswersDraft, language: Lang): Result<Answers, DraftProblem[]> {
  const psfs = draft.psfs.filter((item) => item.activity.trim() !== "");
  const candidate = {
    version: ANSWERS_VERSION,
    person: { ageYears: draft.ageYears, language, ...(draft.sex === null ? {} : { sex: draft.sex }) },
    selfCheck: draft.selfCheck,
    symptoms:
      draft.hasPain === true
        ? {
            knee: draft.knee,
            locations: draft.locations,
            aggravators: draft.aggravators,
            durationWeeks: draft.durationWeeks,
            painNow: draft.painNow,
            painUsual: draft.painUsual,
            painWorst: draft.painWorst,
          }
        : null,
    redFlags: askedRedFlags(draft),
    // Unanswered stays unanswered (undefined), so the schema refuses it rather than reading it as "no injury".
    injury: draft.injured === true ? draft.injury : draft.injured === false ? null : undefined,
    activities: Object.values(draft.activities),
    equipment: draft.equipment,
    availableDays: draft.availableDays,
    ...(psfs.length > 0 ? { psfs } : {}),
  };
  const parsed = AnswersSchema.safeParse(candidate);
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })));
}

/**
 * A program needs a day to train on; answers whose warning sign stopped the check-in before training was asked
 * about need none, since no program is made from them.
 */
export function missingTrainingDays(answers: Answers): boolean {
  return screenRedFlags(answers).selfManagementAllowed && answers.availableDays.length === 0;
}

/**
 * A new check-in started from the last one sent: what the person told before is filled in for them to correct,
 * but the safety questions start unanswered again, since they must be read each time.
 */
export function draftFromAnswers(answers: Answers): AnswersDraft {
  const draft = emptyDraft();
  draft.ageYears = answers.person.ageYears;
  draft.sex = answers.person.sex ?? null;
  draft.selfCheck = { ...answers.selfCheck };
  draft.hasPain = answers.symptoms !== null;
  if (answers.symptoms !== null) {
    const { knee, locations, aggravators, durationWeeks, painNow, painUsual, painWorst } = answers.symptoms;
    Object.assign(draft, { knee, durationWeeks, painNow, painUsual, painWorst });
    draft.locations = [...locations];
    draft.aggravators = [...aggravators];
  }
  draft.activities = Object.fromEntries(
    answers.activities.map((activity) => [activity.sport, { ...activity }]),
  );
  draft.equipment = [...answers.equipment];
  draft.availableDays = [...answers.availableDays];
  const psfs = answers.psfs ?? [];
  draft.psfs = draft.psfs.map((empty, n) => ({ ...(psfs[n] ?? empty) }));
  return draft;
}
