/**
 * Named people whose answers files are reused across tests, examples and docs. Each one is a complete,
 * schema-valid `Answers` and is also written out as `examples/answers/<name>.json` (a test keeps them equal).
 */
import type { Answers, RedFlagAnswers } from "../intake/answers.js";

/** Every red-flag question answered "no". */
const NO_RED_FLAGS: RedFlagAnswers = {
  hotSwollenKneeWithFever: false,
  suddenSwellingWithWeakImmunity: false,
  deformityAfterInjury: false,
  cannotLiftStraightLeg: false,
  footColdPaleOrNumb: false,
  calfPainSwellingWarmth: false,
  highImpactTrauma: false,
  kneeLocks: false,
  swellingWithinHoursOfInjury: false,
  swellingHoursAfterInjury: false,
  givesWayAfterInjury: false,
  givesWayWithoutInjury: false,
  kneecapDislocated: false,
  constantNightOrRestPain: false,
  unexplainedWeightLoss: false,
  hardLumpNearKnee: false,
  worseningNumbnessOrWeakness: false,
  morningStiffnessOver30Min: false,
  severalSwollenJoints: false,
  childLimpOrHipPain: false,
  youngUnwellOrBruising: false,
  calfTenderWithoutCause: false,
  clotRiskImmobility: false,
  clotRiskHistoryOrCancer: false,
  clotRiskHormonal: false,
  penetratingKneeWound: false,
  kneeReplacement: false,
  otherInjuries: false,
  headInjuryOrConfusion: false,
  reducedFeelingInLegs: false,
};

/** Dana runs; her right kneecap hurts going down stairs and after long sitting (seed 004). Long run on Sunday. */
const runnerPfp: Answers = {
  version: 2,
  person: { name: "Dana", ageYears: 34, sex: "female", language: "en" },
  selfCheck: { sitsRegularly: true, hasBackPain: false, repetitiveExercise: true, doesHipBalanceWork: false },
  symptoms: {
    knee: "right",
    locations: ["around-kneecap", "behind-kneecap"],
    aggravators: ["stairs-down", "long-sitting", "running"],
    durationWeeks: 10,
    painNow: 3,
    painUsual: 4,
    painWorst: 6,
  },
  redFlags: { ...NO_RED_FLAGS },
  injury: null,
  activities: [{ sport: "running", sessionsPerWeek: 4, minutesPerSession: 45, hardDays: ["sun"] }],
  equipment: ["mini-band", "mat"],
  availableDays: ["mon", "tue", "thu", "fri", "sat", "sun"],
  psfs: [
    { activity: "Going down stairs", score: 5 },
    { activity: "Running 10 km", score: 4 },
    { activity: "Sitting through a film", score: 6 },
  ],
};

/** Marco rides at weekends; the outside of his left knee hurts (iliotibial band). He owns a foam roller. */
const cyclistItb: Answers = {
  version: 2,
  person: { name: "Marco", ageYears: 41, sex: "male", language: "en" },
  selfCheck: { sitsRegularly: true, hasBackPain: false, repetitiveExercise: true, doesHipBalanceWork: false },
  symptoms: {
    knee: "left",
    locations: ["outer-knee"],
    aggravators: ["cycling", "stairs-down"],
    durationWeeks: 6,
    painNow: 2,
    painUsual: 3,
    painWorst: 5,
  },
  redFlags: { ...NO_RED_FLAGS },
  injury: null,
  activities: [{ sport: "cycling", sessionsPerWeek: 2, minutesPerSession: 120, hardDays: ["sat", "sun"] }],
  equipment: ["foam-roller"],
  availableDays: ["mon", "tue", "wed", "thu", "sat", "sun"],
  psfs: [
    { activity: "Riding 2 hours", score: 4 },
    { activity: "Going down stairs", score: 7 },
  ],
};

/** Priya teaches yoga every day and has no knee pain: she trains hip balance to prevent it (seed 001). */
const yogaTeacherNoPain: Answers = {
  version: 2,
  person: { name: "Priya", ageYears: 38, sex: "female", language: "en" },
  selfCheck: {
    sitsRegularly: false,
    hasBackPain: false,
    repetitiveExercise: true,
    doesHipBalanceWork: false,
  },
  symptoms: null,
  redFlags: { ...NO_RED_FLAGS },
  injury: null,
  activities: [{ sport: "yoga", sessionsPerWeek: 6, minutesPerSession: 75, hardDays: [] }],
  equipment: ["yoga-block", "yoga-strap", "mat", "therapy-balls"],
  availableDays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
};

/** Sam's right knee is hot, red and swollen and he has a fever: an emergency, not a program. */
const redFlagPerson: Answers = {
  version: 2,
  person: { name: "Sam", ageYears: 52, sex: "male", language: "en" },
  selfCheck: {
    sitsRegularly: true,
    hasBackPain: false,
    repetitiveExercise: false,
    doesHipBalanceWork: false,
  },
  symptoms: {
    knee: "right",
    locations: ["around-kneecap"],
    aggravators: ["walking", "kneeling"],
    durationWeeks: 0,
    painNow: 7,
    painUsual: 6,
    painWorst: 8,
  },
  redFlags: { ...NO_RED_FLAGS, hotSwollenKneeWithFever: true },
  injury: null,
  activities: [{ sport: "walking", sessionsPerWeek: 5, minutesPerSession: 30, hardDays: [] }],
  equipment: [],
  availableDays: ["mon", "wed", "fri"],
};

/** Ruth, 58, fell on her left knee 2 days ago: at 55 or over the Ottawa knee rules call for an X-ray. */
const injuredOttawa: Answers = {
  version: 2,
  person: { name: "Ruth", ageYears: 58, sex: "female", language: "en" },
  selfCheck: { sitsRegularly: true, hasBackPain: true, repetitiveExercise: false, doesHipBalanceWork: false },
  symptoms: {
    knee: "left",
    locations: ["around-kneecap", "inner-knee"],
    aggravators: ["walking", "stairs-down"],
    durationWeeks: 0,
    painNow: 4,
    painUsual: 4,
    painWorst: 6,
  },
  redFlags: { ...NO_RED_FLAGS },
  injury: {
    daysAgo: 2,
    tenderOnlyOnKneecap: false,
    tenderAtFibulaHead: false,
    cannotBendTo90: false,
    couldNotTakeFourSteps: false,
  },
  activities: [{ sport: "walking", sessionsPerWeek: 3, minutesPerSession: 40, hardDays: [] }],
  equipment: ["chair", "wall"],
  availableDays: ["tue", "thu", "sat"],
};

/** Alex sits all day at a desk, has back pain, walks, and owns no equipment. */
const deskWorker: Answers = {
  version: 2,
  person: { name: "Alex", ageYears: 45, sex: "other", language: "en" },
  selfCheck: { sitsRegularly: true, hasBackPain: true, repetitiveExercise: false, doesHipBalanceWork: false },
  symptoms: {
    knee: "both",
    locations: ["around-kneecap"],
    aggravators: ["long-sitting", "stairs-up"],
    durationWeeks: 20,
    painNow: 2,
    painUsual: 3,
    painWorst: 4,
  },
  redFlags: { ...NO_RED_FLAGS },
  injury: null,
  activities: [{ sport: "walking", sessionsPerWeek: 5, minutesPerSession: 30, hardDays: [] }],
  equipment: [],
  availableDays: ["mon", "wed", "fri"],
  psfs: [
    { activity: "Climbing the office stairs", score: 6 },
    { activity: "Sitting through a long meeting", score: 5 },
  ],
};

/** Camille, triathlète, reads everything in French; the outside of her right knee hurts on the run and the bike. */
const frenchTriathlete: Answers = {
  version: 2,
  person: { name: "Camille", ageYears: 29, sex: "female", language: "fr" },
  selfCheck: {
    sitsRegularly: false,
    hasBackPain: false,
    repetitiveExercise: true,
    doesHipBalanceWork: false,
  },
  symptoms: {
    knee: "right",
    locations: ["outer-knee", "outer-thigh"],
    aggravators: ["running", "cycling", "downhill"],
    durationWeeks: 4,
    painNow: 2,
    painUsual: 3,
    painWorst: 5,
  },
  redFlags: { ...NO_RED_FLAGS },
  injury: null,
  activities: [
    { sport: "swimming", sessionsPerWeek: 2, minutesPerSession: 45, hardDays: [] },
    { sport: "cycling", sessionsPerWeek: 2, minutesPerSession: 90, hardDays: ["sat"] },
    { sport: "running", sessionsPerWeek: 3, minutesPerSession: 50, hardDays: ["sun"] },
  ],
  equipment: ["mini-band", "foam-roller", "mat"],
  availableDays: ["mon", "tue", "wed", "thu", "sat", "sun"],
  psfs: [
    { activity: "Courir 10 km", score: 5 },
    { activity: "Descendre les escaliers", score: 7 },
  ],
};

export const personas = {
  runnerPfp,
  cyclistItb,
  yogaTeacherNoPain,
  redFlagPerson,
  injuredOttawa,
  deskWorker,
  frenchTriathlete,
} as const satisfies Readonly<Record<string, Answers>>;

export type PersonaName = keyof typeof personas;
