import { describe, expect, it } from "vitest";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { at, dana, leo, movementScreen } from "./testing/records.js";

describeOnBothDialects("account usage (the quotas' counts)", (openFresh) => {
  describe("Dana records pain twice on one day and saves a screen; Leo records once", () => {
    it("counts each person's rows, their dated entries per day, and the bytes of their stored JSON", async () => {
      const { repositories } = await openFresh();
      await repositories.accounts.insert(dana);
      await repositories.accounts.insert(leo);
      const pain = (id: string, accountId: string, date: string) => ({
        id,
        accountId,
        createdAt: at(1),
        entry: { date, painNow: 2, painUsual: 3, painWorst: 5 },
      });
      await repositories.outcomes.insertPain(pain("p1", "dana", "2026-11-20"));
      await repositories.outcomes.insertPain(pain("p2", "dana", "2026-11-20"));
      await repositories.outcomes.insertPain(pain("p3", "leo", "2026-11-20"));
      const before = await repositories.usage.storedBytesOf("dana");
      await repositories.movementScreens.insert(movementScreen("m1", "dana", at(2)));

      expect(await repositories.usage.rowsOf("dana")).toBe(3);
      expect(await repositories.usage.rowsOf("leo")).toBe(1);
      expect(await repositories.usage.entriesOn("dana", "2026-11-20")).toBe(2);
      expect(await repositories.usage.entriesOn("dana", "2026-11-21")).toBe(0);
      expect(await repositories.usage.activitiesOf("dana")).toBe(0);
      expect(before).toBeGreaterThan(0);
      expect(await repositories.usage.storedBytesOf("dana")).toBeGreaterThan(before);
      expect(await repositories.usage.storedBytesOf("nobody")).toBe(0);
    });
  });
});
