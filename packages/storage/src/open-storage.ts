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
import { ENCRYPTED_BACKUP_SUFFIX, readBackupRecipients, writeBackup } from "./backup/backup-encryption.js";
import { plainBackupName } from "./backup/database-backup.js";
import { backupPostgres } from "./backup/postgres-backup.js";
import { backupSqlite } from "./backup/sqlite-backup.js";
import { kyselyAttemptCounters } from "./attempt-counters.js";
import type { AttemptCounters } from "./attempt-counters.js";
import type { Database } from "./database-schema.js";
import { kyselyRepositories } from "./kysely-repositories.js";
import { createPostgresPool } from "./postgres-pool.js";
import { groupCommitDialect } from "./sqlite-group-commit.js";
import type { GroupCommitStats, GroupCommitWatcher } from "./sqlite-group-commit.js";
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
  /** Where the backup before an upgrade goes. Default: `backups/` in the data folder. */
  readonly upgradeBackupDir?: string;
  /** Upgrade without that backup: the operator took one, knowingly (decision 0440). */
  readonly skipUpgradeBackup?: boolean;
  /**
   * An age recipients file (`age1…` public keys, one a line): the backup before an upgrade is encrypted to them
   * (decision 0730); a plain copy without it. Read when the backup is taken: a file that cannot be read stops the
   * upgrade as any failed backup does.
   */
  readonly upgradeBackupRecipientsFile?: string;
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
  /**
   * Tells `watcher` of each group commit of a SQLite file (for `/metrics`); on PostgreSQL and in memory nothing
   * is grouped and it is never called. Returns the function that stops watching.
   */
  watchGroupCommits(watcher: GroupCommitWatcher): () => void;
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
  readonly watch: (watcher: GroupCommitWatcher) => () => void;
  readonly close: () => Promise<void>;
} {
  const writer = openSqliteConnection(path);
  const reader = openSqliteConnection(path);
  const { dialect, stats, watch } = groupCommitDialect({ writer, reader });
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    stats,
    watch,
    // Kysely ends a driver only once it has run a query: a storage opened and closed unused (an admin command
    // that found nothing to do) would leave both files open until collected, and the last one to close would then
    // fold the write-ahead log into the database at an unknown time.
    close: async () => {
      await db.destroy();
      if (reader.open) reader.close();
      if (writer.open) writer.close();
    },
  };
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

/**
 * Where the database is copied before an upgrade, named by the first step it would run and the UTC time, ending
 * in `.age` when it is encrypted.
 */
export function upgradeBackupPath(
  backupDir: string,
  firstStep: string,
  at: Date,
  dialect: Dialect = "sqlite",
  encrypted = false,
): string {
  const stamp = at
    .toISOString()
    .replaceAll(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const extension = `${dialect === "sqlite" ? "sqlite" : "tar"}${encrypted ? ENCRYPTED_BACKUP_SUFFIX : ""}`;
  return join(backupDir, `before-${firstStep}-${stamp}.${extension}`);
}

/**
 * The backup before an upgrade could not be taken, so nothing was upgraded: the shells end with
 * `UPGRADE_BACKUP_FAILED_EXIT_CODE` and say how to go on.
 */
export class UpgradeBackupFailed extends Error {
  override readonly name = "UpgradeBackupFailed";
  constructor(readonly reason: string) {
    super(`the database was not upgraded, because the backup before the upgrade failed: ${reason}`);
  }
}

/** Any number shared by every HipCheck server, apart from the one each schema step takes. */
const POSTGRES_UPGRADE_LOCK = 7_411_803_022;

/**
 * Copies a database that already holds data to the upgrade backup folder (decision 0400's checked backup), or
 * throws `UpgradeBackupFailed` so that no step runs.
 */
async function backupBeforeUpgrade(
  dialect: Dialect,
  options: StorageOptions,
  firstStep: string,
): Promise<void> {
  const backupDir = options.upgradeBackupDir ?? join(options.dataDir ?? DEFAULT_DATA_DIR, "backups");
  const at = (options.now ?? (() => new Date()))();
  const recipientsFile = options.upgradeBackupRecipientsFile;
  const read = recipientsFile === undefined ? undefined : readBackupRecipients(recipientsFile);
  if (read?.ok === false) throw new UpgradeBackupFailed(read.error.message);
  const recipients = read?.ok === true ? read.value : [];
  const target = upgradeBackupPath(backupDir, firstStep, at, dialect, recipients.length > 0);
  let backup;
  try {
    mkdirSync(backupDir, { recursive: true, mode: 0o700 });
    backup = await writeBackup(target, recipients, plainBackupName(dialect), async (path) =>
      dialect === "sqlite"
        ? backupSqlite(sqlitePath(options) ?? "", path)
        : await backupPostgres(options.databaseUrl ?? "", path, at),
    );
  } catch (error) {
    throw new UpgradeBackupFailed(`${backupDir}: ${(error as Error).message}`);
  }
  if (!backup.ok) throw new UpgradeBackupFailed(backup.error.message);
  options.onUpgrade?.(
    `database copied to ${target}${recipients.length > 0 ? " (encrypted)" : ""} before upgrading`,
  );
}

/** Runs the steps the state lists as pending, after a backup when the database already holds data. */
async function upgradeFrom(
  db: Kysely<Database>,
  dialect: Dialect,
  options: StorageOptions,
  state: SchemaState,
): Promise<void> {
  if (state.unknown.length > 0) throw new SchemaNewerThanCode(state.unknown);
  const [firstStep] = state.pending;
  if (firstStep === undefined) return;
  const inMemory = dialect === "sqlite" && sqlitePath(options) === undefined;
  if (state.applied.length > 0 && !inMemory && options.skipUpgradeBackup !== true) {
    await backupBeforeUpgrade(dialect, options, firstStep);
  }
  await runMigrations(db, {
    dialect,
    ...(options.upgradeThrough === undefined ? {} : { through: options.upgradeThrough }),
    onStep: (name) => options.onUpgrade?.(`schema step ${name} applied`),
  });
}

/**
 * Brings the database to this code's schema. A database ahead of this code is refused before anything is written.
 * A database that already holds data is copied (and the copy checked) before its first new step: the SQLite file
 * with `VACUUM INTO`, PostgreSQL with `pg_dump` (decision 0440); if the copy fails, nothing is upgraded. Servers
 * starting together on one PostgreSQL take turns on a session lock held for the backup and the steps, so the
 * first one backs up and upgrades and the others find nothing left to do.
 */
async function upgrade(db: Kysely<Database>, dialect: Dialect, options: StorageOptions): Promise<void> {
  const state = await readSchemaState(db);
  if (state.unknown.length > 0) throw new SchemaNewerThanCode(state.unknown);
  if (state.pending.length === 0) return;
  if (dialect === "sqlite") {
    await upgradeFrom(db, dialect, options, state);
    return;
  }
  await db.connection().execute(async (connection) => {
    // The lock may wait for another server's whole backup: longer than any statement may otherwise run.
    await sql`set statement_timeout = 0`.execute(connection);
    await sql`select pg_advisory_lock(${sql.lit(POSTGRES_UPGRADE_LOCK)})`.execute(connection);
    try {
      await upgradeFrom(db, dialect, options, await readSchemaState(connection));
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(POSTGRES_UPGRADE_LOCK)})`.execute(connection);
      await sql`reset statement_timeout`.execute(connection);
    }
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
  let watchGroupCommits: (watcher: GroupCommitWatcher) => () => void = () => () => undefined;
  let db = opened.db;
  let close = () => db.destroy();
  if (path !== undefined) {
    await opened.db.destroy();
    const reopened = groupCommitting(path);
    db = reopened.db;
    groupCommits = reopened.stats;
    watchGroupCommits = reopened.watch;
    close = reopened.close;
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
    watchGroupCommits: (watcher) => watchGroupCommits(watcher),
    close: () => close(),
  };
}
