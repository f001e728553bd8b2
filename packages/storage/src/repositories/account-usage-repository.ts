/** How much one account keeps, counted where it is kept: the inputs of the per-account quotas. */
import type { AccountUsageRepository } from "@hipcheck/application";
import { PostgresAdapter, sql } from "kysely";
import type { Kysely } from "kysely";
import type { Database } from "../database-schema.js";
import { reusedQuery } from "./reused-query.js";

/** The tables that grow as a person uses HipCheck, each with the columns that hold its stored JSON. */
const GROWING_TABLES = {
  check_ins: ["answers_json", "screen_json", "self_check_json"],
  programs: ["program_json"],
  session_logs: ["log_json"],
  morning_check_ins: ["check_in_json"],
  pain_entries: ["entry_json"],
  psfs_entries: ["entry_json"],
  movement_screens: ["report_json", "keypoints_json"],
  activities: ["activity_json"],
  imported_movement_findings: ["finding_json"],
} as const;

type GrowingTable = keyof typeof GROWING_TABLES;
const TABLE_NAMES = Object.keys(GROWING_TABLES) as GrowingTable[];

/** The dated entries the per-day quota counts. */
const DATED_ENTRY_TABLES = ["pain_entries", "psfs_entries", "session_logs"] as const;

export function accountUsageRepository(db: Kysely<Database>): AccountUsageRepository {
  async function countIn(table: GrowingTable, accountId: string, date?: string): Promise<number> {
    let query = db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("account_id", "=", accountId);
    if (date !== undefined) query = query.where("date", "=", date);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }

  /**
   * The rows of `tables` for the account (on `date`, when given), in one statement of one scalar count per table
   * rather than one statement each: every write that a quota counts asks (decision 0590).
   */
  async function countAllIn(
    tables: readonly GrowingTable[],
    accountId: string,
    date?: string,
  ): Promise<number> {
    const counted = reusedQuery(
      db,
      `account-rows:${tables.join(",")}:${String(date !== undefined)}`,
      () =>
        db.selectNoFrom((eb) =>
          tables.map((table) => {
            const rows = eb
              .selectFrom(table)
              .select(eb.fn.countAll<number | string>().as("n"))
              .where("account_id", "=", accountId);
            return (date === undefined ? rows : rows.where("date", "=", date)).as(table);
          }),
        ),
      tables.flatMap(() => (date === undefined ? [accountId] : [accountId, date])),
    );
    const row = (await db.executeQuery(counted)).rows[0] ?? {};
    return Object.values(row).reduce<number>((total, n) => total + Number(n ?? 0), 0);
  }

  return {
    rowsOf: (accountId) => countAllIn(TABLE_NAMES, accountId),
    async storedBytesOf(accountId) {
      let total = 0;
      for (const table of TABLE_NAMES) {
        // octet_length: bytes, not characters, on both SQLite (3.43+) and PostgreSQL.
        const sizes = GROWING_TABLES[table].map((column) => sql<number>`octet_length(${sql.ref(column)})`);
        const row = await db
          .selectFrom(table)
          .select(sql<number | string | null>`sum(${sql.join(sizes, sql` + `)})`.as("bytes"))
          .where("account_id", "=", accountId)
          .executeTakeFirstOrThrow();
        total += Number(row.bytes ?? 0);
      }
      return total;
    },
    entriesOn: (accountId, date) => countAllIn(DATED_ENTRY_TABLES, accountId, date),
    activitiesOf: (accountId) => countIn("activities", accountId),
    async holdAccount(accountId) {
      // PostgreSQL runs transactions side by side: a row lock on the account queues this account's writers. It is
      // the weaker FOR NO KEY UPDATE, which inserts pointing at the account (FOR KEY SHARE) do not wait for, so
      // writers that never ask for it are not queued behind it.
      // SQLite runs one writing transaction at a time (BEGIN IMMEDIATE, or one savepoint at a time in a group
      // commit), and every read inside it sees the writes before it: nothing more to take (decision 0411).
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
      await db.selectFrom("accounts").select("id").where("id", "=", accountId).forNoKeyUpdate().execute();
    },
  };
}
