/**
 * A movement finding that arrived in a file (a FHIR bundle or a data export), as the application stores it. It is
 * not a screen: there are no keypoints to recompute it from, so it is kept apart from measured screens. Its shape
 * and metric codes are motion's `MovementFinding` (decision 0314); this schema checks what is stored and exported
 * against them, and reads a metric stored under its former name (`knee-fppa`) as today's code.
 */
import { IsoDateSchema } from "@hipcheck/core";
import { MOVEMENT_METRICS, movementMetricOf, type MovementFinding } from "@hipcheck/motion";
import { z } from "zod";

export type ImportedMovementFinding = MovementFinding;

export const ImportedMovementFindingSchema: z.ZodType<ImportedMovementFinding> = z
  .object({
    date: IsoDateSchema,
    test: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .max(60),
    metric: z.preprocess(
      (name) => (typeof name === "string" ? (movementMetricOf(name) ?? name) : name),
      z.enum(MOVEMENT_METRICS),
    ),
    side: z.enum(["left", "right"]).nullable(),
    valueDeg: z.number().min(-180).max(180),
    semDeg: z.number().min(0).max(90).nullable(),
    method: z.string().trim().min(1).max(500),
  })
  .strict();

/** The most findings one FHIR record may add: a year of daily screens with every finding is far below it. */
export const IMPORTED_MOVEMENT_FINDINGS_MAX = 5000;
