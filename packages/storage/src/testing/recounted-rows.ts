import { sql, type Kysely } from "kysely";
import type { Database } from "../database-schema.js";

/** The account's rows counted from the tables themselves, as the quota counted them before decision 0761. */
export async function recountedRows(db: Kysely<Database>, accountId: string): Promise<number> {
  const owned = [
    "check_ins",
    "programs",
    "session_logs",
    "morning_check_ins",
    "pain_entries",
    "psfs_entries",
    "movement_screens",
    "activities",
    "imported_movement_findings",
    "strength_checks",
  ].map((table) => sql`(select count(*) from ${sql.table(table)} where account_id = ${accountId})`);
  const coached = ["coach_notes", "coach_groups", "coach_links"].map(
    (table) => sql`(select count(*) from ${sql.table(table)} where coach_id = ${accountId})`,
  );
  const links = sql`(select count(*) from share_links join programs on programs.id = share_links.program_id
    where programs.account_id = ${accountId})`;
  const row = await sql<{
    n: number | string;
  }>`select ${sql.join([...owned, ...coached, links], sql` + `)} as n`
    .execute(db)
    .then((result) => result.rows[0]);
  return Number(row?.n);
}
