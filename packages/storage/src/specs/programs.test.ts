import { ANONYMOUS } from "@hipcheck/application";
import {
  addDays,
  ladderOf,
  requiredSurplus,
  weekdayOf,
  type Answers,
  type ProgramRevision,
} from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";

/** Dana (runner, patellofemoral pain), her coach Maya, another coach Omar, and Leo, another person. */
async function clinic() {
  const fixture = await openFixture();
  const dana = await fixture.account("dana@example.org");
  const coachMaya = await fixture.account("maya@clinic.example", "coach");
  const coachOmar = await fixture.account("omar@clinic.example", "coach");
  const leo = await fixture.account("leo@example.org");
  const invitation = unwrap(await fixture.hipcheck.createInvitation(coachMaya, {}));
  const link = unwrap(await fixture.hipcheck.acceptInvitation(dana, { code: invitation.code }));
  return { ...fixture, dana, coachMaya, coachOmar, leo, link };
}

const danaWithRedFlag: Answers = {
  ...personas.runnerPfp,
  redFlags: { ...personas.runnerPfp.redFlags, hotSwollenKneeWithFever: true },
};

describe("check-in and program creation", () => {
  it("Dana's check-in stores her screen and self-check, and updates her profile", async () => {
    const { hipcheck, dana } = await clinic();
    const checkIn = unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    expect(checkIn.date).toBe("2026-12-01");
    expect(checkIn.screen.selfManagementAllowed).toBe(true);
    expect(checkIn.selfCheck.lookAtHipBalance).toBe(true);
    expect(unwrap(await hipcheck.getProfile(dana, {}))).toEqual({
      language: "en",
      sports: personas.runnerPfp.activities.map((activity) => activity.sport),
      equipment: personas.runnerPfp.equipment,
      availableDays: personas.runnerPfp.availableDays,
    });
  });

  it("a profile changed after the check-in shapes the next program: Dana now trains Mondays and Thursdays", async () => {
    const { hipcheck, dana, clock } = await clinic();
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    clock.advanceDays(1);
    const profile = {
      language: "fr",
      sports: ["running"],
      equipment: ["mini-band", "mat"],
      availableDays: ["mon", "thu"],
    } as const;
    expect(unwrap(await hipcheck.updateProfile(dana, profile))).toEqual(profile);
    const created = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-07" }));
    expect(created.program.language).toBe("fr");
    const strengthDays = created.program.sessions
      .filter((s) => s.kind === "strength")
      .map((s) => weekdayOf(s.date));
    expect(new Set(strengthDays)).toEqual(new Set(["mon", "thu"]));
  });

  it("refuses a profile with an unknown language", async () => {
    const { hipcheck, dana } = await clinic();
    const result = await hipcheck.updateProfile(dana, {
      language: "de" as "en",
      sports: [],
      equipment: [],
      availableDays: ["mon"],
    });
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: "invalid-input", field: "language" });
  });

  it("refuses answers that do not fit the schema, naming the field", async () => {
    const { hipcheck, dana } = await clinic();
    const answers = {
      ...personas.runnerPfp,
      symptoms: { ...personas.runnerPfp.symptoms, painNow: 12 },
    } as Answers;
    const result = await hipcheck.submitCheckIn(dana, { answers });
    expect(result.ok ? undefined : result.error).toMatchObject({
      kind: "invalid-input",
      field: "symptoms.painNow",
    });
  });

  it("needs a check-in before a program", async () => {
    const { hipcheck, dana } = await clinic();
    const result = await hipcheck.createProgram(dana, { startDate: "2026-12-01" });
    expect(result.ok ? undefined : result.error.kind).toBe("unprocessable");
  });

  it("creates Dana's program from her latest check-in, with a stored id", async () => {
    const { hipcheck, dana } = await clinic();
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const created = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01", weeks: 6 }));
    expect(created.program.id).toBe(created.programId);
    expect(created.program.weeks).toBe(6);
    expect(created.program.sessions.length).toBeGreaterThan(0);
    expect(unwrap(await hipcheck.getCurrentProgram(dana, {}))?.programId).toBe(created.programId);
    expect(unwrap(await hipcheck.getProgram(dana, { programId: created.programId })).history).toEqual([]);
  });

  it("a red flag refuses a program until a new screen allows it", async () => {
    const { hipcheck, dana, clock } = await clinic();
    const screen = unwrap(await hipcheck.submitCheckIn(dana, { answers: danaWithRedFlag }));
    expect(screen.screen.selfManagementAllowed).toBe(false);
    const refused = await hipcheck.createProgram(dana, { startDate: "2026-12-01" });
    expect(refused.ok ? undefined : refused.error.kind).toBe("needs-clinician");
    clock.advanceDays(7);
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    expect((await hipcheck.createProgram(dana, { startDate: "2026-12-08" })).ok).toBe(true);
  });

  it("a newer red flag blocks again, even after a program was made", async () => {
    const { hipcheck, dana, clock } = await clinic();
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    clock.advanceDays(3);
    unwrap(await hipcheck.submitCheckIn(dana, { answers: danaWithRedFlag }));
    const refused = await hipcheck.createProgram(dana, { startDate: "2026-12-04" });
    expect(refused.ok ? undefined : refused.error.kind).toBe("needs-clinician");
  });

  it("her coach can create her program; another coach and another person cannot tell she exists", async () => {
    const { hipcheck, dana, coachMaya, coachOmar, leo } = await clinic();
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const byMaya = unwrap(
      await hipcheck.createProgram(coachMaya, { personId: dana.accountId, startDate: "2026-12-01" }),
    );
    expect(byMaya.ownerId).toBe(dana.accountId);
    for (const stranger of [coachOmar, leo]) {
      const create = await hipcheck.createProgram(stranger, {
        personId: dana.accountId,
        startDate: "2026-12-01",
      });
      const read = await hipcheck.getProgram(stranger, { programId: byMaya.programId });
      const unknown = await hipcheck.getProgram(stranger, { programId: "no-such-program" });
      expect(create.ok ? undefined : create.error.kind).toBe("not-found");
      expect(read.ok ? undefined : read.error).toEqual(unknown.ok ? undefined : unknown.error);
    }
    const anonymous = await hipcheck.getProgram(ANONYMOUS, { programId: byMaya.programId });
    expect(anonymous.ok ? undefined : anonymous.error.kind).toBe("unauthenticated");
  });
});

describe("editing a program keeps its history", () => {
  async function withProgram() {
    const setup = await clinic();
    unwrap(await setup.hipcheck.submitCheckIn(setup.dana, { answers: personas.runnerPfp }));
    const program = unwrap(await setup.hipcheck.createProgram(setup.dana, { startDate: "2026-12-01" }));
    // An exercise with a harder step above it on its ladder.
    const planned = program.program.sessions[0]?.exercises.find((exercise) => {
      const position = ladderOf(exercise.exerciseId);
      return position !== undefined && position.index < position.ladder.steps.length - 1;
    });
    if (!planned) throw new Error("expected a ladder exercise below the top in Dana's first session");
    return { ...setup, program, planned };
  }

  it("Maya changes a dose with a reason Dana reads; the history says a coach did it", async () => {
    const { hipcheck, coachMaya, dana, program, planned } = await withProgram();
    const dose = { mode: "reps", sets: 2, reps: 8, perSide: true, restSeconds: 60 } as const;
    const edited = unwrap(
      await hipcheck.editProgram(coachMaya, {
        programId: program.programId,
        edit: { type: "change-dose", exerciseId: planned.exerciseId, dose },
        reason: "Fewer reps while your knee settles.",
      }),
    );
    expect(edited.revision).toMatchObject({
      revision: 1,
      changedBy: "coach",
      reason: { en: "Fewer reps while your knee settles.", fr: "Fewer reps while your knee settles." },
      changes: [{ exerciseId: planned.exerciseId, from: planned.dose, to: dose }],
    });
    const seen = unwrap(await hipcheck.getProgram(dana, { programId: program.programId }));
    expect(seen.program.revision).toBe(1);
    const doses = seen.program.sessions
      .flatMap((session) => session.exercises)
      .filter((e) => e.exerciseId === planned.exerciseId)
      .map((e) => e.dose);
    expect(new Set(doses.map((d) => JSON.stringify(d)))).toEqual(new Set([JSON.stringify(dose)]));
    expect(seen.history).toEqual([{ revision: edited.revision, changedByAccountId: coachMaya.accountId }]);
  });

  it("Dana moves an exercise one step up its ladder herself", async () => {
    const { hipcheck, dana, program, planned } = await withProgram();
    const position = ladderOf(planned.exerciseId)!;
    const nextStep = position.ladder.steps[position.index + 1];
    const edited = unwrap(
      await hipcheck.editProgram(dana, {
        programId: program.programId,
        edit: { type: "ladder-step", exerciseId: planned.exerciseId, direction: "up" },
        reason: { en: "It felt easy.", fr: "C'était facile." },
      }),
    );
    expect(edited.revision).toMatchObject({
      changedBy: "person",
      changes: [{ exerciseId: planned.exerciseId, from: planned.exerciseId, to: nextStep }],
    });
    const upcoming = edited.program.sessions
      .filter((session) => session.date >= "2026-12-01")
      .flatMap((session) => session.exercises);
    expect(upcoming.some((exercise) => exercise.exerciseId === planned.exerciseId)).toBe(false);
    expect(upcoming.some((exercise) => exercise.exerciseId === nextStep)).toBe(true);
  });

  it("swapping to an exercise that is not in the library is refused", async () => {
    const { hipcheck, dana, program, planned } = await withProgram();
    const result = await hipcheck.editProgram(dana, {
      programId: program.programId,
      edit: { type: "swap-exercise", exerciseId: planned.exerciseId, toExerciseId: "handstand-push-up" },
      reason: "Why not.",
    });
    expect(result.ok ? undefined : result.error).toMatchObject({
      kind: "invalid-input",
      field: "edit.toExerciseId",
    });
    expect(unwrap(await hipcheck.getProgram(dana, { programId: program.programId })).history).toEqual([]);
  });

  it("two edits at the same moment never leave a gap or a duplicate in the history", async () => {
    const { hipcheck, dana, coachMaya, program, planned } = await withProgram();
    const edit = (reps: number) => ({
      programId: program.programId,
      edit: {
        type: "change-dose" as const,
        exerciseId: planned.exerciseId,
        dose: { mode: "reps" as const, sets: 2, reps, perSide: true, restSeconds: 60 },
      },
      reason: `Now ${reps} reps.`,
    });
    const results = await Promise.all([
      hipcheck.editProgram(dana, edit(8)),
      hipcheck.editProgram(coachMaya, edit(12)),
      hipcheck.editProgram(dana, edit(9)),
    ]);
    const history = unwrap(await hipcheck.getProgram(dana, { programId: program.programId })).history;
    expect(history.map((entry) => entry.revision.revision)).toEqual(history.map((_, index) => index + 1));
    expect(results.filter((result) => result.ok)).toHaveLength(history.length);
    for (const result of results) if (!result.ok) expect(result.error.kind).toBe("conflict");
  });

  it("an edit needs a reason", async () => {
    const { hipcheck, coachMaya, program, planned } = await withProgram();
    const result = await hipcheck.editProgram(coachMaya, {
      programId: program.programId,
      edit: { type: "swap-exercise", exerciseId: planned.exerciseId, toExerciseId: "bridge" },
      reason: "   ",
    });
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: "invalid-input", field: "reason" });
  });

  it("after Dana revokes Maya, Maya can neither see nor edit the program", async () => {
    const { hipcheck, dana, coachMaya, program, planned, link } = await withProgram();
    unwrap(await hipcheck.revokeLink(dana, { linkId: link.linkId }));
    const read = await hipcheck.getProgram(coachMaya, { programId: program.programId });
    const edit = await hipcheck.editProgram(coachMaya, {
      programId: program.programId,
      edit: { type: "swap-exercise", exerciseId: planned.exerciseId, toExerciseId: "bridge" },
      reason: "Try this.",
    });
    expect(read.ok ? undefined : read.error.kind).toBe("not-found");
    expect(edit.ok ? undefined : edit.error.kind).toBe("not-found");
  });

  it("after two sessions 2 reps above target, the rules move on by themselves; the history says the rules did it", async () => {
    const { hipcheck, dana, program, clock } = await withProgram();
    const byWrites: (ProgramRevision | null)[] = [];
    const strength = program.program.sessions.filter((session) => session.kind === "strength").slice(0, 2);
    for (const session of strength) {
      const entries = session.exercises.map((planned) => {
        const target =
          planned.dose.mode === "reps"
            ? planned.dose.reps
            : planned.dose.mode === "hold"
              ? planned.dose.holdSeconds
              : planned.dose.durationSeconds;
        const amount = target + requiredSurplus(planned.dose);
        const key =
          planned.dose.mode === "reps"
            ? "reps"
            : planned.dose.mode === "hold"
              ? "holdSeconds"
              : "durationSeconds";
        return {
          exerciseId: planned.exerciseId,
          sets: [{ side: "both" as const, [key]: amount }],
          painDuring: 1,
          rpe: 5,
        };
      });
      const log = {
        id: `log-${session.id}`,
        programId: program.programId,
        plannedSessionId: session.id,
        date: session.date,
        kind: session.kind,
        entries,
        completed: true,
      };
      clock.set(`${session.date}T18:00:00.000Z`);
      byWrites.push(unwrap(await hipcheck.logSession(dana, { log })).revision);
      clock.set(`${addDays(session.date, 1)}T07:00:00.000Z`);
      const morning = { date: addDays(session.date, 1), pain: 1, settled: true };
      byWrites.push(unwrap(await hipcheck.recordMorningCheckIn(dana, { checkIn: morning })).revision);
    }
    const made = byWrites.filter((revision) => revision !== null);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ revision: 1, changedBy: "rules" });
    expect(made[0]?.reason.en).not.toBe("");
    expect(made[0]?.reason.fr).not.toBe("");
    // Asked again, the rules find nothing more to change: the logs were already acted on.
    const asked = unwrap(await hipcheck.reviseProgram(dana, { programId: program.programId }));
    expect(asked.revision).toBeNull();
    expect(asked.program.revision).toBe(1);
    const history = unwrap(await hipcheck.getProgram(dana, { programId: program.programId })).history;
    expect(history).toEqual([{ revision: made[0], changedByAccountId: null }]);
  });

  it("after a sharp rise in morning pain the rules stop Dana's exercises, and resume them smaller only after a new clean check-in", async () => {
    const { hipcheck, dana, program, clock } = await withProgram();
    const first = program.program.sessions.find((session) => session.kind === "strength");
    if (!first) throw new Error("Dana's program has a strength session");
    for (const [day, pain] of [
      [-2, 2],
      [-1, 2],
      [0, 2],
    ] as const) {
      unwrap(
        await hipcheck.recordMorningCheckIn(dana, {
          checkIn: { date: addDays(first.date, day), pain, settled: true },
        }),
      );
    }
    const log = {
      id: "log-first",
      programId: program.programId,
      plannedSessionId: first.id,
      date: first.date,
      kind: first.kind,
      entries: first.exercises.map((planned) => ({
        exerciseId: planned.exerciseId,
        sets: [],
        painDuring: 2,
        rpe: 5,
      })),
      completed: true,
    };
    unwrap(await hipcheck.logSession(dana, { log }));
    // The morning's answer is acted on as it arrives: the server revises on every new write.
    clock.set(`${addDays(first.date, 1)}T07:00:00.000Z`);
    const morning = unwrap(
      await hipcheck.recordMorningCheckIn(dana, {
        checkIn: { date: addDays(first.date, 1), pain: 7, settled: false },
      }),
    );
    expect(morning.revision?.reason.en).toMatch(/answer the warning-sign questions again/);
    const stopped = unwrap(await hipcheck.getProgram(dana, { programId: program.programId }));
    expect(stopped.program.rescreen?.pausedOn).toBe(addDays(first.date, 1));

    clock.set(`${addDays(first.date, 1)}T09:00:00.000Z`);
    const waiting = unwrap(await hipcheck.reviseProgram(dana, { programId: program.programId }));
    expect(waiting.revision).toBeNull();

    // The clean check-in resumes the program as it arrives, and says so in its answer.
    const screened = unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    expect(screened.revision?.reason.en).toContain("the sessions resume at a smaller dose");
    const resumed = unwrap(await hipcheck.getProgram(dana, { programId: program.programId }));
    expect(resumed.program.rescreen?.resumedOn).toBe(addDays(first.date, 1));
    expect(resumed.history.at(-1)?.revision).toEqual(screened.revision);
    clock.set(`${addDays(first.date, 1)}T10:00:00.000Z`);
    const again = unwrap(await hipcheck.reviseProgram(dana, { programId: program.programId }));
    expect(again.revision).toBeNull();
    // A later check-in finds nothing paused, and changes nothing.
    expect(unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp })).revision).toBeNull();
  });

  it("the progression rules revise nothing without logs, and record no history", async () => {
    const { hipcheck, dana, program } = await withProgram();
    const revised = unwrap(await hipcheck.reviseProgram(dana, { programId: program.programId }));
    expect(revised.revision).toBeNull();
    expect(unwrap(await hipcheck.getProgram(dana, { programId: program.programId })).history).toEqual([]);
  });
});
