import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswersSchema, SPORTS, type Answers } from "../intake/answers.js";
import { equipmentInUse, findExercise, ladderOf, ladders } from "../knowledge/library.js";
import { EQUIPMENT, type Dose } from "../knowledge/schema.js";
import { personas } from "../personas/index.js";
import { exerciseLimits, generateProgram } from "../program/generate-program.js";
import { phaseOfWeek } from "../program/program-phases.js";
import {
  ProgramRevisionSchema,
  ProgramSchema,
  type PlannedExercise,
  type PlannedSession,
  type Program,
} from "../program/schema.js";
import {
  GLUTE_MED_LADDER,
  HOUSEHOLD_EQUIPMENT,
  limitBreach,
  SESSION_MINUTES_MAX,
} from "../program/select-exercises.js";
import { estimateMinutes } from "../program/session-duration.js";
import { addDays, WEEKDAYS } from "../shared/dates.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { reviseProgram } from "./revise-program.js";

const DANA = { answers: personas.runnerPfp };

function danaProgram(): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "dana-1" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const strength = (program: Program): PlannedSession[] =>
  program.sessions.filter((session) => session.kind === "strength");

/** Dana logs a planned session: every exercise at its target, clamshell's last set with `clamFinal` reps a leg. */
function logOf(session: PlannedSession, clamFinal: number, clamPain = 2): SessionLog {
  return {
    id: `log-${session.id}`,
    programId: "dana-1",
    plannedSessionId: session.id,
    date: session.date,
    kind: "strength",
    completed: true,
    entries: session.exercises.map((planned) => {
      const isClam = planned.exerciseId === "clamshell";
      const target = planned.dose.mode === "reps" ? planned.dose.reps : 0;
      return {
        exerciseId: planned.exerciseId,
        sets: [{ side: "both", reps: isClam ? clamFinal : target }],
        painDuring: isClam ? clamPain : 2,
        rpe: 5,
      };
    }),
  };
}

const settledAfter = (sessions: readonly PlannedSession[]): MorningCheckIn[] =>
  sessions.map((session) => ({ date: addDays(session.date, 1), pain: 2, settled: true }));

describe("reviseProgram", () => {
  it("changes nothing before Dana has logged anything", () => {
    const program = danaProgram();
    const outcome = reviseProgram(program, [], [], "2026-03-02", DANA);
    expect(outcome.revision).toBeNull();
    expect(outcome.program).toBe(program);
    expect(outcome.recommendations.every((item) => item.action === "keep")).toBe(true);
  });

  it("after two clamshell sessions 2 reps over target, puts banded clamshell in the sessions ahead only", () => {
    const program = danaProgram();
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("Dana's program has sessions");
    const logs = [logOf(first, 12), logOf(second, 12)];
    const outcome = reviseProgram(program, logs, settledAfter([first, second]), second.date, {
      ...DANA,
      changedAt: "2026-03-05T18:00:00.000Z",
    });

    expect(outcome.revision).not.toBeNull();
    const revision = ProgramRevisionSchema.parse(outcome.revision);
    expect(revision).toMatchObject({
      revision: 1,
      changedBy: "rules",
      changedAt: "2026-03-05T18:00:00.000Z",
    });
    expect(revision.changes).toContainEqual({
      exerciseId: "clamshell",
      from: "clamshell",
      to: "banded-clamshell",
    });
    expect(revision.reason.en).toMatch(/twice in a row: next time, Banded clamshell\./);
    expect(revision.reason.fr.length).toBeGreaterThan(0);

    const revised = ProgramSchema.parse(outcome.program);
    expect(revised.revision).toBe(1);
    expect(revised.lastRevisedOn).toBe(second.date);
    const ids = (session: PlannedSession | undefined): string[] =>
      session?.exercises.map((e) => e.exerciseId) ?? [];
    expect(ids(strength(revised)[0])).toContain("clamshell");
    expect(ids(strength(revised)[1])).toContain("clamshell");
    expect(ids(strength(revised)[2])).toContain("banded-clamshell");
    expect(ids(strength(revised)[2])).not.toContain("clamshell");
  });

  it("running it again on the same logs changes nothing more", () => {
    const program = danaProgram();
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("Dana's program has sessions");
    const logs = [logOf(first, 12), logOf(second, 12)];
    const once = reviseProgram(program, logs, settledAfter([first, second]), second.date, DANA);
    const twice = reviseProgram(once.program, logs, settledAfter([first, second]), second.date, DANA);
    expect(twice.revision).toBeNull();
  });

  it("when clamshell hurt 7/10, lowers its reps in the sessions ahead and says why", () => {
    const program = danaProgram();
    const [first] = strength(program);
    if (first === undefined) throw new Error("Dana's program has sessions");
    const outcome = reviseProgram(program, [logOf(first, 10, 7)], [], first.date, DANA);
    expect(outcome.revision?.changes).toContainEqual({
      exerciseId: "clamshell",
      from: expect.objectContaining({ reps: 10 }),
      to: expect.objectContaining({ reps: 8 }),
    });
    expect(outcome.revision?.reason.en).toMatch(/hurt 7\/10 during Clamshell/);
    const next = strength(outcome.program)[1]?.exercises.find((e) => e.exerciseId === "clamshell");
    expect(next?.dose).toMatchObject({ reps: 8 });
  });

  it("after a sharp rise in morning pain, records a stop with the re-screen advice and leaves the plan as it is", () => {
    const program = danaProgram();
    const [first] = strength(program);
    if (first === undefined) throw new Error("Dana's program has sessions");
    const checkIns: MorningCheckIn[] = [
      { date: "2026-03-01", pain: 2, settled: true },
      { date: "2026-03-02", pain: 2, settled: true },
      { date: "2026-03-03", pain: 7, settled: false },
    ];
    const outcome = reviseProgram(program, [logOf(first, 10)], checkIns, "2026-03-03", DANA);
    expect(outcome.revision?.changes).toEqual([]);
    expect(outcome.revision?.reason.en).toMatch(/answer the warning-sign questions again/);
    expect(outcome.revision?.reason.en.match(/warning-sign/g)).toHaveLength(1);
    expect(outcome.program.sessions).toEqual(program.sessions);
  });
  it("when banded clamshell hurt 6/10 in week 3, steps back from it to clamshell, and weeks 5–6 climb back one step only", () => {
    const program = danaProgram();
    const week3 = strength(program).find((session) => session.week === 3);
    if (week3 === undefined) throw new Error("Dana's program has a week 3");
    const log = logOf(week3, 10, 0);
    const painful: SessionLog = {
      ...log,
      entries: log.entries.map((entry) =>
        entry.exerciseId === "banded-clamshell" ? { ...entry, painDuring: 6 } : entry,
      ),
    };
    const outcome = reviseProgram(program, [painful], [], week3.date, DANA);
    expect(outcome.revision?.reason.en).toContain(
      "Your knee hurt 6/10 during Banded clamshell, more than the 5/10 that is acceptable: we step back from Banded clamshell to Clamshell.",
    );
    expect(outcome.revision?.changes).toContainEqual({
      exerciseId: "banded-clamshell",
      from: "banded-clamshell",
      to: "clamshell",
    });
    const rungs = strength(outcome.program)
      .filter((session) => session.date > week3.date)
      .map((session) => session.exercises.find((e) => e.ladderId === "side-lying-abduction")?.exerciseId);
    expect([...new Set(rungs)]).toEqual(["clamshell", "banded-clamshell"]);
  });

  it("acts on a painful session exactly once: after the log, the next morning and another clean session", () => {
    const program = danaProgram();
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("Dana's program has sessions");
    const logs = [logOf(first, 10, 7)];
    const afterLog = reviseProgram(program, logs, [], first.date, DANA);
    expect(afterLog.revision).not.toBeNull();
    const mornings = settledAfter([first]);
    expect(reviseProgram(afterLog.program, logs, mornings, addDays(first.date, 1), DANA).revision).toBeNull();
    const more = [...logs, logOf(second, 8)];
    const later = reviseProgram(afterLog.program, more, mornings, second.date, DANA);
    expect(later.revision).toBeNull();
    const clam = strength(later.program)[2]?.exercises.find((e) => e.exerciseId === "clamshell");
    expect(clam?.dose).toMatchObject({ reps: 8 });
  });

  it("after a sharp rise, stays stopped until a new clean screen, then resumes at a smaller dose and says so, once", () => {
    const program = danaProgram();
    const [first] = strength(program);
    if (first === undefined) throw new Error("Dana's program has sessions");
    const logs = [logOf(first, 10, 7)];
    const checkIns: MorningCheckIn[] = [
      { date: "2026-03-01", pain: 2, settled: true },
      { date: "2026-03-02", pain: 2, settled: true },
      { date: "2026-03-03", pain: 7, settled: false },
    ];
    const stopped = reviseProgram(program, logs, checkIns, "2026-03-03", {
      ...DANA,
      changedAt: "2026-03-03T08:00:00.000Z",
      screenedAt: "2026-02-28T09:00:00.000Z",
    });
    expect(stopped.revision?.changes).toEqual([]);
    expect(stopped.revision?.reason.en).toMatch(/answer the warning-sign questions again/);
    expect(stopped.program.rescreen).toEqual({
      pausedOn: "2026-03-03",
      pausedAt: "2026-03-03T08:00:00.000Z",
    });

    const waiting = reviseProgram(stopped.program, logs, checkIns, "2026-03-04", {
      ...DANA,
      screenedAt: "2026-02-28T09:00:00.000Z",
    });
    expect(waiting.revision).toBeNull();
    expect(waiting.recommendations.every((item) => item.action === "stop")).toBe(true);

    const resumed = reviseProgram(stopped.program, logs, checkIns, "2026-03-04", {
      ...DANA,
      changedAt: "2026-03-04T10:00:00.000Z",
      screenedAt: "2026-03-04T09:30:00.000Z",
    });
    expect(resumed.revision?.reason.en).toContain("the sessions resume at a smaller dose");
    expect(resumed.revision?.reason.en).toContain("hurt 7/10 during Clamshell");
    expect(resumed.program.rescreen?.resumedOn).toBe("2026-03-04");
    const next = strength(resumed.program).find((session) => session.date >= "2026-03-04");
    expect(next?.exercises.find((e) => e.exerciseId === "clamshell")?.dose).toMatchObject({ reps: 8 });
    expect(next?.exercises.find((e) => e.exerciseId === "straight-leg-raise")?.dose).toMatchObject({
      reps: 8,
    });
    const again = reviseProgram(resumed.program, logs, checkIns, "2026-03-04", {
      ...DANA,
      screenedAt: "2026-03-04T09:30:00.000Z",
    });
    expect(again.revision).toBeNull();
    // The next morning still at 7/10, the level the screen cleared: not a new stop. At 9/10 it is.
    const still = [...checkIns, { date: "2026-03-05", pain: 7, settled: false }];
    const options = { ...DANA, screenedAt: "2026-03-04T09:30:00.000Z" };
    expect(
      reviseProgram(resumed.program, logs, still, "2026-03-05", options).recommendations.some(
        (item) => item.action === "stop",
      ),
    ).toBe(false);
    const worse = [...checkIns, { date: "2026-03-05", pain: 9, settled: false }];
    expect(reviseProgram(resumed.program, logs, worse, "2026-03-05", options).program.rescreen).toMatchObject(
      {
        pausedOn: "2026-03-05",
      },
    );
  });

  it("a flare the next morning is an ordinary reduction of that session's exercises, not a stop", () => {
    const program = danaProgram();
    const [first] = strength(program);
    if (first === undefined) throw new Error("Dana's program has sessions");
    const checkIns: MorningCheckIn[] = [
      { date: "2026-03-01", pain: 2, settled: true },
      { date: "2026-03-02", pain: 2, settled: true },
      { date: "2026-03-03", pain: 3, settled: false },
    ];
    const outcome = reviseProgram(program, [logOf(first, 10)], checkIns, "2026-03-03", DANA);
    expect(outcome.recommendations.some((item) => item.action === "stop")).toBe(false);
    expect(outcome.revision?.reason.en).toContain("This is an ordinary adjustment, not a reason to stop");
    expect(outcome.revision?.reason.en).toContain(
      "Your knee had not settled by the next morning (3 March 2026). Clamshell drops to",
    );
    expect(outcome.program.rescreen).toBeUndefined();
  });

  it("pain above 5/10 right after a session reduces that session once, even when its next morning is bad too", () => {
    const program = danaProgram();
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("Dana's program has sessions");
    const log = { ...logOf(first, 10), painBefore: 2, painAfter: 6 };
    const afterLog = reviseProgram(program, [log], [], first.date, DANA);
    expect(afterLog.revision?.reason.en).toContain(
      "Your knee hurt 6/10 after your session of 2 March 2026, more than the 5/10 that may follow a session",
    );
    expect(afterLog.revision?.reason.fr).toContain("6/10 après votre séance du 2 mars 2026");
    const clam = (candidate: Program) =>
      strength(candidate)[1]?.exercises.find((planned) => planned.exerciseId === "clamshell")?.dose;
    expect(clam(afterLog.program)).toMatchObject({ reps: 8 });
    const nextMorning: MorningCheckIn[] = [{ date: "2026-03-03", pain: 4, settled: false }];
    const again = reviseProgram(afterLog.program, [log], nextMorning, "2026-03-03", DANA);
    expect(again.revision).toBeNull();
  });

  it("pain above 5/10 after the last session of a phase lightens the harder steps its ladders climb to next", () => {
    const program = danaProgram();
    const sessions = strength(program);
    const lastIndex = sessions.findLastIndex(
      (session) => phaseOfWeek(program.phases, session.week) === "wake-up",
    );
    const last = sessions[lastIndex];
    const next = sessions[lastIndex + 1];
    if (last === undefined || next === undefined) throw new Error("Dana's program has two phases");
    // The next phase climbs: some of the steps ahead are harder steps of ladders this session held.
    const ladderOfDone = new Map(
      last.exercises.flatMap((planned) => {
        const placement = ladderOf(planned.exerciseId);
        return placement === undefined ? [] : [[placement.ladder.id, planned.exerciseId] as const];
      }),
    );
    const climbed = next.exercises.filter((planned) => {
      const placement = ladderOf(planned.exerciseId);
      const done = placement === undefined ? undefined : ladderOfDone.get(placement.ladder.id);
      return (
        done !== undefined &&
        done !== planned.exerciseId &&
        findExercise(planned.exerciseId)?.kind === "strength"
      );
    });
    expect(climbed.length).toBeGreaterThan(0);
    const outcome = reviseProgram(program, [{ ...logOf(last, 10), painAfter: 7 }], [], last.date, DANA);
    expect(outcome.revision?.reason.en).toContain("more than the 5/10 that may follow a session");
    const revisedNext = outcome.program.sessions.find((session) => session.id === next.id);
    for (const planned of climbed) {
      const after = revisedNext?.exercises.find(
        (candidate) => candidate.exerciseId === planned.exerciseId,
      )?.dose;
      // docs/clinical §5.4: less load after a painful session, not a harder step at full dose.
      const volume = (dose: Dose | undefined) =>
        dose === undefined
          ? 0
          : dose.sets *
            (dose.mode === "reps"
              ? dose.reps
              : dose.mode === "hold"
                ? dose.holdSeconds
                : dose.durationSeconds);
      expect(volume(after)).toBeLessThan(volume(planned.dose));
    }
  });

  it("a session with pain above 5/10 after it does not count towards 2-for-2", () => {
    const program = danaProgram();
    const [first, second] = strength(program);
    if (first === undefined || second === undefined) throw new Error("Dana's program has sessions");
    const logs = [logOf(first, 12), { ...logOf(second, 12), painAfter: 7 }];
    const outcome = reviseProgram(program, logs, settledAfter([first, second]), second.date, DANA);
    expect(outcome.revision?.changes).not.toContainEqual(expect.objectContaining({ to: "banded-clamshell" }));
  });

  it("keeps a rung earned by 2-for-2 across the phase change", () => {
    let program = danaProgram();
    const logs: SessionLog[] = [];
    for (const index of [0, 1, 2, 3]) {
      const session = strength(program)[index];
      if (session === undefined) throw new Error("Dana's program has sessions");
      const log = logOf(session, 10);
      logs.push({
        ...log,
        entries: log.entries.map((entry) =>
          entry.exerciseId === "clamshell" || entry.exerciseId === "banded-clamshell"
            ? { ...entry, sets: [{ side: "both", reps: 12 }] }
            : entry,
        ),
      });
      program = reviseProgram(program, logs, settledAfter([session]), session.date, DANA).program;
    }
    const rungs = strength(program).map(
      (session) => session.exercises.find((e) => e.ladderId === "side-lying-abduction")?.exerciseId,
    );
    expect(rungs).toEqual([
      "clamshell",
      "clamshell",
      "banded-clamshell",
      "banded-clamshell",
      ...Array<string>(8).fill("side-lying-leg-lift"),
    ]);
  });
});

describe("reviseProgram properties", () => {
  it("never rewrites past or logged sessions, keeps the program valid and explains every revision in both languages", () => {
    const program = danaProgram();
    const sessions = strength(program);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(
          fc.record({ reps: fc.integer({ min: 0, max: 16 }), pain: fc.integer({ min: 0, max: 10 }) }),
          {
            minLength: 8,
            maxLength: 8,
          },
        ),
        fc.array(fc.record({ pain: fc.integer({ min: 0, max: 10 }), settled: fc.boolean() }), {
          minLength: 8,
          maxLength: 8,
        }),
        (count, performances, mornings) => {
          const done = sessions.slice(0, count);
          const logs = done.map((session, i) =>
            logOf(session, performances[i]?.reps ?? 10, performances[i]?.pain ?? 2),
          );
          const checkIns = done.map((session, i) => ({
            date: addDays(session.date, 1),
            pain: mornings[i]?.pain ?? 2,
            settled: mornings[i]?.settled ?? true,
          }));
          const today = addDays(done.at(-1)?.date ?? program.startDate, 1);
          const outcome = reviseProgram(program, logs, checkIns, today, DANA);
          expect(ProgramSchema.safeParse(outcome.program).success).toBe(true);
          for (const session of program.sessions) {
            const revised = outcome.program.sessions.find((candidate) => candidate.id === session.id);
            if (session.date < today || logs.some((log) => log.plannedSessionId === session.id)) {
              expect(revised).toEqual(session);
            }
          }
          if (outcome.revision === null) {
            expect(outcome.program).toBe(program);
          } else {
            expect(outcome.revision.revision).toBe(program.revision + 1);
            expect(outcome.revision.reason.en.length).toBeGreaterThan(0);
            expect(outcome.revision.reason.fr.length).toBeGreaterThan(0);
            for (const change of outcome.revision.changes) {
              if (typeof change.to === "string") expect(findExercise(change.to)).toBeDefined();
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(["runnerPfp", "cyclistItb", "yogaTeacherNoPain", "deskWorker", "frenchTriathlete"] as const)(
    "climbs %s's ladders session after session without bringing in equipment or knee load the answers rule out",
    (name) => {
      const answers = personas[name];
      const generated = generateProgram(answers, { startDate: "2026-03-02", id: `${name}-1` });
      if (!generated.ok) throw new Error(generated.error.message);
      let program = generated.value;
      const logs: SessionLog[] = [];
      // Every exercise beaten well past its target, every session, every morning settled: the rules climb each week.
      for (const session of program.sessions.slice(0, 12)) {
        const planned = program.sessions.find((candidate) => candidate.id === session.id) ?? session;
        logs.push({
          id: `log-${planned.id}`,
          programId: program.id,
          plannedSessionId: planned.id,
          date: planned.date,
          kind: planned.kind,
          completed: true,
          entries: planned.exercises.map(({ exerciseId, dose }) => ({
            exerciseId,
            sets: [
              {
                side: "both",
                ...(dose.mode === "reps" ? { reps: dose.reps + 5 } : {}),
                ...(dose.mode === "hold" ? { holdSeconds: dose.holdSeconds + 20 } : {}),
                ...(dose.mode === "timed" ? { durationSeconds: dose.durationSeconds + 20 } : {}),
              },
            ],
            painDuring: 1,
            rpe: 5,
          })),
        });
        const mornings = logs.map((log) => ({ date: addDays(log.date, 1), pain: 1, settled: true }));
        program = reviseProgram(program, logs, mornings, addDays(planned.date, 1), { answers }).program;
      }
      const outside = [
        ...program.sessions.flatMap((session) =>
          session.exercises.map(({ exerciseId }) => ({
            exerciseId,
            breach: limitBreach(
              findExercise(exerciseId)!,
              exerciseLimits(answers, phaseOfWeek(program.phases, session.week)),
            ),
          })),
        ),
        ...program.warmUp.map(({ exerciseId }) => ({
          exerciseId,
          breach: limitBreach(findExercise(exerciseId)!, exerciseLimits(answers, "warm-up")),
        })),
      ].filter(({ breach }) => breach !== undefined);
      expect(program.revision).toBeGreaterThan(0);
      expect(outside).toEqual([]);
    },
  );
});

describe("progression properties over generated people", () => {
  const personArb = fc
    .record({
      base: fc.constantFrom(
        personas.runnerPfp,
        personas.cyclistItb,
        personas.deskWorker,
        personas.frenchTriathlete,
      ),
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
      pain: fc.integer({ min: 1, max: 7 }),
    })
    .map(({ base, equipment, pain }) =>
      AnswersSchema.parse({
        ...base,
        equipment,
        symptoms:
          base.symptoms === null
            ? null
            : { ...base.symptoms, painNow: pain, painUsual: pain, painWorst: Math.max(pain, 7) },
      }),
    );
  const dayArb = fc.record({
    surplus: fc.integer({ min: -2, max: 5 }),
    hurtIndex: fc.option(fc.nat(), { nil: undefined }),
    hurtPain: fc.integer({ min: 6, max: 10 }),
    morningPain: fc.integer({ min: 0, max: 8 }),
    settled: fc.boolean(),
    rescreened: fc.boolean(),
  });

  const rungOf = (session: PlannedSession | undefined, ladderId: string | undefined, exerciseId: string) =>
    session?.exercises.find((planned) =>
      ladderId === undefined ? planned.exerciseId === exerciseId : planned.ladderId === ladderId,
    );
  const volume = (dose: Dose): number =>
    dose.sets *
    (dose.mode === "reps" ? dose.reps : dose.mode === "hold" ? dose.holdSeconds : dose.durationSeconds);

  // Pain in a phase's last session, with a warm-up of the same ladder still ahead in that phase, once let the next
  // phase's first session climb a step right after the pain.
  const noHarderStepAfterPain = () =>
    fc.property(personArb, fc.array(dayArb, { minLength: 3, maxLength: 8 }), (answers, days) => {
      const generated = generateProgram(answers, { startDate: "2026-03-02", id: "p-1" });
      if (!generated.ok) throw new Error(generated.error.message);
      let program = generated.value;
      const logs: SessionLog[] = [];
      const checkIns: MorningCheckIn[] = [];
      let screenedAt: string | undefined;
      const revise = (today: string, changedAt: string) => {
        const options = {
          answers,
          changedAt,
          ...(screenedAt === undefined ? {} : { screenedAt }),
        };
        const outcome = reviseProgram(program, logs, checkIns, today, options);
        expect(reviseProgram(outcome.program, logs, checkIns, today, options).revision).toBeNull();
        expect(ProgramSchema.safeParse(outcome.program).success).toBe(true);
        // French as it is written: a space before the colon, and exercise names, never ids.
        expect(outcome.revision?.reason.fr ?? "").not.toMatch(/\S[:?!](\s|$)/);
        expect(outcome.revision?.reason.en ?? "").not.toMatch(/\b[a-z]+-[a-z]+-[a-z]+\b/);
        return outcome;
      };
      strength(program)
        .slice(0, days.length)
        .forEach((plannedSession, i) => {
          const day = days[i];
          const session = program.sessions.find((candidate) => candidate.id === plannedSession.id);
          if (day === undefined || session === undefined) return;
          const hurt =
            day.hurtIndex === undefined
              ? undefined
              : session.exercises[day.hurtIndex % session.exercises.length];
          const log: SessionLog = {
            id: `log-${session.id}`,
            programId: program.id,
            plannedSessionId: session.id,
            date: session.date,
            kind: "strength",
            completed: true,
            entries: session.exercises.map(({ exerciseId, dose }) => ({
              exerciseId,
              sets: [
                {
                  side: "both",
                  ...(dose.mode === "reps" ? { reps: Math.max(0, dose.reps + day.surplus) } : {}),
                  ...(dose.mode === "hold"
                    ? { holdSeconds: Math.max(0, dose.holdSeconds + 5 * day.surplus) }
                    : {}),
                  ...(dose.mode === "timed"
                    ? { durationSeconds: Math.max(0, dose.durationSeconds + 5 * day.surplus) }
                    : {}),
                },
              ],
              painDuring: exerciseId === hurt?.exerciseId ? day.hurtPain : 2,
              rpe: 5,
            })),
          };
          logs.push(log);
          const afterLog = revise(session.date, `${session.date}T18:00:00.000Z`);
          program = afterLog.program;
          if (hurt !== undefined && program.actedOn?.includes(`pain-during:${log.id}`) === true) {
            const ladderId = ladderOf(hurt.exerciseId)?.ladder.id;
            const next = strength(program).find(
              (candidate) =>
                candidate.date > session.date && rungOf(candidate, ladderId, hurt.exerciseId) !== undefined,
            );
            const landed = rungOf(next, ladderId, hurt.exerciseId);
            if (landed !== undefined) {
              const hurtIndex = ladderOf(hurt.exerciseId)?.index ?? 0;
              expect(ladderOf(landed.exerciseId)?.index ?? 0).toBeLessThanOrEqual(hurtIndex);
              if (landed.exerciseId === hurt.exerciseId) {
                expect(volume(landed.dose)).toBeLessThanOrEqual(volume(hurt.dose));
              }
            }
          }
          const morning = addDays(session.date, 1);
          checkIns.push({ date: morning, pain: day.morningPain, settled: day.settled });
          program = revise(morning, `${morning}T07:00:00.000Z`).program;
          if (day.rescreened) {
            screenedAt = `${morning}T08:00:00.000Z`;
            program = revise(morning, `${morning}T08:30:00.000Z`).program;
          }
        });
      const atHand = new Set([...answers.equipment, ...HOUSEHOLD_EQUIPMENT]);
      const open = (ladders.find((ladder) => ladder.id === GLUTE_MED_LADDER)?.steps ?? []).filter((id) => {
        const exercise = findExercise(id);
        return exercise !== undefined && equipmentInUse(exercise, atHand) !== undefined;
      });
      const rungs = strength(program).map((session) =>
        open.indexOf(rungOf(session, GLUTE_MED_LADDER, "")?.exerciseId ?? ""),
      );
      expect(rungs.every((rung) => rung >= 0)).toBe(true);
      rungs.slice(1).forEach((rung, i) => {
        expect(Math.abs(rung - (rungs[i] ?? rung))).toBeLessThanOrEqual(1);
      });
    });

  it("no step back is harder than what hurt; the same history acted on twice changes nothing; the gluteus medius rung never skips", () => {
    fc.assert(noHarderStepAfterPain(), { numRuns: 40 });
  });

  it("after pain in the last session of a phase, the next phase starts no higher on that ladder (a case found by the property above)", () => {
    fc.assert(noHarderStepAfterPain(), {
      seed: 1648724503,
      path: "2:1:1:4:3:3:3:6:6:6:6:8:8:8:8:8:8:10:10:10:11:11:11:11:11:11:11:16:16:16:16:37:26:26:26",
      endOnFailure: true,
    });
  });

  it("an exercise that hurts even at its smallest dose holds its ladder: the next phase brings no harder step of it (a case found by the property above)", () => {
    fc.assert(noHarderStepAfterPain(), {
      seed: 1699808455,
      path:
        "11:4:3:3:6:5:5:5:8:8:8:10:8:10:12:12:12:13:8:10:12:8:8:8:13:37:13:13:18:21:22:22:10:10:17:17:18:18:18:18:18:" +
        "18:18:18:18:18:18:18:18:50:50:50:50",
      endOnFailure: true,
    });
  });
});

describe("ladders climb from rungs done, over generated people (decision 0660)", () => {
  const answersArb: fc.Arbitrary<Answers> = fc
    .record({
      base: fc.constantFrom(
        personas.runnerPfp,
        personas.cyclistItb,
        personas.yogaTeacherNoPain,
        personas.deskWorker,
        personas.frenchTriathlete,
      ),
      equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
      sports: fc.uniqueArray(
        fc.record({
          sport: fc.constantFrom(...SPORTS),
          hardDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 3 }),
        }),
        { maxLength: 3, selector: (activity) => activity.sport },
      ),
      pain: fc.integer({ min: 0, max: 7 }),
      availableDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
    })
    .map(({ base, equipment, sports, pain, availableDays }) =>
      AnswersSchema.parse({
        ...base,
        equipment,
        availableDays,
        activities: sports.map((activity) => ({ ...activity, sessionsPerWeek: 3, minutesPerSession: 45 })),
        symptoms:
          base.symptoms === null
            ? null
            : { ...base.symptoms, painNow: pain, painUsual: pain, painWorst: Math.max(pain, 7) },
      }),
    );

  /**
   * Every exercise above the bottom of its ladder comes after a session or a warm-up, earlier on the calendar,
   * holding the rung just below it (or one above that): the lowest rungs whose equipment is not at hand are the only
   * ones passed over (decision 0160). The program's sessions, past and ahead, in calendar order. The warm-up as first
   * made (`warmUp`) is seed 003's pair and the side hip work, taken as they are (decision 0240): in a warm-up it is
   * not checked, and it counts as done at the easiest step it holds of each ladder, as the generator counts it.
   */
  function expectEveryRungAfterTheOneBelow(
    answers: Answers,
    program: Program,
    warmUp: readonly PlannedExercise[],
  ): void {
    const atHand = new Set([...answers.equipment, ...HOUSEHOLD_EQUIPMENT]);
    const open = (ladderId: string): number[] =>
      (ladders.find((ladder) => ladder.id === ladderId)?.steps ?? []).flatMap((id, index) => {
        const exercise = findExercise(id);
        return exercise !== undefined && equipmentInUse(exercise, atHand) !== undefined ? [index] : [];
      });
    const asFirstMade = new Set(warmUp.map((planned) => planned.exerciseId));
    const held = new Map<string, number[]>();
    const hold = (ladderId: string, index: number): void => {
      held.set(ladderId, [...(held.get(ladderId) ?? []), index]);
    };
    for (const session of program.sessions) {
      const given = (exerciseId: string): boolean =>
        session.kind === "warm-up" && asFirstMade.has(exerciseId);
      for (const planned of session.exercises) {
        const placement = ladderOf(planned.exerciseId);
        if (placement === undefined || given(planned.exerciseId)) continue;
        const below = open(placement.ladder.id)
          .filter((index) => index < placement.index)
          .at(-1);
        if (below === undefined) continue;
        const done = held.get(placement.ladder.id) ?? [];
        expect(
          done.some((index) => index >= below),
          `${planned.exerciseId} in ${session.id} (${session.date}) before rung ${below} of ${placement.ladder.id}`,
        ).toBe(true);
      }
      // Held once the session is over: a rung of this session counts for the sessions after it.
      const easiestGiven = new Map<string, number>();
      for (const planned of session.exercises) {
        const placement = ladderOf(planned.exerciseId);
        if (placement === undefined) continue;
        if (!given(planned.exerciseId)) hold(placement.ladder.id, placement.index);
        else {
          const easiest = easiestGiven.get(placement.ladder.id) ?? placement.index;
          easiestGiven.set(placement.ladder.id, Math.min(easiest, placement.index));
        }
      }
      for (const [ladderId, index] of easiestGiven) hold(ladderId, index);
    }
  }

  const doneInFull = (session: PlannedSession, surplus: number, pain: number): SessionLog => ({
    id: `log-${session.id}`,
    programId: "p-1",
    plannedSessionId: session.id,
    date: session.date,
    kind: session.kind,
    completed: true,
    entries: session.exercises.map(({ exerciseId, dose }) => ({
      exerciseId,
      sets: [
        {
          side: "both",
          ...(dose.mode === "reps" ? { reps: dose.reps + surplus } : {}),
          ...(dose.mode === "hold" ? { holdSeconds: dose.holdSeconds + 5 * surplus } : {}),
          ...(dose.mode === "timed" ? { durationSeconds: dose.durationSeconds + 5 * surplus } : {}),
        },
      ],
      painDuring: pain,
      rpe: 5,
    })),
  });

  it("a generated program (3 to 12 weeks) holds each rung of a ladder only after the rung below", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 3, max: 12 }), (answers, weeks) => {
        const generated = generateProgram(answers, { startDate: "2026-03-02", id: "p-1", weeks });
        if (!generated.ok) throw new Error(generated.error.message);
        expectEveryRungAfterTheOneBelow(answers, generated.value, generated.value.warmUp);
      }),
      { numRuns: 60 },
    );
  });

  it("every program holds single-leg stance in its strengthen weeks, then the step-down or the single-leg squat in each integrate session it fits in", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 3, max: 12 }), (answers, weeks) => {
        const generated = generateProgram(answers, { startDate: "2026-03-02", id: "p-1", weeks });
        if (!generated.ok) throw new Error(generated.error.message);
        const program = generated.value;
        const inPhase = (phase: string): PlannedSession[] =>
          strength(program).filter((session) => phaseOfWeek(program.phases, session.week) === phase);
        const idsOf = (session: PlannedSession): string[] =>
          session.exercises.map((planned) => planned.exerciseId);
        for (const session of inPhase("strengthen")) expect(idsOf(session)).toContain("single-leg-stance");
        // The step of single-leg control the integrate weeks hold: the step-down with a step, else the squat.
        const atHand = new Set([...answers.equipment, ...HOUSEHOLD_EQUIPMENT]);
        const stepDown = findExercise("step-down");
        const squat = findExercise("single-leg-squat");
        if (stepDown === undefined || squat === undefined) throw new Error("the library has both steps");
        const climbed = equipmentInUse(stepDown, atHand) === undefined ? squat : stepDown;
        for (const session of inPhase("integrate")) {
          const ids = idsOf(session);
          if (ids.includes("step-down") || ids.includes("single-leg-squat")) continue;
          // Left out only when it does not fit the session's 35 minutes beside the work kept ahead of it.
          const withIt = [
            ...session.exercises,
            { exerciseId: climbed.id, dose: climbed.dose, block: "strength" as const },
          ];
          expect(estimateMinutes(withIt), `${climbed.id} left out of ${ids.join(", ")}`).toBeGreaterThan(
            SESSION_MINUTES_MAX,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("so does the program the rules revise after sessions done in full, at or beyond the target, with pain at 2/10 or less", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(6, 12),
        fc.array(
          fc.record({ surplus: fc.integer({ min: 0, max: 3 }), pain: fc.integer({ min: 0, max: 2 }) }),
          {
            minLength: 4,
            maxLength: 14,
          },
        ),
        (answers, weeks, days) => {
          const generated = generateProgram(answers, { startDate: "2026-03-02", id: "p-1", weeks });
          if (!generated.ok) throw new Error(generated.error.message);
          let program = generated.value;
          const logs: SessionLog[] = [];
          const checkIns: MorningCheckIn[] = [];
          for (const [i, day] of days.entries()) {
            const session = program.sessions[i];
            if (session === undefined) break;
            logs.push(doneInFull(session, day.surplus, day.pain));
            checkIns.push({ date: addDays(session.date, 1), pain: day.pain, settled: true });
            program = reviseProgram(program, logs, checkIns, addDays(session.date, 1), { answers }).program;
          }
          expectEveryRungAfterTheOneBelow(answers, program, generated.value.warmUp);
        },
      ),
      { numRuns: 30 },
    );
  });
});
