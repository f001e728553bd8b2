import "fake-indexeddb/auto";
import { generateProgram, reviseProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { Program, SessionLog } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { loadHistory, openLocalStore } from "../../offline/local-store.js";
import { syncOutbox } from "../../offline/sync-outbox.js";
import type { OutboxItem } from "../../offline/local-store.js";
import { painAfterCut, queueSessionLog } from "./pain-after.js";
import { sessionLogOf, startSessionDraft, withPainAfter } from "./session-draft.js";

let dbCounter = 0;
const freshStore = () => openLocalStore(`pain-after-${String(dbCounter++)}`);

/** Noor's program, made on the Monday she answered the check-in. */
function noorProgram(): Program {
  const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-noor" });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

/** Noor's first strength session, done as planned, with this pain right after it. */
function firstSession(program: Program, painAfter: number | undefined) {
  const session = program.sessions.find((candidate) => candidate.kind === "strength")!;
  const started = startSessionDraft({
    programId: program.id,
    session,
    logId: "log-noor-1",
    date: session.date,
    revisionAtStart: program.revision,
  });
  const done = {
    ...started,
    slots: started.slots.map((slot) => ({
      ...slot,
      sets: [{ side: "both" as const, reps: 10 }],
      painDuring: 2,
    })),
  };
  return { session, draft: withPainAfter(done, painAfter) };
}

describe("the pain right after a session, at the finish step", () => {
  it("is queued with the log on the device while offline, and sent with it when the network is back", async () => {
    const store = await freshStore();
    const program = noorProgram();
    const { session, draft } = firstSession(program, 7);
    await queueSessionLog(store, draft, session);
    expect((await loadHistory(store)).logs.map((log) => log.painAfter)).toEqual([7]);

    const sent: OutboxItem[] = [];
    let online = false;
    await syncOutbox(store, (item) => {
      if (!online) return Promise.resolve("offline");
      sent.push(item);
      return Promise.resolve("stored");
    });
    expect(sent).toEqual([]);
    online = true;
    await syncOutbox(store, (item) => {
      sent.push(item);
      return Promise.resolve("stored");
    });
    expect(sent.map((item) => [item.kind, (item.payload as SessionLog).painAfter])).toEqual([
      ["session-log", 7],
    ]);
  });
});

describe("what follows pain right after a session", () => {
  it("above 5/10, shows the rules' own reason: before the log is sent, then the revision the server made", () => {
    const program = noorProgram();
    const { session, draft } = firstSession(program, 7);
    const logged = sessionLogOf(draft, session);

    const pending = painAfterCut(logged, null);
    expect(pending).toEqual({
      kind: "pending",
      reason: {
        en: "Your knee hurt 7/10 after your session of 2 March 2026, more than the 5/10 that may follow a session.",
        fr: "Votre genou a fait mal à 7/10 après votre séance du 2 mars 2026, plus que les 5/10 admis après une séance.",
      },
    });

    const outcome = reviseProgram(program, [logged], [], session.date, { answers: personas.runnerPfp });
    expect(outcome.revision).not.toBeNull();
    const cut = painAfterCut(logged, [outcome.revision!]);
    expect(cut).toEqual({ kind: "revised", revision: outcome.revision });
    expect(outcome.revision!.reason.en).toContain("not a reason to stop");
  });

  it("at 5/10 or unrated, shows no cut", () => {
    const program = noorProgram();
    for (const painAfter of [5, undefined]) {
      const { session, draft } = firstSession(program, painAfter);
      expect(painAfterCut(sessionLogOf(draft, session), null)).toBeUndefined();
      expect(painAfterCut(sessionLogOf(draft, session), [])).toBeUndefined();
    }
  });
});
