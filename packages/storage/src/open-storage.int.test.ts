import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SQLITE_FILENAME, openStorage } from "./open-storage.js";
import { dana } from "./testing/records.js";

describe("opening the embedded SQLite database", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function tempDataDir(): string {
    const dir = mkdtempSync(join(tmpdir(), "hipcheck-storage-"));
    dirs.push(dir);
    return join(dir, "data");
  }

  it("creates the data folder and a file in WAL mode with foreign keys on", async () => {
    const dataDir = tempDataDir();
    const storage = await openStorage({ dataDir });
    expect(storage.dialect).toBe("sqlite");
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(storage.db);
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(storage.db);
    expect(journal.rows[0]?.journal_mode).toBe("wal");
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
    await storage.close();
  });

  it("lets go of the file when closed, even when nothing was asked of it: the write-ahead log is folded in", async () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DEFAULT_SQLITE_FILENAME);
    await (await openStorage({ dataDir })).close();
    const unused = await openStorage({ dataDir });
    expect(existsSync(`${file}-wal`)).toBe(true);
    await unused.close();
    // The last connection to close folds the log into the database and removes it; an open one would keep it.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it("keeps what was written across a restart, and migrates only once", async () => {
    const dataDir = tempDataDir();
    const first = await openStorage({ dataDir, filename: DEFAULT_SQLITE_FILENAME });
    await first.repositories.accounts.insert(dana);
    await first.close();
    const second = await openStorage({ dataDir });
    expect(await second.repositories.accounts.findById(dana.id)).toEqual(dana);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(second.db);
    expect(applied.rows.map((row) => row.name)).toEqual([
      "2026-11-22T0000-initial",
      "2026-11-22T0100-share-links",
      "2026-11-22T0200-activities",
      "2026-11-22T0300-imported-movement-findings",
      "2026-12-04T1540-invitation-expiry",
      "2026-12-04T1600-attempt-counters",
      "2026-12-04T1630-push-subscriptions",
      "2026-12-04T1800-account-display-name",
      "2026-12-04T1810-password-resets",
      "2026-12-04T1900-strength-checks",
      "2026-12-04T2000-list-order-indexes",
      "2026-12-04T2020-two-step",
      "2026-12-05T0100-session-log-rule-columns",
      "2026-12-05T0110-activity-list-order",
      "2026-12-05T0630-program-json-tag",
      "2026-12-05T0635-answers-of-repeated-writes",
      "2026-12-05T0710-leaner-session-log-write",
      "2026-12-05T1410-imported-finding-source-ids",
      "2026-12-05T1420-program-log-tags",
      "2026-12-05T1430-account-row-counts",
    ]);
    await second.close();
  });

  it("says what is wrong when PostgreSQL cannot be reached", async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    await expect(openStorage({ databaseUrl: "postgres://nobody@127.0.0.1:9/none" })).rejects.toThrow(
      /ECONNREFUSED|connect/,
    );
  });
});
