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

export const ImportOutputSchema = z.object({
  counts: z
    .record(z.string(), z.number().int().min(0))
    .describe("How many of each kind of record were added"),
});
