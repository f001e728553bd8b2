/**
 * Four steps that make a session log's write lighter (decision 0665):
 * - A check-in's row carries a tag written with its three documents (answers, screen, self-check): a random id,
 *   never written twice, so that every revision reading the latest check-in can tell from the tag alone whether
 *   it already holds them, as programs do (decision 0630). Rows written before this step have no tag and are read
 *   in full. A later step that rewrites `answers_json`, `screen_json` or `self_check_json` must write a new tag too
 *   (or none).
 * - A program's row carries a tag written with every session log added to it (`log_tag`), so that the logs the
 *   rules read for a program can be kept in memory under the tag of the logs they were read from, and a write that
 *   moves the tag from the one it holds knows that its own log is the only change. A later step that adds, changes
 *   or removes session logs of a program (other than with the program itself) must write a new tag too (or none).
 * - `session_logs_account_date` (account, date) goes: `session_logs_account_order` (account, date, instant, id)
 *   begins with the same columns and serves every query it served, so each log paid for one index more than any
 *   query reads.
 * - `check_ins_account_date` (account, date) becomes `check_ins_account_order` (account, date, instant, id): the
 *   latest check-in, read by every revision, is then one index seek instead of a sort of the account's check-ins.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("check_ins").addColumn("check_in_tag", "text").execute();
  await db.schema.alterTable("programs").addColumn("log_tag", "text").execute();
  await db.schema.dropIndex("session_logs_account_date").execute();
  await db.schema
    .createIndex("check_ins_account_order")
    .on("check_ins")
    .columns(["account_id", "date", "created_at", "id"])
    .execute();
  await db.schema.dropIndex("check_ins_account_date").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("check_ins_account_date")
    .on("check_ins")
    .columns(["account_id", "date"])
    .execute();
  await db.schema.dropIndex("check_ins_account_order").execute();
  await db.schema
    .createIndex("session_logs_account_date")
    .on("session_logs")
    .columns(["account_id", "date"])
    .execute();
  await db.schema.alterTable("programs").dropColumn("log_tag").execute();
  await db.schema.alterTable("check_ins").dropColumn("check_in_tag").execute();
}
