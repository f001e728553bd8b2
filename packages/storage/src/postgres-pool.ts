/**
 * The PostgreSQL connection pool, loaded only when PostgreSQL is used (an SQLite install never loads `pg`).
 *
 * Built from its two parts, `pg-pool` and `pg`'s Client, rather than from `pg`'s main entry: that entry
 * `require`s "pg-pool" by name, and in a process started with `--conditions import` (as the test runner starts
 * its workers) Node resolves that to pg-pool's ESM wrapper, so the entry fails to load. Neither part ships type
 * declarations; their types are `pg`'s, which re-exports both.
 *
 * A connection can die at any time (a database restart, a failover, an idle-connection reaper,
 * `pg_terminate_backend`). `pg` reports that as an `error` event, on the pool for an idle connection and on the
 * client for one in use; an event without a listener ends the Node process. Both get a listener here: the dead
 * connection is dropped (the pool does that when it is released broken), the request using it fails with an
 * error `isDatabaseUnavailable` recognises (answered 503), and the next request opens a fresh connection.
 */
import type { Client as PgClient, Pool, PoolConfig } from "pg";

type PoolModule = { default: new (config: PoolConfig & { Client: typeof PgClient }) => Pool };
type ClientModule = { default: typeof PgClient };

const POOL_MODULE = "pg-pool";
const CLIENT_MODULE = "pg/lib/client.js";

/** What the pool reports about lost connections; the server passes its logger. */
export type PoolWarning = (message: string, error: Error) => void;

export type PostgresPoolOptions = {
  readonly max: number;
  /** How long a request waits for a connection (the server down, or every connection busy) before failing. */
  readonly connectionTimeoutMs: number;
  /** A statement running longer than this is cancelled by PostgreSQL itself. */
  readonly statementTimeoutMs: number;
  readonly onConnectionError?: PoolWarning;
};

export async function createPostgresPool(
  connectionString: string,
  options: PostgresPoolOptions,
): Promise<Pool> {
  const { default: PgPool } = (await import(POOL_MODULE)) as PoolModule;
  const { default: Client } = (await import(CLIENT_MODULE)) as ClientModule;
  const pool = new PgPool({
    connectionString,
    max: options.max,
    Client,
    connectionTimeoutMillis: options.connectionTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
    // TCP keep-alive notices a peer that vanished without closing (a failover, a cut network).
    keepAlive: true,
    idleTimeoutMillis: 30_000,
  });
  const warn: PoolWarning = options.onConnectionError ?? (() => undefined);
  pool.on("error", (error) => {
    warn("an idle database connection was lost; a new one opens on the next request", error);
  });
  pool.on("connect", (client) => {
    client.on("error", (error) => {
      warn("a database connection in use was lost; its request is answered 503", error);
    });
  });
  return pool;
}
