/**
 * A long import lets other work in between its entries when the shell gives a pacing (decision 0740): the server's
 * event loop keeps answering everyone else while one person brings back a long record. (Transactions on a SQLite
 * file also let the loop turn between statements; `sqlite-group-commit.int.test.ts` tests that.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays } from "@hipcheck/core";
import { afterEach, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "../open-storage.js";
import { openFixture, START, unwrap } from "../testing/hipcheck-fixture.js";

const ENTRIES = 200;

const dirs: string[] = [];
const opened: Storage[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Dana's JSON export of `ENTRIES` pain ratings, on a SQLite file as the server keeps it: reads outside a
 * transaction go to their own connection there, so they need not wait for the import's transaction.
 */
async function danasExport(pacing?: () => () => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-import-pacing-"));
  dirs.push(dataDir);
  const storage = await openStorage({ dataDir });
  opened.push(storage);
  const fixture = await openFixture(storage, pacing === undefined ? {} : { pacing });
  const dana = await fixture.account("dana@example.org");
  const firstDay = addDays(START.slice(0, 10), -Math.ceil(ENTRIES / 40));
  for (let n = 0; n < ENTRIES; n += 1) {
    const date = addDays(firstDay, Math.floor(n / 40));
    unwrap(
      await fixture.hipcheck.recordPain(dana, {
        entry: { date, painNow: n % 7, painUsual: 3, painWorst: 6 },
      }),
    );
  }
  return { fixture, document: unwrap(await fixture.hipcheck.exportData(dana, {})) };
}

describe("a long import and everyone else", () => {
  it("paces its entries: another person's read answers before the import ends", async () => {
    let paces = 0;
    // A pacing that turns the loop at every step, so that the test does not depend on the machine's speed.
    const pacing = () => async () => {
      paces += 1;
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
    const { fixture, document } = await danasExport(pacing);
    const leo = await fixture.account("leo@example.org");
    const omar = await fixture.account("omar@example.org");
    const events: string[] = [];
    const imported = fixture.hipcheck.importData(leo, { document }).then((result) => {
      events.push("import done");
      return result;
    });
    // Asked once the import has begun.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const read = fixture.hipcheck.listPain(omar, {}).then((result) => {
      events.push("other read answered");
      return result;
    });
    const [result] = await Promise.all([imported, read]);
    expect(unwrap(result).counts.painEntries).toBe(ENTRIES);
    expect(events).toEqual(["other read answered", "import done"]);
    expect(paces).toBeGreaterThanOrEqual(ENTRIES);
  });
});
