/**
 * Group commit on a SQLite file (decision 0410): writes that arrive together share one COMMIT, each is
 * acknowledged only once that COMMIT is done, a failing write is undone alone, and reads do not wait for writes.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SQLITE_FILENAME, openStorage } from "./open-storage.js";
import { TRANSACTION_MS_PER_TURN } from "./sqlite-group-commit.js";
import type { Storage } from "./open-storage.js";
import { account, dana, leo } from "./testing/records.js";

describe("group commit on a SQLite file", () => {
  const dirs: string[] = [];
  const opened: Storage[] = [];
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function openFile(): Promise<{ storage: Storage; path: string }> {
    const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-group-commit-"));
    dirs.push(dataDir);
    const storage = await openStorage({ dataDir });
    opened.push(storage);
    return { storage, path: join(dataDir, DEFAULT_SQLITE_FILENAME) };
  }

  /** What another process would find in the file: only what is committed. */
  function committedAccountIds(path: string): string[] {
    const outside = new Database(path, { readonly: true });
    try {
      const rows = outside.prepare("select id from accounts order by id").all() as { id: string }[];
      return rows.map((row) => row.id);
    } finally {
      outside.close();
    }
  }

  it("commits writes that arrive together in fewer transactions than writes, and keeps them all", async () => {
    const { storage, path } = await openFile();
    const before = storage.groupCommits();
    const people = Array.from({ length: 40 }, (_, n) =>
      account(`person-${String(n).padStart(2, "0")}`, `p${n}@example.org`),
    );
    await Promise.all(people.map((person) => storage.repositories.accounts.insert(person)));
    const after = storage.groupCommits();
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    const writes = (after?.writes ?? 0) - (before?.writes ?? 0);
    const commits = (after?.commits ?? 0) - (before?.commits ?? 0);
    expect(writes).toBe(40);
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThan(writes);
    expect(committedAccountIds(path)).toEqual(people.map((person) => person.id));
  });

  it("acknowledges a write only once the commit that holds it is on disk", async () => {
    const { storage, path } = await openFile();
    let seenInsideTransaction: string[] | undefined;
    await storage.repositories.transaction(async (tx) => {
      await tx.accounts.insert(dana);
      seenInsideTransaction = committedAccountIds(path);
    });
    expect(seenInsideTransaction).toEqual([]);
    expect(committedAccountIds(path)).toEqual([dana.id]);
  });

  it("undoes a failing write alone, with its own error, while the others in its batch commit", async () => {
    const { storage, path } = await openFile();
    await storage.repositories.accounts.insert(dana);
    const writes = await Promise.allSettled([
      storage.repositories.accounts.insert(leo),
      // Same id as Dana: the primary key refuses it.
      storage.repositories.transaction(async (tx) => {
        await tx.accounts.insert(account("omar", "omar@clinic.example", "coach"));
        await tx.accounts.insert(account(dana.id, "someone-else@example.org"));
      }),
      storage.repositories.accounts.insert(account("zoe", "zoe@example.org")),
    ]);
    expect(writes.map((write) => write.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    // Omar's insert came before the failure in the same transaction: it is undone with it.
    expect(committedAccountIds(path)).toEqual([dana.id, leo.id, "zoe"].sort());
  });

  it("answers reads while a write holds the write connection", async () => {
    const { storage } = await openFile();
    await storage.repositories.accounts.insert(dana);
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const slowWrite = storage.repositories.transaction(async (tx) => {
      await tx.accounts.insert(leo);
      await gate;
    });
    // The write has not committed and still holds the writer; the read answers from what is committed.
    expect(await storage.repositories.accounts.findById(dana.id)).toEqual(dana);
    expect(await storage.repositories.accounts.findById(leo.id)).toBeUndefined();
    openGate();
    await slowWrite;
    expect(await storage.repositories.accounts.findById(leo.id)).toEqual(leo);
  });

  it("lets the event loop turn during a long transaction, while other writes still wait for it", async () => {
    const { storage, path } = await openFile();
    const people = Array.from({ length: 12 }, (_, n) =>
      account(`long-${String(n).padStart(2, "0")}`, `long${n}@example.org`),
    );
    const events: string[] = [];
    let turnsDuringTransaction = 0;
    let inTransaction = true;
    const ticking = setInterval(() => {
      if (inTransaction) turnsDuringTransaction += 1;
    }, 0);
    const longWrite = storage.repositories.transaction(async (tx) => {
      for (const person of people) {
        // Work that holds the loop past the budget between two statements, as an import's checks do.
        const until = performance.now() + TRANSACTION_MS_PER_TURN + 2;
        while (performance.now() < until) {
          // busy
        }
        await tx.accounts.insert(person);
      }
      events.push("long write done");
    });
    // Another write asked for while the long one runs: it waits for the write connection, not in between.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const otherWrite = storage.repositories.accounts
      .insert(account("zz-other", "other@example.org"))
      .then(() => events.push("other write kept"));
    // A read while the long write goes on answers from what is committed.
    const seenMeanwhile = await storage.repositories.accounts.findById(people[0]?.id ?? "");
    await Promise.all([longWrite, otherWrite]);
    inTransaction = false;
    clearInterval(ticking);
    expect(seenMeanwhile).toBeUndefined();
    expect(turnsDuringTransaction).toBeGreaterThanOrEqual(people.length - 2);
    expect(events).toEqual(["long write done", "other write kept"]);
    expect(committedAccountIds(path)).toEqual([...people.map((person) => person.id), "zz-other"]);
  });

  /** SQLite's temporary files (`etilqs_…`, unlinked as soon as opened) this process holds open. */
  function openSqliteTempFiles(): string[] {
    return readdirSync("/proc/self/fd").flatMap((fd) => {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`);
        return target.includes("etilqs_") ? [target] : [];
      } catch {
        return [];
      }
    });
  }

  it.runIf(process.platform === "linux")(
    "keeps what a write's savepoint must be able to undo in memory, not in a temporary file",
    async () => {
      const { storage, path } = await openFile();
      const spread = (prefix: string, count: number) =>
        Array.from({ length: count }, () => {
          const id = randomUUID();
          return account(`${prefix}-${id}`, `${id}@example.org`);
        });
      await storage.repositories.transaction(async (tx) => {
        for (const person of spread("a", 3_000)) await tx.accounts.insert(person);
      });
      let heldDuringWrite: string[] = [];
      await storage.repositories.transaction(async (tx) => {
        // Random ids land in most of the table's and its indexes' existing pages: far more than SQLite's 64 KiB
        // of savepoint journal kept in memory by default before it spills to a file.
        for (const person of spread("a", 400)) await tx.accounts.insert(person);
        heldDuringWrite = openSqliteTempFiles();
      });
      expect(heldDuringWrite).toEqual([]);
      expect(committedAccountIds(path)).toHaveLength(3_400);
    },
  );
});
