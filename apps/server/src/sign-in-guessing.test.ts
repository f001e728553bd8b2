/**
 * Sign-in resists guessing without locking the owner out: wrong passwords slow one address for one account, the
 * owner signs in from elsewhere, a client behind a trusted proxy cannot choose its address through
 * X-Forwarded-For, and a new password from the common-password list is refused.
 */
import { CSRF_HEADER, CSRF_HEADER_VALUE } from "@hipcheck/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { isCommonPassword } from "./auth/common-passwords.js";
import { buildApp } from "./app.js";
import { SignInThrottle } from "./auth/sign-in-throttle.js";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

const DANA = { email: "dana@example.org", password: "correct horse battery" };
const HEADERS = { [CSRF_HEADER]: CSRF_HEADER_VALUE, "content-type": "application/json" };

let t: TestApp;
afterEach(async () => {
  await t.close();
});

async function danaSignedUp(options: Parameters<typeof createTestApp>[0] = {}) {
  t = await createTestApp(options);
  await new TestClient(t.app).expectOk("signUp", { body: DANA });
}

function signInFrom(remoteAddress: string, password: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    remoteAddress,
    headers: { ...HEADERS, ...headers },
    payload: { email: DANA.email, password },
  });
}

describe("guessing one account", () => {
  it("slows the guessing address after five wrong passwords; Dana still signs in from home", async () => {
    await danaSignedUp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      statuses.push((await signInFrom("198.51.100.9", `guess ${attempt}`)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const slowed = await signInFrom("198.51.100.9", DANA.password);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers["retry-after"]).toMatch(/^\d+$/);
    expect(slowed.json()).toMatchObject({ error: { kind: "rate-limited" } });

    const fromHome = await signInFrom("203.0.113.20", DANA.password);
    expect(fromHome.statusCode).toBe(200);
  });

  it("behind one trusted proxy, a forged X-Forwarded-For does not give a fresh address", async () => {
    await danaSignedUp({ trustProxy: { hops: 1 } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      // The client writes its own first entry; the proxy (127.0.0.1) appends the address it really saw.
      const forwarded = { "x-forwarded-for": `10.0.${attempt}.1, 198.51.100.9` };
      statuses.push((await signInFrom("127.0.0.1", `guess ${attempt}`, forwarded)).statusCode);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    const forwarded = { "x-forwarded-for": "203.0.113.20" };
    expect((await signInFrom("127.0.0.1", DANA.password, forwarded)).statusCode).toBe(200);
  });

  it("X-Forwarded-For is ignored unless a proxy is trusted", async () => {
    await danaSignedUp();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signInFrom("198.51.100.9", `guess ${attempt}`, { "x-forwarded-for": `10.1.${attempt}.1` });
    }
    const forged = await signInFrom("198.51.100.9", "guess 6", { "x-forwarded-for": "10.9.9.9" });
    expect(forged.statusCode).toBe(429);
  });

  it("a right password clears the count; waits double and are capped", async () => {
    t = await createTestApp();
    let nowMs = Date.parse("2026-12-04T16:00:00.000Z");
    const startMs = nowMs;
    const throttle = new SignInThrottle(
      t.storage.attempts,
      { freeFailures: 2, firstWaitMs: 1_000, maxWaitMs: 4_000, forgetAfterMs: 60_000 },
      () => nowMs,
    );
    const waits: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await throttle.recordFailure("Dana@Example.org", "198.51.100.9");
      waits.push(await throttle.waitMsFor("dana@example.org", "198.51.100.9"));
    }
    expect(waits).toEqual([0, 1_000, 2_000, 4_000, 4_000, 4_000]);
    nowMs = startMs + 3_000;
    expect(await throttle.waitMsFor("dana@example.org", "198.51.100.9")).toBe(1_000);
    await throttle.recordSuccess("dana@example.org", "198.51.100.9");
    expect(await throttle.waitMsFor("dana@example.org", "198.51.100.9")).toBe(0);
  });

  it("forgets a pair after a quiet hour, and the sweep deletes it", async () => {
    t = await createTestApp();
    let nowMs = Date.parse("2026-12-04T16:00:00.000Z");
    const throttle = new SignInThrottle(
      t.storage.attempts,
      { freeFailures: 0, firstWaitMs: 1_000, maxWaitMs: 1_000, forgetAfterMs: 3_600_000 },
      () => nowMs,
    );
    await throttle.recordFailure("dana@example.org", "198.51.100.9");
    expect(await throttle.waitMsFor("dana@example.org", "198.51.100.9")).toBe(1_000);
    nowMs += 3_600_000;
    expect(await throttle.waitMsFor("dana@example.org", "198.51.100.9")).toBe(0);
    expect(await t.storage.attempts.sweep(nowMs)).toBe(1);
  });

  it("the per-address limit counts in the database: a second server on it sees the first one's tries", async () => {
    t = await createTestApp({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const other = await buildApp({
      hipcheck: t.hipcheck,
      attempts: t.storage.attempts,
      rateLimit: { max: 3, timeWindowMs: 60_000 },
    });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const app = attempt % 2 === 0 ? t.app : other;
        const answer = await app.inject({
          method: "POST",
          url: "/api/auth/sign-in",
          remoteAddress: "198.51.100.9",
          headers: HEADERS,
          payload: { email: `p${attempt}@example.org`, password: "not a password" },
        });
        statuses.push(answer.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await other.close();
    }
  });
});

describe("common passwords", () => {
  it("are found whatever their case", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("Password1")).toBe(true);
    expect(isCommonPassword("correct horse battery")).toBe(false);
  });

  it("are refused at sign-up and at a password change, naming the field", async () => {
    t = await createTestApp();
    const visitor = new TestClient(t.app);
    const refused = await visitor.call("signUp", { body: { email: DANA.email, password: "password" } });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { kind: "invalid-input", field: "password" } },
    });
    await visitor.expectOk("signUp", { body: DANA });
    await visitor.expectOk("signIn", { body: DANA });
    const change = await visitor.call("changePassword", {
      body: { currentPassword: DANA.password, newPassword: "iloveyou" },
    });
    expect(change).toMatchObject({ status: 400, body: { error: { field: "newPassword" } } });
  });
});
