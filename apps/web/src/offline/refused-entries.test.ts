import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { ApiError } from "@hipcheck/contracts";
import type { PainEntry, StrengthCheck } from "@hipcheck/core";
import { loadHistory, openLocalStore, queueClinicReading, recordEntry } from "./local-store.js";
import type { OutboxItem } from "./local-store.js";
import { discardRefused, refusedEntries, refusedEntry, sendAgain } from "./refused-entries.js";
import { syncOutbox } from "./sync-outbox.js";
import type { SendOutcome } from "./sync-outbox.js";

let dbCounter = 0;
const freshStore = () => openLocalStore(`refused-${String(dbCounter++)}`);

/**
 * Léa logged her week-2 hold and her knee pain on the train; the server refuses the hold (a left side of 1,200 s,
 * typed for 120) and takes the pain. Maya, her physiotherapist, queued a clinic reading for a client whose link
 * ended meanwhile.
 */
const leaHold: StrengthCheck = {
  test: "abductor-endurance-hold",
  date: "2026-03-17",
  firstSide: "left",
  left: { holdSeconds: 1200, timedBy: "stopwatch" },
  right: { holdSeconds: 70, timedBy: "stopwatch" },
};
const leaPain: PainEntry = { date: "2026-03-17", painNow: 2, painUsual: 2, painWorst: 3 };
const tooLong: ApiError = {
  kind: "invalid-input",
  message: "check.left.holdSeconds: must be at most 600",
  field: "check.left.holdSeconds",
  status: 400,
};
const linkEnded: ApiError = { kind: "forbidden", message: "You no longer coach this person.", status: 403 };

/** The server as it answers these entries. */
const send = (item: OutboxItem): Promise<SendOutcome> => {
  if (item.kind === "strength") return Promise.resolve({ refused: tooLong });
  if (item.kind === "clinic-reading") return Promise.resolve({ refused: linkEnded });
  return Promise.resolve("stored");
};

async function leaOnTheTrain() {
  const store = await freshStore();
  await recordEntry(store, { id: "hold-1", kind: "strength", payload: { id: "hold-1", check: leaHold } });
  await recordEntry(store, { id: "pain-1", kind: "pain", payload: leaPain });
  await queueClinicReading(store, {
    id: "reading-1",
    personId: "noe",
    check: { ...leaHold, test: "hip-abduction-dynamometer" } as unknown as StrengthCheck,
  });
  await syncOutbox(store, send);
  return store;
}

describe("entries the server refused, kept for review", () => {
  it("lists each refused entry with the day it is about and the server's reason, oldest first", async () => {
    const store = await leaOnTheTrain();
    const entries = await refusedEntries(store);
    expect(entries.map((entry) => [entry.item.id, entry.date, entry.refusal.kind])).toEqual([
      ["hold-1", "2026-03-17", "invalid-input"],
      ["reading-1", "2026-03-17", "forbidden"],
    ]);
    expect(entries[0]?.refusal.field).toBe("check.left.holdSeconds");
  });

  it("discards a refused entry from the outbox and from the device's record, and nothing else", async () => {
    const store = await leaOnTheTrain();
    const [hold, reading] = await refusedEntries(store);
    if (hold === undefined || reading === undefined) throw new Error("nothing refused");
    await discardRefused(store, hold.key);
    await discardRefused(store, reading.key);
    expect(await refusedEntries(store)).toEqual([]);
    expect(await store.count("outbox")).toBe(0);
    const history = await loadHistory(store);
    expect(history.strengthChecks).toEqual([]);
    expect(history.painEntries).toEqual([leaPain]);
  });

  it("sends an entry again on request: stored once the reason is gone, back in the list if it is not", async () => {
    const store = await leaOnTheTrain();
    const [hold, reading] = await refusedEntries(store);
    if (hold === undefined || reading === undefined) throw new Error("nothing refused");
    await sendAgain(store, reading.key);
    expect(await refusedEntry(store, reading.key)).toBeUndefined();
    // Refused again (the link is still ended): listed again with its reason.
    await syncOutbox(store, send);
    expect((await refusedEntry(store, reading.key))?.refusal).toEqual(linkEnded);
    // The coach restored the link: sent and gone.
    await sendAgain(store, reading.key);
    expect(await syncOutbox(store, () => Promise.resolve("stored"))).toEqual({
      sent: 1,
      remaining: 1,
      refused: 1,
    });
    expect((await refusedEntries(store)).map((entry) => entry.item.id)).toEqual([hold.item.id]);
  });
});
