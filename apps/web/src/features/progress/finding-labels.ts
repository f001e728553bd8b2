import type { Localized } from "@hipcheck/core";
import type { FindingId } from "@hipcheck/motion";

/** Chart titles of the motion module's findings; typed by its `FindingId`, so a new finding needs a title here. */
export const FINDING_LABELS: Readonly<Record<FindingId, Localized>> = {
  "knee-fppa": {
    en: "Knee angle at the bottom (FPPA, + = knee inward)",
    fr: "Angle du genou en bas du mouvement (FPPA, + = genou vers l'intérieur)",
  },
  "knee-fppa-asymmetry": {
    en: "Left–right difference in knee angle",
    fr: "Écart gauche–droite de l'angle du genou",
  },
  "pelvic-drop": { en: "Pelvic drop", fr: "Bascule du bassin" },
  "trendelenburg-sign": { en: "Hip dropping on one leg", fr: "Hanche qui descend sur une jambe" },
  "trunk-lean": { en: "Trunk lean", fr: "Inclinaison du tronc" },
  "trunk-rocking": { en: "Upper-body rocking", fr: "Balancement du haut du corps" },
  sway: { en: "Sway on one leg", fr: "Oscillation sur une jambe" },
};

export function findingLabel(findingId: string, lang: "en" | "fr"): string {
  const label = (FINDING_LABELS as Readonly<Record<string, Localized | undefined>>)[findingId];
  return label === undefined ? findingId : label[lang];
}
