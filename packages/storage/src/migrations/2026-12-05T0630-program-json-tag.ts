/**
 * A program's row carries a tag written with every new `program_json`: a random id, never written twice, so that
 * a write that reads the program again can tell from the tag alone whether it already holds the document, without
 * reading the 20-odd kB of JSON (decision 0630). Rows written before this step have no tag and are read in full
 * until their next revision gives them one. A later step that rewrites `program_json` must write a new tag too
 * (or none).
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("programs").addColumn("program_json_tag", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("programs").dropColumn("program_json_tag").execute();
}
