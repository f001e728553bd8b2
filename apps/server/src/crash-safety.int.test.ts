/**
 * Crash safety: the server runs as its own process on a SQLite file while many clients log sessions; it is
 * killed with SIGKILL mid-way (no chance to flush or close), restarted on the same file, and every write it had
 * acknowledged must be there, intact, in a database that passes SQLite's integrity check. The writes of concurrent
 * clients share commits (group commit, decision 0410): each is answered only after the commit that holds it, so
 * the SIGKILL may lose a batch that was being written, but never a write that was answered.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { SessionLog } from "@hipcheck/core";
import { DEFAULT_SQLITE_FILENAME } from "@hipcheck/storage";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  danaWithProgram,
  killRunningServers,
  logFor,
  request,
  requestEveryPage,
  signIn,
  startServerProcess,
} from "./testing/server-process.js";
import type { DanasProgram } from "./testing/server-process.js";

const CLIENTS = 24;
const KILL_AFTER_ACKNOWLEDGED = 300;
const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-crash-"));

afterAll(() => {
  killRunningServers();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Clients write until the server dies; returns the logs the server acknowledged. */
async function writeUntilKilled(url: string, program: DanasProgram, child: ChildProcess) {
  const acknowledged: SessionLog[] = [];
  const client = async (index: number) => {
    for (let n = 0; ; n += 1) {
      const log = logFor(program, index, n);
      try {
        const answer = await request(url, "POST", "/api/session-logs", program.cookie, log);
        if (answer.status === 200) acknowledged.push(log);
      } catch {
        return; // the connection died with the server: whatever was not answered was not promised
      }
      if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && child.exitCode === null) child.kill("SIGKILL");
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
  return acknowledged;
}

describe("crash safety", () => {
  it("keeps every acknowledged session log through a SIGKILL, in a consistent database", async () => {
    const first = await startServerProcess(["--data-dir", dataDir]);
    const program = await danaWithProgram(first.url);

    const acknowledged = await writeUntilKilled(first.url, program, first.child);
    expect(await first.exited).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

    const second = await startServerProcess(["--data-dir", dataDir]);
    const stored = await requestEveryPage(second.url, "/api/session-logs", await signIn(second.url));
    const storedById = new Map((stored.body as SessionLog[]).map((log) => [log.id, log]));
    const missing = acknowledged.filter((log) => !storedById.has(log.id));
    expect(missing).toEqual([]);
    for (const log of acknowledged) expect(storedById.get(log.id)).toEqual(log);

    second.child.kill("SIGTERM");
    await second.exited;
    const database = new Database(join(dataDir, DEFAULT_SQLITE_FILENAME), { readonly: true });
    try {
      expect(database.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(database.pragma("foreign_key_check")).toEqual([]);
    } finally {
      database.close();
    }
  }, 120_000);
});
