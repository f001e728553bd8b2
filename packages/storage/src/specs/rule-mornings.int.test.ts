/**
 * A revision reads the mornings core's `ruleMorningsFrom` keeps, not the person's whole history (decision 0820).
 * On both dialects the storage finds exactly the mornings `selectRuleMornings` keeps out of every morning, through
 * the primary key and the program's log order, whatever the person's history holds before.
 */
import { expect, it } from "vitest";
import {
  addDays,
  ruleMorningsFrom,
  selectRuleMornings,
  type MorningCheckIn,
  type Program,
  type SessionLog,
} from "@hipcheck/core";
import { describeOnBothDialects } from "../testing/test-databases.js";
import { at, dana, leo, program as storedProgram, sessionLog } from "../testing/records.js";

const START = "2026-12-01";

/** Dana's year of mornings before her program, a week with none, then its first three weeks, pain varying. */
const danaMornings: MorningCheckIn[] = [
  ...Array.from({ length: 365 }, (_, n) => addDays(START, n - 372)),
  ...Array.from({ length: 21 }, (_, n) => addDays(START, n)),
].map((date, n) => ({ date, pain: n % 5, settled: n % 7 !== 0 }));

const program = storedProgram("dana-1");
const other = storedProgram("dana-2");

describeOnBothDialects("the mornings a revision reads", (openFresh) => {
  async function danaWithMornings(logs: readonly SessionLog[]) {
    const storage = await openFresh();
    const { repositories } = storage;
    await repositories.accounts.insert(dana);
    await repositories.accounts.insert(leo);
    for (const stored of [program, other]) {
      await repositories.programs.insert({
        id: stored.id,
        accountId: "dana",
        groupId: null,
        createdAt: at(0),
        updatedAt: at(0),
        program: stored,
      });
    }
    await repositories.transaction(async (tx) => {
      for (const checkIn of danaMornings) {
        await tx.morningCheckIns.upsert({ accountId: "dana", createdAt: at(0), checkIn });
      }
      // Someone else's mornings, later than all of Dana's: never hers.
      await tx.morningCheckIns.upsert({
        accountId: "leo",
        createdAt: at(0),
        checkIn: { date: addDays(START, 40), pain: 9, settled: false },
      });
      for (const log of logs) {
        await tx.sessionLogs.insertIfAbsent({ accountId: "dana", createdAt: at(1), log });
      }
    });
    return storage;
  }

  /** What `ruleMorningsFor` must give: core's selection out of every morning Dana gave. */
  function expected(state: Program, firstLog: string | undefined): string[] {
    const latest = danaMornings.at(-1)?.date ?? "";
    return selectRuleMornings(danaMornings, ruleMorningsFrom(state, latest, firstLog)).map(
      (checkIn) => checkIn.date,
    );
  }

  it("reads the four weeks before the latest morning and the one before them, for a program not yet logged", async () => {
    const storage = await danaWithMornings([sessionLog("other-1", other.id, addDays(START, -300))]);
    const found = await storage.repositories.morningCheckIns.ruleMorningsFor("dana", program);
    expect(found.map((record) => record.checkIn.date)).toEqual(expected(program, undefined));
    // The latest morning (day 20) and the 28 days before it, days -8 to 20, of which -7 to -1 hold none; and -9.
    expect(found.map((record) => record.checkIn.date)).toEqual([
      addDays(START, -9),
      addDays(START, -8),
      ...Array.from({ length: 21 }, (_, n) => addDays(START, n)),
    ]);
    expect(found.every((record) => record.accountId === "dana")).toBe(true);
  });

  it("reaches back to the program's first log, with the morning before it, and to the day it was paused", async () => {
    const logs = [
      sessionLog("log-1", program.id, addDays(START, 5)),
      sessionLog("log-2", program.id, addDays(START, -60)),
      sessionLog("log-3", program.id, addDays(START, 12)),
    ];
    const storage = await danaWithMornings(logs);
    const found = await storage.repositories.morningCheckIns.ruleMorningsFor("dana", program);
    expect(found.map((record) => record.checkIn.date)).toEqual(expected(program, addDays(START, -60)));
    expect(found[0]?.checkIn.date).toBe(addDays(START, -61));
    expect(found).toHaveLength(61 - 7 + 21);

    const paused: Program = {
      ...program,
      rescreen: { pausedOn: addDays(START, -200), pausedAt: at(0) },
    };
    const fromPause = await storage.repositories.morningCheckIns.ruleMorningsFor("dana", paused);
    expect(fromPause.map((record) => record.checkIn.date)).toEqual(expected(paused, addDays(START, -60)));
    expect(fromPause[0]?.checkIn.date).toBe(addDays(START, -201));
  });

  it("gives the morning of one day, and nothing for a person with no mornings", async () => {
    const storage = await danaWithMornings([]);
    const morning = danaMornings[100];
    const found = await storage.repositories.morningCheckIns.findOn("dana", morning?.date ?? "");
    expect(found?.checkIn).toEqual(morning);
    expect(await storage.repositories.morningCheckIns.findOn("dana", addDays(START, -3))).toBeUndefined();
    expect(await storage.repositories.morningCheckIns.ruleMorningsFor("leo", program)).toHaveLength(1);
    await storage.repositories.accounts.insert({ ...leo, id: "kim", email: "kim@example.org" });
    expect(await storage.repositories.morningCheckIns.ruleMorningsFor("kim", program)).toEqual([]);
  });
});
