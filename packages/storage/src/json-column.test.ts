import { ProgramSchema, SessionLogSchema } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { fromJson, fromJsonShared } from "./json-column.js";

const log = {
  id: "log-1",
  programId: "program-1",
  plannedSessionId: null,
  date: "2026-11-22",
  kind: "strength",
  entries: [{ exerciseId: "clamshell", sets: [{ side: "both", reps: 12 }], painDuring: 2, rpe: 5 }],
  painBefore: 2,
  painAfter: 3,
  completed: true,
};

describe("documents parsed once per stored text (decision 0590)", () => {
  it("hands out the document parsed from the same text again, equal to a fresh parse and frozen all the way down", () => {
    const text = JSON.stringify(log);
    const first = fromJsonShared(SessionLogSchema, text);
    // A new string with the same characters, as the next read of the row gives.
    const again = fromJsonShared(SessionLogSchema, JSON.stringify(JSON.parse(text)));
    expect(again).toBe(first);
    expect(first).toEqual(fromJson(SessionLogSchema, text));
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.entries[0]?.sets[0])).toBe(true);
    expect(() => {
      (first.entries as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("parses a changed row afresh", () => {
    const before = fromJsonShared(SessionLogSchema, JSON.stringify(log));
    const after = fromJsonShared(SessionLogSchema, JSON.stringify({ ...log, painAfter: 7 }));
    expect(after).not.toBe(before);
    expect(after.painAfter).toBe(7);
    expect(before.painAfter).toBe(3);
  });

  it("refuses a text that does not fit its schema every time, and keeps one schema's documents apart from another's", () => {
    const broken = JSON.stringify({ ...log, painAfter: 11 });
    expect(() => fromJsonShared(SessionLogSchema, broken)).toThrow();
    expect(() => fromJsonShared(SessionLogSchema, broken)).toThrow();
    const text = JSON.stringify(log);
    fromJsonShared(SessionLogSchema, text);
    expect(() => fromJsonShared(ProgramSchema, text)).toThrow();
  });
});
