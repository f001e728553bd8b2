import type { Lang } from "@hipcheck/core";
import {
  HOLD_QUALITY_NAMES,
  HOLD_STOP_REASON_NAMES,
  HOLD_TEST_NAMES,
  type HoldTiming,
  type Side,
} from "@hipcheck/motion";

const TEXT = {
  en: {
    side: { left: "left side", right: "right side" },
    timed: (seconds: string) => `Timed by the camera: ${seconds} s`,
    span: (start: string, end: string) => `  from ${start} s to ${end} s into the video`,
    reason: (reason: string) => `  ended because ${reason}`,
    quality: (quality: string, sd: string, rotation: string, err: string) =>
      `  quality: ${quality} (steadiness ± ${sd}°, trunk rotation ${rotation}°; angles ± ${err}°)`,
    notAtEnd: "  The end was not seen: the time is at least this long.",
    refused: "Not timed:",
    note: "A time, not a diagnosis: a change counts only when it is larger than the test's measurement error.",
  },
  fr: {
    side: { left: "côté gauche", right: "côté droit" },
    timed: (seconds: string) => `Chronométré par la caméra\u00a0: ${seconds} s`,
    span: (start: string, end: string) => `  de ${start} s à ${end} s dans la vidéo`,
    reason: (reason: string) => `  arrêt\u00a0: ${reason}`,
    quality: (quality: string, sd: string, rotation: string, err: string) =>
      `  qualité\u00a0: ${quality} (stabilité ± ${sd}°, rotation du tronc ${rotation}°\u00a0; angles ± ${err}°)`,
    notAtEnd: "  La fin n’a pas été vue\u00a0: le temps est au moins celui-ci.",
    refused: "Non chronométré\u00a0:",
    note: "Un temps, pas un diagnostic\u00a0: un changement ne compte que s’il dépasse l’erreur de mesure du test.",
  },
} as const;

function number(value: number, digits: number, lang: Lang): string {
  const text = value.toFixed(digits);
  return lang === "fr" ? text.replace(".", ",") : text;
}

function seconds(ms: number, lang: Lang): string {
  return number(ms / 1000, 1, lang);
}

/** The camera timing of a hold in words, in the person's language: the time and its span, why it ended, its quality. */
export function renderHoldTiming(timing: HoldTiming, lang: Lang): string {
  const text = TEXT[lang];
  const side: Side = timing.side;
  const lines = [`${HOLD_TEST_NAMES[timing.test][lang]}, ${text.side[side]}`];
  if (timing.status === "refused") {
    lines.push(text.refused, ...timing.problems.map((problem) => `! ${problem.message[lang]}`));
    return lines.join("\n");
  }
  lines.push(
    text.timed(seconds(timing.durationMs, lang)),
    text.span(seconds(timing.startMs, lang), seconds(timing.endMs, lang)),
    text.reason(HOLD_STOP_REASON_NAMES[timing.stopReason][lang]),
    text.quality(
      HOLD_QUALITY_NAMES[timing.quality][lang],
      number(timing.steadinessSdDeg, 1, lang),
      number(timing.rotationDeg, 0, lang),
      number(timing.errorDeg, 0, lang),
    ),
  );
  if (timing.stopReason === "video-ended") lines.push(text.notAtEnd);
  lines.push(text.note);
  return lines.join("\n");
}
