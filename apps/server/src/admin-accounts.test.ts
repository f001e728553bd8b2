/**
 * A clinic admin's accounts over HTTP: Ada lists the clinic's accounts without anyone's health data and deletes
 * another account with everything it owns; bad input is refused and changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScene, EMAILS, PASSWORD } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TestClient } from "./testing/test-app.js";
import { enrolTwoStep } from "./testing/two-step.js";

let scene: Scene;
beforeEach(async () => {
  scene = await createScene();
});
afterEach(async () => {
  await scene.close();
});

async function emails(query: { role?: "person" | "coach" | "admin" } = {}) {
  const accounts = await scene.as.admin.expectOk("listAccounts", { query });
  return accounts.map((account) => account.email);
}

describe("listing accounts", () => {
  it("gives Ada every account by email, who coaches whom, and nothing else", async () => {
    const answer = await scene.as.admin.call("listAccounts", { query: {} });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).not.toMatch(/hash|argon|pain|program|answers/i);
    const accounts = await scene.as.admin.expectOk("listAccounts", { query: {} });
    expect(accounts.map((account) => account.email)).toEqual([
      EMAILS.admin,
      EMAILS.person,
      EMAILS.otherPerson,
      EMAILS.coach,
      EMAILS.otherCoach,
    ]);
    expect(accounts.find((account) => account.email === EMAILS.person)).toMatchObject({
      accountId: scene.ids.person,
      role: "person",
      hasCoach: true,
      hasClients: false,
    });
    expect(accounts.find((account) => account.email === EMAILS.coach)).toMatchObject({
      hasCoach: false,
      hasClients: true,
    });
  });

  it("filters by role, and refuses a role that does not exist", async () => {
    expect(await emails({ role: "coach" })).toEqual([EMAILS.coach, EMAILS.otherCoach]);
    const answer = await scene.as.admin.call("listAccounts", { query: { role: "superuser" } as never });
    expect(answer).toMatchObject({ status: 400, body: { error: { kind: "invalid-input" } } });
  });
});

describe("deleting an account as admin", () => {
  it("Dana's account goes with her data: her cookie and password no longer work, Maya no longer sees her", async () => {
    await scene.as.admin.expectOk("deleteAccountAsAdmin", { params: { accountId: scene.ids.person } });
    expect((await scene.as.person.call("getAccount", {})).status).toBe(401);
    const signIn = await new TestClient(scene.t.app).call("signIn", {
      body: { email: EMAILS.person, password: PASSWORD },
    });
    expect(signIn.status).toBe(401);
    expect(await scene.as.coach.expectOk("listClients", {})).toEqual([]);
    const checkIns = await scene.as.coach.call("listCheckIns", { query: { personId: scene.ids.person } });
    expect(checkIns.status).toBe(404);
    expect(await emails()).not.toContain(EMAILS.person);
  });

  it("deleting Maya unlinks Dana, whose account stays", async () => {
    await scene.as.admin.expectOk("deleteAccountAsAdmin", { params: { accountId: scene.ids.coach } });
    expect(await scene.as.person.expectOk("listCoaches", {})).toEqual([]);
    expect((await scene.as.person.call("getAccount", {})).status).toBe(200);
  });

  it("an unknown id answers 404, Ada's own id 403, and neither deletes anything", async () => {
    const unknown = await scene.as.admin.call("deleteAccountAsAdmin", { params: { accountId: "nobody" } });
    expect(unknown).toMatchObject({ status: 404, body: { error: { kind: "not-found" } } });
    const ada = await scene.as.admin.expectOk("getAccount", {});
    const self = await scene.as.admin.call("deleteAccountAsAdmin", { params: { accountId: ada.accountId } });
    expect(self).toMatchObject({ status: 403, body: { error: { kind: "forbidden" } } });
    expect(await emails()).toHaveLength(5);
  });

  it("a second admin created by Ada can delete Ada; Ada's cookie then stops working", async () => {
    await scene.as.admin.expectOk("createAdminAccount", {
      body: { email: "bea@example.org", password: PASSWORD },
    });
    const bea = new TestClient(scene.t.app);
    await bea.expectOk("signIn", { body: { email: "bea@example.org", password: PASSWORD } });
    // A new admin acts only once two-step sign-in is on.
    expect(await bea.call("listAccounts", { query: {} })).toMatchObject({
      status: 403,
      body: { error: { kind: "two-step-required" } },
    });
    await enrolTwoStep(bea);
    const ada = await scene.as.admin.expectOk("getAccount", {});
    await bea.expectOk("deleteAccountAsAdmin", { params: { accountId: ada.accountId } });
    expect((await scene.as.admin.call("listAccounts", { query: {} })).status).toBe(401);
    const admins = await bea.expectOk("listAccounts", { query: { role: "admin" } });
    expect(admins.map((account) => account.email)).toEqual(["bea@example.org"]);
  });
});
