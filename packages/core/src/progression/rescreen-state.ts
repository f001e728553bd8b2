/**
 * Where a program stands after a sharp rise in morning pain (docs/clinical §7.2, "re-screen whenever a pain score
 * rises sharply"; `Program.rescreen`, revise-program.ts): paused until the warning-sign questions are answered again,
 * or resumed at a smaller dose after a clean screen. Every shell shows the same words.
 */
import { formatIsoDate } from "../shared/dates.js";
import type { Program } from "../program/schema.js";
import type { Localized } from "../shared/i18n.js";
import { RESUMED_AFTER_RESCREEN } from "./recommend-next-dose.js";

export type RescreenState =
  | { readonly state: "none" }
  | {
      readonly state: "paused";
      readonly pausedOn: string;
      /** Why the exercises stopped and what to do next: answer the warning-sign questions again. */
      readonly next: Localized;
    }
  | {
      readonly state: "resumed";
      readonly pausedOn: string;
      readonly resumedOn: string;
      readonly next: Localized;
    };

export function rescreenStateOf(program: Program): RescreenState {
  const rescreen = program.rescreen;
  if (rescreen === undefined) return { state: "none" };
  const paused = { en: formatIsoDate(rescreen.pausedOn, "en"), fr: formatIsoDate(rescreen.pausedOn, "fr") };
  if (rescreen.resumedOn === undefined) {
    return {
      state: "paused",
      pausedOn: rescreen.pausedOn,
      next: {
        en: `Your exercises are stopped since ${paused.en}: your morning pain rose sharply. Before any session, answer the warning-sign questions again (the check-in). If none applies, the sessions resume at a smaller dose; if one does, it says whom to see. Go sooner to a doctor if the pain keeps rising or the knee swells.`,
        fr: `Vos exercices sont arrêtés depuis le ${paused.fr}\u00a0: votre douleur du matin a nettement augmenté. Avant toute séance, répondez à nouveau aux questions sur les signes d’alerte (le bilan). Si aucun ne vous concerne, les séances reprennent à une dose plus petite\u00a0; sinon, le bilan vous dit qui consulter. Consultez plus tôt un médecin si la douleur continue d’augmenter ou si le genou gonfle.`,
      },
    };
  }
  const resumed = {
    en: formatIsoDate(rescreen.resumedOn, "en"),
    fr: formatIsoDate(rescreen.resumedOn, "fr"),
  };
  return {
    state: "resumed",
    pausedOn: rescreen.pausedOn,
    resumedOn: rescreen.resumedOn,
    next: {
      en: `Stopped on ${paused.en} after a sharp rise in pain, resumed on ${resumed.en}. ${RESUMED_AFTER_RESCREEN.en}`,
      fr: `Arrêté le ${paused.fr} après une nette hausse de la douleur, repris le ${resumed.fr}. ${RESUMED_AFTER_RESCREEN.fr}`,
    },
  };
}
