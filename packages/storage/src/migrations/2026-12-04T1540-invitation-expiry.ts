/**
 * The coach chooses how long an invitation code works (a class code for the evening, a client's for a month).
 * Codes made before keep their two weeks from creation, computed when read.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("coach_links").addColumn("expires_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("coach_links").dropColumn("expires_at").execute();
}
