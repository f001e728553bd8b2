import type { Localized } from "../shared/localized.js";
import type { Side } from "../skeleton/joints.js";
import { FPPA_SDD_DEG } from "./movement-thresholds.js";
import type { FindingId, MovementReport } from "./movement-report.js";

export type ChangeVerdict = "no-real-change" | "increased" | "decreased";

export type FindingChange = {
  readonly id: FindingId;
  readonly side: Side | "both";
  readonly previousDeg: number;
  readonly currentDeg: number;
  readonly changeDeg: number;
  /** A change smaller than this may be measurement noise. */
  readonly smallestRealChangeDeg: number;
  readonly verdict: ChangeVerdict;
  readonly message: Localized;
};

export type Comparison = {
  readonly comparable: boolean;
  readonly changes: readonly FindingChange[];
  readonly message: Localized;
};

/**
 * Smallest real change: FPPA uses Munro 2012's SDD (about 9°); other angles use the usual 1.96 × √2 × SEM
 * from their stated error (derived).
 */
function smallestRealChangeDeg(id: FindingId, errorDeg: number): number {
  if (id === "knee-fppa" || id === "knee-fppa-asymmetry") return FPPA_SDD_DEG;
  return 1.96 * Math.SQRT2 * errorDeg;
}

const VERDICT_WORDS: Readonly<Record<ChangeVerdict, Localized>> = {
  "no-real-change": {
    en: "no real change (within measurement error)",
    fr: "pas de changement réel (dans l'erreur de mesure)",
  },
  increased: { en: "increased beyond measurement error", fr: "en hausse au-delà de l'erreur de mesure" },
  decreased: { en: "decreased beyond measurement error", fr: "en baisse au-delà de l'erreur de mesure" },
};

/** Compares a person's screen with their own earlier one of the same test, finding by finding. */
export function compareReports(previous: MovementReport, current: MovementReport): Comparison {
  const comparable =
    previous.test === current.test && previous.status === "scored" && current.status === "scored";
  if (!comparable) {
    return {
      comparable,
      changes: [],
      message: {
        en: "These screens cannot be compared: different tests, or one was not scored.",
        fr: "Ces dépistages ne sont pas comparables : tests différents, ou l'un n'a pas été évalué.",
      },
    };
  }
  const changes = current.findings.flatMap((now): FindingChange[] => {
    const before = previous.findings.find((finding) => finding.id === now.id && finding.side === now.side);
    if (before === undefined) return [];
    const changeDeg = now.valueDeg - before.valueDeg;
    const threshold = smallestRealChangeDeg(now.id, Math.max(now.errorDeg, before.errorDeg));
    const verdict: ChangeVerdict =
      Math.abs(changeDeg) < threshold ? "no-real-change" : changeDeg > 0 ? "increased" : "decreased";
    const text = (lang: "en" | "fr"): string =>
      `${now.id} ${now.side}: ${before.valueDeg.toFixed(1)}° → ${now.valueDeg.toFixed(1)}°, ${VERDICT_WORDS[verdict][lang]} (± ${threshold.toFixed(1)}°)`;
    return [
      {
        id: now.id,
        side: now.side,
        previousDeg: before.valueDeg,
        currentDeg: now.valueDeg,
        changeDeg,
        smallestRealChangeDeg: threshold,
        verdict,
        message: { en: text("en"), fr: text("fr") },
      },
    ];
  });
  const real = changes.filter((change) => change.verdict !== "no-real-change").length;
  return {
    comparable,
    changes,
    message:
      real === 0
        ? {
            en: "No change beyond measurement error since the last screen.",
            fr: "Aucun changement au-delà de l'erreur de mesure depuis le dernier dépistage.",
          }
        : {
            en: `${real} measure(s) changed beyond measurement error since the last screen.`,
            fr: `${real} mesure(s) ont changé au-delà de l'erreur de mesure depuis le dernier dépistage.`,
          },
  };
}
