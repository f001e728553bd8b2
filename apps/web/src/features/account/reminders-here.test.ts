import type { FetchLike } from "@hipcheck/contracts";
import { describe, expect, it } from "vitest";
import { createApiCall } from "../../api/api-client.js";
import { stopRemindersHere, type SubscriptionHere } from "./reminders-here.js";

const ENDPOINT = "https://push.example/phone-1";

/** The server's rows for the signed-in account: one for this phone's endpoint, one for a laptop's. */
function remindersServer() {
  const rows = new Map([
    ["sub-phone", ENDPOINT],
    ["sub-laptop", "https://push.example/laptop"],
  ]);
  const fetch: FetchLike = (url, init) => {
    const path = new URL(url, "http://hipcheck.test").pathname;
    if (init.method === "GET" && path === "/api/push/subscriptions") {
      const view = [...rows].map(([subscriptionId, endpoint]) => ({
        subscriptionId,
        endpoint,
        reminderTime: "18:00",
        timeZone: "Europe/Paris",
        language: "fr",
        createdAt: "2026-12-01T08:00:00.000Z",
      }));
      return Promise.resolve({ status: 200, text: () => Promise.resolve(JSON.stringify(view)) });
    }
    const deleted = /^\/api\/push\/subscriptions\/(.+)$/.exec(path);
    if (init.method === "DELETE" && deleted?.[1] !== undefined) {
      rows.delete(deleted[1]);
      return Promise.resolve({ status: 204, text: () => Promise.resolve("") });
    }
    return Promise.resolve({ status: 404, text: () => Promise.resolve("{}") });
  };
  return { call: createApiCall({ baseUrl: "", fetch }), rows };
}

function subscription(): SubscriptionHere & { readonly dropped: () => boolean } {
  let dropped = false;
  return {
    endpoint: ENDPOINT,
    unsubscribe: () => {
      dropped = true;
      return Promise.resolve(true);
    },
    dropped: () => dropped,
  };
}

describe("ending this browser's reminders (decision 0743)", () => {
  it("at sign-out, finds this browser's row by its endpoint, removes it and drops the subscription", async () => {
    const server = remindersServer();
    const here = subscription();
    await stopRemindersHere(server.call, here);
    expect([...server.rows.keys()]).toEqual(["sub-laptop"]);
    expect(here.dropped()).toBe(true);
  });

  it("turning them off removes the row it names; without a subscription here, nothing is asked", async () => {
    const server = remindersServer();
    await stopRemindersHere(server.call, null, "sub-phone");
    expect([...server.rows.keys()]).toEqual(["sub-laptop"]);
    const untouched = remindersServer();
    await stopRemindersHere(untouched.call, null);
    expect(untouched.rows.size).toBe(2);
  });

  it("drops a subscription the server no longer knows for this account", async () => {
    const server = remindersServer();
    server.rows.delete("sub-phone");
    const here = subscription();
    await stopRemindersHere(server.call, here);
    expect(here.dropped()).toBe(true);
    expect([...server.rows.keys()]).toEqual(["sub-laptop"]);
  });
});
