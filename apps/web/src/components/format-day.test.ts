import { describe, expect, it } from "vitest";
import { formatDay, formatInstantDay } from "./format-day.js";

describe("a day as a person reads it", () => {
  it("writes the first of the month as French does: « vendredi 1er janvier »", () => {
    expect(formatDay("2027-01-01", "fr")).toBe("vendredi 1er janvier");
    expect(formatDay("2027-01-01", "fr", { day: "numeric", month: "short" })).toBe("1er janv.");
    expect(formatInstantDay("2027-01-01T12:00:00", "fr")).toBe("1er janvier 2027");
  });

  it("leaves the other days, and English, as numbers", () => {
    expect(formatDay("2026-12-11", "fr")).toBe("vendredi 11 décembre");
    expect(formatDay("2027-01-21", "fr")).toBe("jeudi 21 janvier");
    expect(formatDay("2027-01-01", "en")).toBe("Friday, January 1");
    expect(formatInstantDay("2027-01-01T12:00:00", "en")).toBe("January 1, 2027");
  });
});
