import { describe, expect, it } from "vitest";
import type { PlannedSession } from "@hipcheck/core";
import {
  clearSessionDraft,
  loadSessionDraft,
  saveSessionDraft,
  sessionLogOf,
  startSessionDraft,
} from "./session-draft.js";
import type { DraftStorage, SessionDraft } from "./session-draft.js";

/** The browser's localStorage as it behaves: strings in, strings out, kept across reloads. */
function deviceStorage(): DraftStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

/** Amira's Tuesday strength session: clamshells, then the front plank with hip extension. */
const tuesday: PlannedSession = {
  id: "w1-s1",
  date: "2026-03-03",
  week: 1,
  kind: "strength",
  estimatedMinutes: 20,
  exercises: [
    {
      exerciseId: "clamshell",
      block: "strength",
      dose: { mode: "reps", sets: 3, reps: 12, perSide: true, restSeconds: 60 },
    },
    {
      exerciseId: "front-plank-hip-extension",
      block: "strength",
      dose: { mode: "hold", sets: 3, holdSeconds: 20, perSide: true, restSeconds: 60 },
    },
  ],
};

function amirasDraft(): SessionDraft {
  return startSessionDraft({
    programId: "program-amira",
    session: tuesday,
    logId: "log-7c1",
    date: "2026-03-03",
    revisionAtStart: 0,
  });
}

describe("a session in progress on the device", () => {
  it("survives a reload with every logged set, the current step and the spoken-cue setting", () => {
    const storage = deviceStorage();
    const draft: SessionDraft = {
      ...amirasDraft(),
      index: 1,
      speak: true,
      slots: [
        {
          sets: [
            { side: "left", reps: 12 },
            { side: "right", reps: 11 },
          ],
          painDuring: 2,
          rpe: 6,
          stepIndex: 4,
          stopped: [],
        },
        { sets: [{ side: "left", holdSeconds: 20 }], painDuring: 1, rpe: 5, stepIndex: 2, stopped: [] },
      ],
    };
    saveSessionDraft(storage, draft);
    expect(loadSessionDraft(storage, "program-amira", "w1-s1")).toEqual(draft);
  });

  it("belongs to one planned session: another session starts afresh, and a cleared draft is gone", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, amirasDraft());
    expect(loadSessionDraft(storage, "program-amira", "w1-s2")).toBeUndefined();
    expect(loadSessionDraft(storage, "another-program", "w1-s1")).toBeUndefined();
    clearSessionDraft(storage);
    expect(loadSessionDraft(storage, "program-amira", "w1-s1")).toBeUndefined();
  });

  it("a damaged or older draft is ignored rather than trusted", () => {
    const storage = deviceStorage();
    storage.setItem("hipcheck.session-in-progress", "{not json");
    expect(loadSessionDraft(storage, "program-amira", "w1-s1")).toBeUndefined();
    storage.setItem("hipcheck.session-in-progress", JSON.stringify({ ...amirasDraft(), slots: "none" }));
    expect(loadSessionDraft(storage, "program-amira", "w1-s1")).toBeUndefined();
  });
});

describe("the log made from the draft", () => {
  it("keeps the id made when the session started, so saving twice gives the same log", () => {
    const draft: SessionDraft = {
      ...amirasDraft(),
      slots: [{ sets: [{ side: "left", reps: 12 }], painDuring: 2, rpe: 6, stepIndex: 1, stopped: [] }],
    };
    const first = sessionLogOf(draft, tuesday);
    expect(first).toEqual(sessionLogOf(draft, tuesday));
    expect(first).toMatchObject({ id: "log-7c1", plannedSessionId: "w1-s1", completed: true });
    expect(first.entries).toEqual([
      { exerciseId: "clamshell", sets: [{ side: "left", reps: 12 }], painDuring: 2, rpe: 6 },
    ]);
  });

  it("an exercise stopped for pain and replaced by its easier rung logs the replacement, then the painful attempt", () => {
    const draft: SessionDraft = {
      ...amirasDraft(),
      slots: [
        EMPTY_SLOT_FOR_TEST,
        {
          sets: [{ side: "left", holdSeconds: 20 }],
          painDuring: 2,
          rpe: 5,
          stepIndex: 1,
          replacement: {
            exerciseId: "quadruped-hip-extension",
            dose: { mode: "reps", sets: 2, reps: 10, perSide: true, restSeconds: 45 },
          },
          stopped: [
            {
              exerciseId: "front-plank-hip-extension",
              sets: [{ side: "left", holdSeconds: 8 }],
              painDuring: 7,
              rpe: 8,
            },
          ],
        },
      ],
    };
    expect(sessionLogOf(draft, tuesday).entries.map((entry) => [entry.exerciseId, entry.painDuring])).toEqual(
      [
        ["quadruped-hip-extension", 2],
        ["front-plank-hip-extension", 7],
      ],
    );
  });

  it("an exercise left at its first painful rep, with no set, still reports its pain", () => {
    const draft: SessionDraft = {
      ...amirasDraft(),
      slots: [{ sets: [], painDuring: 6, rpe: 7, stepIndex: 0, stopped: [] }],
    };
    expect(sessionLogOf(draft, tuesday).entries).toEqual([
      { exerciseId: "clamshell", sets: [], painDuring: 6, rpe: 7 },
    ]);
  });
});

const EMPTY_SLOT_FOR_TEST = { sets: [], painDuring: 0, rpe: 5, stepIndex: 0, stopped: [] };
