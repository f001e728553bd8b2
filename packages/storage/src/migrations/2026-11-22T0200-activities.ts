/**
 * Activities imported from a person's FIT, GPX or TCX files. One row per activity; the file's sha256 and the
 * activity's position in it make a re-import of the same file a no-op (unique per person).
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("activities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("file_hash", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("start_time", "text", (c) => c.notNull())
    .addColumn("activity_json", "text", (c) => c.notNull())
    .addUniqueConstraint("activities_file_position", ["account_id", "file_hash", "position"])
    .execute();
  await db.schema
    .createIndex("activities_account_date")
    .on("activities")
    .columns(["account_id", "date"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("activities").execute();
}
