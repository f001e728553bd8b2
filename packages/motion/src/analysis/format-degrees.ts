import type { Localized } from "../shared/localized.js";

/** One decimal, as each language writes it: French uses a decimal comma. */
export function formatDegrees(valueDeg: number, lang: keyof Localized): string {
  const text = valueDeg.toFixed(1);
  return lang === "fr" ? text.replace(".", ",") : text;
}
