import type { ExerciseTempo } from "../knowledge/exercise-tempo.js";
import type { Lang } from "../shared/i18n.js";

const WORDS = {
  en: { up: "up", hold: "hold", down: "down" },
  fr: { up: "montée", hold: "maintien", down: "descente" },
} as const;

/**
 * The pace of one repetition in words, the same in the CLI, the handout and the player:
 * "2 s up, 1 s hold, 2 s down" / "montée 2 s, maintien 1 s, descente 2 s"; no hold when there is none; a squat
 * says its lowering first ("3 s down, 2 s up").
 */
export function describeTempo(tempo: ExerciseTempo, lang: Lang): string {
  const w = WORDS[lang];
  const part = (seconds: number, word: string) =>
    lang === "fr" ? `${word} ${String(seconds)} s` : `${String(seconds)} s ${word}`;
  const [first, back] = tempo.firstMove === "lift" ? [w.up, w.down] : [w.down, w.up];
  const parts = [
    part(tempo.upSeconds, first),
    ...(tempo.holdSeconds > 0 ? [part(tempo.holdSeconds, w.hold)] : []),
    part(tempo.downSeconds, back),
  ];
  return parts.join(", ");
}
