/**
 * Activities are read a page at a time in their own order (date, start time, id), starting after the last key of
 * the page before (decision 0512, as the long lists of 0412). An index in exactly that order lets each page start
 * with one index seek; the account's 10,000 activities (decision 0341) no longer need reading to cut one page.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("activities_account_order")
    .on("activities")
    .columns(["account_id", "date", "start_time", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("activities_account_order").execute();
}
