/**
 * Opens the database HipCheck keeps its data in: an embedded SQLite file by default, PostgreSQL when a database
 * URL is given. Migrations run on open, so a new version of HipCheck upgrades its database when it starts.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Repositories } from "@hipcheck/application";
import SQLite from "better-sqlite3";
import { Kysely, PostgresAdapter, PostgresDialect, sql, SqliteDialect } from "kysely";
import type { Pool } from "pg";
import { backupSqlite } from "./backup/sqlite-backup.js";
import { kyselyAttemptCounters } from "./attempt-counters.js";
import type { AttemptCounters } from "./attempt-counters.js";
import type { Database } from "./database-schema.js";
import { kyselyRepositories } from "./kysely-repositories.js";
import { createPostgresPool } from "./postgres-pool.js";
import { groupCommitDialect } from "./sqlite-group-commit.js";
import type { GroupCommitStats } from "./sqlite-group-commit.js";
import type { PoolWarning } from "./postgres-pool.js";
import {
  knownMigrationNames,
  readSchemaState,
  runMigrations,
  SchemaNewerThanCode,
} from "./schema-migrations.js";
import type { SchemaState } from "./schema-migrations.js";
import { DEFAULT_DATA_DIR, DEFAULT_SQLITE_FILENAME } from "./storage-files.js";

export { DEFAULT_DATA_DIR, DEFAULT_SQLITE_FILENAME } from "./storage-files.js";

export type StorageOptions = {
  /** `postgres://…`: use PostgreSQL. Without it, SQLite. */
  readonly databaseUrl?: string;
  /** Folder of the SQLite file; created if missing. Default `./data`. */
  readonly dataDir?: string;
  /** SQLite file name inside `dataDir`, or `:memory:` for a throwaway database. Default `hipcheck.sqlite`. */
  readonly filename?: string;
  /** Told when a PostgreSQL connection is lost (the server logs it); the pool replaces the connection. */
  readonly onConnectionError?: PoolWarning;
  /** Told what an upgrade does: the backup it took, each schema step it ran. */
  readonly onUpgrade?: (message: string) => void;
  /** Stop upgrading after this schema step: builds a database at an older schema (test fixtures). */
  readonly upgradeThrough?: string;
  /** The clock that names the backup taken before an upgrade. Default: the system's. */
  readonly now?: () => Date;
};

export type Dialect = "sqlite" | "postgres";

export type Storage = {
  readonly repositories: Repositories;
  /** Attempt counts for the server's limits, shared by every server on this database. */
  readonly attempts: AttemptCounters;
  readonly dialect: Dialect;
  /** The Kysely handle, for health checks and tests. */
  readonly db: Kysely<Database>;
  /** Resolves when the database answers a trivial query; rejects when it does not (readiness). */
  ping(): Promise<void>;
  /** PostgreSQL's connection pool as it is now (metrics); undefined on SQLite, which has one connection. */
  poolUse(): PoolUse | undefined;
  /** How a SQLite file's writes were grouped into commits so far; undefined on PostgreSQL and in memory. */
  groupCommits(): GroupCommitStats | undefined;
  close(): Promise<void>;
};

export type PoolUse = {
  /** The most connections the pool opens. */
  readonly max: number;
  /** Connections open, busy or idle. */
  readonly open: number;
  readonly idle: number;
  /** Queries waiting for a free connection: the database's queue depth. */
  readonly waiting: number;
};

/** The SQLite file the options name, or undefined for an in-memory database. */
function sqlitePath(options: StorageOptions): string | undefined {
  const filename = options.filename ?? DEFAULT_SQLITE_FILENAME;
  return filename === ":memory:" ? undefined : join(options.dataDir ?? DEFAULT_DATA_DIR, filename);
}

function openSqliteConnection(path: string): SQLite.Database {
  const database = new SQLite(path);
  // WAL lets readers work while one writer commits; synchronous=FULL makes every acknowledged commit survive a
  // crash or power loss (https://www.sqlite.org/wal.html, https://www.sqlite.org/pragma.html#pragma_synchronous).
  if (path !== ":memory:") database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  // SQLite leaves foreign keys off unless asked; cascading deletes depend on them.
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return database;
}

function openSqlite(options: StorageOptions): Kysely<Database> {
  const path = sqlitePath(options);
  if (path !== undefined) mkdirSync(options.dataDir ?? DEFAULT_DATA_DIR, { recursive: true });
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: openSqliteConnection(path ?? ":memory:") }),
  });
}

/**
 * The SQLite file once it is at this code's schema: writes committed in groups, reads on a connection of their
 * own (decision 0410). An in-memory database has no fsync to share and no second connection to see it, so it
 * keeps the single connection it was migrated on.
 */
function groupCommitting(path: string): {
  readonly db: Kysely<Database>;
  readonly stats: () => GroupCommitStats;
} {
  const { dialect, stats } = groupCommitDialect({
    writer: openSqliteConnection(path),
    reader: openSqliteConnection(path),
  });
  return { db: new Kysely<Database>({ dialect }), stats };
}

/** Enough connections for a small clinic's server; PostgreSQL's default limit is 100. */
const POSTGRES_POOL_SIZE = 10;
/** A request waits at most this long for a connection before it is answered 503 (database down or saturated). */
const POSTGRES_CONNECTION_TIMEOUT_MS = 5_000;
/** No statement of HipCheck's runs anywhere near this long; one that does is cancelled rather than piling up. */
const POSTGRES_STATEMENT_TIMEOUT_MS = 30_000;

/** The pool is created on first use; `pool()` reads it then, for the metrics. */
function openPostgres(
  databaseUrl: string,
  onConnectionError: PoolWarning | undefined,
): { readonly db: Kysely<Database>; readonly pool: () => Pool | undefined } {
  let created: Pool | undefined;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: async () => {
        created = await createPostgresPool(databaseUrl, {
          max: POSTGRES_POOL_SIZE,
          connectionTimeoutMs: POSTGRES_CONNECTION_TIMEOUT_MS,
          statementTimeoutMs: POSTGRES_STATEMENT_TIMEOUT_MS,
          ...(onConnectionError === undefined ? {} : { onConnectionError }),
        });
        return created;
      },
    }),
  });
  return { db, pool: () => created };
}

export function dialectOf(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** Runs every pending schema step, one transaction each; throws `SchemaNewerThanCode` for a newer database. */
export async function migrateToLatest(db: Kysely<Database>): Promise<readonly string[]> {
  return runMigrations(db, { dialect: dialectOf(db) });
}

/** Where the SQLite file is copied before an upgrade: `backups/` in the data folder, named by step and time. */
export function upgradeBackupPath(dataDir: string, firstStep: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replaceAll(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return join(dataDir, "backups", `before-${firstStep}-${stamp}.sqlite`);
}

/**
 * Brings the database to this code's schema. A database ahead of this code is refused before anything is written.
 * An SQLite file that already holds data is copied (and checked) before its first new step; PostgreSQL is not
 * (the server may not have pg_dump, and a dump of a large database would hold up the start): there, each step
 * is one transaction that either commits whole or leaves the database as it was, and the operator backs up first
 * (README, "Upgrades").
 */
async function upgrade(db: Kysely<Database>, dialect: Dialect, options: StorageOptions): Promise<void> {
  const state = await readSchemaState(db);
  if (state.unknown.length > 0) throw new SchemaNewerThanCode(state.unknown);
  const [firstStep] = state.pending;
  if (firstStep === undefined) return;
  const path = dialect === "sqlite" ? sqlitePath(options) : undefined;
  if (path !== undefined && state.applied.length > 0) {
    const target = upgradeBackupPath(
      options.dataDir ?? DEFAULT_DATA_DIR,
      firstStep,
      (options.now ?? (() => new Date()))(),
    );
    const backup = backupSqlite(path, target);
    if (!backup.ok) {
      throw new Error(
        `the database was not upgraded, because the backup before the upgrade failed: ${backup.error.message}`,
      );
    }
    options.onUpgrade?.(`database copied to ${target} before upgrading`);
  }
  await runMigrations(db, {
    dialect,
    ...(options.upgradeThrough === undefined ? {} : { through: options.upgradeThrough }),
    onStep: (name) => options.onUpgrade?.(`schema step ${name} applied`),
  });
}

/**
 * Which schema steps the database has and which an upgrade would run, without running any and without creating
 * the database: `hipcheck admin migrate --dry-run`. A data folder without a database reads as empty.
 */
export async function inspectSchema(options: StorageOptions): Promise<SchemaState> {
  const usePostgres = options.databaseUrl !== undefined && options.databaseUrl !== "";
  const path = sqlitePath(options);
  if (!usePostgres && (path === undefined || !existsSync(path))) return readSchemaStateOfNothing();
  const db =
    usePostgres && options.databaseUrl
      ? openPostgres(options.databaseUrl, options.onConnectionError).db
      : new Kysely<Database>({
          dialect: new SqliteDialect({
            database: new SQLite(path ?? "", { readonly: true, fileMustExist: true }),
          }),
        });
  try {
    return await readSchemaState(db);
  } finally {
    await db.destroy();
  }
}

function readSchemaStateOfNothing(): SchemaState {
  return { applied: [], pending: knownMigrationNames(), unknown: [] };
}

export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const dialect: Dialect =
    options.databaseUrl === undefined || options.databaseUrl === "" ? "sqlite" : "postgres";
  const opened =
    dialect === "postgres" && options.databaseUrl
      ? openPostgres(options.databaseUrl, options.onConnectionError)
      : { db: openSqlite(options), pool: () => undefined };
  try {
    await upgrade(opened.db, dialect, options);
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
  const path = dialect === "sqlite" ? sqlitePath(options) : undefined;
  let groupCommits: () => GroupCommitStats | undefined = () => undefined;
  let db = opened.db;
  if (path !== undefined) {
    await opened.db.destroy();
    const reopened = groupCommitting(path);
    db = reopened.db;
    groupCommits = reopened.stats;
  }
  return {
    repositories: kyselyRepositories(db),
    attempts: kyselyAttemptCounters(db),
    dialect,
    db,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    poolUse: () => {
      const pool = opened.pool();
      if (pool === undefined) return undefined;
      return {
        max: POSTGRES_POOL_SIZE,
        open: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      };
    },
    groupCommits: () => groupCommits(),
    close: () => db.destroy(),
  };
}
