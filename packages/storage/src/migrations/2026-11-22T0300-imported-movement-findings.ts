/**
 * Movement findings that came in files (FHIR bundles, data exports), kept apart from measured screens: they have
 * no keypoints to recompute them from. The finding is stored as JSON with its fields in one fixed order, so the
 * same finding imported again is the same text and the unique constraint keeps it once per person.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("imported_movement_findings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("finding_json", "text", (c) => c.notNull())
    .addUniqueConstraint("imported_movement_findings_content", ["account_id", "finding_json"])
    .execute();
  await db.schema
    .createIndex("imported_movement_findings_account_date")
    .on("imported_movement_findings")
    .columns(["account_id", "date"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("imported_movement_findings").execute();
}
