/**
 * Upgrades and downgrades (docs/decisions/0401-upgrades-one-step-at-a-time.md): a database made at the first
 * released schema upgrades to today's with its data intact and a checked copy taken first; each schema step is its
 * own transaction; a database upgraded by a newer HipCheck is refused before anything is written, on SQLite and
 * PostgreSQL.
 */
import { createHash, randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../testdata/testdata-path.js";
import { checkSqliteFile } from "./backup/sqlite-backup.js";
import { DEFAULT_SQLITE_FILENAME, inspectSchema, openStorage } from "./open-storage.js";
import { createPostgresPool } from "./postgres-pool.js";
import { knownMigrationNames, readSchemaState, SchemaNewerThanCode } from "./schema-migrations.js";
import { FIRST_RELEASE_LAST_STEP, FIXTURE_PEOPLE } from "./testing/first-schema-fixture.js";
import { movableClock, saltedSha256Hasher, signedInOf, unwrap } from "./testing/hipcheck-fixture.js";
import { ANONYMOUS, createHipCheck } from "@hipcheck/application";

const FUTURE_STEP = "2099-01-01T0000-a-step-from-a-newer-hipcheck";
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "hipcheck-upgrade-"));
  dirs.push(dir);
  return dir;
}

/** A data folder holding a copy of the first-release database. */
function firstReleaseDataDir(): string {
  const dataDir = tempDir();
  copyFileSync(testdataPath("databases/first-schema.sqlite"), join(dataDir, DEFAULT_SQLITE_FILENAME));
  return dataDir;
}

/** Every row of every table, as SQLite returns it: what "data intact" compares. */
function allRows(path: string): Record<string, unknown[]> {
  const database = new SQLite(path, { readonly: true });
  try {
    const tables = database
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [table, database.prepare(`select * from "${table}" order by rowid`).all()]),
    );
  } finally {
    database.close();
  }
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

describe("a database made with the first released schema", () => {
  it("upgrades to today's schema with every row kept, after a checked copy of the file", async () => {
    const dataDir = firstReleaseDataDir();
    const path = join(dataDir, DEFAULT_SQLITE_FILENAME);
    const before = allRows(path);
    expect(before.kysely_migration?.map((row) => (row as { name: string }).name).at(-1)).toBe(
      FIRST_RELEASE_LAST_STEP,
    );
    const notes: string[] = [];
    const storage = await openStorage({
      dataDir,
      onUpgrade: (note) => notes.push(note),
      now: () => new Date("2026-12-04T18:00:00.000Z"),
    });
    const state = await readSchemaState(storage.db);
    expect(state.pending).toEqual([]);
    expect(state.applied).toEqual(knownMigrationNames());

    // The copy is the database as it was, and passes SQLite's checks.
    const backups = readdirSync(join(dataDir, "backups"));
    expect(backups).toEqual(["before-2026-12-04T1540-invitation-expiry-20261204T180000Z.sqlite"]);
    const copy = join(dataDir, "backups", backups[0] ?? "");
    expect(checkSqliteFile(copy).ok).toBe(true);
    expect(allRows(copy)).toEqual(before);
    expect(notes[0]).toContain("before upgrading");
    expect(notes.slice(1)).toEqual(
      knownMigrationNames()
        .filter((name) => name > FIRST_RELEASE_LAST_STEP)
        .map((name) => `schema step ${name} applied`),
    );

    const after = allRows(path);
    for (const [table, rows] of Object.entries(before)) {
      if (table === "kysely_migration") continue;
      // Old rows keep every value; a column added since reads as empty.
      expect(after[table]?.map((row) => pick(row, Object.keys(rows[0] ?? {})))).toEqual(rows);
    }
    expect((after.coach_links ?? []).map((row) => (row as { expires_at: string | null }).expires_at)).toEqual(
      [null],
    );

    // Each account's row count (decision 0761) starts as its rows in the tables the quota counts.
    const ownerOf = (row: unknown) => {
      const owned = row as { account_id?: string; coach_id?: string };
      return owned.account_id ?? owned.coach_id;
    };
    const programOwners = new Map(
      (before.programs ?? []).map((row) => [(row as { id: string }).id, ownerOf(row)] as const),
    );
    const counted = [
      ...[
        "check_ins",
        "programs",
        "session_logs",
        "morning_check_ins",
        "pain_entries",
        "psfs_entries",
        "movement_screens",
        "activities",
        "imported_movement_findings",
        "strength_checks",
        "coach_notes",
        "coach_groups",
        "coach_links",
      ].flatMap((table) => (before[table] ?? []).map(ownerOf)),
      ...(before.share_links ?? []).map((row) =>
        programOwners.get((row as { program_id: string }).program_id),
      ),
    ];
    expect(counted.length).toBeGreaterThan(0);
    for (const row of before.accounts ?? []) {
      const { id } = row as { id: string };
      const rows = counted.filter((owner) => owner === id).length;
      expect(await storage.repositories.usage.rowsOf(id)).toBe(rows);
    }

    // The application reads what the first release wrote: Dana signs in, her program, logs, pain and coach.
    // Fresh random tokens: the fixture's own sequence already handed out the first ones.
    const hipcheck = createHipCheck({
      repositories: storage.repositories,
      clock: movableClock("2026-12-04T18:00:00.000Z"),
      ids: { newId: randomUUID },
      secrets: { sessionToken: randomUUID, invitationCode: randomUUID },
      passwords: saltedSha256Hasher,
    });
    const signedIn = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: FIXTURE_PEOPLE.person, password: FIXTURE_PEOPLE.password }),
    );
    const dana = unwrap(await hipcheck.authenticate(ANONYMOUS, { token: signedIn.token }));
    const logs = unwrap(await hipcheck.listSessionLogs(dana, {}));
    expect(logs.map((log) => log.id).sort()).toEqual(
      (before.session_logs ?? []).map((row) => (row as { id: string }).id).sort(),
    );
    const program = unwrap(await hipcheck.getCurrentProgram(dana, {}));
    expect(program?.programId).toBe((before.programs?.[0] as { id: string } | undefined)?.id);
    expect(unwrap(await hipcheck.listPain(dana, {}))).toHaveLength(before.pain_entries?.length ?? -1);
    const coaches = unwrap(await hipcheck.listCoaches(dana, {}));
    expect(coaches.map((link) => link.coachEmail)).toEqual([FIXTURE_PEOPLE.coach]);
    await storage.close();
  });

  it("tells what an upgrade would run without running it", async () => {
    const dataDir = firstReleaseDataDir();
    const path = join(dataDir, DEFAULT_SQLITE_FILENAME);
    const state = await inspectSchema({ dataDir });
    expect(state.pending).toEqual(knownMigrationNames().filter((name) => name > FIRST_RELEASE_LAST_STEP));
    expect(sha256(path)).toBe(sha256(testdataPath("databases/first-schema.sqlite")));
  });

  it("runs each step in its own transaction: a failing step leaves the steps before it done, and itself undone", async () => {
    const dataDir = firstReleaseDataDir();
    const path = join(dataDir, DEFAULT_SQLITE_FILENAME);
    // A table in the way of the attempt-counters step makes that step fail half-way through its statements.
    const raw = new SQLite(path);
    raw.exec("create table attempt_counters (squatter text)");
    raw.close();
    await expect(openStorage({ dataDir })).rejects.toThrow(/attempt_counters/);
    const database = new SQLite(path, { readonly: true });
    try {
      const steps = database.prepare("select name from kysely_migration order by name").pluck().all();
      expect(steps.at(-1)).toBe("2026-12-04T1540-invitation-expiry");
      const columns = database.prepare("select name from pragma_table_info('coach_links')").pluck().all();
      expect(columns).toContain("expires_at");
      const squatter = database
        .prepare("select name from pragma_table_info('attempt_counters')")
        .pluck()
        .all();
      expect(squatter).toEqual(["squatter"]);
    } finally {
      database.close();
    }
  });
});

function pick(row: unknown, keys: readonly string[]): Record<string, unknown> {
  const record = row as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

describe("a database upgraded by a newer HipCheck", () => {
  it("is refused on SQLite, with the step named, and the file is not changed by a single byte", async () => {
    const dataDir = tempDir();
    const path = join(dataDir, DEFAULT_SQLITE_FILENAME);
    const storage = await openStorage({ dataDir });
    await sql`insert into kysely_migration (name, timestamp) values (${FUTURE_STEP}, '2099-01-01T00:00:00.000Z')`.execute(
      storage.db,
    );
    await storage.close();
    const bytes = sha256(path);
    const refusal = await openStorage({ dataDir }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(SchemaNewerThanCode);
    expect((refusal as Error).message).toContain(FUTURE_STEP);
    expect((refusal as Error).message).toMatch(/newer version of HipCheck.*Nothing was written/);
    expect(sha256(path)).toBe(bytes);
    expect(readdirSync(dataDir).filter((name) => name.startsWith("backups"))).toEqual([]);
  });

  describe("on PostgreSQL", () => {
    let serverUrl = process.env.TEST_DATABASE_URL ?? "";
    let stopServer: (() => void) | undefined;
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
    afterAll(() => stopServer?.());

    it("is refused, and nothing in the database changes", async () => {
      const name = `hipcheck_newer_${process.pid}_${Date.now()}`;
      const admin = await createPostgresPool(serverUrl, {
        max: 1,
        connectionTimeoutMs: 10_000,
        statementTimeoutMs: 0,
      });
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const databaseUrl = url.toString();
      const storage = await openStorage({ databaseUrl });
      await sql`insert into kysely_migration (name, timestamp) values (${FUTURE_STEP}, '2099-01-01T00:00:00.000Z')`.execute(
        storage.db,
      );
      const snapshot = async () => {
        const pool = await createPostgresPool(databaseUrl, {
          max: 1,
          connectionTimeoutMs: 10_000,
          statementTimeoutMs: 0,
        });
        try {
          const tables = await pool.query<{ name: string; columns: string }>(
            "select table_name as name, string_agg(column_name, ',' order by column_name) as columns from information_schema.columns where table_schema = current_schema() group by table_name order by table_name",
          );
          const steps = await pool.query("select name, timestamp from kysely_migration order by name");
          return { tables: tables.rows, steps: steps.rows };
        } finally {
          await pool.end();
        }
      };
      await storage.close();
      const before = await snapshot();
      await expect(openStorage({ databaseUrl })).rejects.toThrow(SchemaNewerThanCode);
      const after = await snapshot();
      expect(after.tables).toEqual(before.tables);
      expect(after.steps).toEqual(before.steps);
    });
  });
});
