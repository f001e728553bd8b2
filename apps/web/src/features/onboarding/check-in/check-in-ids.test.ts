import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { MemoryShelf } from "../../../api/retry-ids.js";
import { checkInIds, forgetCheckInIds } from "./check-in-ids.js";

/** Dana sends her check-in, goes Back from her result, and later opens a check-in afresh from Today. */
describe("the ids Dana's check-in is sent under", () => {
  const sent = { answers: personas.runnerPfp, date: "2026-12-06" };
  const changed = { answers: { ...personas.runnerPfp, availableDays: ["mon"] }, date: "2026-12-06" };

  it("stay the same for the same answers after sending, in this page or after a reload", () => {
    const shelf = new MemoryShelf();
    const first = checkInIds(shelf).checkIn.idFor(sent);
    const program = checkInIds(shelf).program.idFor({ checkInId: first, startDate: "2026-12-06" });
    expect(checkInIds(shelf).checkIn.idFor(sent)).toBe(first);
    expect(checkInIds(shelf).program.idFor({ checkInId: first, startDate: "2026-12-06" })).toBe(program);
  });

  it("are new for changed answers", () => {
    const shelf = new MemoryShelf();
    const first = checkInIds(shelf).checkIn.idFor(sent);
    expect(checkInIds(shelf).checkIn.idFor(changed)).not.toBe(first);
  });

  it("are new for a check-in opened afresh, even with the same answers on the same day", () => {
    const shelf = new MemoryShelf();
    const first = checkInIds(shelf).checkIn.idFor(sent);
    const program = checkInIds(shelf).program.idFor({ checkInId: first, startDate: "2026-12-06" });
    forgetCheckInIds(shelf);
    expect(checkInIds(shelf).checkIn.idFor(sent)).not.toBe(first);
    expect(checkInIds(shelf).program.idFor({ checkInId: first, startDate: "2026-12-06" })).not.toBe(program);
  });
});
