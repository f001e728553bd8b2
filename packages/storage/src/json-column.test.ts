import { ProgramSchema, SessionLogSchema } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { fromJson, fromJsonShared, TaggedDocuments } from "./json-column.js";

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

describe("documents kept by the tag written with their text (decision 0630)", () => {
  it("knows a tag's document once its text was parsed, checked and frozen, and nothing before", () => {
    const logs = new TaggedDocuments(SessionLogSchema);
    expect(logs.known("tag-1")).toBeUndefined();
    const parsed = logs.parse("tag-1", JSON.stringify(log));
    expect(parsed).toEqual(fromJson(SessionLogSchema, JSON.stringify(log)));
    expect(Object.isFrozen(parsed.entries[0])).toBe(true);
    expect(logs.known("tag-1")).toBe(parsed);
    expect(logs.known("tag-2")).toBeUndefined();
    expect(logs.known(null)).toBeUndefined();
  });

  it("never keeps a text that does not fit its schema, and parses a row without a tag from its text each time", () => {
    const logs = new TaggedDocuments(SessionLogSchema);
    expect(() => logs.parse("broken", JSON.stringify({ ...log, painAfter: 11 }))).toThrow();
    expect(logs.known("broken")).toBeUndefined();
    const untagged = logs.parse(null, JSON.stringify(log));
    expect(untagged).toEqual(log);
    expect(logs.parse(null, JSON.stringify({ ...log, painAfter: 6 })).painAfter).toBe(6);
  });

  it("keeps a bounded number of documents, letting the least recently used go first", () => {
    const logs = new TaggedDocuments(SessionLogSchema);
    const text = JSON.stringify(log);
    logs.parse("first", text);
    for (let n = 0; n < 500; n += 1) {
      logs.parse(`tag-${n}`, text);
      // Read at every turn, the first stays among the most recent.
      expect(logs.known("first")).toBeDefined();
    }
    expect(logs.known("tag-0")).toBeUndefined();
    expect(logs.known("tag-499")).toBeDefined();
  });
});
