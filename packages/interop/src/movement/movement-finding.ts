/**
 * The check at the file edge of motion's `MovementFinding` (its shape and metric codes belong to
 * `@hipcheck/motion`, decision 0314): what a FHIR bundle or a record carries is read through it, a metric written
 * under its former name (`knee-fppa`) read as today's code.
 */
import { IsoDateSchema } from "@hipcheck/core";
import { MOVEMENT_METRICS, movementMetricOf, type MovementFinding } from "@hipcheck/motion";
import { z } from "zod";

export const MovementFindingSchema: z.ZodType<MovementFinding> = z
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
