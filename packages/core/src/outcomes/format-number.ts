import type { Lang } from "../shared/i18n.js";

/** At most one decimal, written the way each language writes it: 1.5 in English, 1,5 in French. */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return lang === "fr" ? text.replace(".", ",") : text;
}
