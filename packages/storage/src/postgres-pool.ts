/**
 * The PostgreSQL connection pool, loaded only when PostgreSQL is used (an SQLite install never loads `pg`).
 *
 * Built from its two parts, `pg-pool` and `pg`'s Client, rather than from `pg`'s main entry: that entry
 * `require`s "pg-pool" by name, and in a process started with `--conditions import` (as the test runner starts
 * its workers) Node resolves that to pg-pool's ESM wrapper, so the entry fails to load. Neither part ships type
 * declarations; their types are `pg`'s, which re-exports both.
 */
import type { Client as PgClient, Pool, PoolConfig } from "pg";

type PoolModule = { default: new (config: PoolConfig & { Client: typeof PgClient }) => Pool };
type ClientModule = { default: typeof PgClient };

const POOL_MODULE = "pg-pool";
const CLIENT_MODULE = "pg/lib/client.js";

export async function createPostgresPool(connectionString: string, max: number): Promise<Pool> {
  const { default: PgPool } = (await import(POOL_MODULE)) as PoolModule;
  const { default: Client } = (await import(CLIENT_MODULE)) as ClientModule;
  return new PgPool({ connectionString, max, Client });
}
