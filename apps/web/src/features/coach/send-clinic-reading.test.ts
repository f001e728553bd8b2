import "fake-indexeddb/auto";
import type { FetchLike } from "@hipcheck/contracts";
import type { DynamometerCheck } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { createApiCall } from "../../api/api-client.js";
import { sendOutboxItem } from "../../api/send-outbox-item.js";
import {
  loadHistory,
  openLocalStore,
  pendingClinicReadings,
  pendingCount,
} from "../../offline/local-store.js";
import { syncOutbox } from "../../offline/sync-outbox.js";
import { sendClinicReading } from "./send-clinic-reading.js";

let dbCounter = 0;
const freshStore = () => openLocalStore(`clinic-${String(dbCounter++)}`);

/** Noé's reading in Maya's clinic: best of 3 pushes per side, with the set-up that makes it comparable. */
const noeReading: DynamometerCheck = {
  test: "hip-abduction-dynamometer",
  date: "2026-12-04",
  firstSide: "right",
  left: { forceN: 200 },
  right: { forceN: 180 },
  leverArmM: 0.45,
  bodyMassKg: 60,
  device: "MicroFET2",
  placement: "side-lying, above the lateral knee",
};

/**
 * The clinic's connection, as the route answers: each check is stored under its id, a repeat with the same check
 * answers the stored one, and a push over 1,000 N is refused on its field. Offline, nothing arrives; with
 * `loseAnswers`, the check arrives and the answer is lost on the way back.
 */
function clinicServer() {
  const stored = new Map<string, { personId: string; check: unknown }>();
  let mode: "online" | "offline" | "loseAnswers" = "online";
  const fetch: FetchLike = (_url, init) => {
    if (mode === "offline") return Promise.reject(new TypeError("Failed to fetch"));
    const body = JSON.parse(init.body ?? "{}") as { id: string; personId: string; check: DynamometerCheck };
    if (body.check.left.forceN > 1000 || body.check.right.forceN > 1000) {
      const side = body.check.left.forceN > 1000 ? "left" : "right";
      const error = { kind: "invalid-input", message: "must be at most 1000", field: `check.${side}.forceN` };
      return Promise.resolve({ status: 400, text: () => Promise.resolve(JSON.stringify({ error })) });
    }
    if (!stored.has(body.id)) stored.set(body.id, { personId: body.personId, check: body.check });
    if (mode === "loseAnswers") return Promise.reject(new TypeError("network changed"));
    const view = { id: body.id, check: stored.get(body.id)?.check, createdAt: "2026-12-04T10:00:00.000Z" };
    return Promise.resolve({ status: 201, text: () => Promise.resolve(JSON.stringify(view)) });
  };
  return {
    call: createApiCall({ baseUrl: "", fetch }),
    stored,
    set(next: typeof mode) {
      mode = next;
    },
  };
}

describe("Maya's clinic reading when the clinic's connection drops", () => {
  it("is saved at once when the server answers, and nothing waits on the device", async () => {
    const store = await freshStore();
    const server = clinicServer();
    const outcome = await sendClinicReading(server.call, store, {
      id: "reading-1",
      personId: "noe",
      check: noeReading,
    });
    expect(outcome).toEqual({ kind: "saved", check: noeReading });
    expect(server.stored.get("reading-1")).toEqual({ personId: "noe", check: noeReading });
    expect(await pendingCount(store)).toBe(0);
  });

  it("waits on the device while offline, shown for Noé only, and is sent once when the connection is back", async () => {
    const store = await freshStore();
    const server = clinicServer();
    server.set("offline");
    const reading = { id: "reading-2", personId: "noe", check: noeReading };
    // Pressed twice before the first press answered: one reading waits.
    const outcomes = await Promise.all([
      sendClinicReading(server.call, store, reading),
      sendClinicReading(server.call, store, reading),
    ]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["queued", "queued"]);
    expect(await pendingCount(store)).toBe(1);
    expect(await pendingClinicReadings(store, "noe")).toEqual([{ id: "reading-2", check: noeReading }]);
    expect(await pendingClinicReadings(store, "zoe")).toEqual([]);
    // It is Noé's reading, not the device's own person's: her history does not show it.
    expect((await loadHistory(store)).strengthChecks).toEqual([]);

    const send = (item: Parameters<typeof sendOutboxItem>[1]) => sendOutboxItem(server.call, item);
    expect(await syncOutbox(store, send)).toEqual({ sent: 0, remaining: 1, refused: 0 });
    server.set("online");
    expect(await syncOutbox(store, send)).toEqual({ sent: 1, remaining: 0, refused: 0 });
    expect([...server.stored]).toEqual([["reading-2", { personId: "noe", check: noeReading }]]);
    expect(await pendingClinicReadings(store, "noe")).toEqual([]);
  });

  it("a reading that arrived but whose answer was lost is queued, and its resend stores nothing new", async () => {
    const store = await freshStore();
    const server = clinicServer();
    server.set("loseAnswers");
    const outcome = await sendClinicReading(server.call, store, {
      id: "reading-3",
      personId: "noe",
      check: noeReading,
    });
    expect(outcome.kind).toBe("queued");
    expect(server.stored.size).toBe(1);
    server.set("online");
    const report = await syncOutbox(store, (item) => sendOutboxItem(server.call, item));
    expect(report).toEqual({ sent: 1, remaining: 0, refused: 0 });
    expect(server.stored.size).toBe(1);
  });

  it("a reading the server refuses is told at once, for Maya to correct, and never queued", async () => {
    const store = await freshStore();
    const server = clinicServer();
    const outcome = await sendClinicReading(server.call, store, {
      id: "reading-4",
      personId: "noe",
      check: { ...noeReading, left: { forceN: 3000 } },
    });
    expect(outcome).toMatchObject({
      kind: "refused",
      error: { kind: "invalid-input", field: "check.left.forceN", status: 400 },
    });
    expect(await pendingCount(store)).toBe(0);
    expect(server.stored.size).toBe(0);
  });
});
