import type { Localized } from "../shared/localized.js";
import { formatDegrees } from "./format-degrees.js";
import { CAMERA_FPPA_ERROR, KNEE_FPPA_ERROR_DEG } from "./movement-thresholds.js";

/** The figures of a measured camera error (`CAMERA_FPPA_ERROR`'s shape, any values). */
export type CameraError = { readonly [K in keyof typeof CAMERA_FPPA_ERROR]: number };

/**
 * The camera's measured error in words, shown beside the knee angles it qualifies: the band, the median and 90th
 * percentile it comes from, and the residual bias with its direction, so that a reader sees the bias rather than
 * only a symmetric ± (decisions 0300 and 0460). Built from `CAMERA_FPPA_ERROR`, so a new eval figure changes it.
 */
export function cameraErrorNote(error: CameraError = CAMERA_FPPA_ERROR): Localized {
  const band = Math.max(KNEE_FPPA_ERROR_DEG, error.bandDeg);
  const inward = error.biasDeg >= 0;
  const bias = Math.abs(error.biasDeg);
  return {
    en: `Camera error ± ${formatDegrees(band, "en")}°: on photos marked by hand, the knee angles read were off by a median ${formatDegrees(error.medianAbsDeg, "en")}° (9 in 10 within ${formatDegrees(error.p90AbsDeg, "en")}°, ${error.knees} knees), and on average ${formatDegrees(bias, "en")}° more ${inward ? "inward" : "outward"} than marked.`,
    fr: `Erreur de la caméra ± ${formatDegrees(band, "fr")}° : sur des photos annotées à la main, les angles du genou lus s'écartaient de ${formatDegrees(error.medianAbsDeg, "fr")}° en médiane (9 sur 10 à moins de ${formatDegrees(error.p90AbsDeg, "fr")}°, ${error.knees} genoux), et en moyenne de ${formatDegrees(bias, "fr")}° plus vers ${inward ? "l'intérieur" : "l'extérieur"} que l'annotation.`,
  };
}
