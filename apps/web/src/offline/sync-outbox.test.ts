import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { MorningCheckIn, SessionLog } from "@hipcheck/core";
import { loadHistory, openLocalStore, pendingCount, recordEntry } from "./local-store.js";
import type { OutboxItem } from "./local-store.js";
import { syncOutbox } from "./sync-outbox.js";
import type { SendOutcome } from "./sync-outbox.js";

let dbCounter = 0;
const freshStore = () => openLocalStore(`test-${String(dbCounter++)}`);

/** Amira, a runner with a sore right knee, logs her Tuesday session on the train with no signal. */
const amiraTuesday: SessionLog = {
  id: "log-amira-1",
  programId: "program-amira",
  plannedSessionId: "w1-s1",
  date: "2026-03-03",
  kind: "strength",
  entries: [
    {
      exerciseId: "clamshell",
      sets: [
        { side: "left", reps: 12 },
        { side: "right", reps: 10 },
      ],
      painDuring: 2,
      rpe: 6,
    },
  ],
  completed: true,
};
const amiraWednesday: MorningCheckIn = { date: "2026-03-04", pain: 2, settled: true };

/** A fake server that remembers ids, answering like the real one: a repeat id is a conflict. */
function idempotentServer() {
  const received = new Map<string, OutboxItem>();
  let online = false;
  return {
    received,
    setOnline(value: boolean) {
      online = value;
    },
    send(item: OutboxItem): Promise<SendOutcome> {
      if (!online) return Promise.resolve("offline");
      if (received.has(item.id)) return Promise.resolve("already-stored");
      received.set(item.id, item);
      return Promise.resolve("stored");
    },
  };
}

describe("the offline outbox", () => {
  it("keeps Amira's session on the device while offline and sends it once when the network is back", async () => {
    const store = await freshStore();
    const server = idempotentServer();
    await recordEntry(store, { id: amiraTuesday.id, kind: "session-log", payload: amiraTuesday });
    await recordEntry(store, { id: "checkin-2026-03-04", kind: "check-in", payload: amiraWednesday });

    const offline = await syncOutbox(store, (item) => server.send(item));
    expect(offline).toEqual({ sent: 0, remaining: 2, refused: 0 });
    expect((await loadHistory(store)).logs).toEqual([amiraTuesday]);

    server.setOnline(true);
    expect(await syncOutbox(store, (item) => server.send(item))).toEqual({
      sent: 2,
      remaining: 0,
      refused: 0,
    });
    expect([...server.received.keys()]).toEqual([amiraTuesday.id, "checkin-2026-03-04"]);
    expect(await pendingCount(store)).toBe(0);
  });

  it("drops an item the server already holds (its first answer was lost) without recording it twice", async () => {
    const store = await freshStore();
    const server = idempotentServer();
    server.setOnline(true);
    await server.send({ id: amiraTuesday.id, kind: "session-log", payload: amiraTuesday });
    await recordEntry(store, { id: amiraTuesday.id, kind: "session-log", payload: amiraTuesday });
    expect(await syncOutbox(store, (item) => server.send(item))).toEqual({
      sent: 1,
      remaining: 0,
      refused: 0,
    });
    expect(server.received.size).toBe(1);
  });

  it("keeps a refused item with the server's reason, sends the items after it, and does not send it again", async () => {
    const store = await freshStore();
    const server = idempotentServer();
    server.setOnline(true);
    await recordEntry(store, { id: amiraTuesday.id, kind: "session-log", payload: amiraTuesday });
    await recordEntry(store, { id: "checkin-2026-03-04", kind: "check-in", payload: amiraWednesday });
    const refusal = {
      kind: "invalid-input" as const,
      message: "Pain is from 0 to 10.",
      field: "pain",
      status: 400,
    };
    const sent: string[] = [];
    const send = (item: OutboxItem): Promise<SendOutcome> => {
      sent.push(item.id);
      return item.kind === "session-log" ? Promise.resolve({ refused: refusal }) : server.send(item);
    };
    expect(await syncOutbox(store, send)).toEqual({ sent: 1, remaining: 1, refused: 1 });
    const [kept] = await store.getAll("outbox");
    expect(kept).toMatchObject({ id: amiraTuesday.id, refusal });
    // The next runs leave it alone: it waits for Amira, not for the network.
    expect(await syncOutbox(store, send)).toEqual({ sent: 0, remaining: 1, refused: 1 });
    expect(sent).toEqual([amiraTuesday.id, "checkin-2026-03-04"]);
  });

  it("keeps an item the server cannot take now (signed out, busy) in order for the next run, unmarked", async () => {
    const store = await freshStore();
    await recordEntry(store, { id: amiraTuesday.id, kind: "session-log", payload: amiraTuesday });
    await recordEntry(store, { id: "checkin-2026-03-04", kind: "check-in", payload: amiraWednesday });
    const sent: string[] = [];
    const later = (item: OutboxItem): Promise<SendOutcome> => {
      sent.push(item.id);
      return Promise.resolve("try-later");
    };
    expect(await syncOutbox(store, later)).toEqual({ sent: 0, remaining: 2, refused: 0 });
    expect(sent).toEqual([amiraTuesday.id]);
    expect((await store.getAll("outbox")).map((item) => item.refusal)).toEqual([undefined, undefined]);
  });

  it("never loses nor duplicates an entry, whatever the sequence of network drops", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        async (network, count) => {
          const store = await freshStore();
          const server = idempotentServer();
          for (let n = 0; n < count; n += 1) {
            const log = { ...amiraTuesday, id: `log-${String(n)}` };
            await recordEntry(store, { id: log.id, kind: "session-log", payload: log });
          }
          for (const online of network) {
            server.setOnline(online);
            await syncOutbox(store, (item) => server.send(item));
          }
          server.setOnline(true);
          await syncOutbox(store, (item) => server.send(item));
          expect(server.received.size).toBe(count);
          expect(await pendingCount(store)).toBe(0);
          store.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});
