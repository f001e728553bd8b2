/**
 * A movement finding that arrived in a file (a FHIR bundle or a data export), as the application stores it. It is
 * not a screen: there are no keypoints to recompute it from, so it is kept apart from measured screens. The
 * findings are read and written by `@hipcheck/interop` (`MovementFinding`), which the application may not import;
 * this schema states the same shape so that what is stored and exported is checked here.
 */
import { IsoDateSchema } from "@hipcheck/core";
import { z } from "zod";

export const ImportedMovementFindingSchema = z
  .object({
    date: IsoDateSchema,
    test: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .max(60),
    metric: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .max(60),
    side: z.enum(["left", "right"]).nullable(),
    valueDeg: z.number().min(-180).max(180),
    semDeg: z.number().min(0).max(90).nullable(),
    method: z.string().trim().min(1).max(500),
  })
  .strict();
export type ImportedMovementFinding = z.infer<typeof ImportedMovementFindingSchema>;

/** The most findings one FHIR record may add: a year of daily screens with every finding is far below it. */
export const IMPORTED_MOVEMENT_FINDINGS_MAX = 5000;
