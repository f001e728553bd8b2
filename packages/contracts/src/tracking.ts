import {
  LocalizedSchema,
  MorningCheckInSchema,
  PainEntrySchema,
  PlausibleDateSchema,
  ProgramRevisionSchema,
  PsfsEntrySchema,
  SessionLogSchema,
} from "@hipcheck/core";
import { z } from "zod";
import { ClientEntryIdSchema, IdSchema, InstantSchema } from "./ids.js";

export const LogSessionOutputSchema = z.object({
  log: SessionLogSchema,
  created: z.boolean().describe("false when the same log was already saved (a retried upload)"),
  revision: ProgramRevisionSchema.nullable().describe(
    "What the progression rules changed in the program because of this log; null when nothing (always for a repeat)",
  ),
});

export const MorningCheckInOutputSchema = z.object({
  checkIn: MorningCheckInSchema,
  created: z
    .boolean()
    .describe("false when the same answers for that day were already saved (a retried upload)"),
  revision: ProgramRevisionSchema.nullable().describe(
    "What the progression rules changed in the current program because of it; null when nothing",
  ),
});

export const SessionLogQuerySchema = z
  .object({
    personId: IdSchema.optional().describe("A client's id (coaches); absent for your own logs"),
    from: PlausibleDateSchema.optional().describe("First day, inclusive"),
    to: PlausibleDateSchema.optional().describe("Last day, inclusive"),
  })
  .strict();

function entryViewOf<S extends z.ZodType>(entry: S) {
  return z.object({ id: IdSchema, entry, createdAt: InstantSchema });
}

export const RecordPainBodySchema = PainEntrySchema.extend({ id: ClientEntryIdSchema });
export const RecordPsfsBodySchema = PsfsEntrySchema.extend({ id: ClientEntryIdSchema });

export const PainEntryViewSchema = entryViewOf(PainEntrySchema);
export const PsfsEntryViewSchema = entryViewOf(PsfsEntrySchema);

export const ProgressQuerySchema = z
  .object({
    personId: IdSchema.optional().describe("A client's id (coaches); absent for your own progress"),
    programId: IdSchema.optional().describe("A program's id; the current program when absent"),
  })
  .strict();

/**
 * The honest "is it working?" as the core computes it (adherence, pain and function trends, checkpoint
 * verdicts). The core owns the full shape; the wire checks its parts are there.
 */
export const ProgressReportSchema = z.looseObject({
  adherence: z.looseObject({ planned: z.number(), done: z.number(), pct: z.number().nullable() }),
  painTrend: z.looseObject({}),
  psfsTrend: z.looseObject({}),
  morningPainTrend: z.looseObject({}),
  perExercise: z.array(z.looseObject({})),
  checkpoints: z.array(z.looseObject({})),
  /** For runners and cyclists with knee pain, what to reduce in their sport while the knee settles. */
  loadNote: LocalizedSchema.nullable(),
});
