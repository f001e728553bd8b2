/**
 * Account email (decision 0420), sent for real through nodemailer to a local SMTP sink: Dana forgets her password
 * and gets a link in French that lets her in once; an address nobody has gets the same answer and no mail; Maya, a
 * coach, invites Ola by email; Ada, the admin of an invite-only clinic, invites Noor, who has no coach.
 */
import { ANONYMOUS, hashToken, RESET_MAIL_LIFETIME_HOURS } from "@hipcheck/application";
import type { SignUpPolicy } from "@hipcheck/application";
import { afterEach, describe, expect, it } from "vitest";
import { createSmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import type { SmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { ReceivedMail, SmtpSink } from "./testing/smtp-sink.js";
import { createTestApp, fixedClock, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";
import { enrolTwoStep } from "./testing/two-step.js";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";
const PUBLIC_URL = "https://hipcheck.clinic.example";

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

async function clinicWithMail(
  options: { signUpPolicy?: SignUpPolicy; rateLimit?: { max: number; timeWindowMs: number } } = {},
): Promise<Clinic> {
  sink = await startSmtpSink();
  mailer = createSmtpAccountMailer(
    { smtpUrl: sink.url, from: "HipCheck <hipcheck@clinic.example>", publicUrl: PUBLIC_URL },
    (kind, reason) => failures.push(`${kind}: ${reason}`),
  );
  t = await createTestApp(
    options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit },
    { filename: ":memory:" },
    { mailer, ...(options.signUpPolicy === undefined ? {} : { signUpPolicy: options.signUpPolicy }) },
  );
  return { app: t, mailer, sink };
}

/** Dana has an account, reads HipCheck in French, and is signed in on her phone. */
async function withDana(clinic: Clinic) {
  const visitor = new TestClient(clinic.app.app);
  const dana = await visitor.expectOk("signUp", { body: { email: "dana@example.org", password: PASSWORD } });
  await clinic.app.storage.repositories.profiles.upsert({
    accountId: dana.accountId,
    language: "fr",
    sports: [],
    equipment: [],
    availableDays: [],
    updatedAt: fixedClock.now(),
  });
  const phone = new TestClient(clinic.app.app);
  await phone.expectOk("signIn", { body: { email: "dana@example.org", password: PASSWORD } });
  return { phone, visitor };
}

async function mailsAfterDrain(clinic: Clinic): Promise<readonly ReceivedMail[]> {
  await clinic.mailer.drain();
  return clinic.sink.received;
}

function tokenIn(mail: ReceivedMail | undefined): string {
  const match = /\/reset-password#token=([^\s&]+)/.exec(mail?.text ?? "");
  if (match?.[1] === undefined) throw new Error(`no reset link in: ${mail?.text ?? "(no mail)"}`);
  return decodeURIComponent(match[1]);
}

async function signInStatus(app: TestApp, email: string, password: string): Promise<number> {
  return (await new TestClient(app.app).call("signIn", { body: { email, password } })).status;
}

describe("Forgot password? by email", () => {
  it("sends Dana a link in French that sets her password once, ends her other sign-ins, and never works twice", async () => {
    const clinic = await clinicWithMail();
    const { phone, visitor } = await withDana(clinic);
    expect(await visitor.expectOk("getMailStatus", {})).toEqual({ mail: "on" });

    const asked = await visitor.call("requestPasswordReset", { body: { email: " Dana@Example.org " } });
    expect(asked).toMatchObject({ status: 200, body: { accepted: true } });
    const [mail, ...others] = await mailsAfterDrain(clinic);
    expect(others).toEqual([]);
    expect(failures).toEqual([]);
    expect(mail?.to).toEqual(["dana@example.org"]);
    expect(mail?.subject).toBe("HipCheck\u00a0: choisir un nouveau mot de passe");
    expect(mail?.text).toContain("pendant une heure");
    expect(mail?.text).toContain(`${PUBLIC_URL}/reset-password#token=`);
    expect(mail?.html).toContain('<a href="https://hipcheck.clinic.example/reset-password#token=');
    const token = tokenIn(mail);

    // The link's life is the emailed one (an hour), and only its hash is stored.
    const stored = await clinic.app.storage.repositories.passwordResets.findByTokenHash(hashToken(token));
    expect(Date.parse(stored?.expiresAt ?? "") - Date.parse(fixedClock.now())).toBe(
      RESET_MAIL_LIFETIME_HOURS * 3_600_000,
    );

    const common = await visitor.call("resetPassword", { body: { token, newPassword: "password123" } });
    expect(common).toMatchObject({ status: 400, body: { error: { field: "newPassword" } } });
    expect((await visitor.call("resetPassword", { body: { token, newPassword: NEW_PASSWORD } })).status).toBe(
      204,
    );
    expect((await phone.call("getAccount", {})).status).toBe(401);
    expect(await signInStatus(clinic.app, "dana@example.org", PASSWORD)).toBe(401);
    expect(await signInStatus(clinic.app, "dana@example.org", NEW_PASSWORD)).toBe(200);

    const replay = await visitor.call("resetPassword", {
      body: { token, newPassword: "yet another passphrase" },
    });
    expect(replay).toMatchObject({ status: 404, body: { error: { field: "token" } } });
  });

  it("answers an unknown or malformed address exactly as a known one, and mails nobody", async () => {
    const clinic = await clinicWithMail();
    const { visitor } = await withDana(clinic);
    const unknown = await visitor.call("requestPasswordReset", { body: { email: "nobody@example.org" } });
    const malformed = await visitor.call("requestPasswordReset", { body: { email: "not an address" } });
    const known = await visitor.call("requestPasswordReset", { body: { email: "dana@example.org" } });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    expect(malformed.body).toEqual(known.body);
    // Mails leave in order: once Dana's has arrived, any mail for the others would have too.
    const mails = await mailsAfterDrain(clinic);
    expect(mails.map((mail) => mail.to)).toEqual([["dana@example.org"]]);
  });

  it("sends one address at most three links an hour, with the same answer after that; the newest link works", async () => {
    const clinic = await clinicWithMail();
    const { visitor } = await withDana(clinic);
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      answers.push(await visitor.call("requestPasswordReset", { body: { email: "dana@example.org" } }));
    }
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual(
      Array.from({ length: 5 }, () => [200, { accepted: true }]),
    );
    const mails = await mailsAfterDrain(clinic);
    expect(mails).toHaveLength(3);
    const older = tokenIn(mails[0]);
    const newest = tokenIn(mails[2]);
    expect(
      (await visitor.call("resetPassword", { body: { token: older, newPassword: NEW_PASSWORD } })).status,
    ).toBe(404);
    expect(
      (await visitor.call("resetPassword", { body: { token: newest, newPassword: NEW_PASSWORD } })).status,
    ).toBe(204);
  });

  it("counts requests per network address like the password routes", async () => {
    const clinic = await clinicWithMail({ rateLimit: { max: 2, timeWindowMs: 60_000 } });
    const visitor = new TestClient(clinic.app.app);
    const statuses = [];
    for (const email of ["a@example.org", "b@example.org", "c@example.org"]) {
      statuses.push((await visitor.call("requestPasswordReset", { body: { email } })).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("is not offered where no mail is set up, and says to ask the admin", async () => {
    t = await createTestApp();
    const visitor = new TestClient(t.app);
    expect(await visitor.expectOk("getMailStatus", {})).toEqual({ mail: "off" });
    const asked = await visitor.call("requestPasswordReset", { body: { email: "dana@example.org" } });
    expect(asked).toMatchObject({ status: 503, body: { error: { kind: "unavailable" } } });
    expect(JSON.stringify(asked.body)).toContain("admin");
  });
});

describe("invitations by email", () => {
  async function withCoach(clinic: Clinic) {
    const created = await clinic.app.hipcheck.bootstrapAdmin(ANONYMOUS, {
      email: "ada@example.org",
      password: PASSWORD,
    });
    if (!created.ok) throw new Error(created.error.message);
    const ada = new TestClient(clinic.app.app);
    await ada.expectOk("signIn", { body: { email: "ada@example.org", password: PASSWORD } });
    // Admins act only with two-step sign-in on (decision 0432).
    await enrolTwoStep(ada);
    await ada.expectOk("createCoachAccount", {
      body: { email: "maya@example.org", password: PASSWORD, displayName: "Maya Lefèvre" },
    });
    const maya = new TestClient(clinic.app.app);
    await maya.expectOk("signIn", { body: { email: "maya@example.org", password: PASSWORD } });
    return { ada, maya };
  }

  it("lets a coach send a code in the language chosen, which brings the person in on an invite-only clinic", async () => {
    const clinic = await clinicWithMail({ signUpPolicy: "invite-only" });
    const { maya } = await withCoach(clinic);
    const invitation = await maya.expectOk("emailInvitation", {
      body: { email: "ola@example.org", language: "fr", validDays: 7 },
    });
    const [mail] = await mailsAfterDrain(clinic);
    expect(mail?.to).toEqual(["ola@example.org"]);
    expect(mail?.subject).toBe("HipCheck\u00a0: Maya Lefèvre vous invite");
    expect(mail?.text).toContain(`${PUBLIC_URL}/join?code=${encodeURIComponent(invitation.code)}`);
    expect(mail?.text).toContain("29 novembre 2026");
    expect(await maya.expectOk("listInvitations", {})).toEqual([invitation]);

    const ola = new TestClient(clinic.app.app);
    await ola.expectOk("signUp", {
      body: { email: "ola@example.org", password: PASSWORD, invitationCode: invitation.code },
    });
    await ola.expectOk("signIn", { body: { email: "ola@example.org", password: PASSWORD } });
    const [coach] = await ola.expectOk("listCoaches", {});
    expect(coach).toMatchObject({ coachEmail: "maya@example.org" });
  });

  it("refuses a person or an address that is none, and sends nothing", async () => {
    const clinic = await clinicWithMail();
    const { maya } = await withCoach(clinic);
    const { phone } = await withDana(clinic);
    const notCoach = await phone.call("emailInvitation", {
      body: { email: "ola@example.org", language: "en" },
    });
    expect(notCoach.status).toBe(403);
    const bad = await maya.call("emailInvitation", { body: { email: "ola at example", language: "en" } });
    expect(bad).toMatchObject({ status: 400, body: { error: { field: "email" } } });
    expect(await mailsAfterDrain(clinic)).toEqual([]);
  });

  it("lets an admin invite a person with no coach: the emailed link sets the first password, once", async () => {
    const clinic = await clinicWithMail({ signUpPolicy: "invite-only" });
    const { ada, maya } = await withCoach(clinic);
    expect(
      (await maya.call("inviteAccount", { body: { email: "noor@example.org", language: "en" } })).status,
    ).toBe(403);
    const sent = await ada.expectOk("inviteAccount", { body: { email: "noor@example.org", language: "en" } });
    expect(sent).toEqual({ email: "noor@example.org", expiresAt: "2026-11-29T08:00:00.000Z" });
    const again = await ada.call("inviteAccount", { body: { email: "Noor@example.org", language: "en" } });
    expect(again).toMatchObject({ status: 409, body: { error: { field: "email" } } });

    const [mail, ...others] = await mailsAfterDrain(clinic);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe("HipCheck: your account is ready");
    expect(mail?.text).toContain("&welcome=1");
    const token = tokenIn(mail);
    const noor = new TestClient(clinic.app.app);
    expect((await noor.call("resetPassword", { body: { token, newPassword: NEW_PASSWORD } })).status).toBe(
      204,
    );
    expect((await noor.call("resetPassword", { body: { token, newPassword: PASSWORD } })).status).toBe(404);
    const signedIn = await noor.expectOk("signIn", {
      body: { email: "noor@example.org", password: NEW_PASSWORD },
    });
    expect(signedIn).toMatchObject({ account: { role: "person" } });
  });
});
