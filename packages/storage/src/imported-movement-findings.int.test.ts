import type { ImportedMovementFinding, ImportedMovementFindingRecord } from "@hipcheck/application";
import { describe, expect, it } from "vitest";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { dana, leo, T0 } from "./testing/records.js";

function finding(date: string, valueDeg: number): ImportedMovementFinding {
  return {
    date,
    test: "single-leg-squat",
    metric: "knee-frontal-plane-angle",
    side: "right",
    valueDeg,
    semDeg: 3,
    method: "Front camera view, single-leg squat standing on the right leg.",
  };
}

function record(
  id: string,
  accountId: string,
  value: ImportedMovementFinding,
): ImportedMovementFindingRecord {
  return { id, accountId, importedAt: T0, finding: value };
}

describeOnBothDialects("imported movement finding repository", (openFresh) => {
  async function withPeople() {
    const storage = await openFresh();
    await storage.repositories.accounts.insert(dana);
    await storage.repositories.accounts.insert(leo);
    return storage;
  }

  describe("Dana brings the findings of her physiotherapist's system", () => {
    it("stores each finding once per person, whatever its field order, and lists them by date", async () => {
      const { repositories } = await withPeople();
      const store = repositories.importedMovementFindings;
      expect(await store.insertIfAbsent(record("f2", "dana", finding("2026-12-03", 11.5)))).toBe(true);
      expect(await store.insertIfAbsent(record("f1", "dana", finding("2026-12-01", 14)))).toBe(true);
      const { method, ...rest } = finding("2026-12-01", 14);
      expect(await store.insertIfAbsent(record("f3", "dana", { method, ...rest }))).toBe(false);
      // Leo importing the same finding is his own data.
      expect(await store.insertIfAbsent(record("l1", "leo", finding("2026-12-01", 14)))).toBe(true);
      expect(await store.listFor("dana")).toEqual([
        record("f1", "dana", finding("2026-12-01", 14)),
        record("f2", "dana", finding("2026-12-03", 11.5)),
      ]);
    });

    it("keeps one finding per name it arrived under, and gives the name back (decision 0710)", async () => {
      const { repositories } = await withPeople();
      const store = repositories.importedMovementFindings;
      const named = (id: string, accountId: string, value: ImportedMovementFinding) => ({
        ...record(id, accountId, value),
        sourceId: "screen-1.1",
      });
      expect(await store.insertIfAbsent(named("f1", "dana", finding("2026-12-01", 14)))).toBe(true);
      // Her own finding again, its words in another language: the same name, so the same finding.
      const inFrench = { ...finding("2026-12-01", 14), method: "Caméra de face, squat unipodal." };
      expect(await store.insertIfAbsent(named("f2", "dana", inFrench))).toBe(false);
      expect(await store.insertIfAbsent(record("f3", "dana", finding("2026-12-02", 9)))).toBe(true);
      expect(await store.insertIfAbsent(named("l1", "leo", inFrench))).toBe(true);
      expect(await store.listFor("dana")).toEqual([
        named("f1", "dana", finding("2026-12-01", 14)),
        record("f3", "dana", finding("2026-12-02", 9)),
      ]);
    });

    it("goes with Dana's account", async () => {
      const { repositories } = await withPeople();
      await repositories.importedMovementFindings.insertIfAbsent(
        record("f1", "dana", finding("2026-12-01", 14)),
      );
      await repositories.accounts.delete("dana");
      expect(await repositories.importedMovementFindings.listFor("dana")).toEqual([]);
      expect(await repositories.importedMovementFindings.listFor("leo")).toEqual([]);
    });

    it("reads a finding stored under the knee angle's former name as today's code", async () => {
      const storage = await withPeople();
      const stored = { ...finding("2026-11-20", 12), metric: "knee-fppa" };
      await storage.db
        .insertInto("imported_movement_findings")
        .values({
          id: "old",
          account_id: "dana",
          imported_at: T0,
          date: stored.date,
          finding_json: JSON.stringify(stored),
        })
        .execute();
      expect(await storage.repositories.importedMovementFindings.listFor("dana")).toEqual([
        record("old", "dana", finding("2026-11-20", 12)),
      ]);
    });
  });
});
