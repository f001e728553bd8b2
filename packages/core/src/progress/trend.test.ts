import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../shared/dates.js";
import { slopePerWeek } from "./trend.js";

describe("slopePerWeek", () => {
  it("reads a point a week off pain falling 6 → 4 over two weeks", () => {
    expect(
      slopePerWeek([
        { date: "2026-01-01", value: 6 },
        { date: "2026-01-08", value: 5 },
        { date: "2026-01-15", value: 4 },
      ]),
    ).toBeCloseTo(-1);
  });

  it("has no slope with fewer than two dates", () => {
    expect(slopePerWeek([])).toBeNull();
    expect(
      slopePerWeek([
        { date: "2026-01-01", value: 6 },
        { date: "2026-01-01", value: 4 },
      ]),
    ).toBeNull();
  });

  it("property: recovers the slope of an exact line", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 20 }),
        (slope, days) => {
          const points = days.map((day) => ({
            date: addDays("2026-01-01", day),
            value: 5 + (slope * day) / 7,
          }));
          expect(slopePerWeek(points)).toBeCloseTo(slope, 6);
        },
      ),
    );
  });
});
