import type { ActivityRecord } from "@hipcheck/application";
import { describe, expect, it } from "vitest";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { dana, leo, T0 } from "./testing/records.js";

const FILE_HASH = "a".repeat(64);

function activity(id: string, accountId: string, position: number, date: string): ActivityRecord {
  return {
    id,
    accountId,
    fileHash: FILE_HASH,
    fileName: "week.fit",
    position,
    importedAt: T0,
    activity: {
      source: "fit",
      date,
      startTime: `${date}T07:00:00.000Z`,
      sport: "running",
      durationSeconds: 2700,
      distanceMeters: 9000,
      cadencePerMin: 84,
      repetitions: { kind: "steps", count: 3780, source: "recorded-total" },
    },
  };
}

describeOnBothDialects("activity repository", (openFresh) => {
  async function withPeople() {
    const storage = await openFresh();
    await storage.repositories.accounts.insert(dana);
    await storage.repositories.accounts.insert(leo);
    return storage;
  }

  describe("Dana imports her week of runs", () => {
    it("stores each activity once per person and file position, and lists them by date", async () => {
      const { repositories } = await withPeople();
      expect(await repositories.activities.insertIfAbsent(activity("a2", "dana", 1, "2026-12-03"))).toBe(
        true,
      );
      expect(await repositories.activities.insertIfAbsent(activity("a1", "dana", 0, "2026-12-01"))).toBe(
        true,
      );
      expect(await repositories.activities.insertIfAbsent(activity("a3", "dana", 0, "2026-12-01"))).toBe(
        false,
      );
      // Leo importing the same file is his own data.
      expect(await repositories.activities.insertIfAbsent(activity("l1", "leo", 0, "2026-12-01"))).toBe(true);
      expect(await repositories.activities.listFor("dana")).toEqual([
        activity("a1", "dana", 0, "2026-12-01"),
        activity("a2", "dana", 1, "2026-12-03"),
      ]);
      expect(await repositories.activities.findById("a3")).toBeUndefined();
    });

    it("goes with Dana's account", async () => {
      const { repositories } = await withPeople();
      await repositories.activities.insertIfAbsent(activity("a1", "dana", 0, "2026-12-01"));
      await repositories.accounts.delete("dana");
      expect(await repositories.activities.findById("a1")).toBeUndefined();
    });
  });
});
