/**
 * List routes answer one page at a time, name the next page in a `Link` header, and the typed client follows
 * the links so a page of the web app still sees the whole history (decision 0340).
 */
import { callRoute, PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from "@hipcheck/contracts";
import type { FetchLike, RouteTransport } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

const PASSWORD = "downward dog daily";
let t: TestApp;
let priya: TestClient;
let priyaId: string;

/** `count` days of pain entries, oldest first, ending on 2026-11-21. */
function painDates(count: number): string[] {
  const last = Date.UTC(2026, 10, 21);
  return Array.from({ length: count }, (_, index) =>
    new Date(last - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  priya = new TestClient(t.app);
  const account = await priya.expectOk("signUp", {
    body: { email: "priya@example.org", password: PASSWORD },
  });
  priyaId = account.accountId;
  await priya.expectOk("signIn", { body: { email: "priya@example.org", password: PASSWORD } });
  for (const [index, date] of painDates(PAGE_LIMIT_DEFAULT + 3).entries()) {
    await t.storage.repositories.outcomes.insertPain({
      id: `pain-${String(index).padStart(3, "0")}`,
      accountId: priyaId,
      createdAt: `${date}T08:00:00.000Z`,
      entry: { date, painNow: 2, painUsual: 3, painWorst: 5 },
    });
  }
});
afterAll(async () => {
  await t.close();
});

async function get(url: string) {
  const answer = await t.app.inject({
    method: "GET",
    url,
    headers: { cookie: `hipcheck_session=${priya.cookieValue ?? ""}` },
  });
  return { status: answer.statusCode, body: answer.json<unknown>(), link: answer.headers.link };
}

describe("a list route", () => {
  it("answers the first page and links to the next, keeping the asked size", async () => {
    const first = await get("/api/pain-entries?limit=40");
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(40);
    // Pain entries are paged in SQL: the cursor names the key the next page starts after (decision 0412).
    expect(first.link).toMatch(/^<\/api\/pain-entries\?limit=40&cursor=k[A-Za-z0-9_-]+>; rel="next"$/);
    const href = /<([^>]+)>/.exec(String(first.link))?.[1] ?? "";
    const second = await get(href);
    expect((second.body as { id: string }[])[0]?.id).toBe("pain-040");
  });

  it("ends with a page that has no Link", async () => {
    const last = await get(`/api/pain-entries?limit=${PAGE_LIMIT_MAX}`);
    expect(last.body).toHaveLength(PAGE_LIMIT_DEFAULT + 3);
    expect(last.link).toBeUndefined();
  });

  it("refuses a page larger than the maximum, and a cursor it did not write", async () => {
    const tooMany = await get(`/api/pain-entries?limit=${PAGE_LIMIT_MAX + 1}`);
    expect(tooMany).toMatchObject({
      status: 400,
      body: { error: { kind: "invalid-input", field: "query.limit" } },
    });
    const forged = await get("/api/pain-entries?cursor=page-two");
    expect(forged).toMatchObject({
      status: 400,
      body: { error: { kind: "invalid-input", field: "query.cursor" } },
    });
    const forgedKey = await get(
      `/api/pain-entries?cursor=k${Buffer.from('{"date":1}').toString("base64url")}`,
    );
    expect(forgedKey).toMatchObject({
      status: 400,
      body: { error: { kind: "invalid-input", field: "query.cursor" } },
    });
  });

  it("reads a list paged in SQL to its end in the list's order, page after page", async () => {
    const whole = await get(`/api/pain-entries?limit=${PAGE_LIMIT_MAX}`);
    const paged: unknown[] = [];
    let next: string | undefined = "/api/pain-entries?limit=7";
    while (next !== undefined) {
      const page = await get(next);
      expect(page.status).toBe(200);
      paged.push(...(page.body as unknown[]));
      next = /<([^>]+)>/.exec(String(page.link ?? ""))?.[1];
    }
    expect(paged).toEqual(whole.body);
  });

  it("pages activities in SQL too, by date and start time, with a key for a cursor", async () => {
    for (const [position, day] of [21, 19, 20, 19, 18].entries()) {
      await t.storage.repositories.activities.insertIfAbsent({
        id: `run-${String(position)}`,
        accountId: priyaId,
        fileHash: "c".repeat(64),
        fileName: "month.fit",
        position,
        importedAt: "2026-11-21T20:00:00.000Z",
        activity: {
          source: "fit",
          date: `2026-11-${String(day)}`,
          startTime: `2026-11-${String(day)}T0${String(position)}:00:00.000Z`,
          sport: "running",
          durationSeconds: 1800,
          distanceMeters: 5000,
          cadencePerMin: 84,
          repetitions: { kind: "steps", count: 2520, source: "recorded-total" },
        },
      });
    }
    const whole = await get("/api/activities");
    const paged: { activityId: string }[] = [];
    let next: string | undefined = "/api/activities?limit=2";
    while (next !== undefined) {
      const page = await get(next);
      expect(page.status).toBe(200);
      paged.push(...(page.body as { activityId: string }[]));
      next = /<([^>]+)>/.exec(String(page.link ?? ""))?.[1];
      if (next !== undefined) expect(new URL(next, "http://x").searchParams.get("cursor")).toMatch(/^k/);
    }
    expect(paged).toEqual(whole.body);
    expect(paged.map((run) => run.activityId)).toEqual(["run-4", "run-1", "run-3", "run-2", "run-0"]);
  });

  it("pages check-ins in SQL, a day's check-ins kept in the order they were made", async () => {
    for (let n = 0; n < 5; n += 1) {
      await priya.expectOk("submitCheckIn", { body: { answers: personas.runnerPfp } });
    }
    const whole = await get(`/api/check-ins?limit=${PAGE_LIMIT_MAX}`);
    expect(whole.body).toHaveLength(5);
    const paged: unknown[] = [];
    let next: string | undefined = "/api/check-ins?limit=2";
    while (next !== undefined) {
      const page = await get(next);
      expect(page.status).toBe(200);
      paged.push(...(page.body as unknown[]));
      next = /<([^>]+)>/.exec(String(page.link ?? ""))?.[1];
      // The cursor is the key of decision 0601, not a position in a list read whole.
      if (next !== undefined) expect(new URL(next, "http://x").searchParams.get("cursor")).toMatch(/^k/);
    }
    expect(paged).toEqual(whole.body);
  });

  it("still reads a position cursor on a list paged in SQL, as written before it was", async () => {
    const second = await get("/api/pain-entries?limit=40&cursor=40.00000000");
    expect((second.body as { id: string }[])[0]?.id).toBe("pain-040");
  });

  it("pages a list that had no query before, and still refuses any other field", async () => {
    expect(await get("/api/coach-links?limit=1")).toMatchObject({ status: 200, body: [] });
    expect(await get("/api/coach-links?page=2")).toMatchObject({ status: 400 });
  });
});

describe("the typed client", () => {
  it("follows the links and hands the page the whole history", async () => {
    const fetch: FetchLike = async (url, init) => {
      const answer = await t.app.inject({
        method: init.method as "GET",
        url,
        headers: { ...init.headers, cookie: `hipcheck_session=${priya.cookieValue ?? ""}` },
      });
      const link = answer.headers.link;
      return {
        status: answer.statusCode,
        text: () => Promise.resolve(answer.body),
        headers: { get: (name: string) => (name === "link" && typeof link === "string" ? link : null) },
      };
    };
    const transport: RouteTransport = { baseUrl: "", fetch };
    const listed = await callRoute(transport, "listPain", { query: {} });
    expect(listed.ok && listed.value.map((item) => item.id)).toEqual(
      Array.from({ length: PAGE_LIMIT_DEFAULT + 3 }, (_, index) => `pain-${String(index).padStart(3, "0")}`),
    );
  });
});
