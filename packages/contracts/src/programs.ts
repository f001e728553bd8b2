import {
  DoseSchema,
  LANGUAGES,
  PlausibleDateSchema,
  LocalizedSchema,
  PROGRAM_WEEKS_MAX,
  PROGRAM_WEEKS_MIN,
  ProgramRevisionSchema,
  ProgramSchema,
} from "@hipcheck/core";
import { z } from "zod";
import { ClientEntryIdSchema, IdSchema, InstantSchema } from "./ids.js";

export const CreateProgramBodySchema = z
  .object({
    personId: IdSchema.optional().describe("A client's id (coaches); absent for your own program"),
    startDate: PlausibleDateSchema,
    weeks: z.number().int().min(PROGRAM_WEEKS_MIN).max(PROGRAM_WEEKS_MAX).optional(),
    id: ClientEntryIdSchema,
  })
  .strict();

export const ProgramIdParamsSchema = z.object({ programId: IdSchema }).strict();

export const ProgramViewSchema = z.object({
  programId: IdSchema,
  ownerId: IdSchema,
  program: ProgramSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});

export const ProgramDetailSchema = ProgramViewSchema.extend({
  history: z.array(z.object({ revision: ProgramRevisionSchema, changedByAccountId: IdSchema.nullable() })),
});

export const RevisionOutputSchema = ProgramViewSchema.extend({
  revision: ProgramRevisionSchema.nullable().describe("null when the rules found nothing to change"),
});

export const ProgramEditSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("swap-exercise"), exerciseId: IdSchema, toExerciseId: IdSchema }).strict(),
  z.object({ type: z.literal("change-dose"), exerciseId: IdSchema, dose: DoseSchema }).strict(),
  z
    .object({ type: z.literal("ladder-step"), exerciseId: IdSchema, direction: z.enum(["up", "down"]) })
    .strict(),
]);

export const EditProgramBodySchema = z
  .object({
    edit: ProgramEditSchema,
    reason: z
      .union([
        z.string().max(2000),
        LocalizedSchema,
        z.object({ text: z.string().max(2000), language: z.enum(LANGUAGES) }).strict(),
      ])
      .describe(
        "Why, in words the person reads; one string is shown in both languages; `{ text, language }` is shown as written, with a note to a reader of the other language",
      ),
    basedOnRevision: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        "The program's revision the edit was made on (as the device showed it): sent again, the same edit is applied once; on a program changed meanwhile, another edit is a conflict",
      ),
  })
  .strict();
