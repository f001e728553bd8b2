/**
 * Backups that restore (docs/decisions/0400-backups-that-restore.md): the server runs as its own process while
 * clients log sessions without pause; the backup `hipcheck admin backup` makes is taken in the middle of that
 * stream; the backup is restored elsewhere, a second server starts on it, and every
 * session log acknowledged before the backup began is there, exactly as sent, in a database that passes the
 * integrity checks (SQLite's `integrity_check`; PostgreSQL's row counts against the backup's manifest).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SessionLog } from "@hipcheck/core";
import { backupDatabase, restoreDatabase, type DatabaseLocation } from "@hipcheck/storage";
import { afterAll, describe, expect, it } from "vitest";
import {
  danaWithProgram,
  killRunningServers,
  logFor,
  request,
  requestEveryPage,
  signIn,
  startPgTestServer,
  startServerProcess,
} from "./testing/server-process.js";
import type { DanasProgram, PgTestServer } from "./testing/server-process.js";

const WRITERS = 4;
/** The backup starts once this many writes are acknowledged, and the writers go on until it is done and after. */
const ACKNOWLEDGED_BEFORE_BACKUP = 40;
const ACKNOWLEDGED_AFTER_BACKUP = 10;

const dirs: string[] = [];
let database: PgTestServer | undefined;
afterAll(() => {
  killRunningServers();
  database?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "hipcheck-backup-"));
  dirs.push(dir);
  return dir;
}

/** Writers that log sessions until told to stop, keeping the order in which the server acknowledged them. */
function startWriters(url: string, program: DanasProgram) {
  const acknowledged: SessionLog[] = [];
  const sent = new Map<string, SessionLog>();
  let inFlight = 0;
  let stopped = false;
  const waiters: { count: number; resolve: () => void }[] = [];
  const writer = async (index: number) => {
    for (let n = 0; !stopped; n += 1) {
      const log = logFor(program, index, n);
      sent.set(log.id, log);
      inFlight += 1;
      const answer = await request(url, "POST", "/api/session-logs", program.cookie, log);
      inFlight -= 1;
      if (answer.status === 200) acknowledged.push(log);
      for (const waiter of waiters.filter((w) => acknowledged.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const running = Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
  return {
    acknowledged,
    sent,
    inFlight: () => inFlight,
    until: (count: number) =>
      new Promise<void>((resolve) => {
        if (acknowledged.length >= count) resolve();
        else waiters.push({ count, resolve });
      }),
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}

async function backupMidStreamAndRestore(options: {
  readonly serverArgs: readonly string[];
  readonly database: DatabaseLocation;
  readonly restored: DatabaseLocation;
  readonly restoredArgs: readonly string[];
  readonly backupFile: string;
}) {
  const first = await startServerProcess(options.serverArgs);
  const program = await danaWithProgram(first.url);
  const writers = startWriters(first.url, program);
  await writers.until(ACKNOWLEDGED_BEFORE_BACKUP);

  const acknowledgedBefore = [...writers.acknowledged];
  // The backup starts in the middle of the stream: writes are on their way to the server as it begins.
  expect(writers.inFlight()).toBeGreaterThan(0);
  const backup = await backupDatabase(options.database, options.backupFile, new Date());
  await writers.until(writers.acknowledged.length + ACKNOWLEDGED_AFTER_BACKUP);
  await writers.stop();
  first.child.kill("SIGTERM");
  await first.exited;
  // The backup was checked as it was written (SQLite's integrity check; PostgreSQL's archive read back).
  expect(backup.ok && backup.value.schemaSteps.length).toBeGreaterThan(0);

  // Restored elsewhere, and checked again (integrity check; row counts against the manifest).
  const restored = await restoreDatabase(options.backupFile, options.restored);
  expect(restored.ok ? restored.value.rowCounts : restored.error).toEqual(
    backup.ok ? backup.value.rowCounts : {},
  );

  const second = await startServerProcess(options.restoredArgs);
  const stored = await requestEveryPage(second.url, "/api/session-logs", await signIn(second.url));
  const storedById = new Map((stored.body as SessionLog[]).map((log) => [log.id, log]));
  const missing = acknowledgedBefore.filter((log) => !storedById.has(log.id));
  expect(missing).toEqual([]);
  for (const log of acknowledgedBefore) expect(storedById.get(log.id)).toEqual(log);
  // Nothing in the restored database is other than what a writer sent.
  for (const [id, log] of storedById) expect(log).toEqual(writers.sent.get(id));
  second.child.kill("SIGTERM");
  await second.exited;

  // A second restore into the now filled place is refused, and says why.
  const again = await restoreDatabase(options.backupFile, options.restored);
  expect(again.ok ? "restored twice" : again.error).toMatchObject({
    kind: "conflict",
    message: expect.stringMatching(/restore only into an empty/) as unknown,
  });
}

describe("a backup taken while clients write, restored elsewhere", () => {
  it("on SQLite: every write acknowledged before the backup is in the restored copy", async () => {
    const dir = tempDir();
    const dataDir = join(dir, "data");
    const restoredDir = join(dir, "restored");
    await backupMidStreamAndRestore({
      serverArgs: ["--data-dir", dataDir],
      database: { dialect: "sqlite", dataDir },
      restored: { dialect: "sqlite", dataDir: restoredDir },
      restoredArgs: ["--data-dir", restoredDir],
      backupFile: join(dir, "hipcheck-backup.sqlite"),
    });
  }, 240_000);

  it("on PostgreSQL: the same, with the restored row counts checked against the backup's manifest", async () => {
    database = await startPgTestServer();
    database.sql("create database restored");
    const restoredUrl = new URL(database.url);
    restoredUrl.pathname = "/restored";
    await backupMidStreamAndRestore({
      serverArgs: ["--database-url", database.url],
      database: { dialect: "postgres", databaseUrl: database.url },
      restored: { dialect: "postgres", databaseUrl: restoredUrl.toString() },
      restoredArgs: ["--database-url", restoredUrl.toString()],
      backupFile: join(tempDir(), "hipcheck-backup.tar"),
    });
  }, 240_000);
});
