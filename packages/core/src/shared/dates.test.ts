import { describe, expect, it } from "vitest";
import { personas } from "../personas/index.js";
import { generateProgram } from "../program/generate-program.js";
import { reviseProgram } from "../progression/revise-program.js";
import type { SessionLog } from "../sessions/schema.js";
import { addDays, daysBetween, formatIsoDate, isIsoDate, isPlausibleDate, weekdayOf } from "./dates.js";

describe("dates", () => {
  it("adds days across months, leap years and the end of a year", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-11-22", "2026-12-04")).toBe(12);
    expect(weekdayOf("2026-12-04")).toBe("fri");
  });

  it("never leaves YYYY-MM-DD: a stored far date plus weeks stays 9999-12-31", () => {
    expect(addDays("9999-12-31", 84)).toBe("9999-12-31");
    expect(addDays("0000-01-10", -30)).toBe("0000-01-01");
    expect(isIsoDate(addDays("9999-12-01", 365))).toBe(true);
    expect(isIsoDate("0050-06-01")).toBe(true);
  });

  it("a plausible date is one a person can mean", () => {
    expect(isPlausibleDate("2026-12-04")).toBe(true);
    expect(isPlausibleDate("1900-01-01")).toBe(true);
    expect(isPlausibleDate("2199-12-31")).toBe(true);
    expect(isPlausibleDate("9999-12-31")).toBe(false);
    expect(isPlausibleDate("1899-12-31")).toBe(false);
    expect(isPlausibleDate("2026-02-30")).toBe(false);
  });

  it("Dana's program stored with a start of 9999-12-31 and a log of that day still revises", () => {
    const generated = generateProgram(personas.runnerPfp, { startDate: "9999-12-31", id: "far" });
    expect(generated.ok).toBe(true);
    if (!generated.ok) return;
    const session = generated.value.sessions.find((planned) => planned.kind === "strength");
    const exerciseId = session?.exercises[0]?.exerciseId ?? "clamshell";
    const log: SessionLog = {
      id: "far-log",
      programId: "far",
      plannedSessionId: null,
      date: "9999-12-31",
      kind: "strength",
      completed: true,
      entries: [{ exerciseId, sets: [{ side: "both", reps: 10 }], painDuring: 2, rpe: 5 }],
    };
    expect(() =>
      reviseProgram(generated.value, [log], [], "9999-12-31", { answers: personas.runnerPfp }),
    ).not.toThrow();
    expect(() =>
      reviseProgram(generated.value, [log], [], "2026-12-04", { answers: personas.runnerPfp }),
    ).not.toThrow();
  });
});

describe("which texts are calendar dates", () => {
  it("is a date exactly when the calendar writes that day back the same, month by month over leap and far years", () => {
    for (const year of ["0000", "0099", "1900", "2000", "2024", "2026", "2100", "9999"]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const instant = new Date(0).setUTCFullYear(Number(year), month - 1, day);
          expect(isIsoDate(text), text).toBe(new Date(instant).toISOString().slice(0, 10) === text);
        }
      }
    }
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-2-01")).toBe(false);
    expect(() => daysBetween("2026-02-30", "2026-03-02")).toThrow(RangeError);
  });
});

describe("dates as a person reads them", () => {
  it("writes the first of the month as an ordinal in French only, and every other day as a number", () => {
    expect(formatIsoDate("2027-01-01", "fr")).toBe("1er janvier 2027");
    expect(formatIsoDate("2027-01-11", "fr")).toBe("11 janvier 2027");
    expect(formatIsoDate("2026-12-21", "fr")).toBe("21 décembre 2026");
    expect(formatIsoDate("2027-01-01", "en")).toBe("1 January 2027");
  });
});
