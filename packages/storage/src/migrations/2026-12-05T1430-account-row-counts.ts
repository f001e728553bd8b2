/**
 * The rows an account keeps, counted as they are written rather than at every write (decision 0761). The quota
 * of stored rows (decision 0341) used to count the account's rows in every growing table at each write, so a write
 * cost more the longer the person's history. Here one row per account holds that count, and a trigger on each
 * growing table moves it in the statement that inserts or deletes the row it counts: inside the same transaction
 * (and the same savepoint of a group commit), on every path that writes, an import, an account's deletion and its
 * cascades included. A backup carries the counts with the rows they count; `pg_restore` loads a table's data
 * before it creates its triggers, so a restore does not count twice.
 *
 * Owners are never changed by an update (no repository rewrites an owner column), so inserts and deletes are all
 * that move a count. A share link is its program owner's row (decision 0620): its triggers read the program's
 * owner; a program is only ever deleted with its account, whose count row goes with it.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

/** The tables the quota counts, and the column naming whose rows they are (as `account-usage-repository.ts`). */
const OWNED_TABLES: ReadonlyArray<readonly [table: string, owner: string]> = [
  ["check_ins", "account_id"],
  ["programs", "account_id"],
  ["session_logs", "account_id"],
  ["morning_check_ins", "account_id"],
  ["pain_entries", "account_id"],
  ["psfs_entries", "account_id"],
  ["movement_screens", "account_id"],
  ["activities", "account_id"],
  ["imported_movement_findings", "account_id"],
  ["strength_checks", "account_id"],
  ["coach_notes", "coach_id"],
  ["coach_groups", "coach_id"],
  ["coach_links", "coach_id"],
];

const SHARE_LINK_OWNER = "(select programs.account_id from programs where programs.id = %.program_id)";

function ownerOf(table: string, owner: string, row: "new" | "old"): string {
  return table === "share_links" ? SHARE_LINK_OWNER.replace("%", row) : `${row}.${owner}`;
}

/** Adds one to the owner's count, making its row on the first. */
function added(table: string, owner: string): string {
  const source =
    table === "share_links"
      ? `select programs.account_id, 1 from programs where programs.id = new.program_id`
      : `values (new.${owner}, 1)`;
  return (
    `insert into account_row_counts (account_id, rows_kept) ${source} ` +
    `on conflict (account_id) do update set rows_kept = account_row_counts.rows_kept + 1`
  );
}

/** Takes one off; an account being deleted may already have lost its row, which is then left alone. */
function removed(table: string, owner: string): string {
  return `update account_row_counts set rows_kept = rows_kept - 1 where account_id = ${ownerOf(table, owner, "old")}`;
}

const COUNTED: ReadonlyArray<readonly [table: string, owner: string]> = [
  ...OWNED_TABLES,
  ["share_links", ""],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("account_row_counts")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade"))
    .addColumn("rows_kept", "bigint", (c) => c.notNull())
    .execute();
  const counts = [
    ...OWNED_TABLES.map(
      ([table, owner]) => `(select count(*) from ${table} where ${table}.${owner} = accounts.id)`,
    ),
    "(select count(*) from share_links join programs on programs.id = share_links.program_id where programs.account_id = accounts.id)",
  ];
  await sql
    .raw(
      `insert into account_row_counts (account_id, rows_kept) select accounts.id, ${counts.join(" + ")} from accounts`,
    )
    .execute(db);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [table, owner] of COUNTED) {
    if (postgres) {
      await sql
        .raw(
          `create function account_rows_${table}() returns trigger language plpgsql as $$ begin ` +
            `if tg_op = 'INSERT' then ${added(table, owner)}; else ${removed(table, owner)}; end if; ` +
            `return null; end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger account_rows_${table} after insert or delete on ${table} ` +
            `for each row execute function account_rows_${table}()`,
        )
        .execute(db);
    } else {
      await sql
        .raw(
          `create trigger account_rows_${table}_added after insert on ${table} begin ${added(table, owner)}; end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger account_rows_${table}_removed after delete on ${table} begin ${removed(table, owner)}; end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [table] of COUNTED) {
    if (postgres) {
      await sql.raw(`drop trigger account_rows_${table} on ${table}`).execute(db);
      await sql.raw(`drop function account_rows_${table}()`).execute(db);
    } else {
      await sql.raw(`drop trigger account_rows_${table}_added`).execute(db);
      await sql.raw(`drop trigger account_rows_${table}_removed`).execute(db);
    }
  }
  await db.schema.dropTable("account_row_counts").execute();
}
