/**
 * The question texts of HipCheck's QuestionnaireResponses in French, by item linkId. The English texts are the
 * answers schema's own field descriptions (`questionnaire-items.ts`); a French person's export carries these
 * instead, so a French clinician reads the questions as they were asked (decision 0284).
 */
import type { Lang } from "@hipcheck/core";
import type { QuestionnaireItem } from "./fhir-resources.js";

const PAIN_SCALE_FR =
  "Douleur sur l’échelle numérique de 0 à 10\u00a0: 0 = aucune douleur, 10 = pire douleur imaginable";
const PSFS_SCORE_FR = "0 = incapable de le faire, 10 = capable de le faire comme avant";

const FRENCH_TEXTS: Readonly<Record<string, string>> = {
  // The seed 001 self-check is a response of its own: its linkIds have no `selfCheck.` prefix.
  sitsRegularly: "1) Restez-vous régulièrement en position assise\u00a0?",
  hasBackPain: "2) Avez-vous mal au dos\u00a0?",
  repetitiveExercise: "3) Votre pratique sportive comporte-t-elle des mouvements répétitifs\u00a0?",
  doesHipBalanceWork:
    "4) Faites-vous volontairement des exercices pour entretenir l’équilibre musculaire autour de vos hanches\u00a0?",
  "symptoms.knee": "Genou douloureux",
  "symptoms.locations": "Localisation de la douleur",
  "symptoms.aggravators": "Ce qui aggrave la douleur",
  "symptoms.durationWeeks": "Depuis combien de temps, en semaines",
  "symptoms.painNow": PAIN_SCALE_FR,
  "symptoms.painUsual": PAIN_SCALE_FR,
  "symptoms.painWorst": PAIN_SCALE_FR,
  "redFlags.hotSwollenKneeWithFever": "Genou chaud, rouge, gonflé avec fièvre ou sensation de malaise",
  "redFlags.suddenSwellingWithWeakImmunity":
    "Gonflement soudain sans traumatisme avec une immunité affaiblie (cancer, diabète, corticoïdes, VIH)",
  "redFlags.deformityAfterInjury": "Genou ou rotule déplacés ou déformés après un traumatisme",
  "redFlags.cannotLiftStraightLeg": "Impossible de lever la jambe tendue du lit après un traumatisme",
  "redFlags.footColdPaleOrNumb": "Pied froid, pâle, engourdi, ou fourmillements qui ne passent pas",
  "redFlags.calfPainSwellingWarmth": "Douleur du mollet avec gonflement, chaleur ou peau décolorée",
  "redFlags.highImpactTrauma":
    "Accident à haute énergie récent (chute de hauteur, accident de voiture ou de vélo)",
  "redFlags.kneeLocks": "Le genou se bloque et ne s’étend plus complètement",
  "redFlags.swellingWithinHoursOfInjury": "Le genou a gonflé dans les 2 heures environ après un traumatisme",
  "redFlags.swellingHoursAfterInjury":
    "Le genou a gonflé plus tard, de quelques heures à un jour après un traumatisme (depuis la version 2)",
  "redFlags.givesWayAfterInjury": "Le genou se dérobe depuis un traumatisme",
  "redFlags.givesWayWithoutInjury":
    "Le genou se dérobe ou lâche sans aucun traumatisme (depuis la version 2)",
  "redFlags.kneecapDislocated": "La rotule est sortie de sa place",
  "redFlags.constantNightOrRestPain":
    "Douleur constante la nuit ou au repos, non soulagée par les antalgiques",
  "redFlags.unexplainedWeightLoss": "Perte de poids involontaire",
  "redFlags.hardLumpNearKnee": "Une masse dure près du genou",
  "redFlags.worseningNumbnessOrWeakness": "Engourdissement ou faiblesse de la jambe qui s’aggrave",
  "redFlags.morningStiffnessOver30Min": "Raideur matinale de plus de 30 minutes",
  "redFlags.severalSwollenJoints":
    "Plusieurs articulations gonflées ou douloureuses, ou psoriasis ou maladie inflammatoire de l’intestin",
  "redFlags.childLimpOrHipPain":
    "Boiterie, douleur de hanche, d’aine ou de cuisse, ou douleur du genou avec une hanche raide (demandé à tout âge)",
  "redFlags.youngUnwellOrBruising":
    "Moins de 18 ans\u00a0: fièvre, pâleur ou fatigue inhabituelle, ou bleus sans choc (depuis la version 2)",
  "redFlags.calfTenderWithoutCause":
    "Mollet sensible ou douloureux sans choc, élongation ni crampe pour l’expliquer (facultatif)",
  "redFlags.clotRiskImmobility":
    "Dans les 12 dernières semaines\u00a0: une opération, une jambe plâtrée, 3 jours ou plus au lit, ou un trajet de plus de 4 heures (facultatif)",
  "redFlags.clotRiskHistoryOrCancer":
    "Un caillot sanguin par le passé, ou un traitement contre le cancer en cours ou dans les 6 derniers mois (facultatif)",
  "redFlags.clotRiskHormonal":
    "Grossesse, accouchement dans les 6 dernières semaines, ou pilule ou traitement hormonal (facultatif)",
  "redFlags.penetratingKneeWound":
    "Après un traumatisme\u00a0: une plaie qui a coupé ou percé la peau du genou (facultatif)",
  "redFlags.kneeReplacement": "Après un traumatisme\u00a0: une prothèse de ce genou (facultatif)",
  "redFlags.otherInjuries":
    "Après un traumatisme\u00a0: d’autres parties du corps blessées, au-delà de bleus ou d’écorchures (facultatif)",
  "redFlags.headInjuryOrConfusion":
    "Après un traumatisme\u00a0: choc à la tête, perte de connaissance, ou confusion ou somnolence depuis (facultatif)",
  "redFlags.reducedFeelingInLegs":
    "Après un traumatisme\u00a0: sensibilité diminuée des jambes ou des pieds (diabète, atteinte nerveuse) (facultatif)",
  redFlagsNotAsked: "Questions de sécurité jamais posées (réponses reprises d’une version antérieure)",
  "injury.daysAgo": "Jours depuis le traumatisme",
  "injury.tenderOnlyOnKneecap": "Sensible uniquement sur la rotule, nulle part ailleurs sur l’os",
  "injury.tenderAtFibulaHead":
    "Sensible sur la bosse osseuse à l’extérieur, sous le genou (tête de la fibula)",
  "injury.cannotBendTo90": "Impossible de plier le genou à angle droit",
  "injury.couldNotTakeFourSteps":
    "Impossible de faire 4 pas, juste après le traumatisme et maintenant (boiter compte comme un pas)",
  "activities.hardDays": "Jours de séances longues ou intenses (jours de gros travail musculaire)",
  equipment: "Matériel disponible\u00a0; le travail au poids du corps n’en demande pas",
  availableDays: "Jours où la personne peut s’entraîner",
  strengthSessionsPerWeek: "Séances de renforcement souhaitées par semaine\u00a0: 2 (par défaut) ou 3",
  "psfs.score": PSFS_SCORE_FR,
  "items.score": PSFS_SCORE_FR,
};

/** `items` with each question's text in `lang`; an English item without a French text keeps its own. */
export function itemsInLanguage(
  items: readonly QuestionnaireItem[],
  lang: Lang,
): readonly QuestionnaireItem[] {
  if (lang === "en") return items;
  return items.map((item) => {
    const text = item.text === undefined ? undefined : (FRENCH_TEXTS[item.linkId] ?? item.text);
    return {
      ...item,
      ...(text === undefined ? {} : { text }),
      ...(item.item === undefined ? {} : { item: itemsInLanguage(item.item, lang) }),
    };
  });
}
