import type { Localized } from "../shared/localized.js";
import { formatDegrees } from "./format-degrees.js";
import { CAMERA_FPPA_ERROR, KNEE_FPPA_ERROR_DEG } from "./movement-thresholds.js";

/** One sample's figures: median and 90th percentile of the absolute error, signed median, knees compared. */
export type CameraErrorSample = {
  readonly medianAbsDeg: number;
  readonly p90AbsDeg: number;
  readonly biasDeg: number;
  readonly knees: number;
};

/** The figures of a measured camera error (`CAMERA_FPPA_ERROR`'s shape, any values). */
export type CameraError = CameraErrorSample & {
  readonly bandDeg: number;
  /** The same figures over more knees than the screen scores, when measured (decision 0575). */
  readonly wider?: CameraErrorSample;
};

/**
 * The camera's measured error in words, shown beside the knee angles it qualifies: the band, the median and 90th
 * percentile it comes from, and the residual bias with its direction, so that a reader sees the bias rather than
 * only a symmetric ± (decisions 0300 and 0460). Built from `CAMERA_FPPA_ERROR`, so a new eval figure changes it.
 */
export function cameraErrorNote(error: CameraError = CAMERA_FPPA_ERROR): Localized {
  const band = Math.max(KNEE_FPPA_ERROR_DEG, error.bandDeg);
  const inward = error.biasDeg >= 0;
  const bias = Math.abs(error.biasDeg);
  const wider = error.wider;
  return {
    en: `Camera error ± ${formatDegrees(band, "en")}°: on photos marked by hand, the knee angles read were off by a median ${formatDegrees(error.medianAbsDeg, "en")}° (9 in 10 within ${formatDegrees(error.p90AbsDeg, "en")}°, ${error.knees} knees), and on average ${formatDegrees(bias, "en")}° more ${inward ? "inward" : "outward"} than marked.${wider === undefined ? "" : ` Over ${wider.knees} knees of every person marked on those photos, the median was ${formatDegrees(wider.medianAbsDeg, "en")}°, but 1 in 10 was off by more than ${formatDegrees(wider.p90AbsDeg, "en")}°: a single reading far from the others is more likely the camera than the knee.`}`,
    fr: `Erreur de la caméra ± ${formatDegrees(band, "fr")}°\u00a0: sur des photos annotées à la main, les angles du genou lus s’écartaient de ${formatDegrees(error.medianAbsDeg, "fr")}° en médiane (9 sur 10 à moins de ${formatDegrees(error.p90AbsDeg, "fr")}°, ${error.knees} genoux), et en moyenne de ${formatDegrees(bias, "fr")}° plus vers ${inward ? "l’intérieur" : "l’extérieur"} que l’annotation.${wider === undefined ? "" : ` Sur ${wider.knees} genoux de toutes les personnes annotées de ces photos, l’écart médian était de ${formatDegrees(wider.medianAbsDeg, "fr")}°, mais 1 sur 10 dépassait ${formatDegrees(wider.p90AbsDeg, "fr")}°\u00a0: une mesure très éloignée des autres vient plus probablement de la caméra que du genou.`}`,
  };
}
