/** How much one account keeps, counted where it is kept: the inputs of the per-account quotas. */
import type { AccountUsageRepository, CappedKind } from "@hipcheck/application";
import { PostgresAdapter, sql } from "kysely";
import type { Kysely } from "kysely";
import type { Database } from "../database-schema.js";
import { reusedQuery } from "./reused-query.js";

/**
 * The tables that grow as a person or a coach uses HipCheck: the column naming whose rows they are, and the
 * columns of stored text. A coach's notes, groups and invitation codes are the coach's rows (decision 0620).
 */
const GROWING_TABLES = {
  check_ins: { owner: "account_id", stored: ["answers_json", "screen_json", "self_check_json"] },
  programs: { owner: "account_id", stored: ["program_json"] },
  session_logs: { owner: "account_id", stored: ["log_json"] },
  morning_check_ins: { owner: "account_id", stored: ["check_in_json"] },
  pain_entries: { owner: "account_id", stored: ["entry_json"] },
  psfs_entries: { owner: "account_id", stored: ["entry_json"] },
  movement_screens: { owner: "account_id", stored: ["report_json", "keypoints_json"] },
  activities: { owner: "account_id", stored: ["activity_json"] },
  imported_movement_findings: { owner: "account_id", stored: ["finding_json"] },
  strength_checks: { owner: "account_id", stored: ["check_json"] },
  coach_notes: { owner: "coach_id", stored: ["body"] },
  coach_groups: { owner: "coach_id", stored: ["template_json"] },
  coach_links: { owner: "coach_id", stored: [] },
} as const;

type GrowingTable = keyof typeof GROWING_TABLES;
const TABLE_NAMES = Object.keys(GROWING_TABLES) as GrowingTable[];

/** The dated entries the per-day quota counts. */
const DATED_ENTRY_TABLES = ["pain_entries", "psfs_entries", "session_logs"] as const;
type DatedTable = (typeof DATED_ENTRY_TABLES)[number];

/** How long an invitation code made before the coach chose its expiry works (as `invitationView` reads it). */
const UNDATED_INVITATION_MS = 14 * 86_400_000;

export function accountUsageRepository(db: Kysely<Database>): AccountUsageRepository {
  /** Share links live on a program: they are the rows of the program's owner (decision 0620). */
  const ownPrograms = (accountId: string) =>
    db.selectFrom("programs").select("programs.id").where("programs.account_id", "=", accountId);

  /**
   * The account's rows in every growing table and its share links: one row read, whatever the history. The count
   * is moved by triggers in the statements that insert and delete those rows (migration
   * `2026-12-05T1430-account-row-counts`, decision 0761); an account that never kept a row has none.
   */
  async function countRows(accountId: string): Promise<number> {
    const counted = reusedQuery(
      db,
      "account-row-count",
      () => db.selectFrom("account_row_counts").select("rows_kept").where("account_id", "=", accountId),
      [accountId],
    );
    return Number((await db.executeQuery(counted)).rows[0]?.rows_kept ?? 0);
  }

  /** The account's dated entries on `date`, one scalar count per table in one statement. */
  async function countOn(tables: readonly DatedTable[], accountId: string, date: string): Promise<number> {
    const counted = reusedQuery(
      db,
      `account-day:${tables.join(",")}`,
      () =>
        db.selectNoFrom((eb) =>
          tables.map((table) =>
            eb
              .selectFrom(table)
              .select(eb.fn.countAll<number | string>().as("n"))
              .where("account_id", "=", accountId)
              .where("date", "=", date)
              .as(table),
          ),
        ),
      tables.flatMap(() => [accountId, date]),
    );
    return sumOf((await db.executeQuery(counted)).rows[0]);
  }

  async function countCapped(accountId: string, kind: CappedKind, now: string): Promise<number> {
    if (kind === "push-subscription") {
      const row = await db
        .selectFrom("push_subscriptions")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("account_id", "=", accountId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }
    if (kind === "share-link") {
      // Instants are stored in one ISO format, so text order is time order on both databases.
      const row = await db
        .selectFrom("share_links")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("share_links.program_id", "in", ownPrograms(accountId))
        .where("revoked_at", "is", null)
        .where("expires_at", ">", now)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }
    const undatedSince = new Date(Date.parse(now) - UNDATED_INVITATION_MS).toISOString();
    const row = await db
      .selectFrom("coach_links")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("coach_id", "=", accountId)
      .where("client_id", "is", null)
      .where("revoked_at", "is", null)
      .where((eb) =>
        eb.or([
          eb("expires_at", ">", now),
          eb.and([eb("expires_at", "is", null), eb("created_at", ">", undatedSince)]),
        ]),
      )
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  return {
    rowsOf: countRows,
    async storedBytesOf(accountId) {
      let total = 0;
      for (const table of TABLE_NAMES) {
        const columns: readonly string[] = GROWING_TABLES[table].stored;
        if (columns.length === 0) continue;
        // octet_length: bytes, not characters, on both SQLite (3.43+) and PostgreSQL; a null column adds none.
        const sizes = columns.map((column) => sql<number>`coalesce(octet_length(${sql.ref(column)}), 0)`);
        const row = await db
          .selectFrom(table)
          .select(sql<number | string | null>`sum(${sql.join(sizes, sql` + `)})`.as("bytes"))
          .where(sql.ref(GROWING_TABLES[table].owner), "=", accountId)
          .executeTakeFirstOrThrow();
        total += Number(row.bytes ?? 0);
      }
      return total;
    },
    entriesOn: (accountId, date) => countOn(DATED_ENTRY_TABLES, accountId, date),
    async activitiesOf(accountId) {
      const row = await db
        .selectFrom("activities")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("account_id", "=", accountId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    cappedOf: countCapped,
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

function sumOf(row: Record<string, unknown> | undefined): number {
  return Object.values(row ?? {}).reduce<number>((total, n) => total + Number(n ?? 0), 0);
}
