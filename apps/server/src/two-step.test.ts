/**
 * Two-step sign-in over HTTP (decisions 0430–0433): codes are computed from the secret the server handed out, as
 * an authenticator app computes them. The tests' clock is fixed, so "now" is one 30-second step throughout.
 */
import { ANONYMOUS } from "@hipcheck/application";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScene, EMAILS, PASSWORD } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TestClient } from "./testing/test-app.js";
import { enrolTwoStep, FIXED_NOW_MS, totpCode } from "./testing/two-step.js";

const STEP_MS = 30_000;

let scene: Scene;
beforeEach(async () => {
  scene = await createScene();
});
afterEach(async () => {
  await scene.close();
});

/** The password step, from a new device: answers the second step's token. */
async function passwordStep(email: string): Promise<{ device: TestClient; challenge: string }> {
  const device = new TestClient(scene.t.app);
  const answer = await device.expectOk("signIn", { body: { email, password: PASSWORD } });
  if (!("challenge" in answer)) throw new Error("expected a second step");
  expect(device.signedIn).toBe(false);
  return { device, challenge: answer.challenge };
}

describe("two-step sign-in for a coach", () => {
  it("is on only after a right first code; then a sign-in needs a code, which works once", async () => {
    const maya = scene.as.coach;
    expect(await maya.expectOk("getTwoStep", {})).toEqual({
      enabled: false,
      required: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
    });
    const { secretBase32, otpauthUri } = await maya.expectOk("startTwoStepEnrolment", {});
    expect(otpauthUri).toContain(`secret=${secretBase32}`);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/HipCheck:/);
    const wrong = await maya.call("confirmTwoStepEnrolment", { body: { code: "000000" } });
    expect(wrong).toMatchObject({ status: 400, body: { error: { field: "code" } } });
    // Not on yet: the password alone still signs in.
    const before = await new TestClient(scene.t.app).expectOk("signIn", {
      body: { email: EMAILS.coach, password: PASSWORD },
    });
    expect(before).toHaveProperty("account");

    const { recoveryCodes } = await maya.expectOk("confirmTwoStepEnrolment", {
      body: { code: totpCode(secretBase32, FIXED_NOW_MS - STEP_MS) },
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await maya.expectOk("getTwoStep", {})).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    // The secret is never given again.
    const again = await maya.call("startTwoStepEnrolment", {});
    expect(again).toMatchObject({ status: 409 });

    const { device, challenge } = await passwordStep(EMAILS.coach);
    expect((await device.call("getAccount", {})).status).toBe(401);
    const code = totpCode(secretBase32, FIXED_NOW_MS);
    const signedIn = await device.expectOk("completeTwoStepSignIn", { body: { challenge, code } });
    expect(signedIn.account.email).toBe(EMAILS.coach);
    expect((await device.call("getAccount", {})).status).toBe(200);

    // The same code, seen over a shoulder, does not sign in a second time.
    const second = await passwordStep(EMAILS.coach);
    const replay = await second.device.call("completeTwoStepSignIn", {
      body: { challenge: second.challenge, code },
    });
    expect(replay).toMatchObject({
      status: 401,
      body: { error: { kind: "unauthenticated", field: "code" } },
    });
    // A step ahead is still within the window (a phone clock running a little fast)…
    await second.device.expectOk("completeTwoStepSignIn", {
      body: { challenge: second.challenge, code: totpCode(secretBase32, FIXED_NOW_MS + STEP_MS) },
    });
    // …two steps ahead is not, and neither is a code from a minute ago.
    const third = await passwordStep(EMAILS.coach);
    for (const atMs of [FIXED_NOW_MS + 2 * STEP_MS, FIXED_NOW_MS - 2 * STEP_MS]) {
      const far = await third.device.call("completeTwoStepSignIn", {
        body: { challenge: third.challenge, code: totpCode(secretBase32, atMs) },
      });
      expect(far.status).toBe(401);
    }
  });

  it("takes each recovery code once, and new codes replace the old ones", async () => {
    const { recoveryCodes } = await enrolTwoStep(scene.as.coach);
    const [first = "", second = ""] = recoveryCodes;
    const one = await passwordStep(EMAILS.coach);
    // Typed loosely: lower case, without the dash.
    await one.device.expectOk("completeTwoStepSignIn", {
      body: { challenge: one.challenge, code: first.toLowerCase().replace("-", "") },
    });
    expect(await one.device.expectOk("getTwoStep", {})).toMatchObject({ recoveryCodesLeft: 9 });
    const two = await passwordStep(EMAILS.coach);
    const reused = await two.device.call("completeTwoStepSignIn", {
      body: { challenge: two.challenge, code: first },
    });
    expect(reused.status).toBe(401);

    const wrongPassword = await scene.as.coach.call("regenerateRecoveryCodes", {
      body: { password: "not the password" },
    });
    expect(wrongPassword).toMatchObject({ status: 403, body: { error: { field: "password" } } });
    const fresh = await scene.as.coach.expectOk("regenerateRecoveryCodes", { body: { password: PASSWORD } });
    expect(fresh.recoveryCodes).toHaveLength(10);
    const old = await two.device.call("completeTwoStepSignIn", {
      body: { challenge: two.challenge, code: second },
    });
    expect(old.status).toBe(401);
    await two.device.expectOk("completeTwoStepSignIn", {
      body: { challenge: two.challenge, code: fresh.recoveryCodes[0] ?? "" },
    });
  });

  it("turns off with the password or a current code, and the password alone signs in again", async () => {
    const { secretBase32 } = await enrolTwoStep(scene.as.coach);
    const refused = await scene.as.coach.call("disableTwoStep", { body: {} });
    expect(refused).toMatchObject({ status: 400 });
    await scene.as.coach.expectOk("disableTwoStep", { body: { code: totpCode(secretBase32, FIXED_NOW_MS) } });
    const answer = await new TestClient(scene.t.app).expectOk("signIn", {
      body: { email: EMAILS.coach, password: PASSWORD },
    });
    expect(answer).toHaveProperty("account");
  });

  it("slows wrong codes for the account: after five, even the right code waits", async () => {
    const { secretBase32 } = await enrolTwoStep(scene.as.coach);
    const { device, challenge } = await passwordStep(EMAILS.coach);
    for (let i = 0; i < 5; i += 1) {
      const wrong = await device.call("completeTwoStepSignIn", { body: { challenge, code: "000000" } });
      expect(wrong.status).toBe(401);
    }
    // Another device with the password fares no better: the count is the account's.
    const other = await passwordStep(EMAILS.coach);
    const waiting = await other.device.call("completeTwoStepSignIn", {
      body: { challenge: other.challenge, code: totpCode(secretBase32, FIXED_NOW_MS) },
    });
    expect(waiting).toMatchObject({ status: 429, body: { error: { kind: "rate-limited" } } });
    expect((await other.device.call("getAccount", {})).status).toBe(401);
  });

  it("refuses a second step that is unknown", async () => {
    const answer = await new TestClient(scene.t.app).call("completeTwoStepSignIn", {
      body: { challenge: "made-up", code: "123456" },
    });
    expect(answer).toMatchObject({ status: 401, body: { error: { field: "challenge" } } });
  });
});

describe("a lost phone", () => {
  it("the admin's reset on the server's machine turns two-step off and ends every sign-in", async () => {
    await enrolTwoStep(scene.as.coach);
    const reset = await scene.t.hipcheck.resetTwoStepLocally(ANONYMOUS, { email: EMAILS.coach });
    expect(reset).toMatchObject({ ok: true, value: { email: EMAILS.coach, role: "coach", removed: true } });
    expect((await scene.as.coach.call("getAccount", {})).status).toBe(401);
    const answer = await new TestClient(scene.t.app).expectOk("signIn", {
      body: { email: EMAILS.coach, password: PASSWORD },
    });
    expect(answer).toHaveProperty("account");
  });
});

describe("two-step sign-in for admins", () => {
  it("refuses every admin route with two-step-required until enrolled, and cannot be turned off", async () => {
    await scene.as.admin.expectOk("createAdminAccount", {
      body: { email: "bea@example.org", password: PASSWORD },
    });
    const bea = new TestClient(scene.t.app);
    await bea.expectOk("signIn", { body: { email: "bea@example.org", password: PASSWORD } });
    expect(await bea.expectOk("getTwoStep", {})).toMatchObject({ enabled: false, required: true });
    const refusals = [
      await bea.call("listAccounts", { query: {} }),
      await bea.call("createCoachAccount", { body: { email: "x@example.org", password: PASSWORD } }),
      await bea.call("createAdminAccount", { body: { email: "y@example.org", password: PASSWORD } }),
      await bea.call("deleteAccountAsAdmin", { params: { accountId: scene.ids.person } }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ status: 403, body: { error: { kind: "two-step-required" } } });
    }
    // Her own account still works: that is where she turns it on.
    expect((await bea.call("getAccount", {})).status).toBe(200);
    await enrolTwoStep(bea);
    expect((await bea.call("listAccounts", { query: {} })).status).toBe(200);
    const off = await bea.call("disableTwoStep", { body: { password: PASSWORD } });
    expect(off).toMatchObject({ status: 403, body: { error: { kind: "forbidden" } } });
  });
});
