import "fake-indexeddb/auto";
import { generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import {
  loadHistory,
  loadOwner,
  loadProgram,
  loadSessionHold,
  openLocalStore,
  pendingCount,
  recordEntry,
  saveCheckInDraft,
  saveProgram,
  saveSessionHold,
} from "../offline/local-store.js";
import type { LocalStore } from "../offline/local-store.js";
import { saveSessionDraft, sessionDraftKey, startSessionDraft } from "../features/session/session-draft.js";
import { claimDeviceFor, forgetAccountOnDevice } from "./device-account.js";

/** Lea's and Marc's accounts: one phone, passed from one to the other. */
const LEA = "account-lea";
const MARC = "account-marc";

let dbCounter = 0;
const freshStore = () => openLocalStore(`device-account-test-${String(dbCounter++)}`);

/** The browser's local or session storage as it behaves: strings in, strings out. */
function browserStorage() {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (n: number) => [...items.keys()][n] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
    removeItem: (key: string) => {
      items.delete(key);
    },
    clear: () => {
      items.clear();
    },
  };
}

/** Everything Lea's phone keeps: her program, a morning waiting in the outbox, the hold, a check-in and a session draft. */
async function leasPhone(store: LocalStore, local: ReturnType<typeof browserStorage>): Promise<void> {
  const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-lea" });
  if (!made.ok) throw new Error(made.error.message);
  await saveProgram(store, { programId: "program-lea", program: made.value, revisions: [] });
  await recordEntry(store, {
    id: "morning-2026-03-10",
    kind: "check-in",
    payload: { date: "2026-03-10", pain: 7, settled: false },
  });
  await saveSessionHold(store, { date: "2026-03-10", revision: 0 });
  await saveCheckInDraft(store, { version: 1, draft: { ageYears: 41 } });
  const session = made.value.sessions[0];
  if (session === undefined) throw new Error("no session");
  saveSessionDraft(
    local,
    LEA,
    startSessionDraft({
      programId: "program-lea",
      session,
      logId: "log-lea",
      date: "2026-03-10",
      revisionAtStart: 0,
    }),
  );
}

describe("what the phone keeps belongs to one account (decision 0720)", () => {
  it("keeps Lea's copy, outbox included, when she signs in again", async () => {
    const store = await freshStore();
    const local = browserStorage();
    await claimDeviceFor(store, local, LEA, undefined);
    await leasPhone(store, local);
    await claimDeviceFor(store, local, LEA, undefined);
    expect(await pendingCount(store)).toBe(1);
    expect(await loadSessionHold(store)).toEqual({ date: "2026-03-10", revision: 0 });
    const leasDrafts = [...local.items.keys()].filter((key) =>
      key.startsWith(sessionDraftKey(LEA, "program-lea", "")),
    );
    expect(leasDrafts).toHaveLength(1);
    expect(await loadOwner(store)).toBe(LEA);
  });

  it("shows Marc, signing in next on her phone, none of Lea's data and sends none of her entries", async () => {
    const store = await freshStore();
    const local = browserStorage();
    await claimDeviceFor(store, local, LEA, undefined);
    await leasPhone(store, local);
    await claimDeviceFor(store, local, MARC, undefined);
    expect(await pendingCount(store)).toBe(0);
    expect(await loadProgram(store)).toBeUndefined();
    expect(await loadSessionHold(store)).toBeUndefined();
    expect((await loadHistory(store)).checkIns).toEqual([]);
    expect(local.items.size).toBe(0);
    expect(await loadOwner(store)).toBe(MARC);
  });

  it("keeps Lea's unsent morning aside while Marc uses her phone, and gives it back to her outbox alone (decision 0770)", async () => {
    const store = await freshStore();
    const local = browserStorage();
    await claimDeviceFor(store, local, LEA, undefined);
    await leasPhone(store, local);
    await claimDeviceFor(store, local, MARC, undefined);
    expect(await pendingCount(store)).toBe(0);
    await recordEntry(store, {
      id: "pain-marc",
      kind: "pain",
      payload: { date: "2026-03-11", painNow: 2, painUsual: 3, painWorst: 4 },
    });
    await claimDeviceFor(store, local, LEA, undefined);
    expect((await store.getAll("outbox")).map((item) => item.id)).toEqual(["morning-2026-03-10"]);
    expect((await loadHistory(store)).painEntries).toEqual([]);
    await claimDeviceFor(store, local, MARC, undefined);
    expect((await store.getAll("outbox")).map((item) => item.id)).toEqual(["pain-marc"]);
    await claimDeviceFor(store, local, LEA, undefined);
    expect((await store.getAll("outbox")).map((item) => item.id)).toEqual(["morning-2026-03-10"]);
  });

  it("sets aside nothing a person chose to give up at sign-out", async () => {
    const store = await freshStore();
    const local = browserStorage();
    await claimDeviceFor(store, local, LEA, undefined);
    await leasPhone(store, local);
    await forgetAccountOnDevice(store, { local, session: browserStorage() });
    await claimDeviceFor(store, local, MARC, undefined);
    await claimDeviceFor(store, local, LEA, undefined);
    expect(await pendingCount(store)).toBe(0);
  });

  it("gives a copy kept before the phone named its owner to the person last signed in on it, and no one else", async () => {
    const store = await freshStore();
    const local = browserStorage();
    await leasPhone(store, local);
    await claimDeviceFor(store, local, LEA, LEA);
    expect(await pendingCount(store)).toBe(1);

    const another = await freshStore();
    await leasPhone(another, browserStorage());
    await claimDeviceFor(another, browserStorage(), MARC, undefined);
    expect(await pendingCount(another)).toBe(0);
  });

  it("removes at sign-out all Lea's phone keeps, and the retry ids of the tab, but not the language", async () => {
    const store = await freshStore();
    const local = browserStorage();
    const session = browserStorage();
    await claimDeviceFor(store, local, LEA, undefined);
    await leasPhone(store, local);
    local.setItem("hipcheck.lang", "fr");
    session.setItem("check-in", JSON.stringify({ key: "{}", id: "check-in-lea" }));
    await forgetAccountOnDevice(store, { local, session });
    expect(await pendingCount(store)).toBe(0);
    expect(await loadProgram(store)).toBeUndefined();
    expect(await loadSessionHold(store)).toBeUndefined();
    expect(await loadOwner(store)).toBeUndefined();
    expect([...local.items.keys()]).toEqual(["hipcheck.lang"]);
    expect(session.items.size).toBe(0);
  });
});
