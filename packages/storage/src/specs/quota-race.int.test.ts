/**
 * A quota is checked in the insert's own transaction (decision 0411): entries racing for the last place of a
 * day's quota cannot both take it, on SQLite in memory, on a SQLite file with group commit, and on PostgreSQL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "../open-storage.js";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";
import { describeOnBothDialects } from "../testing/test-databases.js";

const DAY = "2026-12-01";
const ENTRIES_PER_DAY = 3;
const RACERS = 6;

async function raceForTheLastPlace(storage: Storage) {
  const fixture = await openFixture(storage, { quotas: { entriesPerDay: ENTRIES_PER_DAY } });
  const dana = await fixture.account("dana@example.org");
  const pain = (painNow: number) => ({ entry: { date: DAY, painNow, painUsual: 3, painWorst: 5 } });
  unwrap(await fixture.hipcheck.recordPain(dana, pain(2)));
  unwrap(await fixture.hipcheck.recordPain(dana, pain(3)));
  // One place is left on that day; six entries ask for it at once.
  const racing = await Promise.all(
    Array.from({ length: RACERS }, (_, n) => fixture.hipcheck.recordPain(dana, pain(n))),
  );
  const stored = unwrap(await fixture.hipcheck.listPain(dana, {}));
  return {
    accepted: racing.filter((result) => result.ok).length,
    refused: racing.map((result) => (result.ok ? null : result.error.kind)).filter((kind) => kind !== null),
    stored: stored.filter((entry) => entry.entry.date === DAY).length,
  };
}

describeOnBothDialects("entries racing for a quota's last place", (openFresh) => {
  it("lets exactly one of them in and refuses the others as over the quota", async () => {
    const race = await raceForTheLastPlace(await openFresh());
    expect(race).toEqual({
      accepted: 1,
      refused: Array.from({ length: RACERS - 1 }, () => "quota-exceeded"),
      stored: ENTRIES_PER_DAY,
    });
  });
});

describe("entries racing for a quota's last place (sqlite file, group commit)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-quota-race-"));
  let storage: Storage | undefined;
  afterAll(async () => {
    await storage?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("lets exactly one of them in, though their writes share commits", async () => {
    storage = await openStorage({ dataDir });
    const race = await raceForTheLastPlace(storage);
    expect(race.accepted).toBe(1);
    expect(race.stored).toBe(ENTRIES_PER_DAY);
  });
});
