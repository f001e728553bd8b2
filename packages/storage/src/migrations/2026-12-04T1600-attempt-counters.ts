/**
 * Counts of attempts (password tries per address and route, wrong passwords per account and address) kept in the
 * database, so that several servers on one PostgreSQL count together and a restart forgets nothing
 * (docs/decisions/0290-shared-limits.md). A count past `expires_at_ms` is dead: the next attempt starts it again,
 * and the sweep deletes it. Instants are milliseconds since the epoch (bigint: past 2^31).
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("attempt_counters")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("first_ms", "bigint", (c) => c.notNull())
    .addColumn("last_ms", "bigint", (c) => c.notNull())
    .addColumn("expires_at_ms", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("attempt_counters_expiry")
    .on("attempt_counters")
    .column("expires_at_ms")
    .execute();
  // The sweep of ended sign-ins reads them by expiry too.
  await db.schema.createIndex("auth_sessions_expiry").on("auth_sessions").column("expires_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("auth_sessions_expiry").execute();
  await db.schema.dropTable("attempt_counters").execute();
}
