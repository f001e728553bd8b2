/**
 * The answers a person gives at check-in: the seed 001 self-check, the symptom intake, the red-flag screen,
 * and what shapes the program (sports, equipment, days). One schema serves the CLI's `--answers` file, the
 * HTTP API and the web app, and `hipcheck schema answers` prints it as JSON Schema.
 */
import { z } from "zod";
import { EQUIPMENT } from "../knowledge/schema.js";
import { PLAUSIBLE_DATE_RANGE, WEEKDAYS, isIsoDate, isPlausibleDate } from "../shared/dates.js";
import { LANGUAGES } from "../shared/i18n.js";

/** 0–10 numeric pain rating scale (NPRS): 0 = no pain, 10 = worst pain imaginable. */
export const PAIN_SCORE_MIN = 0;
export const PAIN_SCORE_MAX = 10;
export const PainScoreSchema = z
  .number()
  .int()
  .min(PAIN_SCORE_MIN)
  .max(PAIN_SCORE_MAX)
  .describe("Pain on the 0–10 numeric rating scale: 0 = no pain, 10 = worst pain imaginable");

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "must be a calendar date written YYYY-MM-DD" })
  .describe("A calendar date, YYYY-MM-DD");

/** What a request may carry as a date: a calendar date a person can mean (stored data is read with IsoDateSchema). */
export const PlausibleDateSchema = z
  .string()
  .refine(isIsoDate, { message: "must be a calendar date written YYYY-MM-DD" })
  .refine(isPlausibleDate, {
    message: `must be between ${PLAUSIBLE_DATE_RANGE.first} and ${PLAUSIBLE_DATE_RANGE.last}`,
  })
  .describe(
    `A calendar date, YYYY-MM-DD, from ${PLAUSIBLE_DATE_RANGE.first} to ${PLAUSIBLE_DATE_RANGE.last}`,
  );

export const WeekdaySchema = z.enum(WEEKDAYS);

/** Seed 001, "Knee pain? Check in with your hips": four yes/no questions. */
export const SelfCheckSchema = z
  .object({
    sitsRegularly: z.boolean().describe("1) Do you sit on a regular basis?"),
    hasBackPain: z.boolean().describe("2) Do you have back pain?"),
    repetitiveExercise: z.boolean().describe("3) Does your exercise routine contain repetitive motions?"),
    doesHipBalanceWork: z
      .boolean()
      .describe("4) Do you intentionally do exercises to maintain balance around your hip joints?"),
  })
  .strict();
export type SelfCheck = z.infer<typeof SelfCheckSchema>;

export const KNEE_SIDES = ["left", "right", "both"] as const;
export type KneeSide = (typeof KNEE_SIDES)[number];

export const PAIN_LOCATIONS = [
  "around-kneecap",
  "behind-kneecap",
  "outer-knee",
  "inner-knee",
  "back-of-knee",
  "below-kneecap",
  "outer-hip",
  "outer-thigh",
] as const;
export type PainLocation = (typeof PAIN_LOCATIONS)[number];

export const AGGRAVATORS = [
  "stairs-down",
  "stairs-up",
  "long-sitting",
  "running",
  "cycling",
  "squatting",
  "kneeling",
  "jumping",
  "walking",
  "downhill",
] as const;
export type Aggravator = (typeof AGGRAVATORS)[number];

export const SymptomsSchema = z
  .object({
    knee: z.enum(KNEE_SIDES).describe("Which knee hurts"),
    locations: z.array(z.enum(PAIN_LOCATIONS)).min(1).describe("Where it hurts"),
    aggravators: z.array(z.enum(AGGRAVATORS)).describe("What makes it worse"),
    durationWeeks: z.number().int().min(0).max(5200).describe("How long it has hurt, in weeks"),
    painNow: PainScoreSchema,
    painUsual: PainScoreSchema,
    painWorst: PainScoreSchema,
  })
  .strict();
export type Symptoms = z.infer<typeof SymptomsSchema>;

export const SPORTS = [
  "running",
  "cycling",
  "triathlon",
  "yoga",
  "walking",
  "gym",
  "hiit",
  "swimming",
  "team-sport",
  "other",
] as const;
export type Sport = (typeof SPORTS)[number];

export const ActivitySchema = z
  .object({
    sport: z.enum(SPORTS),
    sessionsPerWeek: z.number().int().min(0).max(21),
    minutesPerSession: z.number().int().min(0).max(1440),
    /** Days of long or hard sessions for the big muscles (e.g. the runner's long run on Sunday). */
    hardDays: z.array(WeekdaySchema).describe("Days of long or hard sessions (big-muscle days)"),
  })
  .strict();
export type Activity = z.infer<typeof ActivitySchema>;

/**
 * Red-flag questions (docs/clinical §7). Each is a yes/no about now or the last weeks. Which ages and which
 * situations (after an injury or not) each question is put to is in `RED_FLAG_QUESTION_SCOPE` (questions.ts).
 */
export const RedFlagAnswersSchema = z
  .object({
    hotSwollenKneeWithFever: z.boolean().describe("Hot, red, swollen knee and fever or feeling unwell"),
    suddenSwellingWithWeakImmunity: z
      .boolean()
      .describe("Sudden swelling without injury while immunity is low (cancer, diabetes, steroids, HIV)"),
    deformityAfterInjury: z
      .boolean()
      .describe("The knee or kneecap looks out of place or deformed after an injury"),
    cannotLiftStraightLeg: z.boolean().describe("Cannot lift the leg straight off the bed after an injury"),
    footColdPaleOrNumb: z
      .boolean()
      .describe("Foot cold, pale, numb, or pins and needles that do not go away"),
    calfPainSwellingWarmth: z.boolean().describe("Calf pain with swelling, warmth or discoloured skin"),
    highImpactTrauma: z
      .boolean()
      .describe("A high-impact accident (fall from height, car, bike crash) recently"),
    kneeLocks: z.boolean().describe("The knee locks and cannot fully straighten"),
    swellingWithinHoursOfInjury: z.boolean().describe("The knee swelled within about 2 hours of an injury"),
    swellingHoursAfterInjury: z
      .boolean()
      .describe("The knee swelled later, several hours to a day after an injury (since version 2)"),
    givesWayAfterInjury: z.boolean().describe("The knee gives way since an injury"),
    givesWayWithoutInjury: z
      .boolean()
      .describe("The knee gives way or buckles without any injury (since version 2)"),
    kneecapDislocated: z.boolean().describe("The kneecap has slipped out of place"),
    constantNightOrRestPain: z
      .boolean()
      .describe("Constant pain at night or at rest that painkillers do not ease"),
    unexplainedWeightLoss: z.boolean().describe("Weight loss without trying"),
    hardLumpNearKnee: z.boolean().describe("A hard lump near the knee"),
    worseningNumbnessOrWeakness: z
      .boolean()
      .describe("Numbness or weakness in the leg that is getting worse"),
    morningStiffnessOver30Min: z.boolean().describe("Morning stiffness that lasts more than 30 minutes"),
    severalSwollenJoints: z
      .boolean()
      .describe("Several joints swollen or painful, or psoriasis or bowel disease"),
    childLimpOrHipPain: z
      .boolean()
      .describe("A limp, hip, groin or thigh pain, or knee pain with a stiff hip (asked at every age)"),
    youngUnwellOrBruising: z
      .boolean()
      .describe(
        "Under 18: fever, unusual paleness or tiredness, or bruises without a knock (since version 2)",
      ),
    // Asked since version 2 added them; optional, so version 2 files written before still read (a caution then asks
    // the person to answer them: `RED_FLAG_QUESTIONS_ADDED_LATER`).
    calfTenderWithoutCause: z
      .boolean()
      .optional()
      .describe("A calf tender or painful with no knock, strain or cramp to explain it (optional)"),
    clotRiskImmobility: z
      .boolean()
      .optional()
      .describe(
        "Last 12 weeks: an operation, a leg in plaster, 3 days or more in bed, or a journey over 4 hours (optional)",
      ),
    clotRiskHistoryOrCancer: z
      .boolean()
      .optional()
      .describe("A blood clot before, or cancer treatment now or in the last 6 months (optional)"),
    clotRiskHormonal: z
      .boolean()
      .optional()
      .describe("Pregnant, a birth in the last 6 weeks, or the pill or hormone treatment (optional)"),
    penetratingKneeWound: z
      .boolean()
      .optional()
      .describe("After an injury: a wound that cut or pierced the skin over the knee (optional)"),
    kneeReplacement: z
      .boolean()
      .optional()
      .describe("After an injury: an artificial joint (knee replacement) in this knee (optional)"),
    otherInjuries: z
      .boolean()
      .optional()
      .describe("After an injury: other parts of the body injured too, beyond bruises or grazes (optional)"),
    headInjuryOrConfusion: z
      .boolean()
      .optional()
      .describe("After an injury: the head was hit, a blackout, or confusion or drowsiness since (optional)"),
    reducedFeelingInLegs: z
      .boolean()
      .optional()
      .describe(
        "After an injury: reduced feeling in the legs or feet (diabetes, a nerve condition) (optional)",
      ),
  })
  .strict();
export type RedFlagAnswers = z.infer<typeof RedFlagAnswersSchema>;

/** Ottawa knee rules (Stiell 1995/1996): asked only after an injury in the last 7 days. */
export const InjurySchema = z
  .object({
    daysAgo: z.number().int().min(0).max(3650).describe("Days since the injury"),
    tenderOnlyOnKneecap: z.boolean().describe("Tender only on the kneecap, nowhere else on the bone"),
    tenderAtFibulaHead: z.boolean().describe("Tender on the bony bump on the outside below the knee"),
    cannotBendTo90: z.boolean().describe("Cannot bend the knee to a right angle"),
    couldNotTakeFourSteps: z
      .boolean()
      .describe("Could not take 4 steps, both right after the injury and now (limping counts as a step)"),
  })
  .strict();
export type Injury = z.infer<typeof InjurySchema>;

/** Patient-Specific Functional Scale: up to five activities the person finds hard, each 0 (unable) to 10. */
export const PsfsItemSchema = z
  .object({
    activity: z.string().trim().min(1).max(120),
    score: z.number().int().min(0).max(10).describe("0 = unable to do it, 10 = able to do it as before"),
  })
  .strict();
export const PsfsSchema = z.array(PsfsItemSchema).min(1).max(5);
export type PsfsItem = z.infer<typeof PsfsItemSchema>;

/** The version of the answers file this code writes; version 1 files are still read (see `AnswersSchema`). */
export const ANSWERS_VERSION = 2;

/** The red-flag questions added in version 2: a version 1 file was never asked them. */
export const RED_FLAG_QUESTIONS_ADDED_IN_V2 = [
  "swellingHoursAfterInjury",
  "givesWayWithoutInjury",
  "youngUnwellOrBruising",
] as const satisfies readonly (keyof RedFlagAnswers)[];

/**
 * The safety questions added to version 2 after its first release: optional fields, so the files written before
 * still read. A file without one of them was never asked it (`redFlagsNotAskedOf`).
 */
export const RED_FLAG_QUESTIONS_ADDED_LATER = [
  "calfTenderWithoutCause",
  "clotRiskImmobility",
  "clotRiskHistoryOrCancer",
  "clotRiskHormonal",
  "penetratingKneeWound",
  "kneeReplacement",
  "otherInjuries",
  "headInjuryOrConfusion",
  "reducedFeelingInLegs",
] as const satisfies readonly (keyof RedFlagAnswers)[];

const RED_FLAG_QUESTION_KEYS = Object.keys(RedFlagAnswersSchema.shape) as [
  keyof RedFlagAnswers,
  ...(keyof RedFlagAnswers)[],
];

/** The answers file as this version writes it; `hipcheck schema answers` prints this one. */
export const AnswersV2Schema = z
  .object({
    version: z.literal(ANSWERS_VERSION),
    person: z
      .object({
        name: z.string().trim().min(1).max(120).optional(),
        ageYears: z.number().int().min(5).max(120),
        sex: z.enum(["female", "male", "other"]).optional(),
        language: z.enum(LANGUAGES),
      })
      .strict(),
    selfCheck: SelfCheckSchema,
    /** Absent when the person has no knee pain (e.g. a yoga teacher training for prevention). */
    symptoms: SymptomsSchema.nullable(),
    redFlags: RedFlagAnswersSchema,
    /**
     * Safety questions the person was never asked, although `redFlags` holds a "no" for them: the answers came
     * from an older version of the check-in. The screen says so and asks the person to answer again.
     */
    redFlagsNotAsked: z
      .array(z.enum(RED_FLAG_QUESTION_KEYS))
      .optional()
      .describe("Safety questions never put to the person (answers upgraded from an older version)"),
    /** Present when the knee was injured (a fall, a twist, a blow); drives the Ottawa knee rules. */
    injury: InjurySchema.nullable(),
    activities: z.array(ActivitySchema),
    equipment: z.array(z.enum(EQUIPMENT)).describe("Equipment at hand; body-weight work needs none"),
    /**
     * Empty only when the red-flag screen stopped the check-in before training was asked about: a program needs
     * at least one day, and the generator says so.
     */
    availableDays: z.array(WeekdaySchema).describe("Days the person can train"),
    /** Strength sessions a week: twice by default (seed 002); three only when the person asks for it. */
    strengthSessionsPerWeek: z
      .union([z.literal(2), z.literal(3)])
      .optional()
      .describe("Strength sessions a week you want: 2 (the default) or 3"),
    psfs: PsfsSchema.optional(),
  })
  .strict();
export type Answers = z.infer<typeof AnswersV2Schema>;

/** Version 1, frozen: the red-flag screen before the questions of `RED_FLAG_QUESTIONS_ADDED_IN_V2`. */
export const AnswersV1Schema = AnswersV2Schema.omit({ redFlagsNotAsked: true }).extend({
  version: z.literal(1),
  redFlags: RedFlagAnswersSchema.omit({
    swellingHoursAfterInjury: true,
    givesWayWithoutInjury: true,
    youngUnwellOrBruising: true,
  }),
});
export type AnswersV1 = z.infer<typeof AnswersV1Schema>;

/**
 * A version 1 file read as version 2: its answers unchanged, the questions it never asked answered "no" and
 * listed in `redFlagsNotAsked`, so no shell takes a "no" for an answer the person gave.
 */
export function upgradeAnswersV1(answers: AnswersV1): Answers {
  const notAsked = Object.fromEntries(RED_FLAG_QUESTIONS_ADDED_IN_V2.map((question) => [question, false]));
  return {
    ...answers,
    version: ANSWERS_VERSION,
    redFlags: {
      ...(notAsked as Pick<RedFlagAnswers, (typeof RED_FLAG_QUESTIONS_ADDED_IN_V2)[number]>),
      ...answers.redFlags,
    },
    redFlagsNotAsked: [...RED_FLAG_QUESTIONS_ADDED_IN_V2],
  };
}

/**
 * Reads any version of the answers (a file, a request body, a stored row) and gives the current one. The
 * `version` field picks the shape, so a mistake in a version 2 file is reported against version 2 only.
 */
export const AnswersSchema = z.discriminatedUnion(
  "version",
  [AnswersV2Schema, AnswersV1Schema.transform(upgradeAnswersV1)],
  { error: `must be ${ANSWERS_VERSION} (the current version) or 1` },
);

/**
 * Every safety question these answers never put to the person: those an upgrade from version 1 lists, and those
 * added later that the file does not hold. Whether each applies to this person is the screen's business
 * (`isRedFlagQuestionAsked`).
 */
export function redFlagsNotAskedOf(answers: Answers): (keyof RedFlagAnswers)[] {
  const absent = RED_FLAG_QUESTIONS_ADDED_LATER.filter(
    (question) => answers.redFlags[question] === undefined,
  );
  return [...new Set([...(answers.redFlagsNotAsked ?? []), ...absent])];
}
