import {
  AnswersSchema,
  EQUIPMENT,
  LANGUAGES,
  PlausibleDateSchema,
  PROGRAM_WEEKS_MAX,
  PROGRAM_WEEKS_MIN,
  ProgramRevisionSchema,
  ProgramSchema,
  WEEKDAYS,
} from "@hipcheck/core";
import { z } from "zod";
import { ClientEntryIdSchema, IdSchema, InstantSchema } from "./ids.js";
import { ErrorBodySchema } from "./error-body.js";

/** The application trims and bounds the name (GROUP_NAME_MAX_LENGTH); this bound only caps the body size. */
export const CreateGroupBodySchema = z
  .object({ name: z.string().max(1000), id: ClientEntryIdSchema })
  .strict();

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

export const AssignTemplateBodySchema = z
  .object({
    replace: z
      .array(IdSchema)
      .max(1000)
      .default([])
      .describe("Members whose own or hand-edited program the coach confirmed may be replaced"),
  })
  .strict();

export const AssignTemplateOutputSchema = z.object({
  assigned: z.array(z.object({ clientId: IdSchema, programId: IdSchema, replaced: z.boolean() })),
  kept: z.array(z.object({ clientId: IdSchema, plan: z.enum(["keep-personal", "keep-edited"]) })),
  skipped: z.array(z.object({ clientId: IdSchema, reason: ErrorBodySchema.shape.error })),
});

const FittedMemberShape = {
  clientId: IdSchema,
  email: z.string(),
  displayName: z.string().nullable(),
  availableDays: z.array(z.enum(WEEKDAYS)),
  equipment: z.array(z.enum(EQUIPMENT)),
  language: z.enum(LANGUAGES),
};

/** One member in the preview of a group assignment: what will happen to their program, and why. */
export const MemberPlanSchema = z.discriminatedUnion("plan", [
  z.object({ ...FittedMemberShape, plan: z.literal("new"), currentProgramId: z.null() }),
  z.object({ ...FittedMemberShape, plan: z.enum(["update", "keep-personal"]), currentProgramId: IdSchema }),
  z.object({
    ...FittedMemberShape,
    plan: z.literal("keep-edited"),
    currentProgramId: IdSchema,
    lastEdit: ProgramRevisionSchema,
  }),
  z.object({
    clientId: IdSchema,
    email: z.string(),
    displayName: z.string().nullable(),
    plan: z.literal("skip"),
    reason: ErrorBodySchema.shape.error,
  }),
]);

export const AssignmentPreviewSchema = z.object({ members: z.array(MemberPlanSchema) });
