import { describe, expect, it, vi } from "vitest";
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

describe("dates read once and kept", () => {
  it("reads every day of fourteen years the same the first time and again, past what it keeps", () => {
    // More days than are kept (about eleven years' worth), so the kept dates are let go and read afresh on the way.
    const days = 5_000;
    for (const pass of ["first", "again"]) {
      for (let offset = 0; offset < days; offset += 1) {
        const date = addDays("2000-01-01", offset);
        expect(daysBetween("2000-01-01", date), `${pass} ${date}`).toBe(offset);
        expect(addDays(date, -offset), `${pass} ${date}`).toBe("2000-01-01");
      }
    }
  });

  it("refuses a text that is not a date every time, however near a date read before", () => {
    expect(daysBetween("2026-02-28", "2026-03-01")).toBe(1);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(() => daysBetween("2026-02-28", "2026-02-30")).toThrow(RangeError);
      expect(() => addDays("2026-2-28", 1)).toThrow(RangeError);
      expect(isIsoDate("2026-02-29")).toBe(false);
    }
  });

  it("gives Marco the revision a fresh start would, after Dana's revisions read the same dates", async () => {
    const { reviseProgram: warmRevise } = await import("../progression/revise-program.js");
    const revisionOf = (revise: typeof reviseProgram, persona: "runnerPfp" | "cyclistItb") => {
      const generated = generateProgram(personas[persona], { startDate: "2026-11-02", id: persona });
      if (!generated.ok) throw new Error(generated.error.message);
      const session = generated.value.sessions.find((planned) => planned.kind === "strength");
      const logs: SessionLog[] = (session === undefined ? [] : [session]).map((planned) => ({
        id: `${persona}-log`,
        programId: persona,
        plannedSessionId: planned.id,
        date: planned.date,
        kind: "strength",
        completed: true,
        painBefore: 2,
        painAfter: 6,
        entries: planned.exercises.map(({ exerciseId }) => ({
          exerciseId,
          sets: [{ side: "both", reps: 10 }],
          painDuring: 3,
          rpe: 6,
        })),
      }));
      return revise(generated.value, logs, [], "2026-11-20", { answers: personas[persona] });
    };
    revisionOf(warmRevise, "runnerPfp");
    const afterDana = revisionOf(warmRevise, "cyclistItb");
    vi.resetModules();
    const { reviseProgram: freshRevise } = await import("../progression/revise-program.js");
    const fresh = revisionOf(freshRevise, "cyclistItb");
    expect(fresh.revision).not.toBeNull();
    expect(afterDana).toEqual(fresh);
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
