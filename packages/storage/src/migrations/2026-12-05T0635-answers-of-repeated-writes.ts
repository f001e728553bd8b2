/**
 * What a repeated write needs to answer as the first one did (decision 0635): a check-in that resumed a paused
 * program keeps which program and which revision it made, so that the same check-in sent again answers that
 * revision; an invitation sent by email keeps a digest of where it went and in which language (never the address
 * itself), so that the same invitation sent again is recognised and mails nobody twice. Rows written before hold
 * nulls: a repeat of them answers as before.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("check_ins").addColumn("resumed_program_id", "text").execute();
  await db.schema.alterTable("check_ins").addColumn("resumed_revision", "integer").execute();
  await db.schema.alterTable("coach_links").addColumn("mail_digest", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("coach_links").dropColumn("mail_digest").execute();
  await db.schema.alterTable("check_ins").dropColumn("resumed_revision").execute();
  await db.schema.alterTable("check_ins").dropColumn("resumed_program_id").execute();
}
