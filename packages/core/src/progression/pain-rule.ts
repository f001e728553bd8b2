/**
 * The pain rule every surface states (handout, calendar, program page, shared program, session player), in one
 * wording: the pain-monitoring model (Silbernagel 2007; docs/clinical §5.4 and "Numbers to encode" #24) — 0–2/10
 * safe, up to 5/10 acceptable during exercise and right after it, settled by the next morning, no week-on-week rise —
 * and the signs that stop the program (docs/clinical §7.2).
 */
import { PAIN_SAFE_MAX } from "../screening/red-flags.js";
import type { Localized } from "../shared/i18n.js";
import { PAIN_DURING_ACCEPTABLE_MAX } from "./pain-gate.js";

const SAFE = PAIN_SAFE_MAX;
const MAX = PAIN_DURING_ACCEPTABLE_MAX;

/** The whole rule, with the stop signs: for anything read away from the app (a handout, a shared program). */
export const PAIN_RULE: Localized = {
  en:
    `During an exercise, knee pain of 0 to ${SAFE} out of 10 is safe and up to ${MAX} out of 10 is acceptable. ` +
    `Above ${MAX}, stop that exercise or do an easier version. Right after the session it may reach ${MAX} out of ` +
    "10 too; if it goes higher, do less next time. By the next morning the pain must be back to your " +
    "usual level; if it is not, do less next time. Pain should not rise from one week to the next. If your knee " +
    "becomes hot and swollen, locks, gives way, or hurts at night or at rest, stop the program and see a doctor.",
  fr:
    `Pendant un exercice, une douleur au genou de 0 à ${SAFE} sur 10 est sans risque et jusqu’à ${MAX} sur 10 est ` +
    `acceptable. Au-delà de ${MAX}, arrêtez cet exercice ou faites une version plus facile. Juste après la séance, ` +
    `la douleur peut aussi atteindre ${MAX} sur 10\u00a0; au-delà, faites moins la fois suivante. Le lendemain matin, la ` +
    "douleur doit être revenue à son niveau habituel\u00a0; sinon, faites moins la fois suivante. La douleur ne doit pas " +
    "augmenter d’une semaine à l’autre. Si votre genou devient chaud et gonflé, se bloque, se dérobe, ou fait mal " +
    "la nuit ou au repos, arrêtez le programme et consultez un médecin.",
};

/** The same rule in one line, beside the pain slider of a session or in a calendar event. */
export const PAIN_RULE_SHORT: Localized = {
  en:
    `Knee pain of 0–${SAFE}/10 is safe, up to ${MAX}/10 acceptable, if it is back to your usual level by the next ` +
    `morning. Above ${MAX}, stop that exercise.`,
  fr:
    `Une douleur au genou de 0 à ${SAFE}/10 est sans risque, jusqu’à ${MAX}/10 acceptable, si elle est revenue à son ` +
    `niveau habituel le lendemain matin. Au-delà de ${MAX}, arrêtez cet exercice.`,
};

/**
 * Why the ceiling is 5/10, told to the person beside the rule: the pain-monitoring model's trial (Silbernagel 2007;
 * docs/clinical §5.4), its extrapolation to knee pain said plainly (docs/clinical/progression-and-dosing.md).
 */
export const PAIN_CEILING: Localized = {
  en:
    `Why ${MAX} out of 10? It is the ceiling of the pain-monitoring model: in a trial, people who kept training with ` +
    `pain up to ${MAX}/10 that settled by the next morning did as well as those who rested (Silbernagel and ` +
    "colleagues, 2007, in Achilles tendon pain; physiotherapists use the same rule for knee pain). Above " +
    `${MAX}, the exercise is too much for now, so the program steps it back; a bad morning after a session ` +
    "means a smaller dose, not stopping.",
  fr:
    `Pourquoi ${MAX} sur 10\u00a0? C’est le plafond du modèle de surveillance de la douleur\u00a0: dans un essai, les ` +
    `personnes qui ont continué l’effort avec une douleur jusqu’à ${MAX}/10, revenue à la normale le lendemain ` +
    "matin, ont aussi bien progressé que celles qui se sont mises au repos (Silbernagel et coll., 2007, pour des " +
    "douleurs du tendon d’Achille\u00a0; les kinésithérapeutes appliquent la même règle au genou). Au-delà de " +
    `${MAX}, l’exercice est trop dur pour l’instant\u00a0: le programme le fait redescendre. Un mauvais réveil après ` +
    "une séance veut dire une dose plus petite, pas un arrêt.",
};
