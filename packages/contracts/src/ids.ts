import { z } from "zod";

/** Ids are opaque strings chosen by the server (UUIDv7) or, for session logs, by the client. */
export const IdSchema = z.string().trim().min(1).max(120).describe("An id");

/**
 * Chosen by the client for one action and kept across retries, so that a write whose answer was lost is not stored
 * twice: a repeat is answered with the stored one, another content under the same id is refused (decision 0610).
 */
export const ClientEntryIdSchema = IdSchema.optional().describe(
  "Your id for this entry, the same on every retry: a repeat is stored once (the server chooses one when absent)",
);

/** An ISO-8601 instant with offset, e.g. `2026-11-22T08:30:00.000Z`. */
export const InstantSchema = z.iso.datetime({ offset: true }).describe("An ISO-8601 date and time");

/**
 * Whose data a read is about: absent for one's own, a client's id for their coach. Any other id answers 404, as
 * if nothing existed, so ids cannot be probed.
 */
export const PersonQuerySchema = z
  .object({ personId: IdSchema.optional().describe("A client's id (coaches); absent for your own data") })
  .strict();

export const NoInputSchema = z.object({}).strict();
