import { IsoDateSchema } from "@hipcheck/core";
import { z } from "zod";
import { IdSchema, InstantSchema } from "./ids.js";

/** A 32 MiB file (the parser's limit) is about 43 MiB in base64; the body limit leaves room for the JSON around it. */
export const ACTIVITY_IMPORT_BODY_LIMIT_BYTES = 44 * 1024 * 1024;

export const ImportActivitiesBodySchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .describe(
        "The file's name; its extension says how to read it: .fit, .gpx, .tcx, one of them gzipped (.fit.gz), or a .zip of them",
      ),
    contentBase64: z.base64().min(1).describe("The file's bytes, base64-encoded"),
    timeZone: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe(
        "The person's IANA time zone (Europe/Paris): the day an activity counts for when the file does not say where it was recorded",
      ),
  })
  .strict();

const RepetitionsSchema = z.object({
  kind: z.enum(["steps", "pedal-strokes"]),
  count: z.number(),
  source: z.enum(["recorded-total", "recorded-cadence", "default-cadence"]),
});

export const RecordedActivityWireSchema = z.object({
  source: z.enum(["fit", "gpx", "tcx"]),
  date: IsoDateSchema,
  startTime: InstantSchema,
  sport: z.enum(["running", "cycling", "walking", "other"]),
  durationSeconds: z.number(),
  distanceMeters: z.number().nullable(),
  cadencePerMin: z.number().nullable(),
  repetitions: RepetitionsSchema.nullable(),
});

export const ActivityViewSchema = z.object({
  activityId: IdSchema,
  fileName: z.string(),
  importedAt: InstantSchema,
  activity: RecordedActivityWireSchema,
});

export const ImportActivitiesOutputSchema = z.object({
  added: z.array(ActivityViewSchema),
  alreadyImported: z
    .number()
    .int()
    .min(0)
    .describe(
      "Activities of this file already stored: imported before from this file, or the same activity from another file (another watch, another export) overlapping it in time",
    ),
});

const LoadWeekSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  activities: z.number(),
  durationMinutes: z.number(),
  steps: z.number(),
  pedalStrokes: z.number(),
  repetitions: z.number(),
  estimatedShare: z.number().describe("Share of repetitions estimated from a default cadence, 0–1"),
  pain: z.object({
    entries: z.number(),
    usualAverage: z.number().nullable(),
    worstMax: z.number().nullable(),
  }),
  loadRatio: z.number().nullable(),
  signal: z.enum(["not-enough-history", "lower", "steady", "rising", "spike"]),
});

export const WeeklyLoadSchema = z.object({ weeks: z.array(LoadWeekSchema) });
