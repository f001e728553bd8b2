/**
 * One red flag per yes/no question of the red-flag screen (`RedFlagAnswers`). Each flag says why the sign matters,
 * where to go (and what they should look at: the hip, the knee, the leg veins), how soon, and what to do now, in
 * words a frightened person can follow; it never names a diagnosis as a fact. Tiers and routes come from
 * docs/clinical §7.2; the write-up is docs/clinical/red-flags-and-advice.md. A few questions mean something else
 * in a growing body: those flags depend on age (`flagForQuestion`).
 */
import type { RedFlagAnswers } from "../intake/answers.js";
import { ADULT_AGE_YEARS, type ClotRiskQuestion } from "../intake/questions.js";
import type { Localized } from "../shared/i18n.js";
import type { RedFlag } from "./red-flag.js";

const NHS_KNEE_PATHWAY = "NHS Gloucestershire knee pathway; clinref.com knee red flags (docs/clinical §7.2)";
const SEPTIC_JOINT_SOURCE =
  "patient.info 'Hot swollen joints'; NHS Gloucestershire knee pathway (docs/clinical §7.2)";
const MALIGNANCY_SOURCE =
  "NHS Gloucestershire knee pathway, suspected malignancy criteria (docs/clinical §7.2)";
const INFLAMMATORY_SOURCE = "Cornwall chronic inflammatory knee pain referral criteria (docs/clinical §7.2)";
const CHILDREN_SOURCE = "Children and adolescents: red flags of docs/clinical §7.2";
const OTTAWA_EXCLUSIONS_SOURCE =
  "Ottawa knee rules do not apply (Stiell 1995/1996, docs/clinical §7.1 and §7.3)";
const X_RAY_TODAY: Localized = {
  en: "An urgent care centre or an emergency department that can take an X-ray",
  fr: "Un centre de soins non programmés ou un service d’urgences qui peut faire une radiographie",
};
const TODAY: Localized = { en: "Today", fr: "Aujourd’hui" };

const EMERGENCY_DEPARTMENT: Localized = {
  en: "An emergency department, or call your local emergency number",
  fr: "Un service d’urgences, ou appelez votre numéro d’urgence local",
};
const NOW: Localized = { en: "Now, today", fr: "Maintenant, aujourd’hui" };
const ACUTE_KNEE_CLINIC: Localized = {
  en: "A doctor or an acute knee (fracture) clinic, to examine the knee",
  fr: "Un médecin ou une consultation d’urgence du genou (traumatologie), pour examiner le genou",
};
const GP_FOR_URGENT_REFERRAL: Localized = {
  en: "Your doctor (GP), who can arrange tests and refer you urgently to a specialist",
  fr: "Votre médecin traitant, qui peut prescrire des examens et vous adresser en urgence à un spécialiste",
};
const WITHIN_DAYS: Localized = { en: "Within a day or two", fr: "Dans les 24 à 48 heures" };
const WITHIN_A_FEW_DAYS: Localized = { en: "Within a few days", fr: "Dans les jours qui viennent" };
const GP_OR_PHYSIO: Localized = {
  en: "Your GP or a physiotherapist, who may refer you to a rheumatologist",
  fr: "Votre médecin traitant ou un kinésithérapeute, qui peut vous adresser à un rhumatologue",
};
const WITHIN_WEEKS: Localized = { en: "In the next one to two weeks", fr: "Dans les une à deux semaines" };

/** Signs that may come from an infected joint: the same route, whichever question found them. */
const INFECTED_JOINT_ADVICE: Localized = {
  en: "Go to an emergency department now, or call your local emergency number, and say your knee is hot and swollen: a joint infection has to be ruled out within hours.",
  fr: "Allez aux urgences maintenant, ou appelez votre numéro d’urgence local, en disant que votre genou est chaud et gonflé\u00a0: une infection de l’articulation doit être écartée dans les heures qui viennent.",
};
/** Night or rest pain, weight loss, a lump, spreading weakness: the GP looks for the cause, not an injury clinic. */
const GP_LOOKS_FOR_CAUSE_ADVICE: Localized = {
  en: "Book an appointment with your GP within a day or two and tell them every sign you ticked: they need to look for the cause, sometimes with an X-ray or a blood test. These signs are not about an injury, and exercise will not settle them.",
  fr: "Prenez rendez-vous avec votre médecin traitant dans les 24 à 48 heures et signalez-lui chaque signe coché\u00a0: il doit en chercher la cause, parfois avec une radiographie ou une prise de sang. Ces signes ne viennent pas d’une blessure, et les exercices ne les calmeront pas.",
};
const INFLAMMATION_ADVICE: Localized = {
  en: "Book an appointment with your GP or a physiotherapist in the next one to two weeks and mention these signs: joint inflammation has its own treatments.",
  fr: "Prenez rendez-vous avec votre médecin traitant ou un kinésithérapeute dans les une à deux semaines en signalant ces signes\u00a0: une inflammation des articulations a ses propres traitements.",
};

const emergency = (id: string, reason: Localized, advice: Localized, source: string): RedFlag => ({
  id,
  tier: "emergency",
  stopsProgram: true,
  reason,
  whoToSee: EMERGENCY_DEPARTMENT,
  howSoon: NOW,
  advice,
  source,
});

const urgent = (
  id: string,
  reason: Localized,
  route: { whoToSee: Localized; howSoon?: Localized; advice: Localized },
  source: string,
): RedFlag => ({
  id,
  tier: "urgent",
  stopsProgram: true,
  reason,
  whoToSee: route.whoToSee,
  howSoon: route.howSoon ?? WITHIN_DAYS,
  advice: route.advice,
  source,
});

const soon = (id: string, reason: Localized, source: string): RedFlag => ({
  id,
  tier: "soon",
  stopsProgram: false,
  reason,
  whoToSee: GP_OR_PHYSIO,
  howSoon: WITHIN_WEEKS,
  advice: INFLAMMATION_ADVICE,
  source,
});

const goUrgently = (who: Localized): { whoToSee: Localized; advice: Localized } => ({
  whoToSee: who,
  advice: GP_LOOKS_FOR_CAUSE_ADVICE,
});

/** The questions whose flag depends on age (`AGE_DEPENDENT_FLAGS`). */
type AgeDependentQuestion = "kneeLocks" | "givesWayWithoutInjury" | "childLimpOrHipPain";

/** The questions whose "yes" raises a flag of its own: all but the clot risk factors (`CLOT_RISK_QUESTIONS`). */
export type FlagQuestion = Exclude<keyof RedFlagAnswers, ClotRiskQuestion>;

export const RED_FLAG_CATALOGUE: Readonly<Record<Exclude<FlagQuestion, AgeDependentQuestion>, RedFlag>> = {
  hotSwollenKneeWithFever: emergency(
    "hot-swollen-knee-with-fever",
    {
      en: "A hot, red, swollen knee together with a fever or feeling unwell can come from an infection in the joint, which must be treated quickly. These signs need a clinician to look today.",
      fr: "Un genou chaud, rouge et gonflé, avec de la fièvre ou un malaise, peut venir d’une infection de l’articulation, qui doit être traitée vite. Ces signes doivent être examinés par un soignant aujourd’hui.",
    },
    INFECTED_JOINT_ADVICE,
    SEPTIC_JOINT_SOURCE,
  ),
  suddenSwellingWithWeakImmunity: emergency(
    "sudden-swelling-with-weak-immunity",
    {
      en: "Sudden swelling without an injury while your immunity is low (cancer, diabetes, steroids, HIV) can come from an infection in the joint. These signs need a clinician to look today.",
      fr: "Un gonflement soudain sans blessure alors que vos défenses immunitaires sont basses (cancer, diabète, corticoïdes, VIH) peut venir d’une infection de l’articulation. Ces signes doivent être examinés par un soignant aujourd’hui.",
    },
    INFECTED_JOINT_ADVICE,
    SEPTIC_JOINT_SOURCE,
  ),
  deformityAfterInjury: emergency(
    "deformity-after-injury",
    {
      en: "A knee or kneecap that looks out of place after an injury can mean a broken bone or a dislocated joint. A clinician needs to check it today.",
      fr: "Un genou ou une rotule qui semble déplacé après une blessure peut signaler une fracture ou une luxation. Un soignant doit l’examiner aujourd’hui.",
    },
    {
      en: "Go to an emergency department now, or call your local emergency number. Do not try to push the knee or the kneecap back into place, and keep your weight off the leg.",
      fr: "Allez aux urgences maintenant, ou appelez votre numéro d’urgence local. N’essayez pas de remettre le genou ou la rotule en place, et ne prenez pas appui sur la jambe.",
    },
    NHS_KNEE_PATHWAY,
  ),
  cannotLiftStraightLeg: emergency(
    "cannot-lift-straight-leg",
    {
      en: "Not being able to lift your straight leg after an injury can mean a tendon that straightens the knee is torn. A clinician needs to check it today.",
      fr: "Ne pas pouvoir lever la jambe tendue après une blessure peut signaler une déchirure d’un tendon qui tend le genou. Un soignant doit l’examiner aujourd’hui.",
    },
    {
      en: "Go to an emergency department today and say you cannot lift your straight leg since the injury: a torn tendon at the front of the knee must be found early. Walk on the leg only as much as you must.",
      fr: "Allez aux urgences aujourd’hui en disant que vous ne pouvez plus lever la jambe tendue depuis la blessure\u00a0: une rupture d’un tendon à l’avant du genou doit être repérée tôt. Marchez le moins possible sur cette jambe.",
    },
    // The straight-leg-raise detail is marked unverified in the notes; the tendon-rupture referral is verified.
    `${NHS_KNEE_PATHWAY}; straight-leg-raise detail unverified`,
  ),
  footColdPaleOrNumb: emergency(
    "foot-cold-pale-or-numb",
    {
      en: "A cold, pale or numb foot, or pins and needles that do not go away, can mean the blood supply or the nerves of the leg are affected. A clinician needs to check it today.",
      fr: "Un pied froid, pâle ou engourdi, ou des fourmillements qui ne passent pas, peuvent signaler une atteinte de la circulation ou des nerfs de la jambe. Un soignant doit l’examiner aujourd’hui.",
    },
    {
      en: "Go to an emergency department now, or call your local emergency number: the blood supply and the nerves of the leg cannot wait.",
      fr: "Allez aux urgences maintenant, ou appelez votre numéro d’urgence local\u00a0: la circulation et les nerfs de la jambe ne peuvent pas attendre.",
    },
    NHS_KNEE_PATHWAY,
  ),
  calfPainSwellingWarmth: {
    id: "calf-pain-swelling-warmth",
    tier: "emergency",
    stopsProgram: true,
    reason: {
      en: "Calf pain with swelling, warmth or discoloured skin can come from a blood clot in a leg vein. A clinician needs to check it the same day.",
      fr: "Une douleur du mollet avec gonflement, chaleur ou peau décolorée peut venir d’un caillot dans une veine de la jambe. Un soignant doit l’examiner le jour même.",
    },
    whoToSee: {
      en: "An emergency department or a same-day urgent care service, to check the veins of the leg",
      fr: "Un service d’urgences ou une consultation de soins non programmés le jour même, pour vérifier les veines de la jambe",
    },
    howSoon: { en: "Today, the same day", fr: "Aujourd’hui, le jour même" },
    advice: {
      en: "Today, go to an emergency department or a same-day urgent care service and say your calf is painful and swollen: a clot in a leg vein has to be ruled out the same day, usually with a scan. Do not massage the calf. Call your emergency number at once if you become short of breath or have chest pain.",
      fr: "Aujourd’hui, allez aux urgences ou dans une consultation de soins non programmés en disant que votre mollet est douloureux et gonflé\u00a0: un caillot dans une veine de la jambe doit être écarté le jour même, en général par une échographie. Ne massez pas le mollet. Appelez immédiatement votre numéro d’urgence si vous manquez de souffle ou avez mal à la poitrine.",
    },
    source:
      "Suspected DVT, same-day assessment: NHS pathways; Wells score (docs/clinical §7.2); breathlessness or chest pain: NHS 'Deep vein thrombosis'",
  },
  highImpactTrauma: emergency(
    "high-impact-trauma",
    {
      en: "After a high-impact accident (a fall from a height, a car or bike crash), a clinician needs to check your knee and the rest of your body today.",
      fr: "Après un accident violent (chute d’une hauteur, accident de voiture ou de vélo), un soignant doit examiner votre genou et le reste du corps aujourd’hui.",
    },
    {
      en: "Go to an emergency department now: after a high-impact accident the whole body needs checking, not only the knee you notice.",
      fr: "Allez aux urgences maintenant\u00a0: après un accident violent, tout le corps doit être examiné, pas seulement le genou qui fait mal.",
    },
    NHS_KNEE_PATHWAY,
  ),
  swellingWithinHoursOfInjury: urgent(
    "swelling-within-hours-of-injury",
    {
      en: "Swelling within about 2 hours of an injury can mean bleeding inside the joint after damage to a ligament or the joint surface. A clinician needs to examine it.",
      fr: "Un gonflement dans les 2 heures environ après une blessure peut signaler un saignement dans l’articulation après une lésion d’un ligament ou du cartilage. Un soignant doit l’examiner.",
    },
    {
      whoToSee: ACUTE_KNEE_CLINIC,
      advice: {
        en: "Within a day or two, have the knee examined by a doctor or at an acute knee (fracture) clinic: a ligament or joint-surface injury is best assessed early. Until then, rest the knee and use crutches if walking hurts.",
        fr: "Dans les 24 à 48 heures, faites examiner le genou par un médecin ou dans une consultation d’urgence du genou\u00a0: une lésion d’un ligament ou du cartilage s’évalue mieux tôt. D’ici là, mettez le genou au repos et utilisez des béquilles si marcher fait mal.",
      },
    },
    NHS_KNEE_PATHWAY,
  ),
  swellingHoursAfterInjury: urgent(
    "swelling-hours-after-injury",
    {
      en: "A knee that swells up over the hours or the day after an injury has fluid in the joint, which can come from damage inside it, such as a torn cartilage cushion (meniscus). A clinician needs to examine the knee before you exercise it.",
      fr: "Un genou qui gonfle dans les heures ou le lendemain d’une blessure contient du liquide, qui peut venir d’une lésion à l’intérieur, comme une déchirure d’un ménisque. Un soignant doit examiner le genou avant que vous ne le fassiez travailler.",
    },
    {
      whoToSee: {
        en: "A doctor or a physiotherapist who can examine the knee (an acute knee clinic if there is one near you)",
        fr: "Un médecin ou un kinésithérapeute qui peut examiner le genou (une consultation d’urgence du genou s’il y en a une près de chez vous)",
      },
      howSoon: WITHIN_A_FEW_DAYS,
      advice: {
        en: "Within a few days, have the knee examined by a doctor or a physiotherapist and say when the swelling came: they will test the ligaments and the cartilage cushions. Meanwhile, keep moving the knee gently within comfort, without twisting or deep squats.",
        fr: "Dans les jours qui viennent, faites examiner le genou par un médecin ou un kinésithérapeute en précisant quand le gonflement est apparu\u00a0: il testera les ligaments et les ménisques. En attendant, bougez doucement le genou sans douleur, sans torsion ni flexion profonde.",
      },
    },
    "Large effusion after trauma, urgent assessment: NHS Gloucestershire knee pathway (docs/clinical §7.2)",
  ),
  givesWayAfterInjury: urgent(
    "gives-way-after-injury",
    {
      en: "A knee that gives way since an injury can mean a ligament is damaged. A clinician needs to check how stable it is.",
      fr: "Un genou qui se dérobe depuis une blessure peut signaler une lésion d’un ligament. Un soignant doit vérifier sa stabilité.",
    },
    {
      whoToSee: ACUTE_KNEE_CLINIC,
      advice: {
        en: "Within a day or two, see a doctor or an acute knee (fracture) clinic so they can test the knee's ligaments. Until then, avoid sport, turns and jumps.",
        fr: "Dans les 24 à 48 heures, consultez un médecin ou une consultation d’urgence du genou pour tester les ligaments. D’ici là, évitez le sport, les changements de direction et les sauts.",
      },
    },
    NHS_KNEE_PATHWAY,
  ),
  kneecapDislocated: urgent(
    "kneecap-dislocated",
    {
      en: "A kneecap that has slipped out of place needs a clinician to check the joint and plan the recovery.",
      fr: "Une rotule qui est sortie de sa place doit être examinée par un soignant, qui vérifiera l’articulation et organisera la récupération.",
    },
    {
      whoToSee: ACUTE_KNEE_CLINIC,
      advice: {
        en: "Within a day or two, see a doctor or an acute knee (fracture) clinic: they check the joint for damage and plan how to get the kneecap stable again.",
        fr: "Dans les 24 à 48 heures, consultez un médecin ou une consultation d’urgence du genou\u00a0: il vérifiera que l’articulation n’est pas abîmée et organisera la stabilisation de la rotule.",
      },
    },
    NHS_KNEE_PATHWAY,
  ),
  constantNightOrRestPain: urgent(
    "constant-night-or-rest-pain",
    {
      en: "Constant pain at night or at rest that painkillers do not ease is not typical of the knee pain this program is for. A doctor needs to look for the cause.",
      fr: "Une douleur constante la nuit ou au repos, que les antalgiques ne calment pas, n’est pas typique des douleurs de genou visées par ce programme. Un médecin doit en chercher la cause.",
    },
    goUrgently(GP_FOR_URGENT_REFERRAL),
    MALIGNANCY_SOURCE,
  ),
  unexplainedWeightLoss: urgent(
    "unexplained-weight-loss",
    {
      en: "Losing weight without trying, together with knee pain, needs a doctor to look for the cause.",
      fr: "Une perte de poids involontaire associée à une douleur au genou doit être examinée par un médecin, qui en cherchera la cause.",
    },
    goUrgently(GP_FOR_URGENT_REFERRAL),
    MALIGNANCY_SOURCE,
  ),
  hardLumpNearKnee: urgent(
    "hard-lump-near-knee",
    {
      en: "A hard lump near the knee needs a doctor to examine it, often with an X-ray.",
      fr: "Une grosseur dure près du genou doit être examinée par un médecin, souvent avec une radiographie.",
    },
    goUrgently(GP_FOR_URGENT_REFERRAL),
    MALIGNANCY_SOURCE,
  ),
  worseningNumbnessOrWeakness: urgent(
    "worsening-numbness-or-weakness",
    {
      en: "Numbness or weakness in the leg that is getting worse can come from a nerve problem. A doctor needs to examine it.",
      fr: "Un engourdissement ou une faiblesse de la jambe qui s’aggrave peut venir d’un problème de nerf. Un médecin doit l’examiner.",
    },
    goUrgently(GP_FOR_URGENT_REFERRAL),
    MALIGNANCY_SOURCE,
  ),
  morningStiffnessOver30Min: soon(
    "morning-stiffness-over-30-min",
    {
      en: "Morning stiffness lasting more than 30 minutes can be a sign of joint inflammation, which has its own treatments. A clinician should look.",
      fr: "Une raideur matinale de plus de 30 minutes peut être un signe d’inflammation articulaire, qui a ses propres traitements. Un soignant devrait examiner cela.",
    },
    INFLAMMATORY_SOURCE,
  ),
  severalSwollenJoints: soon(
    "several-swollen-joints",
    {
      en: "Several swollen or painful joints, or psoriasis or bowel disease alongside knee pain, can point to joint inflammation, which has its own treatments. A clinician should look.",
      fr: "Plusieurs articulations gonflées ou douloureuses, ou un psoriasis ou une maladie de l’intestin avec la douleur au genou, peuvent évoquer une inflammation articulaire, qui a ses propres traitements. Un soignant devrait examiner cela.",
    },
    INFLAMMATORY_SOURCE,
  ),
  youngUnwellOrBruising: urgent(
    "unwell-pale-or-bruising",
    {
      en: "Fever, unusual paleness or tiredness, or bruises that appear without a knock, together with bone or joint pain, are signs a doctor must look into: they can come from an infection or a blood problem rather than from the knee itself.",
      fr: "De la fièvre, une pâleur ou une fatigue inhabituelles, ou des bleus apparus sans choc, avec une douleur d’os ou d’articulation, sont des signes qu’un médecin doit explorer\u00a0: ils peuvent venir d’une infection ou d’un problème du sang plutôt que du genou lui-même.",
    },
    {
      whoToSee: {
        en: "A doctor (GP or paediatrician), who may do a blood test",
        fr: "Un médecin (médecin traitant ou pédiatre), qui pourra faire une prise de sang",
      },
      howSoon: { en: "Today or tomorrow", fr: "Aujourd’hui ou demain" },
      advice: {
        en: "See a doctor today or tomorrow (your GP or a paediatrician) and describe the fever, paleness, tiredness or bruises as well as the pain: a blood test is often the first step. Go to an emergency department today if the fever is high or the person seems very unwell.",
        fr: "Consultez un médecin aujourd’hui ou demain (médecin traitant ou pédiatre) en décrivant la fièvre, la pâleur, la fatigue ou les bleus en plus de la douleur\u00a0: une prise de sang est souvent la première étape. Allez aux urgences dès aujourd’hui si la fièvre est forte ou si l’état général semble très altéré.",
      },
    },
    `${CHILDREN_SOURCE}: fever, night pain, weight loss, pallor, bruising`,
  ),
  // docs/clinical §7.4: a tender calf without swelling. A clot is unlikely without risk factors, but only a doctor
  // can rule it out, often with a blood test (D-dimer) the same or the next day (NICE NG158). With a risk factor
  // the screen raises `calfPainWithClotRiskFlag` instead (red-flags.ts).
  calfTenderWithoutCause: urgent(
    "calf-tender-without-cause",
    {
      en: "A calf that is tender or painful without a knock, a strain or a cramp to explain it is most often a muscle, but it can come from a blood clot in a leg vein, and only a doctor can tell. A clinician needs to check it before you exercise.",
      fr: "Un mollet sensible ou douloureux sans choc, élongation ni crampe pour l’expliquer vient le plus souvent d’un muscle, mais il peut venir d’un caillot dans une veine de la jambe, et seul un médecin peut faire la différence. Un soignant doit l’examiner avant que vous ne fassiez les exercices.",
    },
    {
      whoToSee: {
        en: "Your doctor (GP) or an urgent care service, to check the veins of the leg",
        fr: "Votre médecin traitant ou un centre de soins non programmés, pour vérifier les veines de la jambe",
      },
      howSoon: { en: "Today or tomorrow", fr: "Aujourd’hui ou demain" },
      advice: {
        en: "Today or tomorrow, see your GP or an urgent care service and say your calf is tender without a reason: a short examination, sometimes with a blood test, tells whether a clot needs ruling out. Do not massage the calf. Go the same day if it swells, turns red or warm, and call your emergency number at once if you become short of breath or have chest pain.",
        fr: "Aujourd’hui ou demain, consultez votre médecin traitant ou un centre de soins non programmés en disant que votre mollet est sensible sans raison\u00a0: un examen rapide, parfois avec une prise de sang, dit s’il faut écarter un caillot. Ne massez pas le mollet. Consultez le jour même s’il gonfle, rougit ou devient chaud, et appelez immédiatement votre numéro d’urgence si vous manquez de souffle ou avez mal à la poitrine.",
      },
    },
    "Suspected DVT: Wells score, D-dimer when a clot is unlikely (NICE NG158), docs/clinical §7.4",
  ),
  // docs/clinical §7.3: each case the Ottawa knee rules were not made for gets its own route.
  penetratingKneeWound: emergency(
    "penetrating-knee-wound",
    {
      en: "A wound that went through the skin over the knee can let germs into the joint or hide a broken bone, and the usual rules for deciding on an X-ray do not apply. A clinician needs to clean and examine it today.",
      fr: "Une plaie qui a traversé la peau du genou peut laisser entrer des germes dans l’articulation ou cacher une fracture, et les règles habituelles pour décider d’une radiographie ne s’appliquent pas. Un soignant doit la nettoyer et l’examiner aujourd’hui.",
    },
    {
      en: "Go to an emergency department now and say the skin over the knee was cut or pierced. Cover the wound with a clean dressing and do not bend the knee more than you must.",
      fr: "Allez aux urgences maintenant en disant que la peau du genou a été coupée ou percée. Couvrez la plaie d’un pansement propre et pliez le genou le moins possible.",
    },
    OTTAWA_EXCLUSIONS_SOURCE,
  ),
  kneeReplacement: urgent(
    "injured-knee-replacement",
    {
      en: "An injured knee with an artificial joint needs an X-ray: the bone around an artificial joint can break with less force, and the usual rules for deciding on an X-ray were not made for it.",
      fr: "Un genou porteur d’une prothèse qui a été blessé doit être radiographié\u00a0: l’os autour d’une articulation artificielle peut se fracturer plus facilement, et les règles habituelles pour décider d’une radiographie n’ont pas été faites pour lui.",
    },
    {
      whoToSee: {
        en: "An urgent care centre or an emergency department that can take an X-ray, or the team that fitted your knee",
        fr: "Un centre de soins non programmés ou un service d’urgences qui peut faire une radiographie, ou l’équipe qui vous a posé la prothèse",
      },
      howSoon: TODAY,
      advice: {
        en: "Today, go to an urgent care centre or an emergency department that can take an X-ray, or call the team that fitted your knee, and say the knee with the replacement was injured. Until then, keep your weight off it as much as you can.",
        fr: "Aujourd’hui, allez dans un centre de soins non programmés ou aux urgences, là où une radiographie est possible, ou appelez l’équipe qui vous a posé la prothèse, en disant que le genou opéré a été blessé. D’ici là, évitez au maximum de prendre appui dessus.",
      },
    },
    OTTAWA_EXCLUSIONS_SOURCE,
  ),
  otherInjuries: urgent(
    "several-injuries",
    {
      en: "Other injuries at the same time as the knee need checking too, and pain elsewhere can hide what the knee needs: the usual rules for deciding on a knee X-ray were not made for several injuries.",
      fr: "Les autres blessures survenues en même temps que celle du genou doivent aussi être examinées, et une douleur ailleurs peut masquer ce dont le genou a besoin\u00a0: les règles habituelles pour décider d’une radiographie du genou n’ont pas été faites pour plusieurs blessures.",
    },
    {
      whoToSee: X_RAY_TODAY,
      howSoon: TODAY,
      advice: {
        en: "Today, go to an urgent care centre or an emergency department and name every part that was injured, not only the knee. Go now, or call your emergency number, if the accident was violent or you feel unwell.",
        fr: "Aujourd’hui, allez dans un centre de soins non programmés ou aux urgences en citant chaque partie blessée, pas seulement le genou. Allez-y tout de suite, ou appelez votre numéro d’urgence, si l’accident a été violent ou si vous vous sentez mal.",
      },
    },
    OTTAWA_EXCLUSIONS_SOURCE,
  ),
  headInjuryOrConfusion: emergency(
    "head-injury-or-confusion",
    {
      en: "Hitting your head, blacking out, or being confused or drowsy since the injury needs a clinician today: the head comes first, and the knee cannot be judged reliably meanwhile.",
      fr: "S’être cogné la tête, avoir perdu connaissance, ou avoir eu depuis la blessure des moments de confusion ou de somnolence demande un examen aujourd’hui\u00a0: la tête passe d’abord, et le genou ne peut pas être jugé de façon fiable en attendant.",
    },
    {
      en: "Go to an emergency department now, or call your local emergency number, and say you hit your head or blacked out when the knee was injured. Do not drive there yourself, and do not stay alone.",
      fr: "Allez aux urgences maintenant, ou appelez votre numéro d’urgence local, en disant que vous vous êtes cogné la tête ou avez perdu connaissance lors de la blessure. Ne conduisez pas vous-même et restez avec quelqu’un.",
    },
    `${OTTAWA_EXCLUSIONS_SOURCE}; head injury: NHS 'Head injury and concussion'`,
  ),
  reducedFeelingInLegs: urgent(
    "injury-with-reduced-feeling",
    {
      en: "With reduced feeling in the legs, an injured knee can hurt less than the injury deserves, so the signs used to decide on an X-ray cannot be trusted. A clinician needs to examine the knee, usually with an X-ray.",
      fr: "Quand la sensibilité des jambes est diminuée, un genou blessé peut faire moins mal que la blessure ne le voudrait\u00a0: les signes qui servent à décider d’une radiographie ne sont donc pas fiables. Un soignant doit examiner le genou, en général avec une radiographie.",
    },
    {
      whoToSee: {
        en: "Your doctor (GP) or an urgent care centre that can arrange an X-ray",
        fr: "Votre médecin traitant ou un centre de soins non programmés qui peut faire faire une radiographie",
      },
      howSoon: { en: "Today or tomorrow", fr: "Aujourd’hui ou demain" },
      advice: {
        en: "Today or tomorrow, see your GP or an urgent care centre, say the knee was injured and that the feeling in your legs is reduced: an X-ray is usually the first step. Until then, walk on the leg as little as you can, and look at the skin of the knee and foot each day.",
        fr: "Aujourd’hui ou demain, consultez votre médecin traitant ou un centre de soins non programmés en précisant que le genou a été blessé et que la sensibilité de vos jambes est diminuée\u00a0: une radiographie est en général la première étape. D’ici là, marchez le moins possible sur cette jambe et surveillez chaque jour la peau du genou et du pied.",
      },
    },
    OTTAWA_EXCLUSIONS_SOURCE,
  ),
};

/**
 * A calf sign together with a risk factor for a clot (docs/clinical §7.4): in the Wells score, a tender calf and a
 * risk factor already make a clot "likely", which calls for a scan of the leg veins within hours (NICE NG158).
 * Raised instead of the plain calf flags when any clot risk factor was answered yes.
 */
export function calfPainWithClotRiskFlag(risks: Localized): RedFlag {
  return {
    id: "calf-pain-with-clot-risk",
    tier: "emergency",
    stopsProgram: true,
    reason: {
      en: `A painful or tender calf together with a higher risk of a clot (${risks.en}) can come from a blood clot in a leg vein. A clinician needs to check the veins of the leg today.`,
      fr: `Un mollet douloureux ou sensible, avec un risque de caillot plus élevé (${risks.fr}), peut venir d’un caillot dans une veine de la jambe. Un soignant doit vérifier les veines de la jambe aujourd’hui.`,
    },
    whoToSee: {
      en: "An emergency department or a same-day urgent care service, to check the veins of the leg",
      fr: "Un service d’urgences ou une consultation de soins non programmés le jour même, pour vérifier les veines de la jambe",
    },
    howSoon: { en: "Today, within hours", fr: "Aujourd’hui, dans les heures qui viennent" },
    advice: {
      en: `Today, within hours, go to an emergency department or a same-day urgent care service. Say your calf is painful and tell them about ${risks.en}: a scan of the leg veins is usually needed. Do not massage the calf. Call your emergency number at once if you become short of breath or have chest pain.`,
      fr: `Aujourd’hui, dans les heures qui viennent, allez aux urgences ou dans une consultation de soins non programmés. Dites que votre mollet est douloureux et signalez ${risks.fr}\u00a0: une échographie des veines de la jambe est en général nécessaire. Ne massez pas le mollet. Appelez immédiatement votre numéro d’urgence si vous manquez de souffle ou avez mal à la poitrine.`,
    },
    source:
      "Wells score for DVT (Wells 1997, 2003); NICE NG158: scan within 4 hours when a clot is likely (docs/clinical §7.4)",
  };
}

/** Under 18: hip problems of growing bones can hurt only in the knee and must not wait (docs/clinical §7.2). */
export const CHILD_HIP_SIGNS_FLAG: RedFlag = urgent(
  "child-limp-or-hip-pain",
  {
    en: "In a child or teenager, a limp, pain in the hip, groin or thigh, or knee pain with a stiff hip can come from the hip even when the knee is where it hurts. A problem at the growing end of the thigh bone must not be missed: it gets worse if it waits. A doctor needs to examine the hip today.",
    fr: "Chez un enfant ou un adolescent, une boiterie, une douleur de hanche, d’aine ou de cuisse, ou une douleur du genou avec une hanche raide peuvent venir de la hanche, même si c’est le genou qui fait mal. Un problème du cartilage de croissance du haut du fémur ne doit pas passer inaperçu\u00a0: il s’aggrave s’il attend. Un médecin doit examiner la hanche aujourd’hui.",
  },
  {
    whoToSee: {
      en: "A doctor who examines the hip, not only the knee: your GP the same day, or a children's emergency department",
      fr: "Un médecin qui examine la hanche, pas seulement le genou\u00a0: le médecin traitant le jour même, ou les urgences pédiatriques",
    },
    howSoon: { en: "Today, the same day", fr: "Aujourd’hui, le jour même" },
    advice: {
      en: "Today, have the hip examined, not only the knee: ask your GP for a same-day appointment, or go to a children's emergency department, and say there is a limp or pain in the hip, groin or thigh. Until then, no running, jumping or sport, and use crutches if walking hurts.",
      fr: "Aujourd’hui, faites examiner la hanche, pas seulement le genou\u00a0: demandez un rendez-vous le jour même à votre médecin traitant, ou allez aux urgences pédiatriques, en signalant la boiterie ou la douleur de hanche, d’aine ou de cuisse. D’ici là, ni course, ni sauts, ni sport, et des béquilles si marcher fait mal.",
    },
  },
  `${CHILDREN_SOURCE}: slipped capital femoral epiphysis, hip pain felt in the knee`,
);

/** Adults can also feel hip problems only in the knee (Devon referral guidance, docs/clinical §7.2): a look, not urgent. */
export const ADULT_HIP_SIGNS_FLAG: RedFlag = {
  id: "adult-hip-signs",
  tier: "soon",
  stopsProgram: false,
  reason: {
    en: "Hip, groin or thigh pain, a limp, or a stiff hip alongside knee pain can mean the pain starts in the hip. A clinician should examine the hip.",
    fr: "Une douleur de hanche, d’aine ou de cuisse, une boiterie ou une hanche raide avec la douleur au genou peuvent signifier que la douleur vient de la hanche. Un soignant devrait examiner la hanche.",
  },
  whoToSee: {
    en: "Your GP or a physiotherapist, to examine the hip",
    fr: "Votre médecin traitant ou un kinésithérapeute, pour examiner la hanche",
  },
  howSoon: WITHIN_WEEKS,
  advice: {
    en: "Book an appointment with your GP or a physiotherapist in the next one to two weeks and ask them to examine the hip as well as the knee.",
    fr: "Prenez rendez-vous avec votre médecin traitant ou un kinésithérapeute dans les une à deux semaines en demandant un examen de la hanche autant que du genou.",
  },
  source: "Devon referral guidance: hip pathology felt in the knee (docs/clinical §7.2)",
};

/** A locked knee in a growing body can come from the joint surface (docs/clinical §7.2, children); an adult's from a caught piece. */
const KNEE_LOCKS: { readonly young: RedFlag; readonly adult: RedFlag } = {
  adult: urgent(
    "knee-locks",
    {
      en: "A knee that locks and cannot fully straighten can mean something is caught inside the joint. A clinician needs to examine it.",
      fr: "Un genou qui se bloque et ne s’étend plus complètement peut signaler un élément coincé dans l’articulation. Un soignant doit l’examiner.",
    },
    {
      whoToSee: ACUTE_KNEE_CLINIC,
      advice: {
        en: "Within a day or two, see a doctor or an acute knee (fracture) clinic. Do not force the knee straight; if it stays stuck, go the same day.",
        fr: "Dans les 24 à 48 heures, consultez un médecin ou une consultation d’urgence du genou. Ne forcez pas pour tendre le genou\u00a0; s’il reste bloqué, consultez le jour même.",
      },
    },
    NHS_KNEE_PATHWAY,
  ),
  young: urgent(
    "knee-locks-growing",
    {
      en: "In a child or teenager, a knee that locks or cannot fully straighten can come from a problem of the joint surface of a growing knee, which heals best when found early. A doctor needs to examine it.",
      fr: "Chez un enfant ou un adolescent, un genou qui se bloque ou ne s’étend plus complètement peut venir d’un problème de la surface articulaire d’un genou en croissance, qui guérit mieux s’il est repéré tôt. Un médecin doit l’examiner.",
    },
    {
      whoToSee: {
        en: "Your doctor (GP or paediatrician), who may arrange an X-ray of the knee",
        fr: "Votre médecin (médecin traitant ou pédiatre), qui pourra prescrire une radiographie du genou",
      },
      advice: {
        en: "Within a day or two, see your GP or a paediatrician and say the knee locks or will not straighten. Until then, no running, jumping or sport; do not force the knee straight.",
        fr: "Dans les 24 à 48 heures, consultez votre médecin traitant ou un pédiatre en disant que le genou se bloque ou ne se tend plus. D’ici là, ni course, ni sauts, ni sport\u00a0; ne forcez pas pour tendre le genou.",
      },
    },
    `${CHILDREN_SOURCE}: loss of full extension, osteochondritis dissecans; locked knee: ${NHS_KNEE_PATHWAY}`,
  ),
};

/**
 * A knee that gives way without an injury is not urgent, but loading it with a program before anyone has looked
 * is not sensible: in a growing knee the joint surface (docs/clinical §7.2, children), in an adult a kneecap that
 * slips or something inside the joint. Both stop the program until a clinician has examined the knee.
 */
const GIVES_WAY_WITHOUT_INJURY: { readonly young: RedFlag; readonly adult: RedFlag } = {
  adult: {
    id: "gives-way-without-injury",
    tier: "soon",
    stopsProgram: true,
    reason: {
      en: "A knee that gives way without an injury can come from the kneecap slipping or from something inside the joint, such as a torn cartilage cushion. A clinician should examine it before you load it with exercises.",
      fr: "Un genou qui se dérobe sans blessure peut venir d’une rotule qui se déplace ou d’une lésion à l’intérieur de l’articulation, comme une déchirure de ménisque. Un soignant doit l’examiner avant de le charger avec des exercices.",
    },
    whoToSee: {
      en: "Your GP or a physiotherapist, to examine the knee",
      fr: "Votre médecin traitant ou un kinésithérapeute, pour examiner le genou",
    },
    howSoon: {
      en: "In the next one to two weeks, before you start the exercises",
      fr: "Dans les une à deux semaines, avant de commencer les exercices",
    },
    advice: {
      en: "Book an appointment with your GP or a physiotherapist in the next one to two weeks and say the knee gives way without an injury. Meanwhile, avoid sport that twists or jumps.",
      fr: "Prenez rendez-vous avec votre médecin traitant ou un kinésithérapeute dans les une à deux semaines en signalant que le genou se dérobe sans blessure. En attendant, évitez les sports avec torsions ou sauts.",
    },
    source: `Giving way, instability: ${NHS_KNEE_PATHWAY}`,
  },
  young: {
    id: "gives-way-without-injury-growing",
    tier: "soon",
    stopsProgram: true,
    reason: {
      en: "In a child or teenager, a knee that gives way or catches without an injury can come from a problem of the joint surface of a growing knee, which heals best when found early. A doctor should examine it before any exercise program.",
      fr: "Chez un enfant ou un adolescent, un genou qui se dérobe ou accroche sans blessure peut venir d’un problème de la surface articulaire d’un genou en croissance, qui guérit mieux s’il est repéré tôt. Un médecin doit l’examiner avant tout programme d’exercices.",
    },
    whoToSee: {
      en: "Your doctor (GP or paediatrician), who may arrange an X-ray of the knee",
      fr: "Votre médecin (médecin traitant ou pédiatre), qui pourra prescrire une radiographie du genou",
    },
    howSoon: {
      en: "In the next one to two weeks, before the exercises",
      fr: "Dans les une à deux semaines, avant les exercices",
    },
    advice: {
      en: "Book an appointment with your GP or a paediatrician in the next one to two weeks and say the knee gives way without an injury. Until then, no jumping or sport that twists the knee; go sooner if the knee locks or swells.",
      fr: "Prenez rendez-vous avec votre médecin traitant ou un pédiatre dans les une à deux semaines en signalant que le genou se dérobe sans blessure. D’ici là, pas de sauts ni de sport avec torsion du genou\u00a0; consultez plus tôt si le genou se bloque ou gonfle.",
    },
    source: `${CHILDREN_SOURCE}: clicking, giving way or loss of full extension, osteochondritis dissecans`,
  },
};

const AGE_DEPENDENT_FLAGS: Readonly<
  Record<AgeDependentQuestion, { readonly young: RedFlag; readonly adult: RedFlag }>
> = {
  kneeLocks: KNEE_LOCKS,
  givesWayWithoutInjury: GIVES_WAY_WITHOUT_INJURY,
  childLimpOrHipPain: { young: CHILD_HIP_SIGNS_FLAG, adult: ADULT_HIP_SIGNS_FLAG },
};

/** The flag a "yes" to this question raises for a person of this age (under 18: the growing body's version). */
export function flagForQuestion(question: FlagQuestion, ageYears: number): RedFlag {
  if (question in AGE_DEPENDENT_FLAGS) {
    const flags = AGE_DEPENDENT_FLAGS[question as AgeDependentQuestion];
    return ageYears < ADULT_AGE_YEARS ? flags.young : flags.adult;
  }
  return RED_FLAG_CATALOGUE[question as Exclude<FlagQuestion, AgeDependentQuestion>];
}
