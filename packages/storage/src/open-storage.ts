/**
 * Opens the database HipCheck keeps its data in: an embedded SQLite file by default, PostgreSQL when a database
 * URL is given. Migrations run on open, so a new version of HipCheck upgrades its database when it starts.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Repositories } from "@hipcheck/application";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect } from "kysely";
import { kyselyAttemptCounters } from "./attempt-counters.js";
import type { AttemptCounters } from "./attempt-counters.js";
import type { Database } from "./database-schema.js";
import { kyselyRepositories } from "./kysely-repositories.js";
import { migrationProvider } from "./migrations/migration-provider.js";
import type { Pool } from "pg";
import { createPostgresPool } from "./postgres-pool.js";
import type { PoolWarning } from "./postgres-pool.js";

export type StorageOptions = {
  /** `postgres://…`: use PostgreSQL. Without it, SQLite. */
  readonly databaseUrl?: string;
  /** Folder of the SQLite file; created if missing. Default `./data`. */
  readonly dataDir?: string;
  /** SQLite file name inside `dataDir`, or `:memory:` for a throwaway database. Default `hipcheck.sqlite`. */
  readonly filename?: string;
  /** Told when a PostgreSQL connection is lost (the server logs it); the pool replaces the connection. */
  readonly onConnectionError?: PoolWarning;
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

export const DEFAULT_DATA_DIR = "data";
export const DEFAULT_SQLITE_FILENAME = "hipcheck.sqlite";

function openSqlite(options: StorageOptions): Kysely<Database> {
  const filename = options.filename ?? DEFAULT_SQLITE_FILENAME;
  let path = filename;
  if (filename !== ":memory:") {
    const dir = options.dataDir ?? DEFAULT_DATA_DIR;
    mkdirSync(dir, { recursive: true });
    path = join(dir, filename);
  }
  const database = new SQLite(path);
  // WAL lets readers work while one writer commits; synchronous=FULL makes every acknowledged commit survive a
  // crash or power loss (https://www.sqlite.org/wal.html, https://www.sqlite.org/pragma.html#pragma_synchronous).
  if (filename !== ":memory:") database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  // SQLite leaves foreign keys off unless asked; cascading deletes depend on them.
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
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

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error("The database migration failed", { cause: error });
  }
}

export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const dialect: Dialect =
    options.databaseUrl === undefined || options.databaseUrl === "" ? "sqlite" : "postgres";
  const opened =
    dialect === "postgres" && options.databaseUrl
      ? openPostgres(options.databaseUrl, options.onConnectionError)
      : { db: openSqlite(options), pool: () => undefined };
  const { db } = opened;
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
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
    close: () => db.destroy(),
  };
}
