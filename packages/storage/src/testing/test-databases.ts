/**
 * Runs one contract suite on both dialects: SQLite in memory, and a real PostgreSQL server. The PostgreSQL URL
 * comes from TEST_DATABASE_URL (scripts/pg-test-server.mjs as a vitest globalSetup or command wrapper); without
 * it, the suite starts a throwaway server itself and stops it afterwards. Each test gets a fresh, migrated database.
 */
import { randomUUID } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe } from "vitest";
import { openStorage, type Dialect, type Storage } from "../open-storage.js";
import { createPostgresPool } from "../postgres-pool.js";

type PgTestServer = { readonly url: string; stop(): void };
type PgTestServerModule = { startPgTestServer(): Promise<PgTestServer> };

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

async function startServer(): Promise<PgTestServer> {
  const script = pathToFileURL(join(REPO_ROOT, "scripts/pg-test-server.mjs")).href;
  const module = (await import(script)) as PgTestServerModule;
  return module.startPgTestServer();
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll("-", "")}`;
}

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const admin = await createPostgresPool(serverUrl, {
    max: 1,
    connectionTimeoutMs: 30_000,
    statementTimeoutMs: 120_000,
  });
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Opens a fresh, migrated database of the dialect; closes everything opened at the end of the suite. */
export type OpenFresh = () => Promise<Storage>;

export function describeOnBothDialects(
  name: string,
  suite: (openFresh: OpenFresh, dialect: Dialect) => void,
): void {
  describe(`${name} (sqlite)`, () => {
    const opened: Storage[] = [];
    afterAll(async () => {
      for (const storage of opened) await storage.close();
    });
    suite(async () => {
      const storage = await openStorage({ filename: ":memory:" });
      opened.push(storage);
      return storage;
    }, "sqlite");
  });

  describe(`${name} (postgres)`, () => {
    let server: PgTestServer | undefined;
    let serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const opened: Storage[] = [];
    // Migrated once into a template; each test's database is a copy of it (faster than migrating each time).
    const template = uniqueDatabaseName("hipcheck_template");
    beforeAll(async () => {
      if (serverUrl === "") {
        server = await startServer();
        serverUrl = server.url;
      }
      await runOnServer(serverUrl, `create database ${template}`);
      const migrated = await openStorage({ databaseUrl: databaseUrl(serverUrl, template) });
      await migrated.close();
    });
    afterAll(async () => {
      for (const storage of opened) await storage.close();
      server?.stop();
    });
    suite(async () => {
      const database = uniqueDatabaseName("hipcheck_test");
      await runOnServer(serverUrl, `create database ${database} template ${template}`);
      const storage = await openStorage({ databaseUrl: databaseUrl(serverUrl, database) });
      opened.push(storage);
      return storage;
    }, "postgres");
  });
}
