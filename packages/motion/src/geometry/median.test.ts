import { describe, expect, it } from "vitest";
import { median } from "./median.js";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("leaves out frames whose angle could not be computed, and has no middle without values", () => {
    expect(median([Number.NaN, 7, Number.POSITIVE_INFINITY, 3])).toBe(5);
    expect(median([])).toBeUndefined();
    expect(median([Number.NaN])).toBeUndefined();
  });
});
