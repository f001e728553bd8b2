import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { baselineEntries } from "./record-baseline.js";

/** Dana runs; her right kneecap hurts going down stairs. Her check-in's ratings start her progress charts. */
describe("Dana's baseline from her check-in", () => {
  const dana = personas.runnerPfp;

  it("queues her pain ratings and PSFS scores under ids made from the check-in's", () => {
    const entries = baselineEntries(dana, "2026-12-06", "check-in-1");
    expect(entries).toEqual([
      {
        id: "check-in-1-pain",
        kind: "pain",
        payload: { date: "2026-12-06", painNow: 3, painUsual: 4, painWorst: 6 },
      },
      { id: "check-in-1-psfs", kind: "psfs", payload: { date: "2026-12-06", items: dana.psfs } },
    ]);
  });

  it("gives the same check-in sent again the same ids, and another check-in new ones", () => {
    const ids = (checkInId: string) =>
      baselineEntries(dana, "2026-12-06", checkInId).map((entry) => entry.id);
    expect(ids("check-in-1")).toEqual(ids("check-in-1"));
    expect(ids("check-in-2").filter((id) => ids("check-in-1").includes(id))).toEqual([]);
  });
});
