import { describe, expect, it } from "vitest";
import type { PlannedSession } from "@hipcheck/core";
import {
  alignSessionDraft,
  draftFromAnotherTab,
  forgetSessionDraft,
  forgetSessionDrafts,
  latestDraft,
  loadSessionDraft,
  saveSessionDraft,
  sessionDraftKey,
  sessionLogOf,
  sessionInAnotherTab,
  sessionInProgress,
  startSessionDraft,
  unfinishedOtherSession,
  withPainAfter,
} from "./session-draft.js";
import type { DraftStorage, SessionDraft } from "./session-draft.js";

/** Amira's and Bruno's accounts, on one shared phone. */
const AMIRA = "account-amira";
const BRUNO = "account-bruno";

/** The browser's localStorage as it behaves: strings in, strings out, kept across reloads. */
function deviceStorage(): DraftStorage &
  Pick<Storage, "key" | "length"> & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (n) => [...items.keys()][n] ?? null,
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

/** Where Amira's Tuesday session is kept on the phone. */
const TUESDAY_KEY = sessionDraftKey(AMIRA, "program-amira", "w1-s1");

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
          earlier: [],
        },
        {
          sets: [{ side: "left", holdSeconds: 20 }],
          painDuring: 1,
          rpe: 5,
          stepIndex: 2,
          stopped: [],
          earlier: [],
        },
      ],
    };
    saveSessionDraft(storage, AMIRA, draft);
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")).toEqual(draft);
  });

  it("keeps the pain rated right after the session through a reload, and sends it as the log's painAfter", () => {
    const storage = deviceStorage();
    const rated = withPainAfter(amirasDraft(), 7);
    saveSessionDraft(storage, AMIRA, rated);
    const kept = loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")!;
    expect(kept.painAfter).toBe(7);
    expect(sessionLogOf(kept, tuesday).painAfter).toBe(7);
  });

  it("leaves the pain after out of the log when it is left unrated, even after rating it first", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, withPainAfter(withPainAfter(amirasDraft(), 4), undefined));
    const kept = loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")!;
    expect("painAfter" in kept).toBe(false);
    expect("painAfter" in sessionLogOf(kept, tuesday)).toBe(false);
  });

  it("refuses a kept pain after outside 0–10 rather than sending it", () => {
    const storage = deviceStorage();
    storage.setItem(TUESDAY_KEY, JSON.stringify({ ...amirasDraft(), painAfter: 11 }));
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")).toBeUndefined();
  });

  it("belongs to one planned session: another session starts afresh, and a cleared draft is gone", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, amirasDraft());
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s2")).toBeUndefined();
    expect(loadSessionDraft(storage, AMIRA, "another-program", "w1-s1")).toBeUndefined();
    forgetSessionDrafts(storage);
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")).toBeUndefined();
  });

  it("is Amira's: Bruno signed in on the same phone reads none of it, and signing her out removes it", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, amirasDraft());
    storage.setItem("hipcheck.session-in-progress", JSON.stringify(amirasDraft()));
    storage.setItem("hipcheck.lang", "fr");
    expect(loadSessionDraft(storage, BRUNO, "program-amira", "w1-s1")).toBeUndefined();
    saveSessionDraft(storage, BRUNO, { ...amirasDraft(), logId: "log-bruno" });
    // Bruno signs in: Amira's draft, and the one kept before drafts had owners, leave the device; his stays.
    forgetSessionDrafts(storage, BRUNO);
    expect([...storage.items.keys()].sort()).toEqual([
      "hipcheck.lang",
      sessionDraftKey(BRUNO, "program-amira", "w1-s1"),
    ]);
    forgetSessionDrafts(storage);
    expect([...storage.items.keys()]).toEqual(["hipcheck.lang"]);
  });

  it("a damaged or older draft is ignored rather than trusted", () => {
    const storage = deviceStorage();
    storage.setItem(TUESDAY_KEY, "{not json");
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")).toBeUndefined();
    storage.setItem(TUESDAY_KEY, JSON.stringify({ ...amirasDraft(), slots: "none" }));
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")).toBeUndefined();
  });
});

describe("two sessions open at once, in two tabs (decision 0811)", () => {
  /** Amira's Saturday session, opened in a second tab while Tuesday's is open in the first. */
  const saturday = (): SessionDraft => ({
    ...amirasDraft(),
    plannedSessionId: "w1-s2",
    logId: "log-9d4",
    date: "2026-03-07",
  });
  const logged = (draft: SessionDraft, reps: number): SessionDraft => ({
    ...draft,
    slots: draft.slots.map((slot, n) =>
      n === 0 ? { ...slot, sets: [{ side: "left", reps }], stepIndex: 1 } : slot,
    ),
  });

  it("keeps each session's sets apart, so a reload of either tab resumes its own", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, logged(amirasDraft(), 12));
    saveSessionDraft(storage, AMIRA, logged(saturday(), 8));
    saveSessionDraft(storage, AMIRA, logged(amirasDraft(), 11));
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")?.slots[0]?.sets).toEqual([
      { side: "left", reps: 11 },
    ]);
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s2")?.slots[0]?.sets).toEqual([
      { side: "left", reps: 8 },
    ]);
  });

  it("still names the other session left part way when this one has a draft of its own", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, logged(amirasDraft(), 12));
    saveSessionDraft(storage, AMIRA, saturday());
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2")?.logId).toBe("log-7c1");
    expect(sessionInProgress(storage, AMIRA)?.logId).toBe("log-7c1");
  });

  it("asks about neither while each is worked in its own tab, and again once a tab has gone (decision 0891)", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, logged(amirasDraft(), 12));
    saveSessionDraft(storage, AMIRA, logged(saturday(), 8));
    const saturdayKey = sessionDraftKey(AMIRA, "program-amira", "w1-s2");
    // Thursday opened afresh in a third tab while Tuesday's and Saturday's tabs are open.
    const bothOpen = new Set([TUESDAY_KEY, saturdayKey]);
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s3", bothOpen)).toBeUndefined();
    expect(sessionInAnotherTab(storage, AMIRA, "program-amira", "w1-s3", bothOpen)?.logId).toBe("log-9d4");
    // Saturday's tab is closed: Saturday is left part way and asked about; Tuesday is still only named.
    const tuesdayOpen = new Set([TUESDAY_KEY]);
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s3", tuesdayOpen)?.logId).toBe(
      "log-9d4",
    );
    expect(sessionInAnotherTab(storage, AMIRA, "program-amira", "w1-s3", tuesdayOpen)?.logId).toBe("log-7c1");
    // Opened afresh in Saturday's place, Tuesday in its tab is not asked about; once its tab is closed, it is.
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2", tuesdayOpen)).toBeUndefined();
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2", new Set())?.logId).toBe(
      "log-7c1",
    );
    expect(sessionInAnotherTab(storage, AMIRA, "program-amira", "w1-s2", new Set())).toBeUndefined();
  });

  it("drops only the session she chose not to keep", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, logged(amirasDraft(), 12));
    saveSessionDraft(storage, AMIRA, logged(saturday(), 8));
    forgetSessionDraft(storage, AMIRA, amirasDraft());
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")).toBeUndefined();
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s2")?.logId).toBe("log-9d4");
  });

  it("lets go of a saved session's draft once another session is kept", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, { ...logged(amirasDraft(), 12), savedAt: "2026-03-03T18:00:00.000Z" });
    saveSessionDraft(storage, AMIRA, logged(saturday(), 8));
    expect([...storage.items.keys()]).toEqual([sessionDraftKey(AMIRA, "program-amira", "w1-s2")]);
  });

  it("moves the one draft kept before drafts were per session to its session, work and all", () => {
    const storage = deviceStorage();
    storage.setItem(`hipcheck.session-in-progress:${AMIRA}`, JSON.stringify(logged(amirasDraft(), 12)));
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2")?.logId).toBe("log-7c1");
    expect([...storage.items.keys()]).toEqual([TUESDAY_KEY]);
    expect(loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")?.slots[0]?.sets).toHaveLength(1);
  });
});

describe("another session left part way (decision 0780)", () => {
  const withSet = (draft: SessionDraft): SessionDraft => ({
    ...draft,
    slots: draft.slots.map((slot, n) =>
      n === 0 ? { ...slot, sets: [{ side: "left", reps: 12 }], stepIndex: 1 } : slot,
    ),
  });

  it("is named when Amira opens Saturday's session with Tuesday's sets kept but not saved", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, withSet(amirasDraft()));
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2")?.logId).toBe("log-7c1");
    expect(unfinishedOtherSession(storage, AMIRA, "program-after-a-new-check-in", "w1-s1")?.logId).toBe(
      "log-7c1",
    );
  });

  it("is not named for the same session, a saved one, one with nothing logged, or another account's", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, withSet(amirasDraft()));
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s1")).toBeUndefined();
    expect(unfinishedOtherSession(storage, BRUNO, "program-amira", "w1-s2")).toBeUndefined();
    saveSessionDraft(storage, AMIRA, { ...withSet(amirasDraft()), savedAt: "2026-03-03T18:00:00.000Z" });
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2")).toBeUndefined();
    saveSessionDraft(storage, AMIRA, { ...amirasDraft(), index: 1 });
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2")).toBeUndefined();
  });

  it("is named for work the log would keep without a set: pain above the line, or the pain after", () => {
    const storage = deviceStorage();
    const painful = amirasDraft();
    saveSessionDraft(storage, AMIRA, {
      ...painful,
      slots: painful.slots.map((slot, n) => (n === 0 ? { ...slot, painDuring: 7 } : slot)),
    });
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2")).toBeDefined();
    saveSessionDraft(storage, AMIRA, withPainAfter(amirasDraft(), 3));
    expect(unfinishedOtherSession(storage, AMIRA, "program-amira", "w1-s2")).toBeDefined();
  });

  it("is named at sign-out while it holds work and is not saved, and not once saved", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, amirasDraft());
    expect(sessionInProgress(storage, AMIRA)).toBeUndefined();
    saveSessionDraft(storage, AMIRA, withSet(amirasDraft()));
    expect(sessionInProgress(storage, AMIRA)?.plannedSessionId).toBe("w1-s1");
    expect(sessionInProgress(storage, BRUNO)).toBeUndefined();
    saveSessionDraft(storage, AMIRA, { ...withSet(amirasDraft()), savedAt: "2026-03-03T18:00:00.000Z" });
    expect(sessionInProgress(storage, AMIRA)).toBeUndefined();
  });

  it("is saved as it stands, marked not completed, under the id made when it started", () => {
    const log = sessionLogOf(withSet(amirasDraft()), tuesday, false);
    expect(log).toMatchObject({ id: "log-7c1", plannedSessionId: "w1-s1", completed: false });
    expect(log.entries.map((entry) => entry.exerciseId)).toEqual(["clamshell"]);
    expect(sessionLogOf(withSet(amirasDraft()), tuesday).completed).toBe(true);
  });
});

describe("the log made from the draft", () => {
  it("keeps the id made when the session started, so saving twice gives the same log", () => {
    const draft: SessionDraft = {
      ...amirasDraft(),
      slots: [
        { sets: [{ side: "left", reps: 12 }], painDuring: 2, rpe: 6, stepIndex: 1, stopped: [], earlier: [] },
      ],
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
          earlier: [],
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
      slots: [{ sets: [], painDuring: 6, rpe: 7, stepIndex: 0, stopped: [], earlier: [] }],
    };
    expect(sessionLogOf(draft, tuesday).entries).toEqual([
      { exerciseId: "clamshell", sets: [], painDuring: 6, rpe: 7 },
    ]);
  });
});

describe("a program revised while the session is open", () => {
  /** Two sets of clamshells, then one hold of the front plank, are on the device when the revision arrives. */
  function halfwayDraft(session: PlannedSession = tuesday): SessionDraft {
    const draft = startSessionDraft({
      programId: "program-amira",
      session,
      logId: "log-7c1",
      date: "2026-03-03",
      revisionAtStart: 0,
    });
    const [clams, plank] = draft.slots;
    return {
      ...draft,
      index: 1,
      slots: [
        {
          ...clams!,
          sets: [
            { side: "left", reps: 12 },
            { side: "right", reps: 12 },
          ],
          stepIndex: 4,
          painDuring: 2,
        },
        { ...plank!, sets: [{ side: "left", holdSeconds: 20 }], stepIndex: 2, painDuring: 1 },
      ],
    };
  }

  it("keeps each logged set on its exercise when the revision reorders the session, through a reload", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, halfwayDraft());
    const reordered: PlannedSession = {
      ...tuesday,
      exercises: [tuesday.exercises[1]!, tuesday.exercises[0]!],
    };
    const kept = loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")!;
    const aligned = alignSessionDraft(kept, reordered);
    expect(aligned.slots.map((slot) => [slot.exerciseId, slot.sets.length])).toEqual([
      ["front-plank-hip-extension", 1],
      ["clamshell", 2],
    ]);
    // She was on the plank: she stays on it, now first.
    expect(aligned.index).toBe(0);
    expect(
      sessionLogOf(aligned, reordered).entries.map((entry) => [entry.exerciseId, entry.sets.length]),
    ).toEqual([
      ["front-plank-hip-extension", 1],
      ["clamshell", 2],
    ]);
  });

  it("closes the work on a rung the revision stepped back, logs it under the exercise done, and starts the easier rung afresh", () => {
    const onLadder: PlannedSession = {
      ...tuesday,
      exercises: [{ ...tuesday.exercises[0]!, ladderId: "glute-med" }, tuesday.exercises[1]!],
    };
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, halfwayDraft(onLadder));
    const steppedBack: PlannedSession = {
      ...onLadder,
      exercises: [
        {
          exerciseId: "side-lying-leg-lift",
          ladderId: "glute-med",
          block: "strength",
          dose: { mode: "reps", sets: 2, reps: 10, perSide: true, restSeconds: 60 },
        },
        onLadder.exercises[1]!,
      ],
    };
    const aligned = alignSessionDraft(
      loadSessionDraft(storage, AMIRA, "program-amira", "w1-s1")!,
      steppedBack,
    );
    expect(aligned.slots[0]).toMatchObject({ exerciseId: "side-lying-leg-lift", sets: [], stepIndex: 0 });
    expect(aligned.slots[1]?.sets).toHaveLength(1);
    const entries = sessionLogOf(aligned, steppedBack).entries;
    expect(entries.map((entry) => [entry.exerciseId, entry.sets.length])).toEqual([
      ["clamshell", 2],
      ["front-plank-hip-extension", 1],
    ]);
  });

  it("keeps the work on an exercise the revision removed from the session", () => {
    const shorter: PlannedSession = { ...tuesday, exercises: [tuesday.exercises[1]!] };
    const aligned = alignSessionDraft(halfwayDraft(), shorter);
    expect(aligned.slots).toHaveLength(1);
    expect(aligned.index).toBe(0);
    const entries = sessionLogOf(aligned, shorter).entries;
    expect(entries.map((entry) => [entry.exerciseId, entry.sets.length])).toEqual([
      ["front-plank-hip-extension", 1],
      ["clamshell", 2],
    ]);
  });

  it("changes nothing when the session is the same", () => {
    const draft = halfwayDraft();
    expect(alignSessionDraft(draft, tuesday)).toEqual(draft);
  });
});

const EMPTY_SLOT_FOR_TEST = { sets: [], painDuring: 0, rpe: 5, stepIndex: 0, stopped: [], earlier: [] };

describe("one session open in two tabs", () => {
  it("follows the other tab when it kept more sets of the same session", () => {
    const here = amirasDraft();
    const there: SessionDraft = {
      ...here,
      slots: here.slots.map((slot, n) => (n === 0 ? { ...slot, sets: [{ side: "left", reps: 12 }] } : slot)),
    };
    expect(draftFromAnotherTab(here, JSON.stringify(there))).toEqual(there);
  });

  it("follows a draft of that session kept first in the other tab under its own log id, so one log is saved", () => {
    const here = amirasDraft();
    const there: SessionDraft = { ...here, logId: "log-other-tab", index: 1 };
    expect(draftFromAnotherTab(here, JSON.stringify(there))?.logId).toBe("log-other-tab");
  });

  it("follows the other tab's saved session, so this tab shows it saved and offers no second finish", () => {
    const here = amirasDraft();
    const saved: SessionDraft = { ...here, savedAt: "2026-03-03T08:30:00.000Z" };
    expect(draftFromAnotherTab(here, JSON.stringify(saved))?.savedAt).toBe(saved.savedAt);
  });

  it("ignores this tab's own draft, another session, a cleared draft and text it cannot read", () => {
    const here = amirasDraft();
    expect(draftFromAnotherTab(here, JSON.stringify(here))).toBeUndefined();
    expect(draftFromAnotherTab(here, JSON.stringify({ ...here, plannedSessionId: "w1-s2" }))).toBeUndefined();
    expect(draftFromAnotherTab(here, null)).toBeUndefined();
    expect(draftFromAnotherTab(here, "{cut sho")).toBeUndefined();
  });

  it("applies a change to the sets the other tab kept of the same log, even before this tab heard of them", () => {
    const storage = deviceStorage();
    const here = amirasDraft();
    const there: SessionDraft = {
      ...here,
      slots: here.slots.map((slot, n) => (n === 0 ? { ...slot, sets: [{ side: "left", reps: 12 }] } : slot)),
    };
    saveSessionDraft(storage, AMIRA, there);
    const base = latestDraft(here, storage.getItem(TUESDAY_KEY));
    expect(base).toEqual(there);
  });

  it("starts a session again on its own draft, not on the log saved earlier under another id", () => {
    const storage = deviceStorage();
    saveSessionDraft(storage, AMIRA, {
      ...amirasDraft(),
      logId: "log-done",
      savedAt: "2026-03-03T08:30:00.000Z",
    });
    const again: SessionDraft = { ...amirasDraft(), logId: "log-again" };
    expect(latestDraft(again, storage.getItem(TUESDAY_KEY))).toEqual(again);
    expect(latestDraft(again, null)).toEqual(again);
  });
});
