/**
 * The check-in form's working state, and its conversion to `Answers`. The form keeps text and optional
 * fields loosely; `toAnswers` builds the strict shape and validates it with the one AnswersSchema, so the
 * browser never sends what the server would refuse.
 */
import { ANSWERS_VERSION, AnswersSchema, RED_FLAG_QUESTIONS, err, ok, screenRedFlags } from "@hipcheck/core";
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
  painNow: number;
  painUsual: number;
  painWorst: number;
  redFlags: RedFlagAnswers;
  injured: boolean;
  injury: Injury;
  activities: Partial<Record<Sport, Activity>>;
  equipment: Equipment[];
  availableDays: Weekday[];
  psfs: { activity: string; score: number }[];
};

const NO_RED_FLAGS = Object.fromEntries(
  Object.keys(RED_FLAG_QUESTIONS).map((key) => [key, false]),
) as RedFlagAnswers;

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
    painNow: 0,
    painUsual: 0,
    painWorst: 0,
    redFlags: { ...NO_RED_FLAGS },
    injured: false,
    injury: {
      daysAgo: 0,
      tenderOnlyOnKneecap: false,
      tenderAtFibulaHead: false,
      cannotBendTo90: false,
      couldNotTakeFourSteps: false,
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
    redFlags: draft.redFlags,
    injury: draft.injured ? draft.injury : null,
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
