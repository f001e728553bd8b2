/**
 * Upgrades on PostgreSQL (docs/decisions/0440-postgres-backup-before-upgrade.md): a database made with the first
 * released schema (`testdata/databases/first-schema.postgres.sql`) upgrades to today's with every row intact,
 * after a checked `pg_dump` backup that restores to the database as it was; when that backup cannot be written,
 * nothing is upgraded unless the operator says to skip it; two servers starting together back up and upgrade once.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ANONYMOUS, createHipCheck } from "@hipcheck/application";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../testdata/testdata-path.js";
import { backupPostgres, restorePostgres } from "./backup/postgres-backup.js";
import { inspectSchema, openStorage, UpgradeBackupFailed } from "./open-storage.js";
import { createPostgresPool } from "./postgres-pool.js";
import { knownMigrationNames } from "./schema-migrations.js";
import { FIRST_RELEASE_LAST_STEP, FIXTURE_PEOPLE } from "./testing/first-schema-fixture.js";
import { recountedRows } from "./testing/recounted-rows.js";
import { movableClock, saltedSha256Hasher, signedInOf, unwrap } from "./testing/hipcheck-fixture.js";

const FIXTURE = testdataPath("databases/first-schema.postgres.sql");
const UPGRADE_AT = new Date("2026-12-04T18:00:00.000Z");
const FIRST_NEW_STEP = knownMigrationNames().find((name) => name > FIRST_RELEASE_LAST_STEP) ?? "";

let serverUrl = process.env.TEST_DATABASE_URL ?? "";
let stopServer: (() => void) | undefined;
const dirs: string[] = [];

beforeAll(async () => {
  if (serverUrl === "") {
    const script = new URL("../../../scripts/pg-test-server.mjs", import.meta.url).href;
    const module = (await import(script)) as {
      startPgTestServer(): Promise<{ url: string; stop(): void }>;
    };
    const server = await module.startPgTestServer();
    serverUrl = server.url;
    stopServer = () => {
      server.stop();
    };
  }
});
afterAll(() => {
  stopServer?.();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "hipcheck-pg-upgrade-"));
  dirs.push(dir);
  return dir;
}

async function query<T>(databaseUrl: string, statement: string): Promise<T[]> {
  const pool = await createPostgresPool(databaseUrl, {
    max: 1,
    connectionTimeoutMs: 10_000,
    statementTimeoutMs: 0,
  });
  try {
    return (await pool.query(statement)).rows as T[];
  } finally {
    await pool.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const name = `hipcheck_first_${randomUUID().replaceAll("-", "")}`;
  await query(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty database loaded with the fixture, as an operator would: `psql` in one transaction. */
async function firstReleaseDatabase(): Promise<string> {
  const databaseUrl = await emptyDatabase();
  execFileSync(
    "psql",
    [
      "--no-psqlrc",
      "--quiet",
      "--single-transaction",
      "--set=ON_ERROR_STOP=1",
      `--file=${FIXTURE}`,
      databaseUrl,
    ],
    { stdio: "pipe" },
  );
  return databaseUrl;
}

/** Every row of every table, in a stable order: what "every row intact" compares. */
async function allRows(databaseUrl: string): Promise<Record<string, Record<string, unknown>[]>> {
  const tables = await query<{ name: string }>(
    databaseUrl,
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
  );
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const { name } of tables) {
    const found = await query<Record<string, unknown>>(databaseUrl, `select * from "${name}"`);
    rows[name] = found.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return rows;
}

function pick(row: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, row[key]]));
}

describe("a PostgreSQL database made with the first released schema", () => {
  it("upgrades to today's schema with every row kept, after a checked pg_dump backup of the database as it was", async () => {
    const databaseUrl = await firstReleaseDatabase();
    const before = await allRows(databaseUrl);
    expect(
      before.kysely_migration
        ?.map((row) => row.name)
        .sort()
        .at(-1),
    ).toBe(FIRST_RELEASE_LAST_STEP);
    // Every table of the first release holds rows.
    expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);
    const dataDir = tempDir();
    const notes: string[] = [];
    const storage = await openStorage({
      databaseUrl,
      dataDir,
      onUpgrade: (note) => notes.push(note),
      now: () => UPGRADE_AT,
    });

    const backupName = `before-${FIRST_NEW_STEP}-20261204T180000Z.tar`;
    expect(readdirSync(join(dataDir, "backups"))).toEqual([backupName]);
    expect(notes[0]).toBe(`database copied to ${join(dataDir, "backups", backupName)} before upgrading`);
    expect(notes.slice(1)).toEqual(
      knownMigrationNames()
        .filter((name) => name > FIRST_RELEASE_LAST_STEP)
        .map((name) => `schema step ${name} applied`),
    );
    // The backup is the database before the upgrade: restored elsewhere, every row is there and no more.
    const elsewhere = await emptyDatabase();
    unwrap(await restorePostgres(join(dataDir, "backups", backupName), elsewhere));
    expect(await allRows(elsewhere)).toEqual(before);

    // Old rows keep every value; a column added since reads as empty.
    const after = await allRows(databaseUrl);
    for (const [table, rows] of Object.entries(before)) {
      if (table === "kysely_migration") continue;
      expect(
        after[table]?.map((row) => pick(row, Object.keys(rows[0] ?? {}))),
        table,
      ).toEqual(rows);
    }
    expect(after.coach_links?.map((row) => row.expires_at)).toEqual([null]);
    expect(after.kysely_migration?.map((row) => row.name).sort()).toEqual(knownMigrationNames());

    // Each account's row count (decision 0761) starts as its rows, and a backup of the upgraded database restores
    // it as it was: the restore loads the counts with the rows, and the triggers only after them.
    for (const row of after.accounts ?? []) {
      expect(await storage.repositories.usage.rowsOf(String(row.id))).toBe(
        await recountedRows(storage.db, String(row.id)),
      );
    }
    const upgradedBackup = join(dataDir, "after-upgrade.tar");
    unwrap(await backupPostgres(databaseUrl, upgradedBackup, UPGRADE_AT));
    const restoredAfter = await emptyDatabase();
    unwrap(await restorePostgres(upgradedBackup, restoredAfter));
    const restoredRows = await allRows(restoredAfter);
    expect(restoredRows.account_row_counts).toEqual(after.account_row_counts);
    expect(after.account_row_counts?.some((row) => Number(row.rows_kept) > 0)).toBe(true);

    // The application reads what the first release wrote: Dana signs in to her logs, pain and coach.
    const hipcheck = createHipCheck({
      repositories: storage.repositories,
      clock: movableClock(UPGRADE_AT.toISOString()),
      ids: { newId: randomUUID },
      secrets: { sessionToken: randomUUID, invitationCode: randomUUID },
      passwords: saltedSha256Hasher,
    });
    const signedIn = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: FIXTURE_PEOPLE.person, password: FIXTURE_PEOPLE.password }),
    );
    const dana = unwrap(await hipcheck.authenticate(ANONYMOUS, { token: signedIn.token }));
    const logs = unwrap(await hipcheck.listSessionLogs(dana, {}));
    expect(logs.map((log) => log.id).sort()).toEqual(before.session_logs?.map((row) => row.id).sort());
    expect(unwrap(await hipcheck.listPain(dana, {}))).toHaveLength(before.pain_entries?.length ?? -1);
    expect(unwrap(await hipcheck.listPsfs(dana, {}))).toHaveLength(before.psfs_entries?.length ?? -1);
    expect(unwrap(await hipcheck.listMovementScreens(dana, {}))).toHaveLength(
      before.movement_screens?.length ?? -1,
    );
    const coaches = unwrap(await hipcheck.listCoaches(dana, {}));
    expect(coaches.map((link) => link.coachEmail)).toEqual([FIXTURE_PEOPLE.coach]);
    await storage.close();
  });

  it("is not upgraded when the backup cannot be written, and is upgraded without one only when told to skip it", async () => {
    const databaseUrl = await firstReleaseDatabase();
    const dataDir = tempDir();
    // A file where the backup folder should be: the backup cannot be written.
    writeFileSync(join(dataDir, "backups"), "not a folder");
    const refusal = await openStorage({ databaseUrl, dataDir }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(UpgradeBackupFailed);
    expect((refusal as Error).message).toMatch(/not upgraded, because the backup before the upgrade failed/);
    const untouched = await inspectSchema({ databaseUrl });
    expect(untouched.applied.at(-1)).toBe(FIRST_RELEASE_LAST_STEP);

    const storage = await openStorage({ databaseUrl, dataDir, skipUpgradeBackup: true });
    await storage.close();
    expect((await inspectSchema({ databaseUrl })).pending).toEqual([]);
  });

  it("two servers starting together on it take one backup, into the folder they are given, and upgrade once", async () => {
    const databaseUrl = await firstReleaseDatabase();
    const backupDir = join(tempDir(), "upgrade-backups");
    const notes: string[] = [];
    const start = () =>
      openStorage({
        databaseUrl,
        upgradeBackupDir: backupDir,
        onUpgrade: (note) => notes.push(note),
        now: () => UPGRADE_AT,
      });
    const servers = await Promise.all([start(), start()]);
    for (const storage of servers) await storage.close();
    expect(readdirSync(backupDir)).toEqual([`before-${FIRST_NEW_STEP}-20261204T180000Z.tar`]);
    expect(notes.filter((note) => note.startsWith(`schema step ${FIRST_NEW_STEP}`))).toHaveLength(1);
    expect(existsSync(join(backupDir, `before-${FIRST_NEW_STEP}-20261204T180000Z.tar.partial`))).toBe(false);
  });
});
