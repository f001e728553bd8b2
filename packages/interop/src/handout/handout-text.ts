/** Every word of the printed handout, in English and French. */
import type { Localized, ProgramPhase, SessionKind } from "@hipcheck/core";

export const HANDOUT_TEXT = {
  title: { en: "Your hip program", fr: "Votre programme pour les hanches" },
  preparedFor: { en: "Prepared for", fr: "Préparé pour" },
  sharedProgram: { en: "Shared program", fr: "Programme partagé" },
  notADiagnosis: {
    en: "This handout describes a self-management exercise program. It is not a diagnosis.",
    fr: "Ce document décrit un programme d'exercices en autonomie. Ce n'est pas un diagnostic.",
  },
  painRuleTitle: { en: "The pain rule", fr: "La règle de la douleur" },
  scheduleTitle: { en: "Weekly schedule", fr: "Programme de la semaine" },
  warmUpTitle: { en: "Warm-up before runs and rides", fr: "Échauffement avant la course et le vélo" },
  exercisesTitle: { en: "The exercises", fr: "Les exercices" },
  week: { en: "Week", fr: "Semaine" },
  dose: { en: "Dose", fr: "Dosage" },
  fromWeek: { en: "as first planned, week", fr: "tel que prévu d'abord, semaine" },
  cues: { en: "Cues", fr: "Repères" },
  commonErrors: { en: "Common errors", fr: "Erreurs fréquentes" },
  drawingKey: {
    en: "In each drawing, the pale figure is the starting position and the dark one the movement.",
    fr: "Dans chaque dessin, la silhouette claire montre la position de départ et la foncée le mouvement.",
  },
  starts: { en: "Starts", fr: "Début" },
  weeks: { en: "weeks", fr: "semaines" },
} as const satisfies Readonly<Record<string, Localized>>;

/**
 * The pain-monitoring model (Silbernagel 2007; clinical.md §5.4 and "Numbers to encode" #24): 0–2/10 safe, up to
 * 5/10 acceptable during exercise, settled by the next morning, no week-on-week rise. Red flags from clinical.md §7.2.
 */
export const PAIN_RULE: Localized = {
  en:
    "During an exercise, knee pain of 0 to 2 out of 10 is safe and up to 5 out of 10 is acceptable. Above 5, stop " +
    "that exercise or do an easier version. By the next morning the pain must be back to your usual level; if it is " +
    "not, do less next time. Pain should not rise from one week to the next. If your knee becomes hot and swollen, " +
    "locks, gives way, or hurts at night or at rest, stop the program and see a doctor.",
  fr:
    "Pendant un exercice, une douleur au genou de 0 à 2 sur 10 est sans risque et jusqu'à 5 sur 10 est acceptable. " +
    "Au-delà de 5, arrêtez cet exercice ou faites une version plus facile. Le lendemain matin, la douleur doit être " +
    "revenue à son niveau habituel ; sinon, faites moins la fois suivante. La douleur ne doit pas augmenter d'une " +
    "semaine à l'autre. Si votre genou devient chaud et gonflé, se bloque, se dérobe, ou fait mal la nuit ou au " +
    "repos, arrêtez le programme et consultez un médecin.",
};

export const PHASE_NAMES: Readonly<Record<ProgramPhase, Localized>> = {
  "wake-up": { en: "wake up the hips", fr: "réveil des hanches" },
  strengthen: { en: "strengthen", fr: "renforcement" },
  integrate: { en: "bring it into movement", fr: "intégration dans le mouvement" },
};

export const SESSION_KIND_NAMES: Readonly<Record<SessionKind, Localized>> = {
  strength: { en: "hip session", fr: "séance hanches" },
  "warm-up": { en: "warm-up", fr: "échauffement" },
};
