import { LANGUAGES, ProgramSchema } from "@hipcheck/core";
import { z } from "zod";
import { ClientEntryIdSchema, IdSchema, InstantSchema } from "./ids.js";

/** Mirrors the application's limits (contracts import core only). */
const SHARE_LINK_DAYS_DEFAULT = 30;
const SHARE_LINK_DAYS_MAX = 365;

/** The language of a handout, calendar or spreadsheet; the program's own language when absent. */
export const HandoutQuerySchema = z
  .object({ lang: z.enum(LANGUAGES).optional().describe("en or fr; the program's language when absent") })
  .strict();

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The calendar file: its language, and a reminder at a local time of day the person picks. */
export const CalendarQuerySchema = HandoutQuerySchema.extend({
  reminder: z
    .string()
    .regex(TIME_OF_DAY, "a time of day, HH:MM")
    .optional()
    .describe(
      "HH:MM: a reminder (VALARM) at this local time on each session and checkpoint day; none when absent",
    ),
}).strict();

/** The FHIR export: a collection to read, or a transaction a FHIR server loads (conditional updates). */
export const FhirExportQuerySchema = z
  .object({
    personId: IdSchema.optional().describe("A client's id (coaches); absent for your own data"),
    bundleType: z
      .enum(["collection", "transaction"])
      .optional()
      .describe(
        "collection (default) to read; transaction for a FHIR server: each entry a conditional update on HipCheck's identifier",
      ),
  })
  .strict();

/** A downloaded file, read as text by clients (PDF bytes are best read with `fetch` as a blob). */
export const FileBodySchema = z.string().describe("The file's content");

export const CreateShareLinkBodySchema = z
  .object({
    days: z
      .number()
      .int()
      .min(1)
      .max(SHARE_LINK_DAYS_MAX)
      .optional()
      .describe(`How long the link works, in days; ${String(SHARE_LINK_DAYS_DEFAULT)} when absent`),
    id: ClientEntryIdSchema,
  })
  .strict();

export const ShareLinkViewSchema = z.object({
  linkId: IdSchema,
  programId: IdSchema,
  createdAt: InstantSchema,
  expiresAt: InstantSchema,
  revokedAt: InstantSchema.nullable(),
  active: z.boolean(),
});

export const CreatedShareLinkSchema = ShareLinkViewSchema.extend({
  token: z
    .string()
    .describe(
      "The link is /shared/<token>; only a hash of it is kept. Shown when the link is made, and again to a repeat under the same id",
    ),
});

export const ShareLinkIdParamsSchema = z.object({ linkId: IdSchema }).strict();
export const ShareTokenParamsSchema = z.object({ token: z.string().min(1).max(200) }).strict();

export const SharedProgramSchema = z.object({ program: ProgramSchema });

/** A FHIR R4 Bundle as HipCheck exports it; the reader checks every resource, the wire only what it is. */
export const FhirBundleBodySchema = z.looseObject({
  resourceType: z.literal("Bundle"),
  type: z.string(),
});
