import type { Localized } from "../shared/localized.js";
import type { Side } from "../skeleton/joints.js";
import { formatDegrees } from "./format-degrees.js";
import { FPPA_SDD_DEG } from "./movement-thresholds.js";
import type { FindingId, MovementReport } from "./movement-report.js";
import { FINDING_NAMES } from "./finding-names.js";

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

/** A knee finding's side is that knee's leg; every other one-sided finding's is the standing leg. */
const SIDE_PHRASES: Readonly<Record<"knee" | "stance", Readonly<Record<Side, Localized>>>> = {
  knee: { left: { en: "left leg", fr: "jambe gauche" }, right: { en: "right leg", fr: "jambe droite" } },
  stance: {
    left: { en: "standing on the left leg", fr: "en appui sur la jambe gauche" },
    right: { en: "standing on the right leg", fr: "en appui sur la jambe droite" },
  },
};

const VERDICT_SENTENCES: Readonly<Record<ChangeVerdict, (smallest: Localized) => Localized>> = {
  "no-real-change": (smallest) => ({
    en: `No real change: a change under ${smallest.en} may be measurement noise.`,
    fr: `Pas de changement réel\u00a0: un changement de moins de ${smallest.fr} peut venir de la mesure.`,
  }),
  increased: (smallest) => ({
    en: `An increase beyond measurement error (a change under ${smallest.en} may be noise).`,
    fr: `Une hausse au-delà de l’erreur de mesure (un changement de moins de ${smallest.fr} peut venir de la mesure).`,
  }),
  decreased: (smallest) => ({
    en: `A decrease beyond measurement error (a change under ${smallest.en} may be noise).`,
    fr: `Une baisse au-delà de l’erreur de mesure (un changement de moins de ${smallest.fr} peut venir de la mesure).`,
  }),
};

function degrees(valueDeg: number): Localized {
  return { en: `${formatDegrees(valueDeg, "en")}°`, fr: `${formatDegrees(valueDeg, "fr")}°` };
}

/** "Knee angle (FPPA, + = inward), right leg: from 18.0° to 6.0°. A decrease beyond measurement error (…)." */
function changeMessage(
  id: FindingId,
  side: Side | "both",
  change: { readonly previousDeg: number; readonly currentDeg: number; readonly smallestDeg: number },
  verdict: ChangeVerdict,
): Localized {
  const [before, now] = [degrees(change.previousDeg), degrees(change.currentDeg)];
  const outcome = VERDICT_SENTENCES[verdict](degrees(change.smallestDeg));
  const where = (lang: "en" | "fr"): string =>
    side === "both" ? "" : `, ${SIDE_PHRASES[id === "knee-fppa" ? "knee" : "stance"][side][lang]}`;
  return {
    en: `${FINDING_NAMES[id].en}${where("en")}: from ${before.en} to ${now.en}. ${outcome.en}`,
    fr: `${FINDING_NAMES[id].fr}${where("fr")}\u00a0: de ${before.fr} à ${now.fr}. ${outcome.fr}`,
  };
}

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
        fr: "Ces dépistages ne sont pas comparables\u00a0: tests différents, ou l’un n’a pas été évalué.",
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
    return [
      {
        id: now.id,
        side: now.side,
        previousDeg: before.valueDeg,
        currentDeg: now.valueDeg,
        changeDeg,
        smallestRealChangeDeg: threshold,
        verdict,
        message: changeMessage(
          now.id,
          now.side,
          { previousDeg: before.valueDeg, currentDeg: now.valueDeg, smallestDeg: threshold },
          verdict,
        ),
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
            fr: "Aucun changement au-delà de l’erreur de mesure depuis le dernier dépistage.",
          }
        : real === 1
          ? {
              en: "1 measure changed beyond measurement error since the last screen.",
              fr: "1 mesure a changé au-delà de l’erreur de mesure depuis le dernier dépistage.",
            }
          : {
              en: `${real} measures changed beyond measurement error since the last screen.`,
              fr: `${real} mesures ont changé au-delà de l’erreur de mesure depuis le dernier dépistage.`,
            },
  };
}
