/**
 * The language a journey walks in. Each journey runs once, in English or in French, and the files alternate so
 * that the person's and the coach's pages are each walked in both languages across the suite; the accessibility
 * check opens every main page in both. That every string exists in both languages is the i18n unit tests' job
 * (apps/web/src/i18n), so a second walk of the same journey in the other language would only repeat the clicks.
 * The parameter keeps both languages' type, so a journey changes language by changing one word.
 */
type JourneyLanguage = "en" | "fr";

export const IN_ENGLISH: readonly JourneyLanguage[] = ["en"];
export const IN_FRENCH: readonly JourneyLanguage[] = ["fr"];
