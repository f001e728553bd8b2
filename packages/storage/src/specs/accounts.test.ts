import { ANONYMOUS, hashToken } from "@hipcheck/application";
import { describe, expect, it } from "vitest";
import { openFixture, PASSWORD, signedInOf, unwrap } from "../testing/hipcheck-fixture.js";

describe("accounts and sign-in", () => {
  it("Dana signs up as a person and signs in; only the hash of her token is stored", async () => {
    const { hipcheck, storage } = await openFixture();
    const account = unwrap(
      await hipcheck.signUp(ANONYMOUS, { email: " Dana.Runner@example.org ", password: PASSWORD }),
    );
    expect(account).toMatchObject({ email: "Dana.Runner@example.org", role: "person" });
    const session = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana.runner@EXAMPLE.org", password: PASSWORD }),
    );
    expect(session.expiresAt).toBe("2026-12-31T08:00:00.000Z");
    expect(await storage.repositories.authSessions.findByTokenHash(session.token)).toBeUndefined();
    expect(await storage.repositories.authSessions.findByTokenHash(hashToken(session.token))).toBeDefined();
    expect(unwrap(await hipcheck.authenticate(ANONYMOUS, { token: session.token }))).toEqual({
      kind: "account",
      accountId: account.accountId,
      role: "person",
    });
  });

  it("refuses a second account with the same email in another letter case", async () => {
    const { hipcheck } = await openFixture();
    unwrap(await hipcheck.signUp(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }));
    const again = await hipcheck.signUp(ANONYMOUS, { email: "DANA@example.org", password: PASSWORD });
    expect(again.ok ? undefined : again.error).toMatchObject({ kind: "conflict", field: "email" });
  });

  it.each([
    ["not an email", "dana", PASSWORD, "email"],
    ["a 7-character password", "dana@example.org", "1234567", "password"],
    ["a 257-character password", "dana@example.org", "x".repeat(257), "password"],
  ])("refuses %s", async (_case, email, password, field) => {
    const { hipcheck } = await openFixture();
    const result = await hipcheck.signUp(ANONYMOUS, { email, password });
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: "invalid-input", field });
  });

  it("answers the same way for a wrong password and an unknown email", async () => {
    const { hipcheck, account } = await openFixture();
    await account("dana@example.org");
    const wrongPassword = await hipcheck.signIn(ANONYMOUS, {
      email: "dana@example.org",
      password: "wrong password",
    });
    const unknown = await hipcheck.signIn(ANONYMOUS, { email: "nobody@example.org", password: PASSWORD });
    expect(wrongPassword).toEqual(unknown);
    expect(unknown.ok ? undefined : unknown.error.kind).toBe("unauthenticated");
  });

  it("a sign-in expires after 30 days", async () => {
    const { hipcheck, clock, account } = await openFixture();
    await account("dana@example.org");
    const session = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    clock.advanceDays(29);
    expect((await hipcheck.authenticate(ANONYMOUS, { token: session.token })).ok).toBe(true);
    clock.advanceDays(1);
    const expired = await hipcheck.authenticate(ANONYMOUS, { token: session.token });
    expect(expired.ok ? undefined : expired.error.kind).toBe("unauthenticated");
  });

  it("a sign-in clears away everyone's expired sessions and keeps the live ones", async () => {
    const { hipcheck, clock, account, storage } = await openFixture();
    await account("dana@example.org");
    await account("leo@example.org");
    const signIn = async (email: string) =>
      signedInOf(await hipcheck.signIn(ANONYMOUS, { email, password: PASSWORD }));
    const danaOld = await signIn("dana@example.org");
    clock.advanceDays(10);
    const leoRecent = await signIn("leo@example.org");
    clock.advanceDays(25);
    await signIn("leo@example.org");
    const stored = (token: string) => storage.repositories.authSessions.findByTokenHash(hashToken(token));
    expect(await stored(danaOld.token)).toBeUndefined();
    expect(await stored(leoRecent.token)).toBeDefined();
  });

  it("signing out ends one session; signing out everywhere ends all of them", async () => {
    const { hipcheck, account } = await openFixture();
    const dana = await account("dana@example.org");
    const phone = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    const laptop = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    unwrap(await hipcheck.signOut(dana, { token: phone.token }));
    expect((await hipcheck.authenticate(ANONYMOUS, { token: phone.token })).ok).toBe(false);
    expect((await hipcheck.authenticate(ANONYMOUS, { token: laptop.token })).ok).toBe(true);
    // The fixture's own sign-in and the laptop remain.
    expect(unwrap(await hipcheck.signOutEverywhere(dana, {}))).toEqual({ sessionsEnded: 2 });
    expect((await hipcheck.authenticate(ANONYMOUS, { token: laptop.token })).ok).toBe(false);
  });

  it("Leo cannot sign Dana out by sending her token", async () => {
    const { hipcheck, account } = await openFixture();
    await account("dana@example.org");
    const leo = await account("leo@example.org");
    const danaSession = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    unwrap(await hipcheck.signOut(leo, { token: danaSession.token }));
    expect((await hipcheck.authenticate(ANONYMOUS, { token: danaSession.token })).ok).toBe(true);
  });

  it("changing the password needs the current one and signs out every other session", async () => {
    const { hipcheck, account } = await openFixture();
    const dana = await account("dana@example.org");
    const kept = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    const other = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    const wrong = await hipcheck.changePassword(dana, {
      currentPassword: "not it at all",
      newPassword: "a new long password",
    });
    expect(wrong.ok ? undefined : wrong.error.kind).toBe("forbidden");
    unwrap(
      await hipcheck.changePassword(dana, {
        currentPassword: PASSWORD,
        newPassword: "a new long password",
        keepToken: kept.token,
      }),
    );
    expect((await hipcheck.authenticate(ANONYMOUS, { token: kept.token })).ok).toBe(true);
    expect((await hipcheck.authenticate(ANONYMOUS, { token: other.token })).ok).toBe(false);
    expect((await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD })).ok).toBe(
      false,
    );
    expect(
      (await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: "a new long password" })).ok,
    ).toBe(true);
  });

  it("only an admin creates coach accounts, and the first admin only once", async () => {
    const { hipcheck, account } = await openFixture();
    const ada = await account("ada@clinic.example", "admin");
    const dana = await account("dana@example.org");
    const byDana = await hipcheck.createCoachAccount(dana, {
      email: "maya@clinic.example",
      password: PASSWORD,
    });
    expect(byDana.ok ? undefined : byDana.error.kind).toBe("forbidden");
    const byAnonymous = await hipcheck.createCoachAccount(ANONYMOUS, {
      email: "maya@clinic.example",
      password: PASSWORD,
    });
    expect(byAnonymous.ok ? undefined : byAnonymous.error.kind).toBe("unauthenticated");
    expect(
      unwrap(await hipcheck.createCoachAccount(ada, { email: "maya@clinic.example", password: PASSWORD }))
        .role,
    ).toBe("coach");
    const secondAdmin = await hipcheck.bootstrapAdmin(ANONYMOUS, {
      email: "eve@example.org",
      password: PASSWORD,
    });
    expect(secondAdmin.ok ? undefined : secondAdmin.error.kind).toBe("forbidden");
  });

  it("a signed-in person cannot sign up again", async () => {
    const { hipcheck, account } = await openFixture();
    const dana = await account("dana@example.org");
    const result = await hipcheck.signUp(dana, { email: "dana2@example.org", password: PASSWORD });
    expect(result.ok ? undefined : result.error.kind).toBe("forbidden");
  });

  it("deleting the account needs the password and ends every sign-in", async () => {
    const { hipcheck, account } = await openFixture();
    const dana = await account("dana@example.org");
    const session = signedInOf(
      await hipcheck.signIn(ANONYMOUS, { email: "dana@example.org", password: PASSWORD }),
    );
    const wrong = await hipcheck.deleteAccount(dana, { password: "not my password" });
    expect(wrong.ok).toBe(false);
    unwrap(await hipcheck.deleteAccount(dana, { password: PASSWORD }));
    expect((await hipcheck.authenticate(ANONYMOUS, { token: session.token })).ok).toBe(false);
    const after = await hipcheck.getAccount(dana, {});
    expect(after.ok ? undefined : after.error.kind).toBe("unauthenticated");
    expect((await hipcheck.signUp(ANONYMOUS, { email: "dana@example.org", password: PASSWORD })).ok).toBe(
      true,
    );
  });
});
