/**
 * Patient-Specific Functional Scale (PSFS): up to five activities the person finds hard, each rated 0 (unable)
 * to 10 (able to do it as before). The score is the mean rating; higher is better.
 *
 * The PSFS is NOT covered by docs/clinical. Its change thresholds come from Stratford P et al.,
 * "Assessing disability and change on individual patients: a report of a patient specific measure",
 * Physiotherapy Canada 1995;47(4):258-263: about 2 points for the mean score, 3 points for a single activity.
 * UNVERIFIED: taken from background knowledge, not checked against the paper. Confirm before relying on it.
 */
import type { PsfsItem } from "../intake/answers.js";
import type { Lang, Localized } from "../shared/i18n.js";
import { formatNumber } from "./format-number.js";
import { changeKindOf, percentChange, type ChangeKind, type OutcomeChange } from "./outcome-change.js";

/** Minimal important change of the mean score (Stratford 1995, unverified). */
export const PSFS_MCID_POINTS = 2;
/** Minimal important change when only one activity can be compared (Stratford 1995, unverified). */
export const PSFS_SINGLE_ACTIVITY_MCID_POINTS = 3;
export const PSFS_MAX_ITEMS = 5;
const PSFS_ITEM_MAX = 10;

export type PsfsScore = { readonly meanScore: number; readonly items: number };

/** Items come parsed (PsfsSchema: 1–5 items, whole numbers 0–10); anything else is a bug in the caller. */
function assertPsfsItems(items: readonly PsfsItem[]): void {
  if (items.length === 0 || items.length > PSFS_MAX_ITEMS) {
    throw new RangeError(`The PSFS rates 1 to ${PSFS_MAX_ITEMS} activities, got ${items.length}`);
  }
  for (const item of items) {
    if (!Number.isInteger(item.score) || item.score < 0 || item.score > PSFS_ITEM_MAX) {
      throw new RangeError(
        `A PSFS rating is a whole number from 0 to 10, got ${item.score} for "${item.activity}"`,
      );
    }
  }
}

const sumOf = (scores: readonly number[]): number => scores.reduce((total, score) => total + score, 0);

export function scorePsfs(items: readonly PsfsItem[]): PsfsScore {
  assertPsfsItems(items);
  return { meanScore: sumOf(items.map((item) => item.score)) / items.length, items: items.length };
}

/** Activities are matched by name, ignoring case, extra spaces and how accented letters are encoded. */
export function psfsActivityKey(activity: string): string {
  return activity.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export type PsfsChange = Omit<OutcomeChange, "change"> & {
  /** `not-comparable` when no activity was rated both times. */
  readonly change: ChangeKind | "not-comparable";
  /** Activities rated both times (as first written), the only ones compared. */
  readonly comparedActivities: readonly string[];
  /** Activities rated only once, left out of the comparison. */
  readonly leftOutActivities: readonly string[];
};

type Pairing = { compared: string[]; leftOut: string[]; beforeScores: number[]; afterScores: number[] };

/** When a name repeats within one rating, its first entry counts. */
function firstByActivity(items: readonly PsfsItem[]): Map<string, PsfsItem> {
  const byKey = new Map<string, PsfsItem>();
  for (const item of items) {
    const key = psfsActivityKey(item.activity);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  return byKey;
}

function pairActivities(before: readonly PsfsItem[], after: readonly PsfsItem[]): Pairing {
  const beforeByKey = firstByActivity(before);
  const afterByKey = firstByActivity(after);
  const pairing: Pairing = { compared: [], leftOut: [], beforeScores: [], afterScores: [] };
  for (const [key, item] of beforeByKey) {
    const match = afterByKey.get(key);
    if (match === undefined) {
      pairing.leftOut.push(item.activity);
      continue;
    }
    pairing.compared.push(item.activity);
    pairing.beforeScores.push(item.score);
    pairing.afterScores.push(match.score);
  }
  for (const [key, item] of afterByKey) {
    if (!beforeByKey.has(key)) pairing.leftOut.push(item.activity);
  }
  return pairing;
}

export function classifyPsfsChange(before: readonly PsfsItem[], after: readonly PsfsItem[]): PsfsChange {
  assertPsfsItems(before);
  assertPsfsItems(after);
  const { compared, leftOut, beforeScores, afterScores } = pairActivities(before, after);
  const count = compared.length;
  if (count === 0) {
    return {
      change: "not-comparable",
      deltaPoints: 0,
      deltaPct: null,
      explanation: NOT_COMPARABLE,
      comparedActivities: [],
      leftOutActivities: leftOut,
    };
  }
  const threshold = count === 1 ? PSFS_SINGLE_ACTIVITY_MCID_POINTS : PSFS_MCID_POINTS;
  // Compare whole-number sums, not float means, so a change of exactly the threshold is never lost to rounding.
  const deltaSum = sumOf(afterScores) - sumOf(beforeScores);
  const change = changeKindOf(deltaSum, 1, Math.abs(deltaSum) >= threshold * count);
  const meanBefore = sumOf(beforeScores) / count;
  const meanAfter = sumOf(afterScores) / count;
  const explanation = explainPsfsChange({ change, count, meanBefore, meanAfter, threshold, leftOut });
  return {
    change,
    deltaPoints: Math.round((deltaSum / count) * 100) / 100,
    deltaPct: percentChange(meanBefore, meanAfter),
    explanation,
    comparedActivities: compared,
    leftOutActivities: leftOut,
  };
}

const NOT_COMPARABLE: Localized = {
  en: "None of the activities rated now was rated before, so the two ratings cannot be compared. Rate the same activities each time.",
  fr: "Aucune des activités notées maintenant n’avait été notée avant\u00a0: les deux notations ne peuvent pas être comparées. Notez les mêmes activités à chaque fois.",
};

type PsfsStory = {
  change: ChangeKind;
  count: number;
  meanBefore: number;
  meanAfter: number;
  threshold: number;
  leftOut: readonly string[];
};

function explainPsfsChange(story: PsfsStory): Localized {
  return { en: explainIn("en", story), fr: explainIn("fr", story) };
}

function explainIn(
  lang: Lang,
  { change, count, meanBefore, meanAfter, threshold, leftOut }: PsfsStory,
): string {
  const n = (value: number): string => formatNumber(value, lang);
  const scope =
    lang === "en"
      ? `Over the ${count} ${count === 1 ? "activity" : "activities"} rated both times, the score went from ${n(meanBefore)} to ${n(meanAfter)} out of 10.`
      : `Sur ${count === 1 ? "l’activité notée" : `les ${count} activités notées`} les deux fois, le score est passé de ${n(meanBefore)} à ${n(meanAfter)} sur 10.`;
  const verdicts: Record<ChangeKind, Localized> = {
    better: {
      en: `That is a real improvement (at least ${threshold} points).`,
      fr: `C’est une vraie amélioration (au moins ${threshold} points).`,
    },
    worse: {
      en: `That is a real step back (at least ${threshold} points).`,
      fr: `C’est un vrai recul (au moins ${threshold} points).`,
    },
    "no-real-change": {
      en: `A change under ${threshold} points is not counted as a real change yet.`,
      fr: `Un écart de moins de ${threshold} points n’est pas encore compté comme un vrai changement.`,
    },
  };
  const skipped =
    leftOut.length === 0
      ? ""
      : lang === "en"
        ? ` Rated only once, so left out: ${leftOut.join(", ")}.`
        : ` Notées une seule fois, donc laissées de côté\u00a0: ${leftOut.join(", ")}.`;
  return `${scope} ${verdicts[change][lang]}${skipped}`;
}
