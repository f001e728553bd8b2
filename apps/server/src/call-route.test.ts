/**
 * The typed client the web app uses (`callRoute` from the contracts), against the real server: it calls routes
 * by name, sends the CSRF header, checks answers against the same schemas, and returns failures as values.
 */
import { callRoute } from "@hipcheck/contracts";
import type { FetchLike, RouteTransport } from "@hipcheck/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TODAY } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A browser in miniature: `fetch` over `app.inject`, keeping the cookie the server sets. */
function browser(): RouteTransport {
  const headers: Record<string, string> = {};
  const fetch: FetchLike = async (url, init) => {
    const answer = await t.app.inject({
      method: init.method as "GET",
      url,
      headers: { ...init.headers, ...headers },
      ...(init.body === undefined ? {} : { payload: init.body }),
    });
    const cookie = answer.cookies.find((c) => c.name === "hipcheck_session");
    if (cookie) headers.cookie = `${cookie.name}=${cookie.value}`;
    return { status: answer.statusCode, text: () => Promise.resolve(answer.body) };
  };
  return { baseUrl: "", fetch };
}

describe("callRoute", () => {
  it("signs Priya up and in, then records and reads her pain, all typed by the route table", async () => {
    const priya = browser();
    const credentials = { email: "priya@example.org", password: "downward dog daily" };
    expect(await callRoute(priya, "signUp", { body: credentials })).toMatchObject({
      ok: true,
      value: { role: "person" },
    });
    expect((await callRoute(priya, "signIn", { body: credentials })).ok).toBe(true);
    const entry = { date: TODAY, painNow: 1, painUsual: 1, painWorst: 2 };
    const recorded = await callRoute(priya, "recordPain", { body: entry });
    expect(recorded).toMatchObject({ ok: true, value: { entry } });
    const listed = await callRoute(priya, "listPain", { query: {} });
    expect(listed.ok && listed.value.map((item) => item.entry)).toEqual([entry]);
  });

  it("returns the server's error as a value, with its status", async () => {
    const visitor = browser();
    const answer = await callRoute(visitor, "getAccount", {});
    expect(answer).toEqual({
      ok: false,
      error: { kind: "unauthenticated", message: expect.any(String), status: 401 },
    });
  });

  it("reports an unreachable server as a value, not a throw", async () => {
    const offline: RouteTransport = {
      baseUrl: "http://127.0.0.1:9",
      fetch: () => Promise.reject(new Error("ECONNREFUSED")),
    };
    const answer = await callRoute(offline, "health", {});
    expect(answer).toMatchObject({ ok: false, error: { kind: "internal", status: 0 } });
  });
});
