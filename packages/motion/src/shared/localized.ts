/** User-facing text in both supported languages (same shape as core's `Localized`; motion imports nothing). */
export type Localized = { readonly en: string; readonly fr: string };
