/**
 * An activity imported from a person's own FIT, GPX or TCX file, as the application stores it. The files are read
 * by `@hipcheck/interop` (`parseActivityFile`), which the application may not import; this schema states the same
 * shape (interop's `RecordedActivity`) so that what is stored and exported is checked here.
 */
import { IsoDateSchema } from "@hipcheck/core";
import { z } from "zod";

export const RecordedActivitySchema = z
  .object({
    source: z.enum(["fit", "gpx", "tcx"]),
    date: IsoDateSchema,
    startTime: z.iso.datetime({ offset: true }),
    sport: z.enum(["running", "cycling", "walking", "other"]),
    durationSeconds: z.number().min(0),
    distanceMeters: z.number().min(0).nullable(),
    cadencePerMin: z.number().min(0).nullable(),
    repetitions: z
      .object({
        kind: z.enum(["steps", "pedal-strokes"]),
        count: z.number().min(0),
        source: z.enum(["recorded-total", "recorded-cadence", "default-cadence"]),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type RecordedActivityDocument = z.infer<typeof RecordedActivitySchema>;

/** sha256 (hex) of the file's bytes: the same file imported again is recognised and not stored twice. */
export const FileHashSchema = z.string().regex(/^[0-9a-f]{64}$/);
