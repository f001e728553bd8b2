import { IsoDateSchema, STRENGTH_CHANGES } from "@hipcheck/core";
import { z } from "zod";
import { ClientEntryIdSchema, IdSchema, InstantSchema } from "./ids.js";

export const InvitationViewSchema = z.object({
  linkId: IdSchema,
  code: z.string().describe("The code a client types, or opens as a link: /join?code=…"),
  createdAt: InstantSchema,
  expiresAt: InstantSchema.describe("A code not accepted by then stops working"),
});

export const CreateInvitationBodySchema = z
  .object({
    validDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .optional()
      .describe("How many days the code works if nobody accepts it; 14 when absent"),
    id: ClientEntryIdSchema,
  })
  .strict();

export const AcceptInvitationBodySchema = z.object({ code: z.string().trim().min(1).max(64) }).strict();

export const CoachLinkViewSchema = z.object({
  linkId: IdSchema,
  coachId: IdSchema,
  coachEmail: z.string(),
  coachDisplayName: z.string().nullable().describe("The coach's chosen name; null: show the email"),
  clientId: IdSchema.nullable(),
  acceptedAt: InstantSchema.nullable(),
  revokedAt: InstantSchema.nullable(),
});

export const LinkIdParamsSchema = z.object({ linkId: IdSchema }).strict();
export const ClientIdParamsSchema = z.object({ clientId: IdSchema }).strict();

export const ClientSummarySchema = z.object({
  clientId: IdSchema,
  email: z.string(),
  displayName: z.string().nullable().describe("The client's chosen name; null: show the email"),
  linkedAt: InstantSchema,
  programWeek: z
    .object({
      week: z.number().int().min(1),
      planned: z.number().int().min(0),
      done: z.number().int().min(0),
      partlyDone: z.number().int().min(0),
    })
    .nullable()
    .describe(
      "The hip sessions of the program week today falls in: planned, done, and saved part way (not counted as done); null without a program",
    ),
  trainedThisWeek: z.boolean().describe("A finished session, planned or not, in the last 7 days"),
  stuck: z.boolean(),
  morePain: z.boolean(),
  redFlags: z.boolean(),
  lastSessionDate: IsoDateSchema.nullable(),
  strength: z
    .enum(STRENGTH_CHANGES)
    .nullable()
    .describe("Hip strength since the baseline, past each check's error; null without two checks"),
});

/** The application trims and bounds the note (COACH_NOTE_MAX_LENGTH); this bound only caps the body size. */
export const AddCoachNoteBodySchema = z
  .object({ body: z.string().max(20_000), id: ClientEntryIdSchema })
  .strict();

export const CoachNoteSchema = z.object({
  id: IdSchema,
  coachId: IdSchema,
  clientId: IdSchema,
  createdAt: InstantSchema,
  body: z.string(),
});
