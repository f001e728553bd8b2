/**
 * The rows decision 0341 left uncounted (decision 0620), on a server whose operator set small quotas so the edges
 * are reached in a few requests: strength checks are the person's rows; a coach's invitation codes, notes and
 * groups are the coach's; share links are rows of the program's owner, and share links still working, push
 * subscriptions and open invitation codes each have a cap of their own. At each edge the last allowed write lands,
 * the next is refused as `quota-exceeded` and stores nothing, and a retry of what is stored is answered as before.
 */
import { personas } from "@hipcheck/core/testing";
import { ANONYMOUS } from "@hipcheck/application";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TestClient, TODAY } from "./testing/test-app.js";
import type { Answer, TestApp } from "./testing/test-app.js";
import { enrolTwoStep } from "./testing/two-step.js";

const PASSWORD = "downward dog daily";
const QUOTAS = { storedRows: 6, liveShareLinks: 2, pushSubscriptions: 2, openInvitations: 2 };
let t: TestApp;
let maya: TestClient;

beforeAll(async () => {
  t = await createTestApp({}, { filename: ":memory:" }, QUOTAS);
  const created = await t.hipcheck.bootstrapAdmin(ANONYMOUS, {
    email: "ada@example.org",
    password: PASSWORD,
  });
  if (!created.ok) throw new Error(created.error.message);
  const ada = await signedIn("ada@example.org");
  await enrolTwoStep(ada);
  await ada.expectOk("createCoachAccount", { body: { email: "maya@example.org", password: PASSWORD } });
  maya = await signedIn("maya@example.org");
});
afterAll(async () => {
  await t.close();
});

async function signedIn(email: string): Promise<TestClient> {
  const client = new TestClient(t.app);
  await client.expectOk("signIn", { body: { email, password: PASSWORD } });
  return client;
}

async function person(email: string): Promise<TestClient> {
  await new TestClient(t.app).expectOk("signUp", { body: { email, password: PASSWORD } });
  return signedIn(email);
}

function expectRefused(answer: Answer, says: string): void {
  expect(answer).toMatchObject({ status: 403, body: { error: { kind: "quota-exceeded" } } });
  expect((answer.body as { error: { message: string } }).error.message).toContain(says);
}

const strengthCheck = (id: string) => ({
  body: {
    id,
    check: {
      test: "side-bridge-hold" as const,
      date: TODAY,
      firstSide: "left" as const,
      left: { holdSeconds: 40, timedBy: "stopwatch" as const },
      right: { holdSeconds: 38, timedBy: "stopwatch" as const },
    },
  },
});

const phone = (name: string) => ({
  body: {
    endpoint: `https://push.example/${name}`,
    keys: {
      p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
      auth: "tBHItJI5svbpez7KI4CCXg",
    },
    reminderTime: "18:30",
    timeZone: "Europe/Paris",
    language: "fr" as const,
  },
});

describe("strength checks", () => {
  it("take the account's last allowed row, refuse the next, and still answer a retry", async () => {
    const lee = await person("lee@example.org");
    for (let n = 1; n <= 6; n += 1) await lee.expectOk("recordStrengthCheck", strengthCheck(`check-${n}`));
    expectRefused(await lee.call("recordStrengthCheck", strengthCheck("check-7")), "at most 6");
    expect((await lee.call("recordStrengthCheck", strengthCheck("check-6"))).status).toBe(201);
    expect((await lee.expectOk("listStrengthChecks", { query: {} })).checks).toHaveLength(6);
  });
});

describe("a coach's invitation codes, notes and groups", () => {
  it("count on the coach's account, open codes under a cap of their own", async () => {
    const first = await maya.expectOk("createInvitation", { body: { id: "code-1" } });
    await maya.expectOk("createInvitation", { body: { id: "code-2" } });
    expectRefused(await maya.call("createInvitation", { body: { id: "code-3" } }), "invitation codes");
    // A retry of a code made is answered with it, even with no code left to make.
    expect(await maya.expectOk("createInvitation", { body: { id: "code-1" } })).toEqual(first);

    const dana = await person("dana@example.org");
    const link = await dana.expectOk("acceptInvitation", { body: { code: first.code } });
    const danaId = link.clientId ?? "";
    // A code accepted is no longer open: one more may be made (Maya's third row).
    await maya.expectOk("createInvitation", { body: { id: "code-3" } });
    const notes = (clientId: string, id: string) => ({
      params: { clientId },
      body: { id, body: "Hips first." },
    });
    await maya.expectOk("addCoachNote", notes(danaId, "note-1"));
    await maya.expectOk("createGroup", { body: { id: "group-1", name: "Tuesday runners" } });
    await maya.expectOk("addCoachNote", notes(danaId, "note-2"));
    expectRefused(await maya.call("addCoachNote", notes(danaId, "note-3")), "at most 6");
    expectRefused(await maya.call("createGroup", { body: { id: "group-2", name: "Thursday" } }), "at most 6");
    expect((await maya.call("addCoachNote", notes(danaId, "note-2"))).status).toBe(201);
    expect(await maya.expectOk("listCoachNotes", { params: { clientId: danaId } })).toHaveLength(2);
    expect(await maya.expectOk("listGroups", {})).toHaveLength(1);
    // Dana's own rows are not Maya's: her account is empty.
    await dana.expectOk("recordStrengthCheck", strengthCheck("dana-check"));
  });
});

describe("share links", () => {
  it("are capped while they work, and a revoked one frees its place", async () => {
    const sam = await person("sam@example.org");
    await sam.expectOk("submitCheckIn", { body: { answers: personas.runnerPfp } });
    const { programId } = await sam.expectOk("createProgram", { body: { startDate: TODAY } });
    const share = () => sam.call("createShareLink", { params: { programId }, body: { days: 7 } });
    const made = await sam.expectOk("createShareLink", { params: { programId }, body: { days: 7 } });
    expect((await share()).status).toBe(201);
    expectRefused(await share(), "share links still working");
    await sam.expectOk("revokeShareLink", { params: { linkId: made.linkId } });
    expect((await share()).status).toBe(201);
    expect(await sam.expectOk("listShareLinks", { params: { programId } })).toHaveLength(3);
  });
});

describe("push subscriptions", () => {
  it("are capped per account, and a browser subscribing again keeps its place", async () => {
    const kim = await person("kim@example.org");
    await kim.expectOk("subscribePush", phone("kim-phone"));
    const laptop = await kim.expectOk("subscribePush", phone("kim-laptop"));
    expectRefused(await kim.call("subscribePush", phone("kim-tablet")), "devices");
    expect((await kim.expectOk("subscribePush", phone("kim-laptop"))).subscriptionId).toBe(
      laptop.subscriptionId,
    );
    await kim.expectOk("unsubscribePush", { params: { subscriptionId: laptop.subscriptionId } });
    await kim.expectOk("subscribePush", phone("kim-tablet"));
    expect(await kim.expectOk("listPushSubscriptions", {})).toHaveLength(2);
  });
});
