import { ANONYMOUS } from "@hipcheck/application";
import { generateProgram, weekdayOf, type Answers, type Program } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";

async function clinic() {
  const fixture = await openFixture();
  const adminAda = await fixture.account("ada@clinic.example", "admin");
  const coachMaya = await fixture.account("maya@clinic.example", "coach");
  const coachOmar = await fixture.account("omar@clinic.example", "coach");
  const dana = await fixture.account("dana@example.org");
  const leo = await fixture.account("leo@example.org");
  return { ...fixture, adminAda, coachMaya, coachOmar, dana, leo };
}

describe("invitations", () => {
  it("Dana accepts Maya's code; both see the link; either can end it", async () => {
    const { hipcheck, coachMaya, dana } = await clinic();
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const link = unwrap(
      await hipcheck.acceptInvitation(dana, { code: ` ${invitation.code.toLowerCase()} ` }),
    );
    expect(link).toMatchObject({
      coachId: coachMaya.accountId,
      coachEmail: "maya@clinic.example",
      clientId: dana.accountId,
      revokedAt: null,
    });
    expect(unwrap(await hipcheck.listCoaches(dana, {}))).toEqual([link]);
    expect(unwrap(await hipcheck.listClients(coachMaya, {})).map((client) => client.clientId)).toEqual([
      dana.accountId,
    ]);
    const revoked = unwrap(await hipcheck.revokeLink(coachMaya, { linkId: link.linkId }));
    expect(revoked.revokedAt).not.toBeNull();
    expect(unwrap(await hipcheck.listClients(coachMaya, {}))).toEqual([]);
  });

  it("a code works once: Leo cannot reuse the code Dana accepted", async () => {
    const { hipcheck, coachMaya, dana, leo } = await clinic();
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
    const byLeo = await hipcheck.acceptInvitation(leo, { code: invitation.code });
    expect(byLeo.ok ? undefined : byLeo.error).toMatchObject({ kind: "not-found", field: "code" });
    // Accepting again is harmless for Dana.
    expect((await hipcheck.acceptInvitation(dana, { code: invitation.code })).ok).toBe(true);
  });

  it("only coaches invite; a coach cannot accept her own code; unknown codes are not found", async () => {
    const { hipcheck, coachMaya, dana, adminAda } = await clinic();
    for (const actor of [dana, adminAda]) {
      const result = await hipcheck.createInvitation(actor, {});
      expect(result.ok ? undefined : result.error.kind).toBe("forbidden");
    }
    const anonymous = await hipcheck.createInvitation(ANONYMOUS, {});
    expect(anonymous.ok ? undefined : anonymous.error.kind).toBe("unauthenticated");
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const own = await hipcheck.acceptInvitation(coachMaya, { code: invitation.code });
    expect(own.ok ? undefined : own.error.kind).toBe("invalid-input");
    const unknown = await hipcheck.acceptInvitation(dana, { code: "HIP-NOPE" });
    expect(unknown.ok ? undefined : unknown.error.kind).toBe("not-found");
  });

  it("a revoked invitation cannot be accepted, and strangers cannot revoke a link", async () => {
    const { hipcheck, coachMaya, coachOmar, dana, leo } = await clinic();
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    unwrap(await hipcheck.revokeLink(coachMaya, { linkId: invitation.linkId }));
    const late = await hipcheck.acceptInvitation(dana, { code: invitation.code });
    expect(late.ok ? undefined : late.error.kind).toBe("not-found");
    const second = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const link = unwrap(await hipcheck.acceptInvitation(dana, { code: second.code }));
    for (const stranger of [coachOmar, leo]) {
      const result = await hipcheck.revokeLink(stranger, { linkId: link.linkId });
      expect(result.ok ? undefined : result.error.kind).toBe("not-found");
    }
  });

  it("Maya sees her invitations still waiting, oldest first: not accepted, revoked or expired", async () => {
    const { hipcheck, clock, coachMaya, coachOmar, dana } = await clinic();
    const old = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    clock.advanceDays(10);
    const accepted = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const revoked = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const waiting = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const omars = unwrap(await hipcheck.createInvitation(coachOmar, {}));
    unwrap(await hipcheck.acceptInvitation(dana, { code: accepted.code }));
    unwrap(await hipcheck.revokeLink(coachMaya, { linkId: revoked.linkId }));
    expect(unwrap(await hipcheck.listInvitations(coachMaya, {}))).toEqual([old, waiting]);
    expect(unwrap(await hipcheck.listInvitations(coachOmar, {}))).toEqual([omars]);
    clock.advanceDays(4);
    expect(unwrap(await hipcheck.listInvitations(coachMaya, {}))).toEqual([waiting]);
    expect(waiting.expiresAt).toBe("2026-12-25T08:00:00.000Z");
  });

  it("an invitation two weeks old no longer works; one already accepted stays accepted", async () => {
    const { hipcheck, clock, coachMaya, dana, leo } = await clinic();
    const forDana = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const forLeo = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    unwrap(await hipcheck.acceptInvitation(dana, { code: forDana.code }));
    clock.advanceDays(14);
    const late = await hipcheck.acceptInvitation(leo, { code: forLeo.code });
    expect(late.ok ? undefined : late.error).toMatchObject({ kind: "not-found", field: "code" });
    expect((await hipcheck.acceptInvitation(dana, { code: forDana.code })).ok).toBe(true);
  });

  it("a code works for the days the coach chose: one day for a class, a month for a client starting later", async () => {
    const { hipcheck, clock, coachMaya, dana, leo } = await clinic();
    const forClass = unwrap(await hipcheck.createInvitation(coachMaya, { validDays: 1 }));
    const forLater = unwrap(await hipcheck.createInvitation(coachMaya, { validDays: 30 }));
    expect(Date.parse(forClass.expiresAt) - Date.parse(forClass.createdAt)).toBe(86_400_000);
    clock.advanceDays(1);
    const late = await hipcheck.acceptInvitation(leo, { code: forClass.code });
    expect(late.ok ? undefined : late.error.kind).toBe("not-found");
    clock.advanceDays(20);
    expect((await hipcheck.acceptInvitation(dana, { code: forLater.code })).ok).toBe(true);
    for (const validDays of [0, 91, 1.5]) {
      const refused = await hipcheck.createInvitation(coachMaya, { validDays });
      expect(refused.ok ? undefined : refused.error).toMatchObject({
        kind: "invalid-input",
        field: "validDays",
      });
    }
  });

  it("only coaches have invitations to list", async () => {
    const { hipcheck, dana, adminAda } = await clinic();
    for (const actor of [dana, adminAda]) {
      const result = await hipcheck.listInvitations(actor, {});
      expect(result.ok ? undefined : result.error.kind).toBe("forbidden");
    }
    const anonymous = await hipcheck.listInvitations(ANONYMOUS, {});
    expect(anonymous.ok ? undefined : anonymous.error.kind).toBe("unauthenticated");
  });
});

describe("Maya's client list", () => {
  it("shows who trained this week, who has more pain and who has red flags", async () => {
    const { hipcheck, coachMaya, dana, leo, clock } = await clinic();
    for (const client of [dana, leo]) {
      const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
      unwrap(await hipcheck.acceptInvitation(client, { code: invitation.code }));
    }
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const program = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    const first = program.program.sessions[0]!;
    // The same session saved twice, from two devices: one session trained.
    for (const id of ["d1", "d1-phone"]) {
      unwrap(
        await hipcheck.logSession(dana, {
          log: {
            id,
            programId: program.programId,
            plannedSessionId: first.id,
            date: first.date,
            kind: "strength",
            entries: [],
            completed: true,
          },
        }),
      );
    }
    const leoRedFlag: Answers = {
      ...personas.deskWorker,
      redFlags: { ...personas.deskWorker.redFlags, calfPainSwellingWarmth: true },
    };
    unwrap(await hipcheck.submitCheckIn(leo, { answers: leoRedFlag }));
    unwrap(
      await hipcheck.recordPain(leo, {
        entry: { date: "2026-12-01", painNow: 2, painUsual: 2, painWorst: 3 },
      }),
    );
    clock.advanceDays(2);
    unwrap(
      await hipcheck.recordPain(leo, {
        entry: { date: "2026-12-03", painNow: 6, painUsual: 6, painWorst: 8 },
      }),
    );

    const clients = unwrap(await hipcheck.listClients(coachMaya, {}));
    const byId = new Map(clients.map((client) => [client.clientId, client]));
    expect(byId.get(dana.accountId)).toMatchObject({
      email: "dana@example.org",
      trainedThisWeek: true,
      programWeek: { week: 1, done: 1, partlyDone: 0 },
      morePain: false,
      redFlags: false,
      lastSessionDate: first.date,
    });
    expect(byId.get(leo.accountId)).toMatchObject({
      trainedThisWeek: false,
      morePain: true,
      redFlags: true,
      stuck: false,
      lastSessionDate: null,
    });

    clock.advanceDays(7);
    const nextWeek = unwrap(await hipcheck.listClients(coachMaya, {}));
    expect(nextWeek.find((client) => client.clientId === dana.accountId)?.trainedThisWeek).toBe(false);
  });

  it("does not take a rating corrected the same day for more pain, and compares one day with the one before", async () => {
    const { hipcheck, coachMaya, dana, clock } = await clinic();
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
    const morePain = async () =>
      unwrap(await hipcheck.listClients(coachMaya, {})).find((client) => client.clientId === dana.accountId)
        ?.morePain;
    const rate = async (date: string, painUsual: number) =>
      unwrap(await hipcheck.recordPain(dana, { entry: { date, painNow: 4, painUsual, painWorst: 6 } }));
    // Dana left "usual pain" at 0 in her check-in, then rated the same day again with her usual 3.
    await rate("2026-12-01", 0);
    clock.set(new Date(Date.parse(clock.now()) + 15 * 60_000).toISOString());
    await rate("2026-12-01", 3);
    expect(await morePain()).toBe(false);
    clock.advanceDays(2);
    await rate("2026-12-03", 3);
    expect(await morePain()).toBe(false);
    clock.advanceDays(2);
    await rate("2026-12-05", 6);
    expect(await morePain()).toBe(true);
  });

  it("counts Dana's sessions of this program week against those planned, the one saved part way apart; Leo has no program", async () => {
    const { hipcheck, coachMaya, dana, leo, clock } = await clinic();
    for (const client of [dana, leo]) {
      const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
      unwrap(await hipcheck.acceptInvitation(client, { code: invitation.code }));
    }
    // Dana asked for three hip sessions a week.
    unwrap(
      await hipcheck.submitCheckIn(dana, { answers: { ...personas.runnerPfp, strengthSessionsPerWeek: 3 } }),
    );
    unwrap(await hipcheck.submitCheckIn(leo, { answers: personas.deskWorker }));
    const program = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    const week2 = program.program.sessions.filter(
      (session) => session.week === 2 && session.kind === "strength",
    );
    const [finished, leftPartWay, untouched] = week2;
    if (finished === undefined || leftPartWay === undefined || untouched === undefined) {
      throw new Error("Dana's second week plans fewer than three hip sessions");
    }
    clock.set(`${untouched.date}T18:00:00.000Z`);
    for (const [session, completed] of [
      [finished, true],
      [leftPartWay, false],
    ] as const) {
      unwrap(
        await hipcheck.logSession(dana, {
          log: {
            id: `log-${session.id}`,
            programId: program.programId,
            plannedSessionId: session.id,
            date: session.date,
            kind: "strength",
            entries: [],
            completed,
          },
        }),
      );
    }

    const byId = new Map(
      unwrap(await hipcheck.listClients(coachMaya, {})).map((client) => [client.clientId, client]),
    );
    expect(byId.get(dana.accountId)?.programWeek).toEqual({
      week: 2,
      planned: week2.length,
      done: 1,
      partlyDone: 1,
    });
    expect(byId.get(leo.accountId)?.programWeek).toBeNull();
  });

  it("shows Dana as stuck when her pain has not really changed by a checkpoint already reached", async () => {
    const { hipcheck, coachMaya, dana, clock } = await clinic();
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const program = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    const checkpoint = program.program.checkpoints[0]!;
    unwrap(
      await hipcheck.recordPain(dana, {
        entry: { date: "2026-12-01", painNow: 4, painUsual: 4, painWorst: 6 },
      }),
    );
    const stuckBefore = unwrap(await hipcheck.listClients(coachMaya, {}))[0];
    expect(stuckBefore?.stuck).toBe(false);
    clock.set(`${checkpoint.date}T18:00:00.000Z`);
    unwrap(
      await hipcheck.recordPain(dana, {
        entry: { date: checkpoint.date, painNow: 4, painUsual: 4, painWorst: 6 },
      }),
    );
    expect(unwrap(await hipcheck.listClients(coachMaya, {}))[0]?.stuck).toBe(true);
  });

  it("only coaches have a client list", async () => {
    const { hipcheck, dana } = await clinic();
    const result = await hipcheck.listClients(dana, {});
    expect(result.ok ? undefined : result.error.kind).toBe("forbidden");
  });
});

describe("coach notes", () => {
  it("Maya keeps notes on Dana while linked; Omar cannot read or write them", async () => {
    const { hipcheck, coachMaya, coachOmar, dana } = await clinic();
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    const link = unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
    const note = unwrap(
      await hipcheck.addCoachNote(coachMaya, {
        clientId: dana.accountId,
        body: "Knee drifts in on the right step-down.",
      }),
    );
    expect(unwrap(await hipcheck.listCoachNotes(coachMaya, { clientId: dana.accountId }))).toEqual([note]);
    const byOmar = await hipcheck.addCoachNote(coachOmar, { clientId: dana.accountId, body: "Hello" });
    expect(byOmar.ok ? undefined : byOmar.error.kind).toBe("not-found");
    const empty = await hipcheck.addCoachNote(coachMaya, { clientId: dana.accountId, body: "  " });
    expect(empty.ok ? undefined : empty.error.kind).toBe("invalid-input");
    unwrap(await hipcheck.revokeLink(dana, { linkId: link.linkId }));
    const after = await hipcheck.listCoachNotes(coachMaya, { clientId: dana.accountId });
    expect(after.ok ? undefined : after.error.kind).toBe("not-found");
  });
});

describe("a coach's reason, in the language she wrote it", () => {
  it("written once in French, it is kept as written, with its language for a reader of English", async () => {
    const { hipcheck, coachMaya, dana } = await clinic();
    const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
    unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const program = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    const exerciseId = program.program.sessions[0]!.exercises[0]!.exerciseId;
    const dose = { mode: "reps", sets: 2, reps: 8, perSide: true, restSeconds: 60 } as const;
    const edited = unwrap(
      await hipcheck.editProgram(coachMaya, {
        programId: program.programId,
        edit: { type: "change-dose", exerciseId, dose },
        reason: { text: "Moins de répétitions cette semaine.", language: "fr" },
      }),
    );
    expect(edited.revision).toMatchObject({
      reason: { en: "Moins de répétitions cette semaine.", fr: "Moins de répétitions cette semaine." },
      reasonWrittenIn: "fr",
    });
    const translated = unwrap(
      await hipcheck.editProgram(coachMaya, {
        programId: program.programId,
        edit: { type: "change-dose", exerciseId, dose: { ...dose, reps: 10 } },
        reason: { en: "Two more reps.", fr: "Deux répétitions de plus." },
      }),
    );
    expect(translated.revision).not.toHaveProperty("reasonWrittenIn");
    const empty = await hipcheck.editProgram(coachMaya, {
      programId: program.programId,
      edit: { type: "change-dose", exerciseId, dose },
      reason: { text: "  ", language: "en" },
    });
    expect(empty.ok ? undefined : empty.error.kind).toBe("invalid-input");
  });
});

describe("groups (a yoga class)", () => {
  it("members get a program fitted to their own days; a member with a red flag gets none", async () => {
    const { hipcheck, coachMaya, coachOmar, dana, leo } = await clinic();
    for (const client of [dana, leo]) {
      const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
      unwrap(await hipcheck.acceptInvitation(client, { code: invitation.code }));
    }
    const danaAnswers: Answers = { ...personas.runnerPfp, availableDays: ["mon", "wed", "fri"] };
    unwrap(await hipcheck.submitCheckIn(dana, { answers: danaAnswers }));
    unwrap(await hipcheck.submitCheckIn(leo, { answers: personas.redFlagPerson }));
    const group = unwrap(await hipcheck.createGroup(coachMaya, { name: "Tuesday yoga" }));
    unwrap(await hipcheck.addGroupMember(coachMaya, { groupId: group.groupId, clientId: dana.accountId }));
    const withLeo = unwrap(
      await hipcheck.addGroupMember(coachMaya, { groupId: group.groupId, clientId: leo.accountId }),
    );
    expect(withLeo.memberIds).toEqual([dana.accountId, leo.accountId]);
    const templated = unwrap(
      await hipcheck.setGroupTemplate(coachMaya, {
        groupId: group.groupId,
        answers: { ...personas.yogaTeacherNoPain, availableDays: ["tue", "thu"] },
        startDate: "2026-12-08",
      }),
    );
    expect(templated.template?.startDate).toBe("2026-12-08");

    const preview = unwrap(await hipcheck.previewGroupAssignment(coachMaya, { groupId: group.groupId }));
    expect(preview.members).toMatchObject([
      { clientId: dana.accountId, plan: "new", availableDays: ["mon", "wed", "fri"] },
      { clientId: leo.accountId, plan: "skip", reason: { kind: "needs-clinician" } },
    ]);
    const assigned = unwrap(await hipcheck.assignGroupTemplate(coachMaya, { groupId: group.groupId }));
    expect(assigned.assigned).toMatchObject([{ clientId: dana.accountId, replaced: false }]);
    expect(assigned.skipped).toMatchObject([
      { clientId: leo.accountId, reason: { kind: "needs-clinician" } },
    ]);
    const danaProgram = unwrap(await hipcheck.getCurrentProgram(dana, {}));
    expect(danaProgram?.program.startDate).toBe("2026-12-08");
    // Her strength sessions fall on her days, not the class's (warm-ups go with her runs).
    const strength = danaProgram!.program.sessions.filter((session) => session.kind === "strength");
    expect(strength.length).toBeGreaterThan(0);
    expect(strength.filter((session) => !["mon", "wed", "fri"].includes(weekdayOf(session.date)))).toEqual(
      [],
    );
    expect(unwrap(await hipcheck.getCurrentProgram(leo, {}))).toBeNull();

    // Dana is told, on her side, who gave her which program.
    const detail = unwrap(await hipcheck.getProgram(dana, { programId: danaProgram!.programId }));
    expect(detail.history.map((entry) => entry.revision)).toMatchObject([
      { changedBy: "coach", reason: { en: expect.stringContaining("Tuesday yoga") as string } },
    ]);
    expect(detail.history[0]?.changedByAccountId).toBe(coachMaya.accountId);

    // Assigning again gives the class's new version to a member whose group copy nobody changed by hand.
    const again = unwrap(await hipcheck.previewGroupAssignment(coachMaya, { groupId: group.groupId }));
    expect(again.members[0]).toMatchObject({ plan: "update", currentProgramId: danaProgram!.programId });

    const byOmar = await hipcheck.assignGroupTemplate(coachOmar, { groupId: group.groupId });
    expect(byOmar.ok ? undefined : byOmar.error.kind).toBe("not-found");
    const previewByOmar = await hipcheck.previewGroupAssignment(coachOmar, { groupId: group.groupId });
    expect(previewByOmar.ok ? undefined : previewByOmar.error.kind).toBe("not-found");
  });

  it("a coach's edit and a member's own program are kept unless the coach confirms, member by member", async () => {
    const { hipcheck, coachMaya, dana, leo } = await clinic();
    for (const client of [dana, leo]) {
      const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
      unwrap(await hipcheck.acceptInvitation(client, { code: invitation.code }));
    }
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    unwrap(await hipcheck.submitCheckIn(leo, { answers: personas.cyclistItb }));
    const own = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    const exerciseId = own.program.sessions[0]!.exercises[0]!.exerciseId;
    const dose = { mode: "reps", sets: 2, reps: 8, perSide: true, restSeconds: 60 } as const;
    unwrap(
      await hipcheck.editProgram(coachMaya, {
        programId: own.programId,
        edit: { type: "change-dose", exerciseId, dose },
        reason: "Fewer reps while the knee settles.",
      }),
    );
    const leoOwn = unwrap(await hipcheck.createProgram(leo, { startDate: "2026-12-01" }));
    const group = unwrap(await hipcheck.createGroup(coachMaya, { name: "Tuesday yoga" }));
    for (const client of [dana, leo]) {
      unwrap(
        await hipcheck.addGroupMember(coachMaya, { groupId: group.groupId, clientId: client.accountId }),
      );
    }
    unwrap(
      await hipcheck.setGroupTemplate(coachMaya, {
        groupId: group.groupId,
        answers: personas.yogaTeacherNoPain,
        startDate: "2026-12-08",
      }),
    );
    const preview = unwrap(await hipcheck.previewGroupAssignment(coachMaya, { groupId: group.groupId }));
    expect(preview.members).toMatchObject([
      {
        clientId: dana.accountId,
        plan: "keep-edited",
        currentProgramId: own.programId,
        lastEdit: { changedBy: "coach", reason: { en: "Fewer reps while the knee settles." } },
      },
      { clientId: leo.accountId, plan: "keep-personal", currentProgramId: leoOwn.programId },
    ]);

    const unconfirmed = unwrap(await hipcheck.assignGroupTemplate(coachMaya, { groupId: group.groupId }));
    expect(unconfirmed).toMatchObject({
      assigned: [],
      kept: [
        { clientId: dana.accountId, plan: "keep-edited" },
        { clientId: leo.accountId, plan: "keep-personal" },
      ],
    });
    expect(unwrap(await hipcheck.getCurrentProgram(dana, {}))?.programId).toBe(own.programId);

    const confirmed = unwrap(
      await hipcheck.assignGroupTemplate(coachMaya, { groupId: group.groupId, replace: [dana.accountId] }),
    );
    expect(confirmed.assigned).toMatchObject([{ clientId: dana.accountId, replaced: true }]);
    expect(confirmed.kept).toEqual([{ clientId: leo.accountId, plan: "keep-personal" }]);
    const replaced = unwrap(await hipcheck.getCurrentProgram(dana, {}));
    expect(replaced?.programId).not.toBe(own.programId);
    // Fitted to Dana: the very exercises the generator picks from her answers (her mini-band, her days).
    const fitted = generateProgram(personas.runnerPfp, {
      startDate: "2026-12-08",
      weeks: replaced!.program.weeks,
      id: "fitted",
      createdOn: replaced!.program.createdOn,
    });
    const exercisesOf = (program: Program) =>
      program.sessions.map((session) => [session.date, session.exercises.map((entry) => entry.exerciseId)]);
    expect(fitted.ok && exercisesOf(replaced!.program)).toEqual(fitted.ok && exercisesOf(fitted.value));
    expect(unwrap(await hipcheck.getCurrentProgram(leo, {}))?.programId).toBe(leoOwn.programId);
  });

  it("a coach cannot add someone who is not her client", async () => {
    const { hipcheck, coachMaya, leo } = await clinic();
    const group = unwrap(await hipcheck.createGroup(coachMaya, { name: "Running club" }));
    const result = await hipcheck.addGroupMember(coachMaya, {
      groupId: group.groupId,
      clientId: leo.accountId,
    });
    expect(result.ok ? undefined : result.error.kind).toBe("not-found");
  });

  it("the template is screened too: a template from answers with a red flag is refused", async () => {
    const { hipcheck, coachMaya } = await clinic();
    const group = unwrap(await hipcheck.createGroup(coachMaya, { name: "Tuesday yoga" }));
    const result = await hipcheck.setGroupTemplate(coachMaya, {
      groupId: group.groupId,
      answers: personas.redFlagPerson,
      startDate: "2026-12-08",
    });
    expect(result.ok ? undefined : result.error.kind).toBe("needs-clinician");
  });
});
