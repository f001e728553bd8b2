import { localize, type Lang, type RedFlagScreen, type SelfCheckResult } from "@hipcheck/core";
import { wrap } from "../output.js";

const TIER_TITLE = {
  none: { en: "No warning signs in your answers.", fr: "Aucun signe d’alerte dans vos réponses." },
  soon: { en: "SEE A CLINICIAN SOON", fr: "CONSULTEZ PROCHAINEMENT" },
  // A "soon" sign that still stops the program (a child under 12, a knee giving way without an injury).
  first: { en: "SEE A CLINICIAN BEFORE YOU START", fr: "CONSULTEZ AVANT DE COMMENCER" },
  urgent: { en: "SEE A CLINICIAN URGENTLY", fr: "CONSULTEZ EN URGENCE" },
  emergency: { en: "EMERGENCY: GET HELP NOW", fr: "URGENCE\u00a0: FAITES-VOUS AIDER MAINTENANT" },
} as const;

const DISCLAIMER = {
  en: "HipCheck gives general exercise guidance; it does not diagnose. If in doubt, see a clinician.",
  fr: "HipCheck donne des conseils d’exercice généraux\u00a0; il ne pose pas de diagnostic. En cas de doute, consultez.",
} as const;

/**
 * The screen as the person reads it: a title for the most severe tier, each sign with its reason and where to go
 * and how soon, then the advice (the most severe signs' own advice, what happens to the program, any caution).
 */
export function renderScreen(screen: RedFlagScreen, lang: Lang): string {
  const title = screen.tier === "soon" && !screen.selfManagementAllowed ? "first" : screen.tier;
  const lines = [localize(TIER_TITLE[title], lang)];
  for (const flag of screen.flags) {
    lines.push(wrap(`- ${localize(flag.reason, lang)}`, "  "));
    lines.push(wrap(`${localize(flag.whoToSee, lang)} — ${localize(flag.howSoon, lang)}`, "    "));
  }
  lines.push(wrap(localize(screen.advice, lang), ""));
  return `${lines.join("\n")}\n`;
}

export function renderSelfCheck(result: SelfCheckResult, lang: Lang): string {
  return `${wrap(localize(result.explanation, lang), "")}\n`;
}

export function renderDisclaimer(lang: Lang): string {
  return `\n${wrap(localize(DISCLAIMER, lang), "")}\n`;
}
