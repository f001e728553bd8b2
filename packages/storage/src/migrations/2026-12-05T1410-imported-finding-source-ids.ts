/**
 * An imported movement finding keeps the identifier it arrived under (decision 0710): a HipCheck FHIR record names
 * each finding by the screen it was measured in and its place there, and a finding stored from such a record is
 * written out again under that same name. One account holds a name once, so the same record imported again, from
 * this server or another, is known by it. Rows stored before this step, and findings from other systems, have none
 * and are still known by their content (the unique content constraint is kept).
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("imported_movement_findings").addColumn("source_id", "text").execute();
  await db.schema
    .createIndex("imported_movement_findings_source")
    .on("imported_movement_findings")
    .columns(["account_id", "source_id"])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("imported_movement_findings_source").execute();
  await db.schema.alterTable("imported_movement_findings").dropColumn("source_id").execute();
}
