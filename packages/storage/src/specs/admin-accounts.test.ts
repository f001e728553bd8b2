import { ANONYMOUS, type AccountListing } from "@hipcheck/application";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { enrolTwoStep, openFixture, PASSWORD, signedInOf, unwrap } from "../testing/hipcheck-fixture.js";

/** Ada runs the clinic's HipCheck; Maya coaches Dana; Omar coaches nobody; Leo trains alone. */
async function clinic() {
  const fixture = await openFixture();
  const { hipcheck, account } = fixture;
  const ada = await account("ada@clinic.example", "admin");
  const maya = await account("maya@clinic.example", "coach");
  const omar = await account("omar@clinic.example", "coach");
  const dana = await account("dana@example.org");
  const leo = await account("leo@example.org");
  const invitation = unwrap(await hipcheck.createInvitation(maya, {}));
  unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
  return { ...fixture, ada, maya, omar, dana, leo };
}

const emailsOf = (accounts: readonly AccountListing[]) => accounts.map((account) => account.email);

describe("a clinic admin's accounts", () => {
  it("Ada lists every account by email, with who coaches whom and no health data", async () => {
    const { hipcheck, ada, maya, dana } = await clinic();
    const accounts = unwrap(await hipcheck.listAccounts(ada, {}));
    expect(emailsOf(accounts)).toEqual([
      "ada@clinic.example",
      "dana@example.org",
      "leo@example.org",
      "maya@clinic.example",
      "omar@clinic.example",
    ]);
    expect(accounts.find((account) => account.accountId === dana.accountId)).toEqual({
      accountId: dana.accountId,
      email: "dana@example.org",
      displayName: null,
      role: "person",
      createdAt: "2026-12-01T08:00:00.000Z",
      hasCoach: true,
      hasClients: false,
    });
    expect(accounts.find((account) => account.accountId === maya.accountId)).toMatchObject({
      hasCoach: false,
      hasClients: true,
    });
    expect(accounts.find((account) => account.email === "leo@example.org")).toMatchObject({
      hasCoach: false,
      hasClients: false,
    });
    for (const account of accounts) {
      expect(Object.keys(account).sort()).toEqual(
        ["accountId", "createdAt", "displayName", "email", "hasClients", "hasCoach", "role"].sort(),
      );
    }
  });

  it("filters the list by role", async () => {
    const { hipcheck, ada } = await clinic();
    expect(emailsOf(unwrap(await hipcheck.listAccounts(ada, { role: "coach" })))).toEqual([
      "maya@clinic.example",
      "omar@clinic.example",
    ]);
    expect(emailsOf(unwrap(await hipcheck.listAccounts(ada, { role: "admin" })))).toEqual([
      "ada@clinic.example",
    ]);
  });

  it("a revoked coach link no longer counts", async () => {
    const { hipcheck, ada, dana } = await clinic();
    const [link] = unwrap(await hipcheck.listCoaches(dana, {}));
    unwrap(await hipcheck.revokeLink(dana, { linkId: link?.linkId ?? "" }));
    const accounts = unwrap(await hipcheck.listAccounts(ada, {}));
    expect(accounts.every((account) => !account.hasCoach && !account.hasClients)).toBe(true);
  });

  it("only an admin lists, creates admins and deletes accounts; without a sign-in, nobody", async () => {
    const { hipcheck, maya, dana, leo } = await clinic();
    for (const actor of [maya, dana]) {
      const list = await hipcheck.listAccounts(actor, {});
      expect(list.ok ? undefined : list.error.kind).toBe("forbidden");
      const admin = await hipcheck.createAdminAccount(actor, {
        email: "eve@example.org",
        password: PASSWORD,
      });
      expect(admin.ok ? undefined : admin.error.kind).toBe("forbidden");
      const deleted = await hipcheck.deleteAccountAsAdmin(actor, { accountId: leo.accountId });
      expect(deleted.ok ? undefined : deleted.error.kind).toBe("forbidden");
    }
    const anonymous = await hipcheck.listAccounts(ANONYMOUS, {});
    expect(anonymous.ok ? undefined : anonymous.error.kind).toBe("unauthenticated");
    const anonymousDelete = await hipcheck.deleteAccountAsAdmin(ANONYMOUS, { accountId: leo.accountId });
    expect(anonymousDelete.ok ? undefined : anonymousDelete.error.kind).toBe("unauthenticated");
    expect((await hipcheck.getAccount(leo, {})).ok).toBe(true);
    expect((await hipcheck.signIn(ANONYMOUS, { email: "eve@example.org", password: PASSWORD })).ok).toBe(
      false,
    );
  });

  it("Ada deletes Dana's account: Dana can no longer sign in, her coach no longer sees her", async () => {
    const { hipcheck, ada, maya, dana } = await clinic();
    const session = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    unwrap(await hipcheck.deleteAccountAsAdmin(ada, { accountId: dana.accountId }));
    expect((await hipcheck.authenticate(ANONYMOUS, { token: session.token })).ok).toBe(false);
    const signIn = await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD });
    expect(signIn.ok ? undefined : signIn.error.kind).toBe("unauthenticated");
    expect(unwrap(await hipcheck.listClients(maya, {}))).toEqual([]);
    const checkIns = await hipcheck.listCheckIns(maya, { personId: dana.accountId });
    expect(checkIns.ok ? undefined : checkIns.error.kind).toBe("not-found");
    expect(emailsOf(unwrap(await hipcheck.listAccounts(ada, {})))).not.toContain("dana@example.org");
  });

  it("deleting a coach unlinks their clients and keeps the clients' accounts", async () => {
    const { hipcheck, ada, maya, dana } = await clinic();
    unwrap(await hipcheck.deleteAccountAsAdmin(ada, { accountId: maya.accountId }));
    expect(unwrap(await hipcheck.listCoaches(dana, {}))).toEqual([]);
    const accounts = unwrap(await hipcheck.listAccounts(ada, {}));
    expect(accounts.find((account) => account.accountId === dana.accountId)).toMatchObject({
      hasCoach: false,
    });
    expect((await hipcheck.getAccount(dana, {})).ok).toBe(true);
  });

  it("an unknown id answers not-found and deletes nothing", async () => {
    const { hipcheck, ada } = await clinic();
    const result = await hipcheck.deleteAccountAsAdmin(ada, { accountId: "no-such-account" });
    expect(result.ok ? undefined : result.error.kind).toBe("not-found");
    expect(unwrap(await hipcheck.listAccounts(ada, {}))).toHaveLength(5);
  });

  it("Ada cannot delete her own account here", async () => {
    const { hipcheck, ada } = await clinic();
    const result = await hipcheck.deleteAccountAsAdmin(ada, { accountId: ada.accountId });
    expect(result.ok ? undefined : result.error.kind).toBe("forbidden");
    expect((await hipcheck.getAccount(ada, {})).ok).toBe(true);
  });

  it("Ada creates a second admin, who can then delete Ada; the last admin stays", async () => {
    const { hipcheck, ada, clock } = await clinic();
    const bea = unwrap(
      await hipcheck.createAdminAccount(ada, { email: "bea@clinic.example", password: PASSWORD }),
    );
    expect(bea.role).toBe("admin");
    const beaActor = unwrap(
      await hipcheck.authenticate(ANONYMOUS, {
        token: signedInOf(
          await hipcheck.signIn(ANONYMOUS, { email: "bea@clinic.example", password: PASSWORD }),
        ).token,
      }),
    );
    // A new admin acts once two-step sign-in is on (decision 0432).
    const refused = await hipcheck.deleteAccountAsAdmin(beaActor, { accountId: ada.accountId });
    expect(refused.ok ? undefined : refused.error.kind).toBe("two-step-required");
    await enrolTwoStep(hipcheck, beaActor, clock);
    unwrap(await hipcheck.deleteAccountAsAdmin(beaActor, { accountId: ada.accountId }));
    // Ada's principal from before her deletion, racing Bea: refused (her two-step went with her account), and Bea,
    // now the only admin, stays.
    const last = await hipcheck.deleteAccountAsAdmin(ada, { accountId: bea.accountId });
    expect(last.ok ? undefined : last.error.kind).toBe("two-step-required");
    expect(emailsOf(unwrap(await hipcheck.listAccounts(beaActor, { role: "admin" })))).toEqual([
      "bea@clinic.example",
    ]);
  });

  it("a new coach or admin account follows the sign-up rules", async () => {
    const { hipcheck, ada } = await clinic();
    const weak = await hipcheck.createAdminAccount(ada, { email: "bea@clinic.example", password: "short" });
    expect(weak.ok ? undefined : weak.error).toMatchObject({ kind: "invalid-input", field: "password" });
    const taken = await hipcheck.createCoachAccount(ada, { email: "DANA@example.org", password: PASSWORD });
    expect(taken.ok ? undefined : taken.error).toMatchObject({ kind: "conflict", field: "email" });
  });

  it("the command line on the server's machine creates coach accounts", async () => {
    const { hipcheck } = await openFixture();
    const maya = unwrap(
      await hipcheck.createCoachAccountLocally(ANONYMOUS, {
        email: "maya@clinic.example",
        password: PASSWORD,
      }),
    );
    expect(maya.role).toBe("coach");
  });
});
