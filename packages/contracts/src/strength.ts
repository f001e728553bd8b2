/** Hip strength checks on the wire (docs/clinical §10): the body is core's schema, the same at every edge. */
import { LocalizedSchema, StrengthCheckSchema } from "@hipcheck/core";
import { z } from "zod";
import { IdSchema, InstantSchema, PersonQuerySchema } from "./ids.js";
import type { RouteDefinition } from "./route-definition.js";
import { FileBodySchema, HandoutQuerySchema } from "./sharing.js";

export const RecordStrengthCheckBodySchema = z
  .object({
    id: IdSchema.optional().describe(
      "Your id for this check, the same on every retry: a repeat is stored once (the server chooses one when absent)",
    ),
    personId: IdSchema.optional().describe(
      "A client's id, for a coach recording a clinic reading; absent for your own check",
    ),
    check: StrengthCheckSchema,
  })
  .strict();

export const StrengthCheckViewSchema = z.object({
  id: IdSchema,
  check: StrengthCheckSchema,
  createdAt: InstantSchema,
});

/** Each test's baseline against its latest check, per side, as core computes it; the wire checks its parts. */
export const StrengthComparisonSchema = z.looseObject({
  test: z.string(),
  baselineDate: z.string(),
  latestDate: z.string(),
  sides: z.array(z.looseObject({ side: z.string(), change: z.string() })),
  asymmetryPct: z.number().nullable(),
  explanation: LocalizedSchema,
});

export const StrengthChecksViewSchema = z.object({
  checks: z.array(StrengthCheckViewSchema),
  comparisons: z.array(StrengthComparisonSchema),
});

export const strengthRoutes = {
  recordStrengthCheck: {
    method: "POST",
    path: "/api/strength-checks",
    tag: "tracking",
    summary:
      "A hip strength check, both sides (a hold in seconds, or a dynamometer reading with lever arm and body mass); sending the same check again under its id is harmless",
    access: "signed-in",
    successStatus: 201,
    body: RecordStrengthCheckBodySchema,
    response: StrengthCheckViewSchema,
  },
  listStrengthChecks: {
    method: "GET",
    path: "/api/strength-checks",
    tag: "tracking",
    summary: "Hip strength checks, with each test's change since the baseline",
    access: "signed-in",
    successStatus: 200,
    query: PersonQuerySchema,
    response: StrengthChecksViewSchema,
  },
  exportStrengthCsv: {
    method: "GET",
    path: "/api/strength.csv",
    tag: "sharing",
    summary: "Hip strength checks as a spreadsheet, one row per side, with each check's error",
    access: "signed-in",
    successStatus: 200,
    query: HandoutQuerySchema.extend(PersonQuerySchema.shape),
    response: FileBodySchema,
    file: { contentType: "text/csv; charset=utf-8" },
    streamed: true,
  },
} as const satisfies Record<string, RouteDefinition>;
