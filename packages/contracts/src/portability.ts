import { z } from "zod";

/**
 * The export document (one JSON file with all of a person's data). Its full schema belongs to the application,
 * which checks every part on import inside one transaction; the wire checks what the document is.
 */
export const EXPORT_FORMAT_NAME = "hipcheck-export";

export const ExportDocumentWireSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT_NAME),
  version: z.number().int().min(1),
  exportedAt: z.string(),
});

/** Why a record of an imported file was not stored (decision 0280); the application's reasons, on the wire. */
export const IMPORT_SKIP_REASONS = [
  "not-read",
  "recomputed",
  "not-final",
  "invalid",
  "future-date",
  "contradictory",
] as const;
export type ImportSkipReason = (typeof IMPORT_SKIP_REASONS)[number];

export const ImportSkippedSchema = z.object({
  type: z
    .string()
    .describe("A FHIR resource type, or `pain entry`, `PSFS entry`, `strength check`, `check-in`"),
  id: z.string().nullable().describe("Its id in the file, when it has one"),
  reason: z.enum(IMPORT_SKIP_REASONS),
  detail: z.string().describe("Why, in words"),
});

export const ImportOutputSchema = z.object({
  counts: z
    .record(z.string(), z.number().int().min(0))
    .describe("How many of each kind of record were added"),
  skipped: z
    .array(ImportSkippedSchema)
    .describe("Each record of the file that was not stored, and why; the others are stored"),
});
