import { ANONYMOUS, hashToken } from "@hipcheck/application";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";

/** Dana has a program; Maya coaches her; Omar is another coach; Leo is someone else. */
async function danaWithProgram() {
  const fixture = await openFixture();
  const dana = await fixture.account("dana@example.org");
  const coachMaya = await fixture.account("maya@clinic.example", "coach");
  const coachOmar = await fixture.account("omar@clinic.example", "coach");
  const leo = await fixture.account("leo@example.org");
  const invitation = unwrap(await fixture.hipcheck.createInvitation(coachMaya, {}));
  unwrap(await fixture.hipcheck.acceptInvitation(dana, { code: invitation.code }));
  unwrap(await fixture.hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
  const program = unwrap(await fixture.hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
  return { ...fixture, dana, coachMaya, coachOmar, leo, program };
}

describe("share links", () => {
  it("Dana shares her plan with her physio: the link shows the plan and nothing about her", async () => {
    const { hipcheck, dana, program } = await danaWithProgram();
    const link = unwrap(await hipcheck.createShareLink(dana, { programId: program.programId }));
    expect(link).toMatchObject({ active: true, expiresAt: "2026-12-31T08:00:00.000Z", revokedAt: null });
    const shared = unwrap(await hipcheck.getSharedProgram(ANONYMOUS, { token: link.token }));
    expect(shared.program.sessions).toEqual(program.program.sessions);
    expect(shared.program.rationale).toEqual([]);
    expect(JSON.stringify(shared)).not.toContain("dana@example.org");
    const handout = unwrap(await hipcheck.getSharedHandoutSource(ANONYMOUS, { token: link.token }));
    expect(handout.personName).toBe("");
  });

  it("only the token's hash is stored, so the list never shows a usable token", async () => {
    const { hipcheck, dana, program, storage } = await danaWithProgram();
    const link = unwrap(await hipcheck.createShareLink(dana, { programId: program.programId }));
    const stored = await storage.repositories.shareLinks.findById(link.linkId);
    expect(stored?.tokenHash).toBe(hashToken(link.token));
    expect(JSON.stringify(unwrap(await hipcheck.listShareLinks(dana, program)))).not.toContain(link.token);
  });

  it("a link stops working the moment it expires (fixed clock), and answers like an unknown one", async () => {
    const { hipcheck, dana, program, clock } = await danaWithProgram();
    const link = unwrap(await hipcheck.createShareLink(dana, { programId: program.programId, days: 7 }));
    clock.set("2026-12-08T07:59:59.999Z");
    expect((await hipcheck.getSharedProgram(ANONYMOUS, { token: link.token })).ok).toBe(true);
    clock.set("2026-12-08T08:00:00.000Z");
    const expired = await hipcheck.getSharedProgram(ANONYMOUS, { token: link.token });
    const unknown = await hipcheck.getSharedProgram(ANONYMOUS, { token: "not-a-token" });
    expect(expired).toEqual(unknown);
    expect(unwrap(await hipcheck.listShareLinks(dana, program))).toMatchObject([{ active: false }]);
  });

  it("Maya, Dana's coach, makes and revokes a link; a revoked link is not found", async () => {
    const { hipcheck, coachMaya, dana, program } = await danaWithProgram();
    const link = unwrap(await hipcheck.createShareLink(coachMaya, { programId: program.programId }));
    const revoked = unwrap(await hipcheck.revokeShareLink(dana, { linkId: link.linkId }));
    expect(revoked).toMatchObject({ active: false, revokedAt: "2026-12-01T08:00:00.000Z" });
    expect(await hipcheck.getSharedProgram(ANONYMOUS, { token: link.token })).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(await hipcheck.getSharedHandoutSource(ANONYMOUS, { token: link.token })).toMatchObject({
      ok: false,
    });
  });

  it("Leo and coach Omar cannot share, list or revoke Dana's links: they are told nothing exists", async () => {
    const { hipcheck, dana, leo, coachOmar, program } = await danaWithProgram();
    const link = unwrap(await hipcheck.createShareLink(dana, { programId: program.programId }));
    for (const stranger of [leo, coachOmar]) {
      for (const result of [
        await hipcheck.createShareLink(stranger, { programId: program.programId }),
        await hipcheck.listShareLinks(stranger, program),
        await hipcheck.revokeShareLink(stranger, { linkId: link.linkId }),
      ]) {
        expect(result).toMatchObject({ ok: false, error: { kind: "not-found" } });
      }
    }
    expect((await hipcheck.getSharedProgram(ANONYMOUS, { token: link.token })).ok).toBe(true);
  });

  it("a link lasts 1 to 365 days", async () => {
    const { hipcheck, dana, program } = await danaWithProgram();
    for (const days of [0, 366, 1.5]) {
      expect(await hipcheck.createShareLink(dana, { programId: program.programId, days })).toMatchObject({
        ok: false,
        error: { kind: "invalid-input", field: "days" },
      });
    }
    const longest = unwrap(await hipcheck.createShareLink(dana, { programId: program.programId, days: 365 }));
    expect(longest.expiresAt).toBe("2027-12-01T08:00:00.000Z");
  });

  it("when Dana deletes her account, her links stop working", async () => {
    const { hipcheck, dana, program } = await danaWithProgram();
    const link = unwrap(await hipcheck.createShareLink(dana, { programId: program.programId }));
    unwrap(await hipcheck.deleteAccount(dana, { password: "correct horse battery" }));
    expect((await hipcheck.getSharedProgram(ANONYMOUS, { token: link.token })).ok).toBe(false);
  });
});
