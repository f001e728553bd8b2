/**
 * Pain on the 0–10 numeric pain rating scale (NPRS): did it really change between two ratings?
 * docs/clinical §6 and "Numbers to encode" #28.
 */
import { PAIN_SCORE_MAX, PAIN_SCORE_MIN } from "../intake/answers.js";
import type { Localized } from "../shared/i18n.js";
import { clientInSentence, measureOf, PERSON_READER, type Reader } from "../progress/reader.js";
import { formatNumber } from "./format-number.js";
import { changeKindOf, percentChange, type OutcomeChange } from "./outcome-change.js";

/** Chronic pain: a change of about 2 points is clinically important (Farrar JT et al. Pain 2001;94(2):149-158). */
export const NPRS_MCID_POINTS = 2;
/** …or about 30% of the first rating (Farrar 2001). */
export const NPRS_MCID_PCT = 30;
/**
 * Patellofemoral pain: minimal clinically important difference of 1.16 points after 8 weeks of physical
 * therapy (Piva SR et al. J Rehabil Med 2009;41(3)). No change below it counts, whatever its percentage.
 */
export const NPRS_PFP_MCID_POINTS = 1.16;

/**
 * Farrar's "2 points or 30%", whichever is smaller, but never below the patellofemoral 1.16 points (Piva 2009).
 * With whole-number ratings this means a change of 2 points or more, from any starting level.
 */
export function nprsMinimalChangePoints(before: number): number {
  return Math.max(NPRS_PFP_MCID_POINTS, Math.min(NPRS_MCID_POINTS, (before * NPRS_MCID_PCT) / 100));
}

/** Pain scores come parsed (AnswersSchema); anything else is a bug in the caller. */
export function assertNprsScore(pain: number): void {
  if (!Number.isInteger(pain) || pain < PAIN_SCORE_MIN || pain > PAIN_SCORE_MAX) {
    throw new RangeError(`A pain score is a whole number from 0 to 10, got ${pain}`);
  }
}

/** `reader` words the explanation for the person (default) or, in the third person, for their coach. */
export function classifyPainChange(
  before: number,
  after: number,
  reader: Reader = PERSON_READER,
): OutcomeChange {
  assertNprsScore(before);
  assertNprsScore(after);
  const deltaPoints = after - before;
  const reaches = Math.abs(deltaPoints) >= nprsMinimalChangePoints(before);
  const change = changeKindOf(deltaPoints, -1, reaches);
  const deltaPct = percentChange(before, after);
  return {
    change,
    deltaPoints,
    deltaPct,
    explanation: explainPainChange(change, before, after, deltaPct, reader),
  };
}

const PAIN = { en: "pain", fr: "la douleur" };

function explainPainChange(
  change: OutcomeChange["change"],
  before: number,
  after: number,
  deltaPct: number | null,
  reader: Reader,
): Localized {
  const points = Math.abs(after - before);
  const pctEn = deltaPct === null ? "" : ` (${formatNumber(Math.abs(deltaPct), "en")}%)`;
  const pctFr = deltaPct === null ? "" : ` (${formatNumber(Math.abs(deltaPct), "fr")} %)`;
  const from = {
    en: `${measureOf(reader, PAIN, "en")} went from ${before} to ${after} out of 10`,
    fr: `${measureOf(reader, PAIN, "fr")} est passée de ${before} à ${after} sur 10`,
  };
  switch (change) {
    case "better":
      return {
        en: `${from.en}: ${points} points less${pctEn}. That is a real improvement, at least the smallest change people notice (${NPRS_MCID_POINTS} points, or about ${NPRS_MCID_PCT}%).`,
        fr: `${from.fr}\u00a0: ${points} points de moins${pctFr}. C’est une vraie amélioration, au moins le plus petit changement que l’on ressent (${NPRS_MCID_POINTS} points, ou environ ${NPRS_MCID_PCT} %).`,
      };
    case "worse":
      if (reader.kind === "coach") {
        return {
          en: `${from.en}: ${points} points more${pctEn}. That is a real worsening. Suggest easing off, and ask ${clientInSentence(reader, "en")} to answer the warning-sign questions again before the next session.`,
          fr: `${from.fr}\u00a0: ${points} points de plus${pctFr}. C’est une vraie aggravation. Conseillez de lever le pied, et demandez à ${clientInSentence(reader, "fr")} de répondre à nouveau aux questions sur les signes d’alerte avant la prochaine séance.`,
        };
      }
      return {
        en: `${from.en}: ${points} points more${pctEn}. That is a real worsening. Ease off, and answer the warning-sign questions again before the next session.`,
        fr: `${from.fr}\u00a0: ${points} points de plus${pctFr}. C’est une vraie aggravation. Levez le pied, et répondez à nouveau aux questions sur les signes d’alerte avant la prochaine séance.`,
      };
    case "no-real-change":
      return {
        en: `${from.en}. A change under ${NPRS_MCID_POINTS} points can happen from one day to the next, so it does not count as a real change yet.`,
        fr: `${from.fr}. Un écart de moins de ${NPRS_MCID_POINTS} points peut arriver d’un jour à l’autre\u00a0: ce n’est pas encore un vrai changement.`,
      };
  }
}
