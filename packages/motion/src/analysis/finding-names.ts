/**
 * Each finding's name in the person's language: the one wording a report's messages, a comparison with an earlier
 * screen and the web app's charts all use.
 */
import type { Localized } from "../shared/localized.js";
import type { FindingId } from "./movement-report.js";

export const FINDING_NAMES: Readonly<Record<FindingId, Localized>> = {
  "knee-fppa": { en: "Knee angle (FPPA, + = inward)", fr: "Angle du genou (FPPA, + = vers l’intérieur)" },
  "knee-fppa-asymmetry": {
    en: "Left–right knee angle difference",
    fr: "Écart gauche–droite de l’angle du genou",
  },
  "pelvic-drop": {
    en: "Pelvic drop on the lifted-leg side",
    fr: "Chute du bassin du côté de la jambe levée",
  },
  "trendelenburg-sign": { en: "Trendelenburg-like sign", fr: "Signe de type Trendelenburg" },
  "trunk-lean": { en: "Trunk side lean", fr: "Inclinaison latérale du tronc" },
  "trunk-rocking": {
    en: "Upper-body rocking per repetition",
    fr: "Balancement du haut du corps par répétition",
  },
  sway: { en: "Sway while standing on one leg", fr: "Oscillation en appui sur une jambe" },
};
