/**
 * Invite-only sign-up (decision 0331): on a server open to the internet, only a person holding a coach's pending
 * invitation code can create an account, and the code is used up by that sign-up; accounts an admin makes are not
 * affected. On an open server a code given at sign-up links the new person at once.
 */
import { ANONYMOUS } from "@hipcheck/application";
import type { SignUpPolicy } from "@hipcheck/application";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";
import { enrolTwoStep } from "./testing/two-step.js";

const PASSWORD = "correct horse battery";

let t: TestApp;
afterEach(async () => {
  await t.close();
});

/** Ada the admin makes Maya's coach account; Maya signs in and hands out a code. */
async function clinic(policy: SignUpPolicy) {
  t = await createTestApp({}, { filename: ":memory:" }, { signUpPolicy: policy });
  const created = await t.hipcheck.bootstrapAdmin(ANONYMOUS, {
    email: "ada@example.org",
    password: PASSWORD,
  });
  if (!created.ok) throw new Error(created.error.message);
  const ada = new TestClient(t.app);
  await ada.expectOk("signIn", { body: { email: "ada@example.org", password: PASSWORD } });
  await enrolTwoStep(ada);
  await ada.expectOk("createCoachAccount", {
    body: { email: "maya@example.org", password: PASSWORD, displayName: "Maya Lefèvre" },
  });
  const maya = new TestClient(t.app);
  await maya.expectOk("signIn", { body: { email: "maya@example.org", password: PASSWORD } });
  return { ada, maya, visitor: new TestClient(t.app) };
}

async function canSignIn(email: string): Promise<boolean> {
  const answer = await new TestClient(t.app).call("signIn", { body: { email, password: PASSWORD } });
  return answer.status === 200;
}

describe("an invite-only HipCheck", () => {
  it("says so, and refuses a visitor without a code with forbidden, naming the code field; nothing is created", async () => {
    const { visitor } = await clinic("invite-only");
    expect(await visitor.expectOk("getSignUpPolicy", {})).toEqual({ signUp: "invite-only" });
    const refused = await visitor.call("signUp", { body: { email: "dana@example.org", password: PASSWORD } });
    expect(refused).toMatchObject({
      status: 403,
      body: {
        error: {
          kind: "forbidden",
          field: "invitationCode",
          message: expect.stringMatching(/invitation only/),
        },
      },
    });
    const blank = await visitor.call("signUp", {
      body: { email: "dana@example.org", password: PASSWORD, invitationCode: "   " },
    });
    expect(blank.status).toBe(403);
    expect(await canSignIn("dana@example.org")).toBe(false);
  });

  it("lets Dana in with Maya's code typed loosely, links her to Maya at once, and the code then lets nobody else in", async () => {
    const { maya, visitor } = await clinic("invite-only");
    const invitation = await maya.expectOk("createInvitation", { body: {} });
    const typed = ` ${invitation.code.toLowerCase().replace(/-/g, " ")} `;
    const dana = await visitor.expectOk("signUp", {
      body: { email: "dana@example.org", password: PASSWORD, invitationCode: typed },
    });
    expect(dana.role).toBe("person");
    const danaClient = new TestClient(t.app);
    await danaClient.expectOk("signIn", { body: { email: "dana@example.org", password: PASSWORD } });
    expect(await danaClient.expectOk("listCoaches", {})).toMatchObject([
      { coachEmail: "maya@example.org", coachDisplayName: "Maya Lefèvre", acceptedAt: expect.any(String) },
    ]);
    expect(await maya.expectOk("listClients", {})).toMatchObject([{ clientId: dana.accountId }]);
    expect(await maya.expectOk("listInvitations", {})).toEqual([]);

    const again = await visitor.call("signUp", {
      body: { email: "marco@example.org", password: PASSWORD, invitationCode: invitation.code },
    });
    expect(again).toMatchObject({ status: 404, body: { error: { field: "invitationCode" } } });
    expect(await canSignIn("marco@example.org")).toBe(false);
  });

  it("refuses a withdrawn code, and a taken email with a good code keeps the code for its person", async () => {
    const { maya, visitor } = await clinic("invite-only");
    const withdrawn = await maya.expectOk("createInvitation", { body: {} });
    await maya.expectOk("revokeLink", { params: { linkId: withdrawn.linkId } });
    const late = await visitor.call("signUp", {
      body: { email: "dana@example.org", password: PASSWORD, invitationCode: withdrawn.code },
    });
    expect(late).toMatchObject({ status: 404, body: { error: { field: "invitationCode" } } });

    const fresh = await maya.expectOk("createInvitation", { body: {} });
    const taken = await visitor.call("signUp", {
      body: { email: "MAYA@example.org", password: PASSWORD, invitationCode: fresh.code },
    });
    expect(taken).toMatchObject({ status: 409, body: { error: { field: "email" } } });
    expect(await maya.expectOk("listInvitations", {})).toEqual([fresh]);
  });

  it("still lets the admin make accounts", async () => {
    const { ada } = await clinic("invite-only");
    await ada.expectOk("createCoachAccount", { body: { email: "omar@example.org", password: PASSWORD } });
    expect(await canSignIn("omar@example.org")).toBe(true);
  });
});

describe("an open HipCheck", () => {
  it("lets anyone sign up, and a code given at sign-up links the new person at once", async () => {
    const { maya, visitor } = await clinic("open");
    expect(await visitor.expectOk("getSignUpPolicy", {})).toEqual({ signUp: "open" });
    await visitor.expectOk("signUp", { body: { email: "leo@example.org", password: PASSWORD } });
    const invitation = await maya.expectOk("createInvitation", { body: {} });
    const dana = await visitor.expectOk("signUp", {
      body: { email: "dana@example.org", password: PASSWORD, invitationCode: invitation.code },
    });
    expect(await maya.expectOk("listClients", {})).toMatchObject([{ clientId: dana.accountId }]);
  });
});
