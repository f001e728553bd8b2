/**
 * Accounts and access as a person meets them: signing up and in, the session cookie, signing out on one device
 * or all, changing the password, cross-site protection, slowing down password guessing, and what the logs keep.
 */
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from "@hipcheck/contracts";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

const DANA = { email: "dana@example.org", password: "correct horse battery" };
const WRITE_HEADERS = { [CSRF_HEADER]: CSRF_HEADER_VALUE, "content-type": "application/json" };

let t: TestApp;
afterEach(async () => {
  await t.close();
});

async function danaSignedUp(options: Parameters<typeof createTestApp>[0] = {}): Promise<void> {
  t = await createTestApp(options);
  await new TestClient(t.app).expectOk("signUp", { body: DANA });
}

async function signIn(headers: Record<string, string> = {}) {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    headers: { ...WRITE_HEADERS, ...headers },
    payload: DANA,
  });
}

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie and never puts the token in the body", async () => {
    await danaSignedUp();
    const answer = await signIn();
    expect(answer.statusCode).toBe(200);
    const cookie = answer.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.secure).toBeUndefined();
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
    expect(answer.body).not.toContain(cookie?.value);
    expect(answer.json()).toMatchObject({ account: { email: DANA.email, role: "person" } });
  });

  it("marks the cookie Secure when a trusted proxy says the request came over https", async () => {
    await danaSignedUp({ trustProxy: { hops: 1 } });
    const answer = await signIn({ "x-forwarded-proto": "https", host: "hipcheck.example.org" });
    expect(answer.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
  });

  it("answers the same 401 for a wrong password and an unknown email", async () => {
    await danaSignedUp();
    const client = new TestClient(t.app);
    const wrongPassword = await client.call("signIn", { body: { ...DANA, password: "not her password" } });
    const unknownEmail = await client.call("signIn", { body: { ...DANA, email: "nobody@example.org" } });
    expect(wrongPassword).toMatchObject({ status: 401, body: { error: { kind: "unauthenticated" } } });
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    await danaSignedUp();
    const again = await new TestClient(t.app).call("signUp", {
      body: { ...DANA, email: "DANA@example.org" },
    });
    expect(again).toMatchObject({ status: 409, body: { error: { kind: "conflict", field: "email" } } });
  });

  it("tells a person who chose a short password how long it must be", async () => {
    t = await createTestApp();
    const answer = await new TestClient(t.app).call("signUp", {
      body: { email: DANA.email, password: "short" },
    });
    expect(answer).toMatchObject({ status: 400, body: { error: { field: "password" } } });
    expect((answer.body as { error: { message: string } }).error.message).toMatch(/at least 8 characters/);
  });
});

describe("signing out", () => {
  it("ends this sign-in: the old cookie no longer opens the account", async () => {
    await danaSignedUp();
    const phone = new TestClient(t.app);
    await phone.expectOk("signIn", { body: DANA });
    const stolen = phone.cookieValue;
    expect((await phone.call("signOut", {})).status).toBe(204);
    expect(phone.signedIn).toBe(false);
    const replay = await t.app.inject({ url: "/api/account", cookies: { [SESSION_COOKIE]: stolen ?? "" } });
    expect(replay.statusCode).toBe(401);
  });

  it("everywhere: every device of the account is signed out", async () => {
    await danaSignedUp();
    const phone = new TestClient(t.app);
    const laptop = new TestClient(t.app);
    await phone.expectOk("signIn", { body: DANA });
    await laptop.expectOk("signIn", { body: DANA });
    expect(await phone.call("signOutEverywhere", {})).toMatchObject({
      status: 200,
      body: { sessionsEnded: 2 },
    });
    expect((await laptop.call("getAccount", {})).status).toBe(401);
  });
});

describe("changing the password", () => {
  it("keeps this device signed in, signs out the others, and only the new password works", async () => {
    await danaSignedUp();
    const phone = new TestClient(t.app);
    const laptop = new TestClient(t.app);
    await phone.expectOk("signIn", { body: DANA });
    await laptop.expectOk("signIn", { body: DANA });
    const newPassword = "a brand new passphrase";
    const changed = await phone.call("changePassword", {
      body: { currentPassword: DANA.password, newPassword },
    });
    expect(changed.status).toBe(204);
    expect((await phone.call("getAccount", {})).status).toBe(200);
    expect((await laptop.call("getAccount", {})).status).toBe(401);
    expect((await new TestClient(t.app).call("signIn", { body: DANA })).status).toBe(401);
    expect(
      (await new TestClient(t.app).call("signIn", { body: { ...DANA, password: newPassword } })).status,
    ).toBe(200);
  });

  it("refuses without the current password", async () => {
    await danaSignedUp();
    const phone = new TestClient(t.app);
    await phone.expectOk("signIn", { body: DANA });
    const answer = await phone.call("changePassword", {
      body: { currentPassword: "a guess at it", newPassword: "a brand new passphrase" },
    });
    expect(answer).toMatchObject({ status: 403, body: { error: { field: "currentPassword" } } });
  });
});

describe("cross-site request forgery", () => {
  it("refuses a write without the custom header, and writes nothing", async () => {
    await danaSignedUp();
    const phone = new TestClient(t.app);
    await phone.expectOk("signIn", { body: DANA });
    const forged = await t.app.inject({
      method: "POST",
      url: "/api/pain-entries",
      cookies: { [SESSION_COOKIE]: phone.cookieValue ?? "" },
      headers: { "content-type": "application/json" },
      payload: { date: "2026-11-22", painNow: 9, painUsual: 9, painWorst: 9 },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ error: { kind: "forbidden" } });
    expect((await phone.expectOk("listPain", { query: {} })) as unknown[]).toHaveLength(0);
  });

  it("refuses a write whose Origin is another site, and accepts its own origin", async () => {
    await danaSignedUp();
    const fromElsewhere = await signIn({ origin: "https://evil.example" });
    const fromHere = await signIn({ origin: "http://localhost:80" });
    expect(fromElsewhere.statusCode).toBe(403);
    expect(fromHere.statusCode).toBe(200);
  });

  it("lets reads through without the header, and no answer is cached", async () => {
    t = await createTestApp();
    const health = await t.app.inject({ url: "/api/health" });
    expect(health.json()).toEqual({ status: "ok" });
    expect(health.headers["cache-control"]).toBe("no-store");
  });
});

describe("password guessing", () => {
  it("is slowed: after the allowed attempts, the address waits", async () => {
    await danaSignedUp({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const guesser = new TestClient(t.app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push(
        (await guesser.call("signIn", { body: { ...DANA, password: `guess number ${attempt}` } })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await guesser.call("signIn", { body: DANA });
    expect(limited).toMatchObject({ status: 429, body: { error: { kind: "rate-limited" } } });
  });
});

describe("logs", () => {
  it("never contain a password, a session token, a share-link token, an invitation code, a page cursor or a cookie", async () => {
    const lines: string[] = [];
    await danaSignedUp({ log: { level: "trace", stream: { write: (line) => lines.push(line) } } });
    const phone = new TestClient(t.app);
    await phone.expectOk("signIn", { body: DANA });
    await phone.call("changePassword", {
      body: { currentPassword: DANA.password, newPassword: "a brand new passphrase" },
    });
    await t.app.inject({
      url: "/api/account",
      headers: { cookie: `${SESSION_COOKIE}=${phone.cookieValue ?? ""}` },
    });
    await t.app.inject({ url: "/api/shared/a-share-link-token/handout.pdf" });
    await t.app.inject({ url: "/shared/a-web-share-token" });
    await t.app.inject({ url: "/join?code=HIP-SECRET-CODE" });
    await t.app.inject({ url: "/join?lang=fr&Code=HIP-OTHER-CODE#top" });
    await t.app.inject({ url: "/api/admin/accounts?limit=2&cursor=k.someone-at-example-org" });
    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(4);
    expect(log).toContain("/api/shared/[redacted]/handout.pdf");
    expect(log).toContain("/join?code=[redacted]");
    const secrets = [
      DANA.password,
      "a brand new passphrase",
      phone.cookieValue ?? "missing",
      "a-share-link-token",
      "a-web-share-token",
      "HIP-SECRET-CODE",
      "HIP-OTHER-CODE",
      "someone-at-example-org",
    ];
    for (const secret of secrets) {
      expect(log).not.toContain(secret);
    }
  });
});
