import type { Dose } from "../knowledge/schema.js";
import type { Lang } from "../shared/i18n.js";

const WORDS = {
  en: { perSide: "per side", rest: "rest", sets: "sets", set: "set", reps: "reps" },
  fr: { perSide: "de chaque côté", rest: "repos", sets: "séries", set: "série", reps: "répétitions" },
} as const;

function seconds(value: number, lang: Lang): string {
  if (value >= 60 && value % 60 === 0) return lang === "fr" ? `${value / 60} min` : `${value / 60} min`;
  return `${value} s`;
}

/** "3 × 10 reps per side, rest 30 s" / "3 × 10 répétitions de chaque côté, repos 30 s". */
export function describeDose(dose: Dose, lang: Lang): string {
  const w = WORDS[lang];
  const side = dose.perSide ? ` ${w.perSide}` : "";
  const rest = dose.restSeconds > 0 ? `, ${w.rest} ${seconds(dose.restSeconds, lang)}` : "";
  switch (dose.mode) {
    case "reps":
      return `${dose.sets} × ${dose.reps} ${w.reps}${side}${rest}`;
    case "hold":
      return `${dose.sets} × ${seconds(dose.holdSeconds, lang)}${side}${rest}`;
    case "timed":
      return `${dose.sets} ${dose.sets > 1 ? w.sets : w.set} × ${seconds(dose.durationSeconds, lang)}${side}${rest}`;
  }
}
