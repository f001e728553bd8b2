/**
 * A repeat answers what the first request answered (decision 0635): a share link sent again under its id gives the
 * same link and token, though only the token's hash is stored; an invitation emailed again under its id answers the
 * same code and mails nobody a second time; a check-in that resumed a paused program, sent again, answers the
 * revision that resumed it. Each is sent twice in a row and twice at once.
 */
import { addDays } from "@hipcheck/core";
import { ANONYMOUS } from "@hipcheck/application";
import type { Clock } from "@hipcheck/application";
import { personas } from "@hipcheck/core/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createSmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import type { SmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import { shareLinkKeyOf } from "./push/share-link-key.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";
import { createTestApp, TEST_VAPID_KEYS, TestClient, TODAY } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";
import { enrolTwoStep } from "./testing/two-step.js";

const PASSWORD = "correct horse battery";

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

async function app(extra: Parameters<typeof createTestApp>[2] = {}): Promise<TestApp> {
  const t = await createTestApp({}, { filename: ":memory:" }, extra);
  closing.push(() => t.close());
  return t;
}

async function signedUp(t: TestApp, email: string): Promise<TestClient> {
  await new TestClient(t.app).expectOk("signUp", { body: { email, password: PASSWORD } });
  return signedIn(t.app, email);
}

async function signedIn(server: TestApp["app"], email: string): Promise<TestClient> {
  const client = new TestClient(server);
  await client.expectOk("signIn", { body: { email, password: PASSWORD } });
  return client;
}

/** A person with a check-in and a program made from it today. */
async function withProgram(t: TestApp, email: string) {
  const client = await signedUp(t, email);
  const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
  await client.expectOk("submitCheckIn", { body: { answers } });
  const { programId } = await client.expectOk("createProgram", { body: { startDate: TODAY } });
  return { client, programId };
}

describe("a share link sent again under its id", () => {
  it("gives Dana's physio one link, sent twice in a row or at once: the same token, which opens the plan", async () => {
    const t = await app();
    const dana = await withProgram(t, "dana@example.org");
    const params = { programId: dana.programId };
    const links = () => dana.client.expectOk("listShareLinks", { params });
    const first = await dana.client.call("createShareLink", { params, body: { id: "share-1", days: 14 } });
    const again = await dana.client.call("createShareLink", { params, body: { id: "share-1", days: 14 } });
    const together = await Promise.all([
      dana.client.call("createShareLink", { params, body: { id: "share-2" } }),
      dana.client.call("createShareLink", { params, body: { id: "share-2" } }),
    ]);
    expect([first, again, ...together].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(together[1].body).toEqual(together[0].body);
    expect(first.body).toMatchObject({ linkId: "share-1", active: true });
    expect((await links()).map((link) => link.linkId)).toEqual(["share-1", "share-2"]);
    const physio = new TestClient(t.app);
    const token = (first.body as { token: string }).token;
    expect(await physio.call("getSharedProgram", { params: { token } })).toMatchObject({ status: 200 });
    // Only the token's hash is stored: the database holds nothing that opens the link.
    const stored = await t.storage.repositories.shareLinks.findById("share-1");
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("is refused with 409 under another lifetime, and under an id another account used, showing no token", async () => {
    const t = await app();
    const dana = await withProgram(t, "dana@example.org");
    const marco = await withProgram(t, "marco@example.org");
    const params = { programId: dana.programId };
    const made = await dana.client.expectOk("createShareLink", { params, body: { id: "share-1" } });
    const longer = await dana.client.call("createShareLink", { params, body: { id: "share-1", days: 60 } });
    expect(longer.status).toBe(409);
    expect(longer.body).toMatchObject({ error: { kind: "conflict", field: "id" } });
    const theirs = await marco.client.call("createShareLink", {
      params: { programId: marco.programId },
      body: { id: "share-1" },
    });
    expect(theirs.status).toBe(409);
    expect(JSON.stringify([longer.body, theirs.body])).not.toContain(made.token);
    expect(await dana.client.expectOk("listShareLinks", { params })).toHaveLength(1);
    expect(await marco.client.expectOk("listShareLinks", { params: { programId: marco.programId } })).toEqual(
      [],
    );
  });

  it("answers the same token from a second server with the same key, and 409 from one with another key", async () => {
    const t = await app();
    const dana = await withProgram(t, "dana@example.org");
    const params = { programId: dana.programId };
    const made = await dana.client.expectOk("createShareLink", { params, body: { id: "share-1" } });
    // Two servers on one database share the data folder's push keys, which the token's key is made from; a restored
    // backup carries the same keys (decision 0441).
    const second = await createTestApp({}, t.storage, {
      shareLinkKey: shareLinkKeyOf(TEST_VAPID_KEYS.privateKey),
    });
    closing.push(() => second.app.close());
    const fromSecond = await (
      await signedIn(second.app, "dana@example.org")
    ).call("createShareLink", { params, body: { id: "share-1" } });
    expect(fromSecond).toMatchObject({ status: 201, body: { linkId: "share-1", token: made.token } });
    const elsewhere = await createTestApp({}, t.storage, { shareLinkKey: new Uint8Array(32).fill(7) });
    closing.push(() => elsewhere.app.close());
    const fromElsewhere = await (
      await signedIn(elsewhere.app, "dana@example.org")
    ).call("createShareLink", { params, body: { id: "share-1" } });
    expect(fromElsewhere).toMatchObject({ status: 409, body: { error: { kind: "conflict", field: "id" } } });
    expect(JSON.stringify(fromElsewhere.body)).not.toContain(made.token);
    expect(await dana.client.expectOk("listShareLinks", { params })).toHaveLength(1);
  });

  it("without an id is a new link each time, as before", async () => {
    const t = await app();
    const dana = await withProgram(t, "dana@example.org");
    const params = { programId: dana.programId };
    const first = await dana.client.expectOk("createShareLink", { params, body: {} });
    const second = await dana.client.expectOk("createShareLink", { params, body: {} });
    expect(second.token).not.toBe(first.token);
    expect(await dana.client.expectOk("listShareLinks", { params })).toHaveLength(2);
  });
});

describe("an invitation emailed again under its id", () => {
  let sink: SmtpSink;
  let mailer: SmtpAccountMailer;

  /** Maya, a coach, on a server that sends mail to a local SMTP sink. */
  async function mayaWithMail(): Promise<{ t: TestApp; maya: TestClient }> {
    sink = await startSmtpSink();
    closing.push(() => sink.close());
    mailer = createSmtpAccountMailer(
      { smtpUrl: sink.url, from: "HipCheck <hipcheck@clinic.example>", publicUrl: "https://clinic.example" },
      () => undefined,
    );
    closing.push(() => mailer.close());
    const t = await app({ mailer });
    await t.hipcheck.bootstrapAdmin(ANONYMOUS, { email: "ada@example.org", password: PASSWORD });
    const ada = await signedIn(t.app, "ada@example.org");
    // Admins act only with two-step sign-in on (decision 0432).
    await enrolTwoStep(ada);
    await ada.expectOk("createCoachAccount", { body: { email: "maya@example.org", password: PASSWORD } });
    return { t, maya: await signedIn(t.app, "maya@example.org") };
  }

  it("makes one code and one mail, sent twice in a row or at once; every answer gives that code", async () => {
    const { maya } = await mayaWithMail();
    const body = { email: "ola@example.org", language: "fr" as const, validDays: 7, id: "mail-invite-1" };
    const first = await maya.call("emailInvitation", { body });
    const again = await maya.call("emailInvitation", { body: { ...body, email: "Ola@Example.org" } });
    const together = await Promise.all([
      maya.call("emailInvitation", { body: { ...body, email: "noor@example.org", id: "mail-invite-2" } }),
      maya.call("emailInvitation", { body: { ...body, email: "noor@example.org", id: "mail-invite-2" } }),
    ]);
    expect([first, again, ...together].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(together[1].body).toEqual(together[0].body);
    expect(await maya.expectOk("listInvitations", {})).toHaveLength(2);
    await mailer.drain();
    expect(sink.received.map((mail) => mail.to)).toEqual(
      expect.arrayContaining([["ola@example.org"], ["noor@example.org"]]),
    );
    expect(sink.received).toHaveLength(2);
  });

  it("is refused with 409, and mails nobody, when another address or language comes under the same id", async () => {
    const { maya } = await mayaWithMail();
    const body = { email: "ola@example.org", language: "fr" as const, id: "mail-invite-1" };
    const made = await maya.expectOk("emailInvitation", { body });
    const elsewhere = await maya.call("emailInvitation", { body: { ...body, email: "noor@example.org" } });
    const inEnglish = await maya.call("emailInvitation", { body: { ...body, language: "en" } });
    const byHand = await maya.call("createInvitation", { body: { id: "mail-invite-1" } });
    for (const answer of [elsewhere, inEnglish, byHand]) {
      expect(answer).toMatchObject({ status: 409, body: { error: { kind: "conflict", field: "id" } } });
      expect(JSON.stringify(answer.body)).not.toContain(made.code);
    }
    await mailer.drain();
    expect(sink.received.map((mail) => mail.to)).toEqual([["ola@example.org"]]);
  });

  it("sent again on purpose, without the id or under a new one, is a new code in a new mail", async () => {
    const { maya } = await mayaWithMail();
    const body = { email: "ola@example.org", language: "en" as const };
    const first = await maya.expectOk("emailInvitation", { body: { ...body, id: "mail-invite-1" } });
    const resent = await maya.expectOk("emailInvitation", { body: { ...body, id: "mail-invite-2" } });
    expect(resent.code).not.toBe(first.code);
    await mailer.drain();
    expect(sink.received).toHaveLength(2);
  });
});

describe("a check-in that resumed a paused program, sent again under its id", () => {
  it("answers the revision that resumed it, sent twice at once and once more after, and resumes it once", async () => {
    // Lea's days go by on the server's clock: her program starts four days ago.
    let now = `${addDays(TODAY, -4)}T08:00:00.000Z`;
    const clock: Clock = { now: () => now, today: () => now.slice(0, 10) };
    const t = await app({ clock });
    const lea = await signedUp(t, "lea@example.org");
    const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
    await lea.expectOk("submitCheckIn", { body: { answers } });
    const { programId } = await lea.expectOk("createProgram", { body: { startDate: addDays(TODAY, -4) } });
    for (const day of [-2, -1]) {
      now = `${addDays(TODAY, day)}T07:00:00.000Z`;
      await lea.expectOk("recordMorningCheckIn", {
        body: { date: addDays(TODAY, day), pain: 2, settled: true },
      });
    }
    // This morning her knee jumps to 7/10: the program pauses until she answers the safety questions again.
    now = `${TODAY}T07:00:00.000Z`;
    await lea.expectOk("recordMorningCheckIn", { body: { date: TODAY, pain: 7, settled: false } });
    const paused = await lea.expectOk("getProgram", { params: { programId } });
    expect(paused.program.rescreen).toMatchObject({ pausedOn: TODAY });
    expect(paused.program.rescreen?.resumedOn).toBeUndefined();

    now = `${TODAY}T08:00:00.000Z`;
    const body = { answers, date: TODAY, id: "rescreen-1" };
    const together = await Promise.all([
      lea.call("submitCheckIn", { body }),
      lea.call("submitCheckIn", { body }),
    ]);
    const again = await lea.call("submitCheckIn", { body });
    expect([...together, again].map((answer) => answer.status)).toEqual([201, 201, 201]);
    const first = together[0].body as { revision: { revision: number } | null };
    expect(first.revision).not.toBeNull();
    expect(together[1].body).toEqual(first);
    expect(again.body).toEqual(first);
    const resumed = await lea.expectOk("getProgram", { params: { programId } });
    expect(resumed.program.rescreen?.resumedOn).toBe(TODAY);
    const resumedNow = resumed.history.filter((entry) => entry.revision.changedAt === now);
    expect(resumedNow.map((entry) => entry.revision)).toEqual([first.revision]);
  });

  it("answers no revision, sent again, when it resumed nothing", async () => {
    const t = await app();
    const marco = await withProgram(t, "marco@example.org");
    const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
    const body = { answers, id: "check-in-1" };
    const first = await marco.client.expectOk("submitCheckIn", { body });
    const again = await marco.client.expectOk("submitCheckIn", { body });
    expect(first.revision).toBeNull();
    expect(again).toEqual(first);
  });
});
