/** Every word of the printed handout, in English and French. */
import type { Lang, Localized, ProgramPhase, SessionKind } from "@hipcheck/core";

export const HANDOUT_TEXT = {
  title: { en: "Your hip program", fr: "Votre programme pour les hanches" },
  preparedFor: { en: "Prepared for", fr: "Préparé pour" },
  sharedProgram: { en: "Shared program", fr: "Programme partagé" },
  notADiagnosis: {
    en: "This handout describes a self-management exercise program. It is not a diagnosis.",
    fr: "Ce document décrit un programme d’exercices en autonomie. Ce n’est pas un diagnostic.",
  },
  painRuleTitle: { en: "The pain rule", fr: "La règle de la douleur" },
  strengthTitle: { en: "Hip strength since the start", fr: "Force de la hanche depuis le début" },
  scheduleTitle: { en: "Weekly schedule", fr: "Programme de la semaine" },
  warmUpTitle: { en: "Warm-up before runs and rides", fr: "Échauffement avant la course et le vélo" },
  exercisesTitle: { en: "The exercises", fr: "Les exercices" },
  weekTableTitle: {
    en: "Week by week: tick each session",
    fr: "Semaine par semaine\u00a0: cochez chaque séance",
  },
  weekTableKey: {
    en: "Each row is an exercise at one dose; each box is one session of that week. Tick a box when the session is done.",
    fr: "Chaque ligne est un exercice à une dose donnée\u00a0; chaque case est une séance de la semaine. Cochez la case une fois la séance faite.",
  },
  exerciseAndDose: { en: "Exercise and dose", fr: "Exercice et dose" },
  weekShort: { en: "W", fr: "S" },
  week: { en: "Week", fr: "Semaine" },
  startingDose: { en: "Starting dose", fr: "Dose de départ" },
  warmUpDose: { en: "In the warm-up", fr: "À l’échauffement" },
  pace: { en: "Pace of one rep", fr: "Rythme d’une répétition" },
  cues: { en: "Cues", fr: "Repères" },
  commonErrors: { en: "Common errors", fr: "Erreurs fréquentes" },
  drawingKey: {
    en: "In each drawing, the pale figure is the starting position and the dark one the movement.",
    fr: "Dans chaque dessin, la silhouette claire montre la position de départ et la foncée le mouvement.",
  },
  starts: { en: "Starts", fr: "Début" },
  seenFromFront: { en: "Seen from the front", fr: "Vu de face" },
  seenFromFeet: { en: "Seen from the feet", fr: "Vu depuis les pieds" },
  seenFromHead: { en: "Seen from the head", fr: "Vu depuis la tête" },
  seenFromAbove: { en: "Seen from above", fr: "Vu de dessus" },
  weeks: { en: "weeks", fr: "semaines" },
} as const satisfies Readonly<Record<string, Localized>>;

/** The phases by the names the web app gives them, so the paper and the screen speak alike. */
export const PHASE_NAMES: Readonly<Record<ProgramPhase, Localized>> = {
  "wake-up": { en: "Wake up", fr: "Réveil" },
  strengthen: { en: "Strengthen", fr: "Renforcement" },
  integrate: { en: "Integrate", fr: "Intégration" },
};

/** The footer's page number: "Page 2 of 3", "Page 2 sur 3". */
export function pageNumberLine(pageNumber: number, pages: number, lang: Lang): string {
  return lang === "fr" ? `Page ${pageNumber} sur ${pages}` : `Page ${pageNumber} of ${pages}`;
}

export const SESSION_KIND_NAMES: Readonly<Record<SessionKind, Localized>> = {
  strength: { en: "hip session", fr: "séance hanches" },
  "warm-up": { en: "warm-up", fr: "échauffement" },
};
