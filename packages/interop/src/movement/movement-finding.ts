/**
 * One movement-screen number as it travels to other systems (FHIR, CSV): a screening signal with its measurement
 * error, never a diagnosis (docs/clinical "Numbers to encode" #10: 2D angles agree only moderately with 3D).
 */
import { IsoDateSchema, type Localized } from "@hipcheck/core";
import { z } from "zod";

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

export const MovementFindingSchema = z
  .object({
    date: IsoDateSchema,
    /** Which test was filmed, e.g. `single-leg-squat`. */
    test: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .max(60),
    metric: z.enum(MOVEMENT_METRICS),
    /** The side measured; null for a whole-body number. */
    side: z.enum(["left", "right"]).nullable(),
    valueDeg: z.number().min(-180).max(180),
    /** Standard error of measurement in degrees, shown beside the value (FPPA: about 3°, Munro 2012). */
    semDeg: z.number().min(0).max(90).nullable(),
    /** How it was measured, in words: camera view, landmarks, which frame. */
    method: z.string().trim().min(1).max(500),
  })
  .strict();
export type MovementFinding = z.infer<typeof MovementFindingSchema>;

export const MOVEMENT_METRIC_NAMES: Readonly<Record<MovementMetric, Localized>> = {
  "knee-frontal-plane-angle": {
    en: "Knee frontal plane projection angle (FPPA)",
    fr: "Angle de projection du genou dans le plan frontal (FPPA)",
  },
  "pelvic-drop": { en: "Contralateral pelvic drop", fr: "Chute controlatérale du bassin" },
  "trunk-lean": { en: "Trunk lateral lean", fr: "Inclinaison latérale du tronc" },
  "knee-frontal-plane-angle-asymmetry": {
    en: "Left minus right knee frontal plane projection angle",
    fr: "Écart gauche moins droite de l'angle de projection du genou dans le plan frontal",
  },
  "trendelenburg-sign": {
    en: "Trendelenburg-like sign: pelvic drop while standing on one leg",
    fr: "Signe de type Trendelenburg : chute du bassin en appui sur une jambe",
  },
  "trunk-rocking": {
    en: "Upper-body rocking (range of trunk lateral lean per repetition)",
    fr: "Balancement du haut du corps (amplitude de l'inclinaison latérale du tronc par répétition)",
  },
  "single-leg-stance-sway": {
    en: "Sway while standing on one leg (standard deviation of the body line's angle)",
    fr: "Oscillation en appui sur une jambe (écart type de l'angle de l'axe du corps)",
  },
};
