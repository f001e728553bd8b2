/**
 * Physiotherapist scenarios run end to end through the use-cases on a SQLite store: several weeks of a person's
 * logs, mornings and ratings, checking what they then see (the revision, the next session's dose, the checkpoint's
 * verdict). The rules themselves and their sources are specified in core
 * (`packages/core/src/scenarios/*.test.ts`, decisions 0550 and 0645).
 */
import type { Actor } from "@hipcheck/application";
import {
  addDays,
  type Answers,
  type IsoDate,
  type PlannedSession,
  type Program,
  type SessionLog,
} from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { openFixture, unwrap, type Fixture } from "../testing/hipcheck-fixture.js";

const START: IsoDate = "2026-12-01";

type Journey = Fixture & { readonly person: Actor & { kind: "account" }; readonly program: Program };

async function startJourney(email: string, answers: Answers): Promise<Journey> {
  const fixture = await openFixture();
  const person = await fixture.account(email);
  unwrap(await fixture.hipcheck.submitCheckIn(person, { answers }));
  const created = unwrap(await fixture.hipcheck.createProgram(person, { startDate: START }));
  return { ...fixture, person, program: created.program };
}

const strength = (program: Program): PlannedSession[] =>
  program.sessions.filter((session) => session.kind === "strength");

/** The day's clock at a given hour (UTC): what the person does happens on that day. */
function at(journey: Journey, date: IsoDate, hour = "18"): void {
  journey.clock.set(`${date}T${hour}:00:00.000Z`);
}

/** A planned session done at its targets with pain 2/10; `clamReps` is the final set of each leg's clamshells. */
function logOf(
  program: Program,
  session: PlannedSession,
  clamReps?: number,
  extra: Partial<SessionLog> = {},
): SessionLog {
  return {
    id: `log-${session.id}`,
    programId: program.id,
    plannedSessionId: session.id,
    date: session.date,
    kind: session.kind,
    completed: true,
    painBefore: 2,
    entries: session.exercises.map((planned) => {
      const amount =
        planned.dose.mode === "reps"
          ? { reps: planned.exerciseId === "clamshell" ? (clamReps ?? planned.dose.reps) : planned.dose.reps }
          : planned.dose.mode === "hold"
            ? { holdSeconds: planned.dose.holdSeconds }
            : { durationSeconds: planned.dose.durationSeconds };
      return {
        exerciseId: planned.exerciseId,
        sets: [
          { side: "left" as const, ...amount },
          { side: "right" as const, ...amount },
        ],
        painDuring: 2,
        rpe: 5,
      };
    }),
    ...extra,
  };
}

async function currentProgram(journey: Journey) {
  return unwrap(await journey.hipcheck.getProgram(journey.person, { programId: journey.program.id }));
}

function clamshellDoseIn(session: PlannedSession | undefined) {
  return session?.exercises.find((planned) => planned.exerciseId === "clamshell")?.dose;
}

describe("physiotherapist journeys through the use-cases", () => {
  it("Dana finds clamshells too easy twice: the third session has banded clamshell, said once, in both languages", async () => {
    const journey = await startJourney("dana@example.org", personas.runnerPfp);
    const { hipcheck, person, program } = journey;
    const [first, second, third] = strength(program);
    if (first === undefined || second === undefined || third === undefined) throw new Error("sessions");

    at(journey, first.date);
    expect(unwrap(await hipcheck.logSession(person, { log: logOf(program, first, 12) })).revision).toBeNull();
    at(journey, addDays(first.date, 1), "07");
    unwrap(
      await hipcheck.recordMorningCheckIn(person, {
        checkIn: { date: addDays(first.date, 1), pain: 2, settled: true },
      }),
    );
    at(journey, second.date);
    const logged = unwrap(await hipcheck.logSession(person, { log: logOf(program, second, 12) }));
    expect(logged.revision?.reason.en).toMatch(/twice in a row: next time, Banded clamshell\./);
    expect(logged.revision?.reason.fr).toMatch(/deux fois de suite/);

    // The morning after acts on nothing already acted on.
    at(journey, addDays(second.date, 1), "07");
    const morning = unwrap(
      await hipcheck.recordMorningCheckIn(person, {
        checkIn: { date: addDays(second.date, 1), pain: 2, settled: true },
      }),
    );
    expect(morning.revision).toBeNull();

    const detail = await currentProgram(journey);
    const sessions = strength(detail.program);
    expect(sessions[2]?.exercises.map((planned) => planned.exerciseId)).toContain("banded-clamshell");
    expect(sessions[1]?.exercises.map((planned) => planned.exerciseId)).toContain("clamshell");
    expect(detail.history.filter((entry) => entry.revision.changedBy === "rules")).toHaveLength(1);
  });

  it("Dana's flare pauses the program; a re-screen with a calf sign keeps it paused; a clean one resumes it smaller", async () => {
    const journey = await startJourney("dana@example.org", personas.runnerPfp);
    const { hipcheck, person } = journey;
    for (let day = 0; day < 7; day += 1) {
      const date = addDays(START, day);
      at(journey, date, "07");
      unwrap(await hipcheck.recordMorningCheckIn(person, { checkIn: { date, pain: 2, settled: true } }));
    }
    const flareDay = addDays(START, 7);
    at(journey, flareDay, "07");
    const flare = unwrap(
      await hipcheck.recordMorningCheckIn(person, { checkIn: { date: flareDay, pain: 5, settled: false } }),
    );
    expect(flare.revision?.reason.en).toMatch(/jumped to 5\/10.*answer the warning-sign questions again/);
    expect(flare.revision?.reason.fr).toMatch(/montée à 5\/10/);
    expect((await currentProgram(journey)).program.rescreen).toMatchObject({ pausedOn: flareDay });

    at(journey, flareDay, "09");
    const withCalfSign: Answers = {
      ...personas.runnerPfp,
      redFlags: { ...personas.runnerPfp.redFlags, calfPainSwellingWarmth: true },
    };
    const warned = unwrap(await hipcheck.submitCheckIn(person, { answers: withCalfSign }));
    expect(warned.screen.selfManagementAllowed).toBe(false);
    expect(warned.revision).toBeNull();
    expect((await currentProgram(journey)).program.rescreen?.resumedOn).toBeUndefined();

    at(journey, addDays(flareDay, 1), "09");
    const clean = unwrap(await hipcheck.submitCheckIn(person, { answers: personas.runnerPfp }));
    expect(clean.revision?.reason.en).toMatch(/sessions resume at a smaller dose/);
    const resumed = (await currentProgram(journey)).program;
    expect(resumed.rescreen?.resumedOn).toBe(addDays(flareDay, 1));
    const next = strength(resumed).find((session) => session.date > addDays(flareDay, 1));
    expect(clamshellDoseIn(next)).toMatchObject({ reps: 8 });
  });

  it("Marco logs 7/10 right after a session through the API: his next session is a little smaller", async () => {
    const journey = await startJourney("marco@example.org", personas.cyclistItb);
    const { hipcheck, person, program } = journey;
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("sessions");
    expect(clamshellDoseIn(second)).toMatchObject({ reps: 10 });
    at(journey, first.date);
    const logged = unwrap(
      await hipcheck.logSession(person, { log: logOf(program, first, undefined, { painAfter: 7 }) }),
    );
    expect(logged.revision?.reason.en).toMatch(/7\/10 after your session/);
    expect(logged.revision?.reason.en).toMatch(/not a reason to stop/);
    const revised = (await currentProgram(journey)).program;
    expect(clamshellDoseIn(strength(revised)[1])).toMatchObject({ reps: 8 });
    expect(revised.rescreen).toBeUndefined();
  });

  it("Alex does every session but nothing moves: week 2 is too early to tell, week 6 asks for a clinician", async () => {
    const journey = await startJourney("alex@example.org", personas.deskWorker);
    const { hipcheck, person, program } = journey;
    const psfs = personas.deskWorker.psfs ?? [];
    at(journey, START, "08");
    unwrap(
      await hipcheck.recordPain(person, { entry: { date: START, painNow: 2, painUsual: 3, painWorst: 4 } }),
    );
    unwrap(await hipcheck.recordPsfs(person, { entry: { date: START, items: psfs } }));
    const [weekTwo, , weekSix] = program.checkpoints;
    if (weekTwo === undefined || weekSix === undefined) throw new Error("checkpoints");
    for (const session of strength(program)) {
      if (session.date > weekSix.date) break;
      at(journey, session.date);
      unwrap(await hipcheck.logSession(person, { log: logOf(program, session) }));
    }
    for (const checkpoint of [weekTwo, weekSix]) {
      at(journey, checkpoint.date, "08");
      unwrap(
        await hipcheck.recordPain(person, {
          entry: { date: checkpoint.date, painNow: 2, painUsual: 3, painWorst: 4 },
        }),
      );
      unwrap(await hipcheck.recordPsfs(person, { entry: { date: checkpoint.date, items: psfs } }));
    }
    const report = unwrap(await hipcheck.getProgress(person, {}));
    const verdictOf = (week: number) => report.checkpoints.find((checkpoint) => checkpoint.week === week);
    expect(verdictOf(2)).toMatchObject({ verdict: "no-real-change" });
    expect(verdictOf(2)?.explanation.en).toMatch(/too early to tell/i);
    expect(verdictOf(6)).toMatchObject({ verdict: "no-real-change" });
    expect(verdictOf(6)?.explanation.en).toMatch(/not working as hoped.*clinician/);
    expect(verdictOf(6)?.explanation.fr).toMatch(/ne marche pas comme espéré/);
    expect(report.adherence.pct).toBe(100);
  });

  it("Maya, Dana's coach, sets the clamshells at 3 × 14; after 7/10 pain following a session the rules take a quarter off her dose, not the plan's", async () => {
    const journey = await startJourney("dana@example.org", personas.runnerPfp);
    const { hipcheck, person } = journey;
    const coach = await journey.account("maya@clinic.example", "coach");
    const invitation = unwrap(await hipcheck.createInvitation(coach, {}));
    unwrap(await hipcheck.acceptInvitation(person, { code: invitation.code }));
    at(journey, START, "08");
    const dose = { mode: "reps", sets: 3, reps: 14, perSide: true, restSeconds: 30 } as const;
    unwrap(
      await hipcheck.editProgram(coach, {
        programId: journey.program.id,
        edit: { type: "change-dose", exerciseId: "clamshell", dose },
        reason: "Dana has done clamshells for months: 14 a side.",
      }),
    );
    const edited = (await currentProgram(journey)).program;
    const [first, second] = strength(edited);
    if (first === undefined || second === undefined) throw new Error("sessions");
    expect(clamshellDoseIn(first)).toEqual(dose);

    at(journey, first.date);
    const logged = unwrap(
      await hipcheck.logSession(person, { log: logOf(edited, first, 14, { painAfter: 7 }) }),
    );
    // docs/clinical §5.4: pain after a session may reach 5/10; above it, less load next time, from the dose done.
    expect(logged.revision?.reason.en).toMatch(/7\/10 after your session/);
    const detail = await currentProgram(journey);
    expect(clamshellDoseIn(strength(detail.program)[1])).toMatchObject({ sets: 3, reps: 11 });
    expect(detail.history.map((entry) => entry.revision.changedBy)).toEqual(["coach", "rules"]);
    expect(detail.history[0]?.changedByAccountId).toBe(coach.accountId);
  });

  it("Marco's knee locks in week 3: his new answers stop the program, the rules no longer move it, and no new program is made", async () => {
    const journey = await startJourney("marco@example.org", personas.cyclistItb);
    const { hipcheck, person, program } = journey;
    const weekThree = strength(program).filter((session) => session.week === 3);
    const [first, second] = weekThree;
    if (first === undefined || second === undefined) throw new Error("week 3 sessions");
    at(journey, first.date, "07");
    const locked: Answers = {
      ...personas.cyclistItb,
      redFlags: { ...personas.cyclistItb.redFlags, kneeLocks: true },
    };
    // docs/clinical §7.2: a locked knee is urgent; self-management stops and the person is told whom to see.
    const screened = unwrap(await hipcheck.submitCheckIn(person, { answers: locked }));
    expect(screened.screen.selfManagementAllowed).toBe(false);
    expect(screened.screen.flags[0]?.whoToSee.en).toMatch(/acute knee/);
    for (const session of [first, second]) {
      at(journey, session.date);
      const easy = logOf(program, session, undefined, {
        entries: logOf(program, session).entries.map((entry) => ({
          ...entry,
          sets: entry.sets.map((set) => (set.reps === undefined ? set : { ...set, reps: set.reps + 2 })),
        })),
      });
      expect(unwrap(await hipcheck.logSession(person, { log: easy })).revision).toBeNull();
    }
    expect((await currentProgram(journey)).program.revision).toBe(0);
    const refused = await hipcheck.createProgram(person, { startDate: addDays(second.date, 1) });
    expect(refused.ok ? undefined : refused.error.kind).toBe("needs-clinician");
  });

  it("Dana logs no morning for ten days and comes back at 6/10: the program stops for the warning-sign questions", async () => {
    const journey = await startJourney("dana@example.org", personas.runnerPfp);
    const { hipcheck, person } = journey;
    for (let day = 0; day < 5; day += 1) {
      const date = addDays(START, day);
      at(journey, date, "07");
      unwrap(await hipcheck.recordMorningCheckIn(person, { checkIn: { date, pain: 2, settled: true } }));
    }
    const back = addDays(START, 15);
    at(journey, back, "07");
    const returned = unwrap(
      await hipcheck.recordMorningCheckIn(person, { checkIn: { date: back, pain: 6, settled: false } }),
    );
    // docs/clinical §7.2: re-screen whenever pain rises sharply, a gap in the log or not.
    expect(returned.revision?.reason.en).toMatch(/jumped to 6\/10 \(2\/10 at your last morning check-in/);
    expect(returned.revision?.reason.fr).toMatch(
      /montée à 6\/10 \(2\/10 lors de votre dernier relevé du matin/,
    );
    expect((await currentProgram(journey)).program.rescreen).toMatchObject({ pausedOn: back });
  });
});
