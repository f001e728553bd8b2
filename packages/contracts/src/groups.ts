import {
  AnswersSchema,
  PlausibleDateSchema,
  PROGRAM_WEEKS_MAX,
  PROGRAM_WEEKS_MIN,
  ProgramSchema,
} from "@hipcheck/core";
import { z } from "zod";
import { IdSchema, InstantSchema } from "./ids.js";
import { ErrorBodySchema } from "./error-body.js";

/** The application trims and bounds the name (GROUP_NAME_MAX_LENGTH); this bound only caps the body size. */
export const CreateGroupBodySchema = z.object({ name: z.string().max(1000) }).strict();

export const GroupViewSchema = z.object({
  groupId: IdSchema,
  name: z.string(),
  createdAt: InstantSchema,
  template: ProgramSchema.nullable(),
  memberIds: z.array(IdSchema),
});

export const GroupIdParamsSchema = z.object({ groupId: IdSchema }).strict();
export const GroupMemberParamsSchema = z.object({ groupId: IdSchema, clientId: IdSchema }).strict();

export const SetGroupTemplateBodySchema = z
  .object({
    answers: AnswersSchema.describe("Representative answers for the class; red flags are screened too"),
    startDate: PlausibleDateSchema,
    weeks: z.number().int().min(PROGRAM_WEEKS_MIN).max(PROGRAM_WEEKS_MAX).optional(),
  })
  .strict();

export const AssignTemplateOutputSchema = z.object({
  assigned: z.array(z.object({ clientId: IdSchema, programId: IdSchema })),
  skipped: z.array(z.object({ clientId: IdSchema, reason: ErrorBodySchema.shape.error })),
});
