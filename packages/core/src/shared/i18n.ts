export const LANGUAGES = ["en", "fr"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Every user-facing string in the core exists in English and French. */
export type Localized = { readonly en: string; readonly fr: string };

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
