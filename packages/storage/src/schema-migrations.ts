/**
 * HipCheck's own migration runner over Kysely's migration table (`kysely_migration`, the same table and columns
 * the databases made so far already have). Kysely's Migrator runs every pending step in one transaction on
 * PostgreSQL and in none on SQLite; here each step runs in its own transaction on both, together with the row
 * that records it, so an upgrade stopped half-way (a crash, a full disk, a failing step) leaves the database at
 * the last step that finished, never between two (docs/decisions/0401-upgrades-one-step-at-a-time.md).
 *
 * Before anything is written, the steps the database has are compared with the steps this code knows: a database
 * with a step this code does not know was upgraded by a newer HipCheck, and is refused untouched.
 */
import { sql, type Kysely, type Migration } from "kysely";
import type { Database } from "./database-schema.js";
import { MIGRATIONS } from "./migrations/migration-provider.js";

const MIGRATION_TABLE = "kysely_migration";
/** Any number shared by every HipCheck server; it serialises upgrades started at once on one PostgreSQL. */
const POSTGRES_MIGRATION_LOCK = 7_411_803_021;

export type SchemaState = {
  /** Steps the database has, in name order. */
  readonly applied: readonly string[];
  /** Steps this code knows and the database does not have yet, in the order they would run. */
  readonly pending: readonly string[];
  /** Steps the database has and this code does not know: a newer HipCheck upgraded it. */
  readonly unknown: readonly string[];
};

/** Every step this code knows, in the order they run. */
export function knownMigrationNames(): readonly string[] {
  return Object.keys(MIGRATIONS).sort();
}

/** A database one or more steps ahead of this code: it must not be written to. */
export class SchemaNewerThanCode extends Error {
  override readonly name = "SchemaNewerThanCode";
  constructor(readonly unknownSteps: readonly string[]) {
    super(
      `this database was upgraded by a newer version of HipCheck (it has ${describeSteps(unknownSteps)}, which ` +
        "this version does not know). Nothing was written to it. Run the newer version again, or restore a " +
        "backup taken before the upgrade into an empty database (`hipcheck admin restore`).",
    );
  }
}

function describeSteps(steps: readonly string[]): string {
  const [first] = steps;
  return steps.length === 1 && first !== undefined
    ? `schema step ${first}`
    : `${steps.length} schema steps, the last ${steps.at(-1) ?? ""}`;
}

async function migrationTableExists(db: Kysely<Database>): Promise<boolean> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.some((table) => table.name === MIGRATION_TABLE);
}

async function appliedSteps(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.rows.map((row) => row.name).sort();
}

/** Reads which steps the database has and which this code would run; writes nothing. */
export async function readSchemaState(db: Kysely<Database>): Promise<SchemaState> {
  const applied = (await migrationTableExists(db)) ? await appliedSteps(db) : [];
  const known = knownMigrationNames();
  return {
    applied,
    pending: known.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !known.includes(name)),
  };
}

export type MigrationDialect = "sqlite" | "postgres";

export type RunMigrationsOptions = {
  readonly dialect: MigrationDialect;
  /** Stop after this step (building a database at an older schema); default: run every pending step. */
  readonly through?: string;
  /** Told after each step commits. */
  readonly onStep?: (name: string) => void;
};

async function lockForUpgrade(db: Kysely<Database>, dialect: MigrationDialect): Promise<void> {
  // Released when the transaction ends. SQLite needs none: its writers take turns on the file.
  if (dialect === "postgres") {
    await sql`select pg_advisory_xact_lock(${sql.lit(POSTGRES_MIGRATION_LOCK)})`.execute(db);
  }
}

async function ensureMigrationTable(db: Kysely<Database>, dialect: MigrationDialect): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockForUpgrade(trx, dialect);
    await trx.schema
      .createTable(MIGRATION_TABLE)
      .ifNotExists()
      .addColumn("name", "varchar(255)", (column) => column.notNull().primaryKey())
      .addColumn("timestamp", "varchar(255)", (column) => column.notNull())
      .execute();
  });
}

/**
 * Runs the pending steps in name order, each in one transaction with its record. Two servers upgrading one
 * PostgreSQL at once take turns step by step; the second finds each step done and skips it.
 * Throws `SchemaNewerThanCode` (nothing written) when the database is ahead of this code.
 * @returns the steps this call ran
 */
export async function runMigrations(
  db: Kysely<Database>,
  options: RunMigrationsOptions,
): Promise<readonly string[]> {
  const before = await readSchemaState(db);
  if (before.unknown.length > 0) throw new SchemaNewerThanCode(before.unknown);
  const targets =
    options.through === undefined
      ? before.pending
      : before.pending.filter((name) => name <= (options.through ?? ""));
  if (targets.length === 0) return [];
  await ensureMigrationTable(db, options.dialect);
  const ran: string[] = [];
  for (const name of targets) {
    const migration: Migration | undefined = MIGRATIONS[name];
    if (migration === undefined) continue;
    const didRun = await db.transaction().execute(async (trx) => {
      await lockForUpgrade(trx, options.dialect);
      // Another server may have run it while this one waited for the lock.
      const done = await sql`select name from ${sql.table(MIGRATION_TABLE)} where name = ${name}`.execute(
        trx,
      );
      if (done.rows.length > 0) return false;
      await migration.up(trx);
      await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(
        trx,
      );
      return true;
    });
    if (didRun) {
      ran.push(name);
      options.onStep?.(name);
    }
  }
  return ran;
}
