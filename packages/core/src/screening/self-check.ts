/**
 * Seed 001, "Knee pain? Check in with your hips" (Stacy Dockins): "If you answered yes to 1, 2, or 3 and no to 4,
 * then it's a good idea to investigate ways to restore or maintain balance in your hips." The self-check points
 * at where to look; it never diagnoses.
 */
import type { SelfCheck } from "../intake/answers.js";
import type { Lang, Localized } from "../shared/i18n.js";

export type SelfCheckReason = "sits" | "back-pain" | "repetitive";

export type SelfCheckResult = {
  readonly lookAtHipBalance: boolean;
  /** Which of questions 1–3 were answered yes, in question order. */
  readonly yesTo: SelfCheckReason[];
  readonly doesHipBalanceWork: boolean;
  readonly explanation: Localized;
};

const REASON_QUESTION: Readonly<Record<SelfCheckReason, keyof SelfCheck>> = {
  sits: "sitsRegularly",
  "back-pain": "hasBackPain",
  repetitive: "repetitiveExercise",
};
const REASONS = Object.keys(REASON_QUESTION) as SelfCheckReason[];

const REASON_TEXT: Readonly<Record<SelfCheckReason, Localized>> = {
  sits: { en: "you sit on a regular basis", fr: "vous restez régulièrement en position assise" },
  "back-pain": { en: "you have back pain", fr: "vous avez mal au dos" },
  repetitive: {
    en: "your exercise repeats the same motions",
    fr: "votre activité physique répète les mêmes mouvements",
  },
};

export function evaluateSelfCheck(answers: SelfCheck): SelfCheckResult {
  const yesTo = REASONS.filter((reason) => answers[REASON_QUESTION[reason]]);
  const lookAtHipBalance = yesTo.length > 0 && !answers.doesHipBalanceWork;
  return {
    lookAtHipBalance,
    yesTo,
    doesHipBalanceWork: answers.doesHipBalanceWork,
    explanation: {
      en: explainIn("en", yesTo, answers.doesHipBalanceWork),
      fr: explainIn("fr", yesTo, answers.doesHipBalanceWork),
    },
  };
}

function listIn(lang: Lang, reasons: readonly SelfCheckReason[]): string {
  const parts = reasons.map((reason) => REASON_TEXT[reason][lang]);
  const last = parts.pop() ?? "";
  if (parts.length === 0) return last;
  return `${parts.join(", ")} ${lang === "en" ? "and" : "et"} ${last}`;
}

function explainIn(lang: Lang, yesTo: readonly SelfCheckReason[], doesHipBalanceWork: boolean): string {
  const because = listIn(lang, yesTo);
  if (yesTo.length > 0 && !doesHipBalanceWork) {
    return lang === "en"
      ? `You said ${because}, and you do not yet do exercises for balance around your hips. With that combination it is a good idea to work on restoring balance around your hips; this is a pointer, not a diagnosis.`
      : `Vous avez indiqué que ${because}, et vous ne faites pas encore d’exercices pour l’équilibre autour de vos hanches. Avec cette combinaison, il est utile de travailler à rétablir l’équilibre autour de vos hanches\u00a0; c’est une piste, pas un diagnostic.`;
  }
  if (yesTo.length > 0) {
    return lang === "en"
      ? `You said ${because}, and you already do exercises for balance around your hips: keep them going.`
      : `Vous avez indiqué que ${because}, et vous faites déjà des exercices pour l’équilibre autour de vos hanches\u00a0: continuez.`;
  }
  if (doesHipBalanceWork) {
    return lang === "en"
      ? "None of sitting, back pain or repetitive exercise applies to you, and you already train hip balance: keep it up."
      : "Ni la position assise, ni le mal de dos, ni les mouvements répétitifs ne vous concernent, et vous entraînez déjà l’équilibre de vos hanches\u00a0: continuez.";
  }
  return lang === "en"
    ? "None of sitting, back pain or repetitive exercise applies to you, so this check does not point to hip balance. Hip exercises can still help keep your knees well."
    : "Ni la position assise, ni le mal de dos, ni les mouvements répétitifs ne vous concernent\u00a0: ce questionnaire n’oriente donc pas vers l’équilibre des hanches. Des exercices de hanche peuvent quand même aider à garder des genoux en forme.";
}
