/**
 * A program's log tag (decision 0665) moves out of the program's row into a narrow table of its own (decision
 * 0760). Every session log moves the tag, and the program's row also holds its 20-odd kB of JSON: in SQLite,
 * rewriting that row to change the tag read the whole record through its overflow pages and wrote one of them
 * again at every write, a quarter of the pages each commit wrote. Here a tag is one short row, and the tags of a
 * hundred programs share a page.
 *
 * The tags already written are kept, so a history held under one stays usable. The rule of 0665 still holds: a
 * later step that adds, changes or removes session logs other than with their program must write a new tag (or
 * delete the program's row here).
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("program_log_tags")
    .addColumn("program_id", "text", (c) => c.primaryKey().references("programs.id").onDelete("cascade"))
    .addColumn("log_tag", "text", (c) => c.notNull())
    .execute();
  await sql`insert into program_log_tags (program_id, log_tag)
    select id, log_tag from programs where log_tag is not null`.execute(db);
  await db.schema.alterTable("programs").dropColumn("log_tag").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("programs").addColumn("log_tag", "text").execute();
  await sql`update programs set log_tag =
    (select log_tag from program_log_tags where program_log_tags.program_id = programs.id)`.execute(db);
  await db.schema.dropTable("program_log_tags").execute();
}
