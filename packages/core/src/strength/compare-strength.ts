/**
 * Reading strength checks as a physiotherapist would: per side, the latest value against the baseline, called
 * "stronger" only when the gain is larger than the check's minimal detectable change; the difference between the
 * sides in percent (docs/clinical §10.5).
 */
import { formatNumber } from "../outcomes/format-number.js";
import type { ChangeKind } from "../outcomes/outcome-change.js";
import { daysBetween, type IsoDate } from "../shared/dates.js";
import type { Lang, Localized } from "../shared/i18n.js";
import { strengthValue, type StrengthCheck } from "./strength-check.js";
import {
  minimalDetectableChange,
  STRENGTH_SIDES,
  STRENGTH_TEST_IDS,
  STRENGTH_TESTS,
  type StrengthSide,
  type StrengthTestId,
} from "./strength-tests.js";

export const STRENGTH_CHANGES = ["stronger", "weaker", "no-sure-change"] as const;
export type StrengthChange = (typeof STRENGTH_CHANGES)[number];

export type SideComparison = {
  readonly side: StrengthSide;
  readonly baseline: number;
  readonly latest: number;
  /** latest − baseline, in the check's unit. */
  readonly delta: number;
  /** The smallest change that counts, in the check's unit, for this baseline. */
  readonly mdc: number;
  readonly change: StrengthChange;
};

export type StrengthComparison = {
  readonly test: StrengthTestId;
  readonly baselineDate: IsoDate;
  readonly latestDate: IsoDate;
  readonly sides: readonly SideComparison[];
  /** Asymmetry of the latest check, percent; null when both sides are 0. */
  readonly asymmetryPct: number | null;
  readonly explanation: Localized;
};

/**
 * "Stronger" or "weaker" only when the change is larger than the MDC: a change exactly equal to it is not called
 * real (docs/clinical §10.5).
 */
export function classifyStrengthChange(
  test: StrengthTestId,
  baseline: number,
  latest: number,
): SideComparison["change"] {
  // Compared in hundredths of the unit, so that a change of exactly the MDC is never lost to floating point.
  const mdc = hundredths(minimalDetectableChange(test, baseline));
  const delta = hundredths(latest - baseline);
  if (Math.abs(delta) <= mdc) return "no-sure-change";
  return delta > 0 ? "stronger" : "weaker";
}

function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** (stronger − weaker) ÷ stronger, percent, one decimal (docs/clinical §10.5). */
export function asymmetryPct(left: number, right: number): number | null {
  const stronger = Math.max(left, right);
  if (stronger <= 0) return null;
  return Math.round(((stronger - Math.min(left, right)) / stronger) * 1000) / 10;
}

export function checkAsymmetryPct(check: StrengthCheck): number | null {
  return asymmetryPct(strengthValue(check, "left"), strengthValue(check, "right"));
}

function compareSide(
  test: StrengthTestId,
  side: StrengthSide,
  baseline: StrengthCheck,
  latest: StrengthCheck,
) {
  const before = strengthValue(baseline, side);
  const after = strengthValue(latest, side);
  return {
    side,
    baseline: before,
    latest: after,
    delta: hundredths(after - before),
    mdc: hundredths(minimalDetectableChange(test, before)),
    change: classifyStrengthChange(test, before, after),
  } satisfies SideComparison;
}

const SIDE_NAMES: Record<StrengthSide, Localized> = {
  left: { en: "left", fr: "gauche" },
  right: { en: "right", fr: "droite" },
};

const CHANGE_WORDS: Record<StrengthChange, Localized> = {
  stronger: { en: "stronger", fr: "plus fort" },
  weaker: { en: "weaker", fr: "moins fort" },
  "no-sure-change": { en: "no change you can be sure of yet", fr: "pas encore de changement certain" },
};

function valueText(value: number, test: StrengthTestId, lang: Lang): string {
  return `${formatNumber(value, lang)} ${STRENGTH_TESTS[test].unit}`;
}

function signed(value: number, test: StrengthTestId, lang: Lang): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${valueText(Math.abs(value), test, lang)}`;
}

function explainIn(lang: Lang, comparison: Omit<StrengthComparison, "explanation">): string {
  const { test, sides } = comparison;
  const perSide = sides.map((side) => {
    const name = SIDE_NAMES[side.side][lang];
    const change = CHANGE_WORDS[side.change][lang];
    const values = `${valueText(side.baseline, test, lang)} → ${valueText(side.latest, test, lang)} (${signed(side.delta, test, lang)})`;
    return lang === "en" ? `${name} ${values}: ${change}` : `${name} ${values}\u00a0: ${change}`;
  });
  const mdc = sides[0]?.mdc ?? 0;
  const errorNote =
    lang === "en"
      ? `Only a change of more than ${valueText(mdc, test, lang)} is larger than this check's own error.`
      : `Seul un changement de plus de ${valueText(mdc, test, lang)} dépasse l’erreur propre à ce test.`;
  const asymmetry =
    comparison.asymmetryPct === null
      ? ""
      : lang === "en"
        ? ` The sides now differ by ${formatNumber(comparison.asymmetryPct, lang)}%.`
        : ` Les deux côtés diffèrent maintenant de ${formatNumber(comparison.asymmetryPct, lang)} %.`;
  const title = STRENGTH_TESTS[test].name[lang];
  return lang === "en"
    ? `${title}: ${perSide.join("; ")}. ${errorNote}${asymmetry}`
    : `${title}\u00a0: ${perSide.join("\u00a0; ")}. ${errorNote}${asymmetry}`;
}

/**
 * The baseline (the latest check of this test on or before `start`, else the first one) against the latest check up
 * to `until`; undefined without two checks on different days.
 */
export function compareStrengthChecks(
  checks: readonly StrengthCheck[],
  test: StrengthTestId,
  start: IsoDate,
  until: IsoDate,
): StrengthComparison | undefined {
  const ofTest = checks
    .filter((check) => check.test === test && daysBetween(check.date, until) >= 0)
    .sort((a, b) => a.date.localeCompare(b.date));
  const baseline = ofTest.filter((check) => daysBetween(check.date, start) >= 0).at(-1) ?? ofTest[0];
  const latest = ofTest.at(-1);
  if (baseline === undefined || latest === undefined || baseline.date === latest.date) return undefined;
  const comparison = {
    test,
    baselineDate: baseline.date,
    latestDate: latest.date,
    sides: STRENGTH_SIDES.map((side) => compareSide(test, side, baseline, latest)),
    asymmetryPct: checkAsymmetryPct(latest),
  };
  return { ...comparison, explanation: { en: explainIn("en", comparison), fr: explainIn("fr", comparison) } };
}

/** Every test that has a baseline and a later check, in the knowledge base's order. */
export function compareAllStrength(
  checks: readonly StrengthCheck[],
  start: IsoDate,
  until: IsoDate,
): StrengthComparison[] {
  return STRENGTH_TEST_IDS.flatMap((test) => compareStrengthChecks(checks, test, start, until) ?? []);
}

/**
 * What a comparison adds to "is it working?": better when a side is stronger and none weaker, worse when a side is
 * weaker and none stronger, otherwise no real change.
 */
export function strengthChangeKind(comparison: StrengthComparison): ChangeKind {
  const changes = comparison.sides.map((side) => side.change);
  const stronger = changes.includes("stronger");
  const weaker = changes.includes("weaker");
  if (stronger && !weaker) return "better";
  if (weaker && !stronger) return "worse";
  return "no-real-change";
}
