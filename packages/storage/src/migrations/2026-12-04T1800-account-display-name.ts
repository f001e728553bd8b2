/**
 * A name a coach and a client show each other (decision 0330): optional, so accounts made before keep appearing
 * by their email until their owner chooses one.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("accounts").addColumn("display_name", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("accounts").dropColumn("display_name").execute();
}
