/**
 * One red flag per yes/no question of the red-flag screen (`RedFlagAnswers`). The wording says which signs need
 * a clinician, whom to see and how soon; it never names a diagnosis. Tiers and referral routes come from the
 * docs/clinical §7.2; each entry names its source.
 */
import type { RedFlagAnswers } from "../intake/answers.js";
import type { Localized } from "../shared/i18n.js";
import type { RedFlag } from "./red-flag.js";

const NHS_KNEE_PATHWAY = "NHS Gloucestershire knee pathway; clinref.com knee red flags (docs/clinical §7.2)";
const SEPTIC_JOINT_SOURCE =
  "patient.info 'Hot swollen joints'; NHS Gloucestershire knee pathway (docs/clinical §7.2)";
const MALIGNANCY_SOURCE =
  "NHS Gloucestershire knee pathway, suspected malignancy criteria (docs/clinical §7.2)";
const INFLAMMATORY_SOURCE = "Cornwall chronic inflammatory knee pain referral criteria (docs/clinical §7.2)";

const EMERGENCY_DEPARTMENT: Localized = {
  en: "An emergency department, or call your local emergency number",
  fr: "Un service d'urgences, ou appelez votre numéro d'urgence local",
};
const NOW: Localized = { en: "Now, today", fr: "Maintenant, aujourd'hui" };
const ACUTE_KNEE_CLINIC: Localized = {
  en: "A doctor or an acute knee (fracture) clinic",
  fr: "Un médecin ou une consultation d'urgence du genou (traumatologie)",
};
const DOCTOR_FOR_URGENT_REFERRAL: Localized = {
  en: "Your doctor (GP), who can refer you urgently to a specialist",
  fr: "Votre médecin traitant, qui peut vous adresser en urgence à un spécialiste",
};
const WITHIN_DAYS: Localized = { en: "Within a day or two", fr: "Dans un jour ou deux" };
const GP_OR_PHYSIO: Localized = {
  en: "Your GP or a physiotherapist, who may refer you to a rheumatologist",
  fr: "Votre médecin traitant ou un kinésithérapeute, qui peut vous adresser à un rhumatologue",
};
const WITHIN_WEEKS: Localized = {
  en: "In the next one to two weeks",
  fr: "Dans les une à deux semaines",
};

const emergency = (id: string, reason: Localized, source: string): RedFlag => ({
  id,
  tier: "emergency",
  reason,
  whoToSee: EMERGENCY_DEPARTMENT,
  howSoon: NOW,
  source,
});

const urgent = (id: string, reason: Localized, whoToSee: Localized, source: string): RedFlag => ({
  id,
  tier: "urgent",
  reason,
  whoToSee,
  howSoon: WITHIN_DAYS,
  source,
});

const soon = (id: string, reason: Localized, source: string): RedFlag => ({
  id,
  tier: "soon",
  reason,
  whoToSee: GP_OR_PHYSIO,
  howSoon: WITHIN_WEEKS,
  source,
});

/** The one question whose flag depends on age (below): a child's hip signs go to the urgent tier. */
type AgeIndependentQuestion = Exclude<keyof RedFlagAnswers, "childLimpOrHipPain">;

export const RED_FLAG_CATALOGUE: Readonly<Record<AgeIndependentQuestion, RedFlag>> = {
  hotSwollenKneeWithFever: emergency(
    "hot-swollen-knee-with-fever",
    {
      en: "A hot, red, swollen knee together with a fever or feeling unwell can come from an infection in the joint, which must be treated quickly. These signs need a clinician to look today.",
      fr: "Un genou chaud, rouge et gonflé, avec de la fièvre ou un malaise, peut venir d'une infection de l'articulation, qui doit être traitée vite. Ces signes doivent être examinés par un soignant aujourd'hui.",
    },
    SEPTIC_JOINT_SOURCE,
  ),
  suddenSwellingWithWeakImmunity: emergency(
    "sudden-swelling-with-weak-immunity",
    {
      en: "Sudden swelling without an injury while your immunity is low (cancer, diabetes, steroids, HIV) can come from an infection in the joint. These signs need a clinician to look today.",
      fr: "Un gonflement soudain sans blessure alors que vos défenses immunitaires sont basses (cancer, diabète, corticoïdes, VIH) peut venir d'une infection de l'articulation. Ces signes doivent être examinés par un soignant aujourd'hui.",
    },
    SEPTIC_JOINT_SOURCE,
  ),
  deformityAfterInjury: emergency(
    "deformity-after-injury",
    {
      en: "A knee or kneecap that looks out of place after an injury can mean a broken bone or a dislocated joint. A clinician needs to check it today.",
      fr: "Un genou ou une rotule qui semble déplacé après une blessure peut signaler une fracture ou une luxation. Un soignant doit l'examiner aujourd'hui.",
    },
    NHS_KNEE_PATHWAY,
  ),
  cannotLiftStraightLeg: emergency(
    "cannot-lift-straight-leg",
    {
      en: "Not being able to lift your straight leg after an injury can mean a tendon that straightens the knee is torn. A clinician needs to check it today.",
      fr: "Ne pas pouvoir lever la jambe tendue après une blessure peut signaler une déchirure d'un tendon qui tend le genou. Un soignant doit l'examiner aujourd'hui.",
    },
    // The straight-leg-raise detail is marked unverified in the notes; the tendon-rupture referral is verified.
    `${NHS_KNEE_PATHWAY}; straight-leg-raise detail unverified`,
  ),
  footColdPaleOrNumb: emergency(
    "foot-cold-pale-or-numb",
    {
      en: "A cold, pale or numb foot, or pins and needles that do not go away, can mean the blood supply or the nerves of the leg are affected. A clinician needs to check it today.",
      fr: "Un pied froid, pâle ou engourdi, ou des fourmillements qui ne passent pas, peuvent signaler une atteinte de la circulation ou des nerfs de la jambe. Un soignant doit l'examiner aujourd'hui.",
    },
    NHS_KNEE_PATHWAY,
  ),
  calfPainSwellingWarmth: {
    id: "calf-pain-swelling-warmth",
    tier: "emergency",
    reason: {
      en: "Calf pain with swelling, warmth or discoloured skin can come from a blood clot in a leg vein. A clinician needs to check it the same day.",
      fr: "Une douleur du mollet avec gonflement, chaleur ou peau décolorée peut venir d'un caillot dans une veine de la jambe. Un soignant doit l'examiner le jour même.",
    },
    whoToSee: {
      en: "An emergency department or a same-day urgent care service",
      fr: "Un service d'urgences ou une consultation de soins non programmés le jour même",
    },
    howSoon: { en: "Today, the same day", fr: "Aujourd'hui, le jour même" },
    source: "Suspected DVT, same-day assessment: NHS pathways; Wells score (docs/clinical §7.2)",
  },
  highImpactTrauma: emergency(
    "high-impact-trauma",
    {
      en: "After a high-impact accident (a fall from a height, a car or bike crash), a clinician needs to check your knee and the rest of your body today.",
      fr: "Après un accident violent (chute d'une hauteur, accident de voiture ou de vélo), un soignant doit examiner votre genou et le reste du corps aujourd'hui.",
    },
    NHS_KNEE_PATHWAY,
  ),
  kneeLocks: urgent(
    "knee-locks",
    {
      en: "A knee that locks and cannot fully straighten can mean something is caught inside the joint. A clinician needs to examine it.",
      fr: "Un genou qui se bloque et ne s'étend plus complètement peut signaler un élément coincé dans l'articulation. Un soignant doit l'examiner.",
    },
    ACUTE_KNEE_CLINIC,
    NHS_KNEE_PATHWAY,
  ),
  swellingWithinHoursOfInjury: urgent(
    "swelling-within-hours-of-injury",
    {
      en: "Swelling within about 2 hours of an injury can mean bleeding inside the joint after damage to a ligament or the joint surface. A clinician needs to examine it.",
      fr: "Un gonflement dans les 2 heures environ après une blessure peut signaler un saignement dans l'articulation après une lésion d'un ligament ou du cartilage. Un soignant doit l'examiner.",
    },
    ACUTE_KNEE_CLINIC,
    NHS_KNEE_PATHWAY,
  ),
  givesWayAfterInjury: urgent(
    "gives-way-after-injury",
    {
      en: "A knee that gives way since an injury can mean a ligament is damaged. A clinician needs to check how stable it is.",
      fr: "Un genou qui se dérobe depuis une blessure peut signaler une lésion d'un ligament. Un soignant doit vérifier sa stabilité.",
    },
    ACUTE_KNEE_CLINIC,
    NHS_KNEE_PATHWAY,
  ),
  kneecapDislocated: urgent(
    "kneecap-dislocated",
    {
      en: "A kneecap that has slipped out of place needs a clinician to check the joint and plan the recovery.",
      fr: "Une rotule qui est sortie de sa place doit être examinée par un soignant, qui vérifiera l'articulation et organisera la récupération.",
    },
    ACUTE_KNEE_CLINIC,
    NHS_KNEE_PATHWAY,
  ),
  constantNightOrRestPain: urgent(
    "constant-night-or-rest-pain",
    {
      en: "Constant pain at night or at rest that painkillers do not ease is not typical of the knee pain this program is for. A doctor needs to look for the cause.",
      fr: "Une douleur constante la nuit ou au repos, que les antalgiques ne calment pas, n'est pas typique des douleurs de genou visées par ce programme. Un médecin doit en chercher la cause.",
    },
    DOCTOR_FOR_URGENT_REFERRAL,
    MALIGNANCY_SOURCE,
  ),
  unexplainedWeightLoss: urgent(
    "unexplained-weight-loss",
    {
      en: "Losing weight without trying, together with knee pain, needs a doctor to look for the cause.",
      fr: "Une perte de poids involontaire associée à une douleur au genou doit être examinée par un médecin, qui en cherchera la cause.",
    },
    DOCTOR_FOR_URGENT_REFERRAL,
    MALIGNANCY_SOURCE,
  ),
  hardLumpNearKnee: urgent(
    "hard-lump-near-knee",
    {
      en: "A hard lump near the knee needs a doctor to examine it, often with an X-ray.",
      fr: "Une grosseur dure près du genou doit être examinée par un médecin, souvent avec une radiographie.",
    },
    DOCTOR_FOR_URGENT_REFERRAL,
    MALIGNANCY_SOURCE,
  ),
  worseningNumbnessOrWeakness: urgent(
    "worsening-numbness-or-weakness",
    {
      en: "Numbness or weakness in the leg that is getting worse can come from a nerve problem. A doctor needs to examine it.",
      fr: "Un engourdissement ou une faiblesse de la jambe qui s'aggrave peut venir d'un problème de nerf. Un médecin doit l'examiner.",
    },
    DOCTOR_FOR_URGENT_REFERRAL,
    MALIGNANCY_SOURCE,
  ),
  morningStiffnessOver30Min: soon(
    "morning-stiffness-over-30-min",
    {
      en: "Morning stiffness lasting more than 30 minutes can be a sign of joint inflammation, which has its own treatments. A clinician should look.",
      fr: "Une raideur matinale de plus de 30 minutes peut être un signe d'inflammation articulaire, qui a ses propres traitements. Un soignant devrait examiner cela.",
    },
    INFLAMMATORY_SOURCE,
  ),
  severalSwollenJoints: soon(
    "several-swollen-joints",
    {
      en: "Several swollen or painful joints, or psoriasis or bowel disease alongside knee pain, can point to joint inflammation, which has its own treatments. A clinician should look.",
      fr: "Plusieurs articulations gonflées ou douloureuses, ou un psoriasis ou une maladie de l'intestin avec la douleur au genou, peuvent évoquer une inflammation articulaire, qui a ses propres traitements. Un soignant devrait examiner cela.",
    },
    INFLAMMATORY_SOURCE,
  ),
};

/** Under 18: hip problems of growing bones can hurt only in the knee, and must not wait (docs/clinical §7.2, children). */
export const CHILD_HIP_SIGNS_FLAG: RedFlag = {
  id: "child-limp-or-hip-pain",
  tier: "urgent",
  reason: {
    en: "In a child or teenager, a limp, hip or groin pain, or knee pain with a stiff hip can come from the hip even when the knee is where it hurts. A doctor needs to examine the hip.",
    fr: "Chez un enfant ou un adolescent, une boiterie, une douleur de hanche ou d'aine, ou une douleur au genou avec une hanche raide peuvent venir de la hanche, même si c'est le genou qui fait mal. Un médecin doit examiner la hanche.",
  },
  whoToSee: {
    en: "A doctor (GP) or a children's emergency department",
    fr: "Un médecin (médecin traitant) ou des urgences pédiatriques",
  },
  howSoon: WITHIN_DAYS,
  source: "Slipped capital femoral epiphysis referral, children and adolescents (docs/clinical §7.2)",
};

/** Adults can also feel hip problems only in the knee (Devon referral guidance, docs/clinical §7.2): worth a look, not urgent. */
export const ADULT_HIP_SIGNS_FLAG: RedFlag = {
  id: "adult-hip-signs",
  tier: "soon",
  reason: {
    en: "Hip or groin pain, a limp, or a stiff hip alongside knee pain can mean the pain starts in the hip. A clinician should examine the hip.",
    fr: "Une douleur de hanche ou d'aine, une boiterie ou une hanche raide avec la douleur au genou peuvent signifier que la douleur vient de la hanche. Un soignant devrait examiner la hanche.",
  },
  whoToSee: { en: "Your GP or a physiotherapist", fr: "Votre médecin traitant ou un kinésithérapeute" },
  howSoon: WITHIN_WEEKS,
  source: "Devon referral guidance: hip pathology felt in the knee (docs/clinical §7.2)",
};
