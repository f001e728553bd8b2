/**
 * Security notices (decision 0680), sent for real through nodemailer to a local SMTP sink: when how an account is
 * signed in to changes, its own address hears of it, in its language, with what changed, when, and what to do if
 * it was not the person, and never a password, code or link that lets anyone in. Dana reads HipCheck in French;
 * Ola in English.
 */
import { ANONYMOUS } from "@hipcheck/application";
import { afterEach, describe, expect, it } from "vitest";
import { createSmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import type { SmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { ReceivedMail, SmtpSink } from "./testing/smtp-sink.js";
import { createTestApp, fixedClock, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";
import { enrolTwoStep, FIXED_NOW_MS, totpCode } from "./testing/two-step.js";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";
const PUBLIC_URL = "https://hipcheck.clinic.example";
const FORGOT_LINK = `${PUBLIC_URL}/forgot-password`;

let t: TestApp | undefined;
let sink: SmtpSink | undefined;
let mailer: SmtpAccountMailer | undefined;
const failures: string[] = [];

afterEach(async () => {
  await mailer?.close();
  await t?.close();
  await sink?.close();
  t = undefined;
  sink = undefined;
  mailer = undefined;
  failures.length = 0;
});

type Clinic = { readonly app: TestApp; readonly mailer: SmtpAccountMailer; readonly sink: SmtpSink };

async function clinicWithMail(): Promise<Clinic> {
  sink = await startSmtpSink();
  mailer = createSmtpAccountMailer(
    { smtpUrl: sink.url, from: "HipCheck <hipcheck@clinic.example>", publicUrl: PUBLIC_URL },
    (kind, reason) => failures.push(`${kind}: ${reason}`),
  );
  t = await createTestApp({}, { filename: ":memory:" }, { mailer });
  return { app: t, mailer, sink };
}

/** An account reading HipCheck in `language`, signed in on a phone. */
async function signedUp(clinic: Clinic, email: string, language: "en" | "fr"): Promise<TestClient> {
  const visitor = new TestClient(clinic.app.app);
  const account = await visitor.expectOk("signUp", { body: { email, password: PASSWORD } });
  await clinic.app.storage.repositories.profiles.upsert({
    accountId: account.accountId,
    language,
    sports: [],
    equipment: [],
    availableDays: [],
    updatedAt: fixedClock.now(),
  });
  const phone = new TestClient(clinic.app.app);
  await phone.expectOk("signIn", { body: { email, password: PASSWORD } });
  return phone;
}

async function mailsAfterDrain(clinic: Clinic): Promise<readonly ReceivedMail[]> {
  await clinic.mailer.drain();
  expect(failures).toEqual([]);
  return clinic.sink.received;
}

/** The notices among the mails, each as to/subject/text, in the order sent. */
async function noticesAfterDrain(clinic: Clinic): Promise<readonly ReceivedMail[]> {
  return (await mailsAfterDrain(clinic)).filter((mail) => mail.text.includes(FORGOT_LINK));
}

/** Neither part of a notice holds any of these (passwords, codes, tokens). */
function expectNoSecrets(mail: ReceivedMail | undefined, secrets: readonly string[]): void {
  for (const secret of secrets) {
    expect(mail?.text).not.toContain(secret);
    expect(mail?.html).not.toContain(secret);
  }
  expect(mail?.text).not.toContain("token=");
}

describe("a changed password", () => {
  it("tells Dana in French what changed, when, and what to do if it was not her; a refused change sends nothing", async () => {
    const clinic = await clinicWithMail();
    const phone = await signedUp(clinic, "dana@example.org", "fr");

    const wrong = await phone.call("changePassword", {
      body: { currentPassword: "not her password", newPassword: NEW_PASSWORD },
    });
    expect(wrong.status).toBe(403);
    const weak = await phone.call("changePassword", {
      body: { currentPassword: PASSWORD, newPassword: "password123" },
    });
    expect(weak.status).toBe(400);
    expect(await mailsAfterDrain(clinic)).toEqual([]);

    expect(
      (await phone.call("changePassword", { body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }))
        .status,
    ).toBe(204);
    const [notice, ...others] = await mailsAfterDrain(clinic);
    expect(others).toEqual([]);
    expect(notice?.to).toEqual(["dana@example.org"]);
    expect(notice?.subject).toBe("HipCheck\u00a0: un changement de sécurité sur votre compte");
    expect(notice?.text).toContain(
      "Le mot de passe de votre compte HipCheck a été changé le 22 novembre 2026 à 08:00 (UTC).",
    );
    expect(notice?.text).toContain("Si ce n’était pas vous");
    expect(notice?.text).toContain(FORGOT_LINK);
    expect(notice?.html).toContain(`<a href="${FORGOT_LINK}">`);
    expect(notice?.html).toContain('lang="fr"');
    expectNoSecrets(notice, [PASSWORD, NEW_PASSWORD]);
  });
});

describe("a one-time link used", () => {
  it("tells Ola in English once the link set a new password, and not when the link was refused", async () => {
    const clinic = await clinicWithMail();
    await signedUp(clinic, "ola@example.org", "en");
    const visitor = new TestClient(clinic.app.app);
    await visitor.expectOk("requestPasswordReset", { body: { email: "ola@example.org" } });
    const [resetMail] = await mailsAfterDrain(clinic);
    const token = decodeURIComponent(/#token=([^\s&]+)/.exec(resetMail?.text ?? "")?.[1] ?? "");
    expect(token).not.toBe("");

    const weak = await visitor.call("resetPassword", { body: { token, newPassword: "password123" } });
    expect(weak.status).toBe(400);
    const wrongToken = await visitor.call("resetPassword", {
      body: { token: `${token}x`, newPassword: NEW_PASSWORD },
    });
    expect(wrongToken.status).toBe(404);
    expect(await noticesAfterDrain(clinic)).toEqual([]);

    expect((await visitor.call("resetPassword", { body: { token, newPassword: NEW_PASSWORD } })).status).toBe(
      204,
    );
    const [notice, ...others] = await noticesAfterDrain(clinic);
    expect(others).toEqual([]);
    expect(notice?.to).toEqual(["ola@example.org"]);
    expect(notice?.subject).toBe("HipCheck: a security change on your account");
    expect(notice?.text).toContain(
      "A new password was chosen for your HipCheck account with a one-time link (from \u201cForgot password?\u201d, an invitation or the clinic's admin) on 22 November 2026 at 08:00 (UTC).",
    );
    expect(notice?.text).toContain("If it was not you");
    expectNoSecrets(notice, [token, NEW_PASSWORD, PASSWORD]);
  });
});

describe("two-step sign-in", () => {
  it("tells Ola when a recovery code signs her in, when codes are replaced and when two-step is turned off", async () => {
    const clinic = await clinicWithMail();
    const phone = await signedUp(clinic, "ola@example.org", "en");
    const { secretBase32, recoveryCodes } = await enrolTwoStep(phone);
    // Turning two-step on, and signing in with the app's code, are what she expects: no mail.
    const laptop = new TestClient(clinic.app.app);
    const first = await laptop.expectOk("signIn", { body: { email: "ola@example.org", password: PASSWORD } });
    if (!("challenge" in first)) throw new Error("two-step is on: a second step is expected");
    await laptop.expectOk("completeTwoStepSignIn", {
      body: { challenge: first.challenge, code: totpCode(secretBase32, FIXED_NOW_MS) },
    });
    expect(await mailsAfterDrain(clinic)).toEqual([]);

    // A wrong code is no change.
    const tablet = new TestClient(clinic.app.app);
    const second = await tablet.expectOk("signIn", {
      body: { email: "ola@example.org", password: PASSWORD },
    });
    if (!("challenge" in second)) throw new Error("two-step is on: a second step is expected");
    const wrong = await tablet.call("completeTwoStepSignIn", {
      body: { challenge: second.challenge, code: "ABCDE-FGHJK" },
    });
    expect(wrong.status).toBe(401);
    expect(await mailsAfterDrain(clinic)).toEqual([]);

    const recoveryCode = recoveryCodes[0] ?? "";
    await tablet.expectOk("completeTwoStepSignIn", {
      body: { challenge: second.challenge, code: recoveryCode },
    });
    const [used] = await noticesAfterDrain(clinic);
    expect(used?.to).toEqual(["ola@example.org"]);
    expect(used?.text).toContain(
      "A recovery code was used for your HipCheck account in place of the code from your authenticator app on 22 November 2026 at 08:00 (UTC).",
    );
    expectNoSecrets(used, [recoveryCode, secretBase32, PASSWORD]);

    const wrongPassword = await phone.call("regenerateRecoveryCodes", { body: { password: "not hers" } });
    expect(wrongPassword.status).toBe(403);
    const { recoveryCodes: fresh } = await phone.expectOk("regenerateRecoveryCodes", {
      body: { password: PASSWORD },
    });
    const afterReplace = await noticesAfterDrain(clinic);
    expect(afterReplace).toHaveLength(2);
    expect(afterReplace[1]?.text).toContain("New recovery codes were made for your HipCheck account");
    expectNoSecrets(afterReplace[1], fresh);

    expect((await phone.call("disableTwoStep", { body: { password: PASSWORD } })).status).toBe(204);
    const afterOff = await noticesAfterDrain(clinic);
    expect(afterOff).toHaveLength(3);
    expect(afterOff[2]?.text).toContain(
      "Two-step sign-in was turned off for your HipCheck account on 22 November 2026 at 08:00 (UTC).",
    );
    expect(afterOff[2]?.text).toContain("Then turn two-step sign-in back on in Settings");
    expectNoSecrets(afterOff[2], [PASSWORD, secretBase32]);
  });

  it("tells Dana in French when the clinic's admin resets her two-step sign-in, and nobody when there was none", async () => {
    const clinic = await clinicWithMail();
    const phone = await signedUp(clinic, "dana@example.org", "fr");
    await signedUp(clinic, "ola@example.org", "en");
    await enrolTwoStep(phone);

    const none = await clinic.app.hipcheck.resetTwoStepLocally(ANONYMOUS, { email: "ola@example.org" });
    expect(none).toMatchObject({ ok: true, value: { removed: false } });
    expect(await mailsAfterDrain(clinic)).toEqual([]);

    const reset = await clinic.app.hipcheck.resetTwoStepLocally(ANONYMOUS, { email: "dana@example.org" });
    expect(reset).toMatchObject({ ok: true, value: { removed: true } });
    const [notice, ...others] = await mailsAfterDrain(clinic);
    expect(others).toEqual([]);
    expect(notice?.to).toEqual(["dana@example.org"]);
    expect(notice?.text).toContain(
      "L’administrateur du cabinet a réinitialisé la connexion en deux étapes de votre compte HipCheck",
    );
    expect(notice?.text).toContain("le 22 novembre 2026 à 08:00 (UTC)");
    expect(notice?.text).toContain(FORGOT_LINK);
  });
});

describe("a server without mail", () => {
  it("changes the password and turns two-step off as before, with nothing to send", async () => {
    t = await createTestApp();
    const visitor = new TestClient(t.app);
    await visitor.expectOk("signUp", { body: { email: "ola@example.org", password: PASSWORD } });
    const phone = new TestClient(t.app);
    await phone.expectOk("signIn", { body: { email: "ola@example.org", password: PASSWORD } });
    await enrolTwoStep(phone);
    expect((await phone.call("disableTwoStep", { body: { password: PASSWORD } })).status).toBe(204);
    expect(
      (await phone.call("changePassword", { body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }))
        .status,
    ).toBe(204);
    const again = await new TestClient(t.app).expectOk("signIn", {
      body: { email: "ola@example.org", password: NEW_PASSWORD },
    });
    expect(again).toHaveProperty("account");
  });
});
