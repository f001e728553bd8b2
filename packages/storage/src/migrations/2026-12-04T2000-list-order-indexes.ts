/**
 * The long lists are read a page at a time in their own order (date, creation instant, id), starting after the
 * last key of the page before (decision 0412). An index in exactly that order lets each page start with one
 * index seek, so the page at entry 200,000 costs what the first one does.
 */
import type { Kysely } from "kysely";

const ORDERED_LISTS = ["session_logs", "pain_entries", "psfs_entries"] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ORDERED_LISTS) {
    await db.schema
      .createIndex(`${table}_account_order`)
      .on(table)
      .columns(["account_id", "date", "created_at", "id"])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ORDERED_LISTS) await db.schema.dropIndex(`${table}_account_order`).execute();
}
