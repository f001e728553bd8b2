import type { FetchLike } from "@hipcheck/contracts";
import { describe, expect, it } from "vitest";
import type { OutboxItem } from "../offline/local-store.js";
import { createApiCall } from "./api-client.js";
import { sendOutboxItem } from "./send-outbox-item.js";

/** A server that keeps each entry under the id it came with, as HipCheck's does, and answers with it. */
function entryServer() {
  const stored = new Map<string, string>();
  const bodies: unknown[] = [];
  const fetch: FetchLike = (_url, init) => {
    const body = JSON.parse(init.body ?? "{}") as { id: string } & Record<string, unknown>;
    bodies.push(body);
    const { id, ...entry } = body;
    stored.set(id, JSON.stringify(entry));
    const view = { id, entry, createdAt: "2026-12-01T08:00:00.000Z" };
    return Promise.resolve({ status: 201, text: () => Promise.resolve(JSON.stringify(view)) });
  };
  return { call: createApiCall({ baseUrl: "", fetch }), bodies, stored };
}

describe("sending queued pain and PSFS entries", () => {
  it("Amira's pain entry goes with the id it was queued under, so a resend is recognised", async () => {
    const server = entryServer();
    const item: OutboxItem = {
      id: "3b8f0c1e-pain",
      kind: "pain",
      payload: { date: "2026-12-01", painNow: 3, painUsual: 4, painWorst: 6 },
    };
    expect(await sendOutboxItem(server.call, item)).toBe("stored");
    expect(await sendOutboxItem(server.call, item)).toBe("stored");
    expect(server.bodies).toEqual([
      { id: "3b8f0c1e-pain", ...item.payload },
      { id: "3b8f0c1e-pain", ...item.payload },
    ]);
    expect(server.stored.size).toBe(1);
  });

  it("her PSFS scores carry their id too", async () => {
    const server = entryServer();
    const item: OutboxItem = {
      id: "9d1a-psfs",
      kind: "psfs",
      payload: { date: "2026-12-01", items: [{ activity: "Running 5 km", score: 4 }] },
    };
    expect(await sendOutboxItem(server.call, item)).toBe("stored");
    expect(server.bodies).toEqual([{ id: "9d1a-psfs", ...item.payload }]);
  });
});
