/**
 * The write routes' checks on one pain or PSFS entry, shared by the routes and by every import (decision 0280): an
 * entry a person could not record by hand does not come in through a file either. An import reports each entry it
 * leaves out, with the reason, and stores the others.
 */
import {
  err,
  futureDateProblem,
  hipError,
  painRatingsProblem,
  PainEntrySchema,
  parseWith,
  PsfsEntrySchema,
  parseStrengthCheck,
  type HipError,
  type IsoDate,
  type PainEntry,
  type PsfsEntry,
  type Result,
  type StrengthCheck,
} from "@hipcheck/core";
import { z } from "zod";

/** The first problem the write routes find with a pain entry: a day to come, or worst pain below the rest. */
export function painEntryProblem(entry: PainEntry, today: IsoDate): HipError | undefined {
  return futureDateProblem(entry.date, today) ?? painRatingsProblem(entry);
}

export function psfsEntryProblem(entry: PsfsEntry, today: IsoDate): HipError | undefined {
  return futureDateProblem(entry.date, today);
}

/**
 * Why a record of a file was not stored. From the file's reader: `not-read` (HipCheck keeps nothing of that kind),
 * `recomputed` (HipCheck works it out again from the answers), `not-final` (its system marks it as not valid),
 * `invalid` (not in a shape or range HipCheck takes). From the write routes' checks: `future-date` (a day that has
 * not come), `contradictory` (worst pain lower than the pain now or the usual pain).
 */
export const IMPORT_SKIP_REASONS = [
  "not-read",
  "recomputed",
  "not-final",
  "invalid",
  "future-date",
  "contradictory",
] as const;
export type ImportSkipReason = (typeof IMPORT_SKIP_REASONS)[number];

export const ImportSkippedSchema = z
  .object({
    /** What it is: a FHIR resource type, or `pain entry`, `PSFS entry`, `check-in`. */
    type: z.string().min(1).max(120),
    /** Its id in the file, when it has one. */
    id: z.string().max(1000).nullable(),
    reason: z.enum(IMPORT_SKIP_REASONS),
    detail: z.string().max(2000),
  })
  .strict();
export type ImportSkipped = z.infer<typeof ImportSkippedSchema>;

/** HipCheck's stored id of an entry, as a file carries it. */
export const StoredIdSchema = z.string().min(1).max(120);

export function skippedFor(type: string, id: string | null, error: HipError): ImportSkipped {
  const reason: ImportSkipReason =
    error.kind !== "invalid-input" || error.field === undefined
      ? "invalid"
      : error.field.endsWith("date") || error.field === "answeredOn"
        ? "future-date"
        : error.field.startsWith("painWorst")
          ? "contradictory"
          : "invalid";
  return { type, id, reason, detail: error.message };
}

/** A pain entry from a file, parsed and checked as the pain route checks it. */
export function checkedPainEntry(entry: unknown, today: IsoDate): Result<PainEntry, HipError> {
  const parsed = parseWith(PainEntrySchema, entry);
  // A shape problem is `invalid` whatever its field: only the checks below speak of dates and ratings.
  if (!parsed.ok) return err(hipError("invalid-input", parsed.error.message));
  const problem = painEntryProblem(parsed.value, today);
  return problem === undefined ? parsed : err(problem);
}

/** A PSFS entry from a file, parsed and checked as the PSFS route checks it. */
export function checkedPsfsEntry(entry: unknown, today: IsoDate): Result<PsfsEntry, HipError> {
  const parsed = parseWith(PsfsEntrySchema, entry);
  // A shape problem is `invalid` whatever its field: only the checks below speak of dates and ratings.
  if (!parsed.ok) return err(hipError("invalid-input", parsed.error.message));
  const problem = psfsEntryProblem(parsed.value, today);
  return problem === undefined ? parsed : err(problem);
}

/**
 * A hip strength check from a file, parsed and checked as the strength route checks it (docs/clinical §10.5): the
 * same limits on holds, forces, lever arms and body mass, and no day to come.
 */
export function checkedStrengthCheck(entry: unknown, today: IsoDate): Result<StrengthCheck, HipError> {
  const parsed = parseStrengthCheck(entry);
  if (!parsed.ok) return err(hipError("invalid-input", parsed.error.message));
  const problem = futureDateProblem(parsed.value.date, today);
  return problem === undefined ? parsed : err(problem);
}
