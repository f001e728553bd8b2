/**
 * One movement-screen number as it leaves the motion module for other systems (stored imports, FHIR, CSV): a
 * screening signal with its measurement error, never a diagnosis (docs/clinical "Numbers to encode" #10: 2D angles
 * agree only moderately with 3D). The motion module owns the shape and the metric codes; the packages that read
 * files and the database check values against them at their edge (decision 0314).
 */
import type { Localized } from "../shared/localized.js";
import type { FindingId } from "./movement-report.js";

/** One code per kind of motion-module finding; the first three codes are the ones exported before the others. */
export const MOVEMENT_METRICS = [
  "knee-frontal-plane-angle",
  "pelvic-drop",
  "trunk-lean",
  "knee-frontal-plane-angle-asymmetry",
  "trendelenburg-sign",
  "trunk-rocking",
  "single-leg-stance-sway",
] as const;
export type MovementMetric = (typeof MOVEMENT_METRICS)[number];

/** The metric code each report finding travels under (a record, so a new kind of finding cannot be forgotten). */
export const MOVEMENT_METRIC_OF_FINDING: Readonly<Record<FindingId, MovementMetric>> = {
  "knee-fppa": "knee-frontal-plane-angle",
  "knee-fppa-asymmetry": "knee-frontal-plane-angle-asymmetry",
  "pelvic-drop": "pelvic-drop",
  "trendelenburg-sign": "trendelenburg-sign",
  "trunk-lean": "trunk-lean",
  "trunk-rocking": "trunk-rocking",
  sway: "single-leg-stance-sway",
};

/** Every kind of finding a report holds, in the order of `MOVEMENT_METRIC_OF_FINDING`. */
export const FINDING_IDS = Object.keys(MOVEMENT_METRIC_OF_FINDING) as [FindingId, ...FindingId[]];

export type MovementFinding = {
  readonly date: string;
  /** Which test was filmed, e.g. `single-leg-squat`. */
  readonly test: string;
  readonly metric: MovementMetric;
  /** The side measured; null for a whole-body number. */
  readonly side: "left" | "right" | null;
  readonly valueDeg: number;
  /** Standard error of measurement in degrees, shown beside the value (FPPA: about 3°, Munro 2012). */
  readonly semDeg: number | null;
  /** How it was measured, in words: camera view, landmarks, which frame. */
  readonly method: string;
};

/**
 * The metric a stored or received name stands for: a metric code, or the report's finding id it was once written
 * under (`knee-fppa` for `knee-frontal-plane-angle`, `sway` for `single-leg-stance-sway`); undefined for any other
 * name.
 */
export function movementMetricOf(name: string): MovementMetric | undefined {
  if ((MOVEMENT_METRICS as readonly string[]).includes(name)) return name as MovementMetric;
  return Object.hasOwn(MOVEMENT_METRIC_OF_FINDING, name)
    ? MOVEMENT_METRIC_OF_FINDING[name as FindingId]
    : undefined;
}

export const MOVEMENT_METRIC_NAMES: Readonly<Record<MovementMetric, Localized>> = {
  "knee-frontal-plane-angle": {
    en: "Knee frontal plane projection angle (FPPA)",
    fr: "Angle de projection du genou dans le plan frontal (FPPA)",
  },
  "pelvic-drop": { en: "Contralateral pelvic drop", fr: "Chute controlatérale du bassin" },
  "trunk-lean": { en: "Trunk lateral lean", fr: "Inclinaison latérale du tronc" },
  "knee-frontal-plane-angle-asymmetry": {
    en: "Left minus right knee frontal plane projection angle",
    fr: "Écart gauche moins droite de l’angle de projection du genou dans le plan frontal",
  },
  "trendelenburg-sign": {
    en: "Trendelenburg-like sign: pelvic drop while standing on one leg",
    fr: "Signe de type Trendelenburg\u00a0: chute du bassin en appui sur une jambe",
  },
  "trunk-rocking": {
    en: "Upper-body rocking (range of trunk lateral lean per repetition)",
    fr: "Balancement du haut du corps (amplitude de l’inclinaison latérale du tronc par répétition)",
  },
  "single-leg-stance-sway": {
    en: "Sway while standing on one leg (standard deviation of the body line's angle)",
    fr: "Oscillation en appui sur une jambe (écart type de l’angle de l’axe du corps)",
  },
};
