/**
 * The words of the check-in, in English and French, shared by the terminal and the web app so that both ask
 * exactly the same questions. Field names match AnswersSchema.
 */
import type { Equipment } from "../knowledge/schema.js";
import type { Weekday } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import type {
  Aggravator,
  Injury,
  KneeSide,
  PainLocation,
  RedFlagAnswers,
  SelfCheck,
  Sport,
} from "./answers.js";

/** Seed 001, "Knee pain? Check in with your hips". */
export const SELF_CHECK_QUESTIONS: Readonly<Record<keyof SelfCheck, Localized>> = {
  sitsRegularly: {
    en: "Do you sit on a regular basis?",
    fr: "Restez-vous régulièrement en position assise\u00a0?",
  },
  hasBackPain: { en: "Do you have back pain?", fr: "Avez-vous mal au dos\u00a0?" },
  repetitiveExercise: {
    en: "Does your exercise routine contain repetitive motions (running, cycling, the same yoga flow)?",
    fr: "Votre activité physique comporte-t-elle des mouvements répétitifs (course, vélo, le même enchaînement de yoga)\u00a0?",
  },
  doesHipBalanceWork: {
    en: "Do you intentionally do exercises to keep the muscles around your hips balanced?",
    fr: "Faites-vous volontairement des exercices pour garder l’équilibre des muscles autour de vos hanches\u00a0?",
  },
};

/** docs/clinical §7: signs that need a clinician rather than self-management. In the order they are asked. */
export const RED_FLAG_QUESTIONS: Readonly<Record<keyof RedFlagAnswers, Localized>> = {
  hotSwollenKneeWithFever: {
    en: "Is your knee hot, red and swollen, and do you have a fever or feel unwell?",
    fr: "Votre genou est-il chaud, rouge et gonflé, avec de la fièvre ou une sensation d’être malade\u00a0?",
  },
  suddenSwellingWithWeakImmunity: {
    en: "Did your knee swell suddenly, without an injury, while your immunity is low (cancer treatment, diabetes, steroids, HIV)?",
    fr: "Votre genou a-t-il gonflé brusquement, sans blessure, alors que votre immunité est affaiblie (traitement d’un cancer, diabète, corticoïdes, VIH)\u00a0?",
  },
  deformityAfterInjury: {
    en: "After an injury, does the knee or kneecap look out of place or deformed?",
    fr: "Après une blessure, le genou ou la rotule semble-t-il déplacé ou déformé\u00a0?",
  },
  cannotLiftStraightLeg: {
    en: "After an injury, are you unable to lift your leg straight off the bed?",
    fr: "Après une blessure, êtes-vous incapable de soulever la jambe tendue du lit\u00a0?",
  },
  footColdPaleOrNumb: {
    en: "Is your foot cold, pale or numb, or do you have pins and needles that do not go away?",
    fr: "Votre pied est-il froid, pâle ou engourdi, ou avez-vous des fourmillements qui ne passent pas\u00a0?",
  },
  calfPainSwellingWarmth: {
    en: "Do you have calf pain with swelling, warmth or discoloured skin?",
    fr: "Avez-vous une douleur au mollet avec gonflement, chaleur ou peau de couleur inhabituelle\u00a0?",
  },
  highImpactTrauma: {
    en: "Have you recently had a high-impact accident (a fall from a height, a car or bike crash)?",
    fr: "Avez-vous eu récemment un accident violent (chute de hauteur, accident de voiture ou de vélo)\u00a0?",
  },
  kneeLocks: {
    en: "Does your knee lock so that you cannot fully straighten it?",
    fr: "Votre genou se bloque-t-il au point de ne plus pouvoir le tendre complètement\u00a0?",
  },
  swellingWithinHoursOfInjury: {
    en: "Did your knee swell within about 2 hours of an injury?",
    fr: "Votre genou a-t-il gonflé dans les 2 heures environ après une blessure\u00a0?",
  },
  swellingHoursAfterInjury: {
    en: "Did your knee swell up later, several hours or the day after an injury?",
    fr: "Votre genou a-t-il gonflé plus tard, quelques heures après la blessure ou le lendemain\u00a0?",
  },
  givesWayAfterInjury: {
    en: "Since an injury, does your knee give way?",
    fr: "Depuis une blessure, votre genou se dérobe-t-il\u00a0?",
  },
  givesWayWithoutInjury: {
    en: "Without any injury, does your knee give way or buckle under you?",
    fr: "Sans aucune blessure, votre genou se dérobe-t-il ou lâche-t-il sous vous\u00a0?",
  },
  // docs/clinical §7.2: a traumatic or first dislocation, or a recurrent one with marked swelling, needs a clinician;
  // the screen's frame ("over the last few weeks") keeps an old, settled dislocation from stopping the program.
  kneecapDislocated: {
    en: "In the last few weeks, has your kneecap slipped out of place?",
    fr: "Ces dernières semaines, votre rotule est-elle sortie de sa place\u00a0?",
  },
  constantNightOrRestPain: {
    en: "Do you have constant pain at night or at rest that painkillers do not ease?",
    fr: "Avez-vous une douleur constante la nuit ou au repos que les antidouleurs ne soulagent pas\u00a0?",
  },
  unexplainedWeightLoss: {
    en: "Have you lost weight without trying?",
    fr: "Avez-vous perdu du poids sans le vouloir\u00a0?",
  },
  hardLumpNearKnee: {
    en: "Is there a hard lump near your knee?",
    fr: "Y a-t-il une grosseur dure près de votre genou\u00a0?",
  },
  worseningNumbnessOrWeakness: {
    en: "Is numbness or weakness in your leg getting worse?",
    fr: "Un engourdissement ou une faiblesse de la jambe s’aggrave-t-il\u00a0?",
  },
  morningStiffnessOver30Min: {
    en: "Does morning stiffness last more than 30 minutes?",
    fr: "La raideur du matin dure-t-elle plus de 30 minutes\u00a0?",
  },
  severalSwollenJoints: {
    en: "Are several joints swollen or painful, or do you have psoriasis or an inflammatory bowel disease?",
    fr: "Plusieurs articulations sont-elles gonflées ou douloureuses, ou avez-vous un psoriasis ou une maladie inflammatoire de l’intestin\u00a0?",
  },
  childLimpOrHipPain: {
    en: "Do you limp, or have pain in the hip, groin or thigh, or knee pain with a stiff hip?",
    fr: "Boitez-vous, ou avez-vous mal à la hanche, à l’aine ou à la cuisse, ou mal au genou avec une hanche raide\u00a0?",
  },
  youngUnwellOrBruising: {
    en: "Along with the pain, has there been a fever, unusual paleness or tiredness, or bruises that appear without a knock?",
    fr: "Avec la douleur, y a-t-il eu de la fièvre, une pâleur ou une fatigue inhabituelles, ou des bleus apparus sans choc\u00a0?",
  },
  // docs/clinical §7.4: a calf sign with the Wells score's history items, and the common risk factors for a clot.
  calfTenderWithoutCause: {
    en: "Is one of your calves tender or painful, even without swelling, with no knock, strain or cramp to explain it?",
    fr: "Un de vos mollets est-il sensible ou douloureux, même sans gonflement, sans choc, élongation ni crampe pour l’expliquer\u00a0?",
  },
  clotRiskImmobility: {
    en: "In the last 12 weeks, have you had an operation, a leg in plaster, 3 days or more in bed, or a journey of more than 4 hours?",
    fr: "Ces 12 dernières semaines, avez-vous subi une opération, eu une jambe plâtrée, passé 3 jours ou plus au lit, ou fait un trajet de plus de 4 heures\u00a0?",
  },
  clotRiskHistoryOrCancer: {
    en: "Have you ever had a blood clot in a leg or a lung, or are you being treated for cancer (now or in the last 6 months)?",
    fr: "Avez-vous déjà eu un caillot dans une jambe ou un poumon, ou un traitement contre un cancer (en ce moment ou ces 6 derniers mois)\u00a0?",
  },
  clotRiskHormonal: {
    en: "Are you pregnant, have you given birth in the last 6 weeks, or do you take the contraceptive pill or a hormone treatment?",
    fr: "Êtes-vous enceinte, avez-vous accouché ces 6 dernières semaines, ou prenez-vous la pilule ou un traitement hormonal\u00a0?",
  },
  // docs/clinical §7.3: the cases the Ottawa knee rules were not made for.
  penetratingKneeWound: {
    en: "Did the injury cut or pierce the skin over the knee?",
    fr: "La blessure a-t-elle coupé ou percé la peau du genou\u00a0?",
  },
  kneeReplacement: {
    en: "Is there an artificial joint (a knee replacement) in the injured knee?",
    fr: "Le genou blessé a-t-il une prothèse (articulation artificielle)\u00a0?",
  },
  otherInjuries: {
    en: "Were other parts of your body injured at the same time, beyond bruises or grazes?",
    fr: "D’autres parties du corps ont-elles été blessées en même temps, au-delà de bleus ou d’écorchures\u00a0?",
  },
  headInjuryOrConfusion: {
    en: "When the knee was injured, did you hit your head or black out, or have you been confused or drowsy since?",
    fr: "Lors de la blessure, vous êtes-vous cogné la tête ou avez-vous perdu connaissance, ou avez-vous eu depuis des moments de confusion ou de somnolence\u00a0?",
  },
  reducedFeelingInLegs: {
    en: "Is the feeling in your legs or feet reduced, for example because of diabetes or a nerve condition?",
    fr: "La sensibilité de vos jambes ou de vos pieds est-elle diminuée, par exemple à cause d’un diabète ou d’une maladie des nerfs\u00a0?",
  },
};

/**
 * Questions about the person's situation that raise no flag on their own: the risk factors for a clot, which change
 * what a calf sign means (docs/clinical §7.4) and call for a caution beside the program.
 */
export const CLOT_RISK_QUESTIONS = [
  "clotRiskImmobility",
  "clotRiskHistoryOrCancer",
  "clotRiskHormonal",
] as const satisfies readonly (keyof RedFlagAnswers)[];
export type ClotRiskQuestion = (typeof CLOT_RISK_QUESTIONS)[number];

/**
 * To whom a safety question is put. A shell asks a question only when it applies (an answer of "no" stands for
 * the others); the screen still honours a "yes" given to any question.
 * - `injury`: `injured` only after a knee injury (the check-in's injury question), `not-injured` only without
 *   one, `any` always.
 * - `minAgeYears`/`maxAgeYears`: inclusive bounds, absent when the question is for every age.
 */
export type QuestionScope = {
  readonly injury: "injured" | "not-injured" | "any";
  readonly minAgeYears?: number;
  readonly maxAgeYears?: number;
};

/** Adults are 18 and over: the children's signs of docs/clinical §7.2 are asked up to 17. */
export const ADULT_AGE_YEARS = 18;

const ALWAYS: QuestionScope = { injury: "any" };
const AFTER_INJURY: QuestionScope = { injury: "injured" };

export const RED_FLAG_QUESTION_SCOPE: Readonly<Record<keyof RedFlagAnswers, QuestionScope>> = {
  hotSwollenKneeWithFever: ALWAYS,
  suddenSwellingWithWeakImmunity: ALWAYS,
  deformityAfterInjury: AFTER_INJURY,
  cannotLiftStraightLeg: AFTER_INJURY,
  footColdPaleOrNumb: ALWAYS,
  calfPainSwellingWarmth: ALWAYS,
  // A crash can hurt more than the knee: asked even when the knee question was answered "no".
  highImpactTrauma: ALWAYS,
  kneeLocks: ALWAYS,
  swellingWithinHoursOfInjury: AFTER_INJURY,
  swellingHoursAfterInjury: AFTER_INJURY,
  givesWayAfterInjury: AFTER_INJURY,
  givesWayWithoutInjury: { injury: "not-injured" },
  kneecapDislocated: ALWAYS,
  constantNightOrRestPain: ALWAYS,
  unexplainedWeightLoss: ALWAYS,
  hardLumpNearKnee: ALWAYS,
  worseningNumbnessOrWeakness: ALWAYS,
  morningStiffnessOver30Min: ALWAYS,
  severalSwollenJoints: ALWAYS,
  // Asked at every age: the hip can be the source of knee pain in adults too (Devon guidance, docs/clinical §7.2).
  childLimpOrHipPain: ALWAYS,
  youngUnwellOrBruising: { injury: "any", maxAgeYears: ADULT_AGE_YEARS - 1 },
  calfTenderWithoutCause: ALWAYS,
  clotRiskImmobility: ALWAYS,
  clotRiskHistoryOrCancer: ALWAYS,
  // The pill and pregnancy: from the age the program starts (12), whatever the sex given, which is optional.
  clotRiskHormonal: { injury: "any", minAgeYears: 12 },
  penetratingKneeWound: AFTER_INJURY,
  kneeReplacement: AFTER_INJURY,
  otherInjuries: AFTER_INJURY,
  headInjuryOrConfusion: AFTER_INJURY,
  reducedFeelingInLegs: AFTER_INJURY,
};

/** Whether a shell puts this safety question to a person of this age, injured or not. */
export function isRedFlagQuestionAsked(
  question: keyof RedFlagAnswers,
  person: { readonly ageYears: number; readonly injured: boolean },
): boolean {
  const scope = RED_FLAG_QUESTION_SCOPE[question];
  if (scope.injury === "injured" && !person.injured) return false;
  if (scope.injury === "not-injured" && person.injured) return false;
  if (scope.minAgeYears !== undefined && person.ageYears < scope.minAgeYears) return false;
  return scope.maxAgeYears === undefined || person.ageYears <= scope.maxAgeYears;
}

/** Ottawa knee rules (Stiell 1995/1996), asked only after an injury. */
export const INJURY_QUESTIONS: Readonly<Record<Exclude<keyof Injury, "daysAgo">, Localized>> = {
  tenderOnlyOnKneecap: {
    en: "Is the kneecap tender to touch, and no other bone around the knee?",
    fr: "La rotule est-elle douloureuse au toucher, sans autre os sensible autour du genou\u00a0?",
  },
  tenderAtFibulaHead: {
    en: "Is the bony bump on the outside, just below the knee, tender to touch?",
    fr: "La bosse osseuse à l’extérieur, juste sous le genou, est-elle douloureuse au toucher\u00a0?",
  },
  cannotBendTo90: {
    en: "Are you unable to bend the knee to a right angle?",
    fr: "Êtes-vous incapable de plier le genou à angle droit\u00a0?",
  },
  couldNotTakeFourSteps: {
    en: "Could you not take 4 steps, both right after the injury and now? (Limping steps count as steps.)",
    fr: "Étiez-vous incapable de faire 4 pas, juste après la blessure et encore maintenant\u00a0? (Des pas en boitant comptent.)",
  },
};

/**
 * The rest of the check-in, worded once for every shell (the terminal and the web app's check-in steps both read
 * these). Keys name the answer each question fills in.
 */
export const CHECK_IN_QUESTIONS = {
  name: { en: "Your first name (optional)", fr: "Votre prénom (facultatif)" },
  ageYears: { en: "Age in years", fr: "Âge en années" },
  sex: { en: "Sex (optional)", fr: "Sexe (facultatif)" },
  hasPain: { en: "Do you have knee pain now?", fr: "Avez-vous mal au genou en ce moment\u00a0?" },
  knee: { en: "Which knee hurts?", fr: "Quel genou fait mal\u00a0?" },
  locations: { en: "Where does it hurt?", fr: "Où avez-vous mal\u00a0?" },
  aggravators: { en: "What makes it worse?", fr: "Qu’est-ce qui aggrave la douleur\u00a0?" },
  durationWeeks: {
    en: "For how many weeks has it hurt?",
    fr: "Depuis combien de semaines avez-vous mal\u00a0?",
  },
  painNow: {
    en: "Pain now (0 = none, 10 = worst imaginable)",
    fr: "Douleur maintenant (0 = aucune, 10 = la pire imaginable)",
  },
  painUsual: { en: "Usual pain over the last week", fr: "Douleur habituelle sur la dernière semaine" },
  painWorst: { en: "Worst pain over the last week", fr: "Pire douleur sur la dernière semaine" },
  redFlagsIntro: {
    en: "Over the last few weeks, has any of this happened? Answer honestly: these signs need a clinician, not exercises.",
    fr: "Ces dernières semaines, avez-vous eu l’un de ces signes\u00a0? Répondez franchement\u00a0: ils demandent un professionnel de santé, pas des exercices.",
  },
  injured: {
    en: "Was the knee injured (a fall, a twist, a blow)?",
    fr: "Le genou a-t-il été blessé (chute, torsion, choc)\u00a0?",
  },
  injuryDaysAgo: { en: "How many days ago?", fr: "Il y a combien de jours\u00a0?" },
  sports: { en: "Your sports", fr: "Vos sports" },
  sessionsPerWeek: { en: "Sessions per week", fr: "Séances par semaine" },
  minutesPerSession: { en: "Minutes per session", fr: "Minutes par séance" },
  hardDays: { en: "Long or hard days", fr: "Jours longs ou intenses" },
  equipment: { en: "Equipment at hand", fr: "Matériel disponible" },
  availableDays: { en: "Days you can train", fr: "Jours où vous pouvez vous entraîner" },
} as const satisfies Readonly<Record<string, Localized>>;

export const SEX_LABELS: Readonly<Record<"female" | "male" | "other", Localized>> = {
  female: { en: "Female", fr: "Femme" },
  male: { en: "Male", fr: "Homme" },
  other: { en: "Other", fr: "Autre" },
};
/** The answer that leaves `person.sex` out. */
export const SEX_UNSAID_LABEL: Localized = { en: "Prefer not to say", fr: "Je préfère ne pas répondre" };

export const KNEE_SIDE_LABELS: Readonly<Record<KneeSide, Localized>> = {
  left: { en: "Left knee", fr: "Genou gauche" },
  right: { en: "Right knee", fr: "Genou droit" },
  both: { en: "Both knees", fr: "Les deux genoux" },
};

export const PAIN_LOCATION_LABELS: Readonly<Record<PainLocation, Localized>> = {
  "around-kneecap": { en: "Around the kneecap", fr: "Autour de la rotule" },
  "behind-kneecap": { en: "Behind the kneecap", fr: "Derrière la rotule" },
  "outer-knee": { en: "Outside of the knee", fr: "Face externe du genou" },
  "inner-knee": { en: "Inside of the knee", fr: "Face interne du genou" },
  "back-of-knee": { en: "Back of the knee", fr: "Arrière du genou" },
  "below-kneecap": { en: "Just below the kneecap", fr: "Juste sous la rotule" },
  "outer-hip": { en: "Outside of the hip", fr: "Face externe de la hanche" },
  "outer-thigh": { en: "Outside of the thigh", fr: "Face externe de la cuisse" },
};

export const AGGRAVATOR_LABELS: Readonly<Record<Aggravator, Localized>> = {
  "stairs-down": { en: "Going down stairs", fr: "Descendre les escaliers" },
  "stairs-up": { en: "Going up stairs", fr: "Monter les escaliers" },
  "long-sitting": { en: "Sitting for a long time", fr: "Rester longtemps en position assise" },
  running: { en: "Running", fr: "Courir" },
  cycling: { en: "Cycling", fr: "Faire du vélo" },
  squatting: { en: "Squatting", fr: "S’accroupir" },
  kneeling: { en: "Kneeling", fr: "Se mettre à genoux" },
  jumping: { en: "Jumping", fr: "Sauter" },
  walking: { en: "Walking", fr: "Marcher" },
  downhill: { en: "Going downhill", fr: "Descendre une pente" },
};

export const SPORT_LABELS: Readonly<Record<Sport, Localized>> = {
  running: { en: "Running", fr: "Course à pied" },
  cycling: { en: "Cycling", fr: "Vélo" },
  triathlon: { en: "Triathlon", fr: "Triathlon" },
  yoga: { en: "Yoga", fr: "Yoga" },
  walking: { en: "Walking", fr: "Marche" },
  gym: { en: "Weight training", fr: "Musculation" },
  hiit: { en: "HIIT", fr: "HIIT" },
  swimming: { en: "Swimming", fr: "Natation" },
  "team-sport": { en: "Team sport", fr: "Sport collectif" },
  other: { en: "Other", fr: "Autre" },
};

export const EQUIPMENT_LABELS: Readonly<Record<Equipment, Localized>> = {
  mat: { en: "Mat", fr: "Tapis" },
  "therapy-balls": { en: "Therapy balls", fr: "Balles de massage" },
  "foam-roller": { en: "Foam roller", fr: "Rouleau de massage" },
  "mini-band": { en: "Mini band (loop around the legs)", fr: "Mini-bande (boucle autour des jambes)" },
  "handled-band": {
    en: "Resistance band with handles and foot loops",
    fr: "Bande élastique avec poignées et boucles de pied",
  },
  "yoga-block": { en: "Yoga block", fr: "Brique de yoga" },
  "yoga-strap": { en: "Yoga strap", fr: "Sangle de yoga" },
  wall: { en: "A free wall", fr: "Un mur dégagé" },
  step: { en: "A step or stair", fr: "Une marche" },
  chair: { en: "A chair", fr: "Une chaise" },
  dumbbell: { en: "Dumbbell", fr: "Haltère" },
};

export const WEEKDAY_LABELS: Readonly<Record<Weekday, Localized>> = {
  mon: { en: "Monday", fr: "lundi" },
  tue: { en: "Tuesday", fr: "mardi" },
  wed: { en: "Wednesday", fr: "mercredi" },
  thu: { en: "Thursday", fr: "jeudi" },
  fri: { en: "Friday", fr: "vendredi" },
  sat: { en: "Saturday", fr: "samedi" },
  sun: { en: "Sunday", fr: "dimanche" },
};
