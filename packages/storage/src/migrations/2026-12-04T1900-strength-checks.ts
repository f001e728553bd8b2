/**
 * Hip strength checks (docs/clinical §10): one row per check (one test, both sides, one day), stored as JSON and
 * re-parsed on read. The id may come from the device, so an offline check sent twice is stored once.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("strength_checks")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("test", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("check_json", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("strength_checks_pk", ["account_id", "id"])
    .execute();
  await db.schema
    .createIndex("strength_checks_account_date")
    .on("strength_checks")
    .columns(["account_id", "date"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("strength_checks").execute();
}
