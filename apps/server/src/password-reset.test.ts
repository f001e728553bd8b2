/**
 * Getting back in (decision 0332): the clinic's admin prints a one-time link for Dana (`hipcheck admin reset-link`
 * calls the same use-case); Dana chooses a new password with it once, every sign-in of her account ends, and the
 * link never works again.
 */
import { ANONYMOUS, hashToken } from "@hipcheck/application";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

const OLD_PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";

let t: TestApp;
afterEach(async () => {
  await t.close();
});

async function withDana(options: Parameters<typeof createTestApp>[0] = {}) {
  t = await createTestApp(options);
  const visitor = new TestClient(t.app);
  await visitor.expectOk("signUp", { body: { email: "dana@example.org", password: OLD_PASSWORD } });
  const phone = new TestClient(t.app);
  await phone.expectOk("signIn", { body: { email: "dana@example.org", password: OLD_PASSWORD } });
  return { phone, visitor };
}

async function resetLink(email = "Dana@Example.org"): Promise<string> {
  const link = await t.hipcheck.createResetLinkLocally(ANONYMOUS, { email });
  if (!link.ok) throw new Error(link.error.message);
  return link.value.token;
}

async function signIn(password: string): Promise<number> {
  const answer = await new TestClient(t.app).call("signIn", {
    body: { email: "dana@example.org", password },
  });
  return answer.status;
}

describe("a one-time reset link", () => {
  it("sets Dana's new password once, ends her other sign-ins, and is refused the second time", async () => {
    const { phone, visitor } = await withDana();
    const token = await resetLink();
    expect((await visitor.call("resetPassword", { body: { token, newPassword: NEW_PASSWORD } })).status).toBe(
      204,
    );
    expect(await signIn(OLD_PASSWORD)).toBe(401);
    expect(await signIn(NEW_PASSWORD)).toBe(200);
    expect((await phone.call("getAccount", {})).status).toBe(401);

    const replay = await visitor.call("resetPassword", {
      body: { token, newPassword: "yet another passphrase" },
    });
    expect(replay).toMatchObject({ status: 404, body: { error: { field: "token" } } });
    expect(await signIn(NEW_PASSWORD)).toBe(200);
  });

  it("refuses a common or short password and keeps the link usable; a newer link replaces it", async () => {
    const { visitor } = await withDana();
    const first = await resetLink();
    const common = await visitor.call("resetPassword", {
      body: { token: first, newPassword: "password123" },
    });
    expect(common).toMatchObject({ status: 400, body: { error: { field: "newPassword" } } });
    const short = await visitor.call("resetPassword", { body: { token: first, newPassword: "short" } });
    expect(short).toMatchObject({ status: 400, body: { error: { field: "newPassword" } } });

    const second = await resetLink();
    const replaced = await visitor.call("resetPassword", {
      body: { token: first, newPassword: NEW_PASSWORD },
    });
    expect(replaced.status).toBe(404);
    expect(
      (await visitor.call("resetPassword", { body: { token: second, newPassword: NEW_PASSWORD } })).status,
    ).toBe(204);
  });

  it("refuses an expired link, and stores only the token's hash", async () => {
    await withDana();
    const account = await t.storage.repositories.accounts.findByEmail("dana@example.org");
    const token = "an-expired-reset-token";
    await t.storage.repositories.passwordResets.insert({
      tokenHash: hashToken(token),
      accountId: account?.id ?? "",
      createdAt: "2026-11-20T08:00:00.000Z",
      expiresAt: "2026-11-21T08:00:00.000Z",
      usedAt: null,
    });
    const late = await new TestClient(t.app).call("resetPassword", {
      body: { token, newPassword: NEW_PASSWORD },
    });
    expect(late.status).toBe(404);
    const fresh = await resetLink();
    expect(await t.storage.repositories.passwordResets.findByTokenHash(fresh)).toBeUndefined();
    expect(await t.storage.repositories.passwordResets.findByTokenHash(hashToken(fresh))).toMatchObject({
      usedAt: null,
    });
  });

  it("counts tries per address like the other password routes, so tokens cannot be guessed fast", async () => {
    const { visitor } = await withDana({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const body = { token: `guess-${attempt}`, newPassword: NEW_PASSWORD };
      statuses.push((await visitor.call("resetPassword", { body })).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
  });

  it("answers an unknown email on the command line only", async () => {
    await withDana();
    const missing = await t.hipcheck.createResetLinkLocally(ANONYMOUS, { email: "nobody@example.org" });
    expect(missing).toMatchObject({ ok: false, error: { kind: "not-found" } });
  });
});
