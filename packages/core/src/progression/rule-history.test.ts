import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ladderOf } from "../knowledge/library.js";
import { personas } from "../personas/index.js";
import { generateProgram } from "../program/generate-program.js";
import type { Program } from "../program/schema.js";
import { addDays } from "../shared/dates.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { reviseProgram } from "./revise-program.js";
import { ruleHistoryNeed, ruleMorningsFrom, selectRuleHistory, selectRuleMornings } from "./rule-history.js";

const START = "2026-03-02";

function danaProgram(): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: START, id: "dana-1" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const program = danaProgram();
/** Sessions of the weeks the writes fall in, so that logging one early changes which are still ahead. */
const sessionIds = program.sessions
  .filter((session) => session.date <= addDays(START, 45))
  .map((session) => session.id);
/** The program's exercises and their ladder neighbours, plus one the program never had. */
const exerciseIds = [
  ...new Set([
    ...program.sessions.flatMap((session) => session.exercises.map((planned) => planned.exerciseId)),
    ...program.warmUp.map((planned) => planned.exerciseId),
    ...program.sessions
      .flatMap((session) => session.exercises)
      .flatMap((planned) => ladderOf(planned.exerciseId)?.ladder.steps ?? []),
    "not-in-the-library",
  ]),
];

type Write =
  | { readonly kind: "log"; readonly log: Omit<SessionLog, "id" | "programId"> }
  | { readonly kind: "check-in"; readonly checkIn: MorningCheckIn };

const day = fc.integer({ min: 0, max: 40 }).map((offset) => addDays(START, offset));
const pain = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 10 }));
const entry = fc.record({
  exerciseId: fc.constantFrom(...exerciseIds),
  sets: fc.array(fc.record({ side: fc.constant("both" as const), reps: fc.integer({ min: 0, max: 20 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
  painDuring: pain,
  rpe: fc.integer({ min: 0, max: 10 }),
});
const logWrite: fc.Arbitrary<Write> = fc
  .record({
    plannedSessionId: fc.option(fc.constantFrom(...sessionIds), { nil: null }),
    date: day,
    kind: fc.constantFrom("strength" as const, "warm-up" as const),
    entries: fc.array(entry, { minLength: 1, maxLength: 4 }),
    painBefore: fc.option(pain, { nil: undefined }),
    painAfter: fc.option(pain, { nil: undefined }),
    completed: fc.boolean(),
  })
  .map(({ painBefore, painAfter, ...log }) => ({
    kind: "log" as const,
    log: {
      ...log,
      ...(painBefore === undefined ? {} : { painBefore }),
      ...(painAfter === undefined ? {} : { painAfter }),
    },
  }));
const checkInWrite: fc.Arbitrary<Write> = fc
  .record({ date: day, pain, settled: fc.boolean() })
  .map((checkIn) => ({ kind: "check-in" as const, checkIn }));

/** Logs in the order the storage keeps them: by date, then by when they were written. */
const stored = (logs: readonly SessionLog[]): SessionLog[] =>
  logs
    .map((log, written) => ({ log, written }))
    .sort((a, b) => a.log.date.localeCompare(b.log.date) || a.written - b.written)
    .map(({ log }) => log);

describe("the logs the rules can act on", () => {
  it("give the revision the whole history gives, write after write, through pain, flares, stops and re-screens", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 3, arbitrary: logWrite }, { weight: 1, arbitrary: checkInWrite }), {
          minLength: 1,
          maxLength: 24,
        }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (writes, todayOffset, screenedLater) => {
          let current = program;
          const logs: SessionLog[] = [];
          const checkIns = new Map<string, MorningCheckIn>();
          writes.forEach((write, index) => {
            if (write.kind === "log") logs.push({ ...write.log, id: `log-${index}`, programId: "dana-1" });
            else checkIns.set(write.checkIn.date, write.checkIn);
            const today = addDays(START, todayOffset + Math.floor(index / 4));
            const mornings = [...checkIns.values()];
            const options = {
              answers: personas.runnerPfp,
              changedAt: `${today}T12:00:00.000Z`,
              // A clean screen after the stop, or none yet.
              ...(screenedLater ? { screenedAt: `${today}T13:00:00.000Z` } : {}),
            };
            const history = stored(logs);
            const whole = reviseProgram(current, history, mornings, today, options);
            const need = ruleHistoryNeed(current, mornings, today, options.screenedAt);
            const some = reviseProgram(current, selectRuleHistory(history, need), mornings, today, options);
            expect(some.revision).toEqual(whole.revision);
            expect(some.program).toEqual(whole.program);
            current = whole.program;
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("leaves out the logs no rule acts on: 500 painless logs of a done exercise need only its last two", () => {
    const today = addDays(START, 10);
    const exerciseId = program.sessions[0]?.exercises[0]?.exerciseId ?? "";
    const logs: SessionLog[] = Array.from({ length: 500 }, (_, n) => ({
      id: `log-${n}`,
      programId: "dana-1",
      plannedSessionId: null,
      date: START,
      kind: "strength",
      entries: [{ exerciseId, sets: [{ side: "both", reps: 12 }], painDuring: 2, rpe: 5 }],
      painBefore: 2,
      completed: true,
    }));
    const need = ruleHistoryNeed(program, [], today);
    expect(selectRuleHistory(logs, need).map((log) => log.id)).toEqual(["log-498", "log-499"]);
  });

  it("keeps an older log with pain above 5/10 during an exercise or right after the session", () => {
    const today = addDays(START, 10);
    const exerciseId = program.sessions[0]?.exercises[0]?.exerciseId ?? "";
    const logs: SessionLog[] = Array.from({ length: 50 }, (_, n) => ({
      id: `log-${n}`,
      programId: "dana-1",
      plannedSessionId: null,
      date: START,
      kind: "strength",
      entries: [{ exerciseId, sets: [{ side: "both", reps: 12 }], painDuring: n === 20 ? 8 : 2, rpe: 5 }],
      painBefore: 2,
      ...(n === 10 ? { painAfter: 7 } : { painAfter: 5 }),
      completed: true,
    }));
    const need = ruleHistoryNeed(program, [], today);
    const selected = selectRuleHistory(logs, need);
    expect(selected.map((log) => log.id)).toEqual(["log-10", "log-20", "log-48", "log-49"]);
    const options = { answers: personas.runnerPfp, changedAt: `${today}T12:00:00.000Z` };
    const whole = reviseProgram(program, logs, [], today, options);
    expect(whole.revision).not.toBeNull();
    expect(reviseProgram(program, selected, [], today, options)).toMatchObject({
      revision: whole.revision,
      program: whole.program,
    });
  });

  it("needs no log while the program waits for a re-screen, and every log once a clean one came after the stop", () => {
    const paused: Program = { ...program, rescreen: { pausedOn: START, pausedAt: `${START}T08:00:00.000Z` } };
    expect(ruleHistoryNeed(paused, [], START)).toEqual({ kind: "none" });
    expect(ruleHistoryNeed(paused, [], START, `${START}T07:00:00.000Z`)).toEqual({ kind: "none" });
    expect(ruleHistoryNeed(paused, [], START, `${START}T09:00:00.000Z`)).toEqual({ kind: "all" });
  });

  it("Dana, paused by a sharp rise, logs sessions while she waits: her program stays as it is, or stops again, without them", () => {
    const exerciseId = program.sessions[0]?.exercises[0]?.exerciseId ?? "";
    const paused: Program = {
      ...program,
      rescreen: { pausedOn: addDays(START, 5), pausedAt: `${addDays(START, 5)}T08:00:00.000Z` },
      actedOn: [`sharp-rise:${addDays(START, 5)}`],
    };
    const logs: SessionLog[] = Array.from({ length: 6 }, (_, n) => ({
      id: `log-${n}`,
      programId: "dana-1",
      plannedSessionId: program.sessions[n]?.id ?? null,
      date: addDays(START, n + 1),
      kind: "strength",
      entries: [{ exerciseId, sets: [{ side: "both", reps: 15 }], painDuring: n === 4 ? 8 : 1, rpe: 4 }],
      ...(n === 3 ? { painAfter: 7 } : {}),
      completed: true,
    }));
    const mornings: MorningCheckIn[] = [
      { date: addDays(START, 1), pain: 1, settled: true },
      { date: addDays(START, 2), pain: 1, settled: true },
      { date: addDays(START, 5), pain: 5, settled: false },
    ];
    const today = addDays(START, 8);
    const earlier = `${START}T08:00:00.000Z`;
    for (const checkIns of [mornings, [...mornings, { date: today, pain: 9, settled: false }]]) {
      const options = {
        answers: personas.runnerPfp,
        changedAt: `${today}T12:00:00.000Z`,
        screenedAt: earlier,
      };
      const need = ruleHistoryNeed(paused, checkIns, today, earlier);
      expect(need).toEqual({ kind: "none" });
      const whole = reviseProgram(paused, logs, checkIns, today, options);
      const none = reviseProgram(paused, selectRuleHistory(logs, need), checkIns, today, options);
      expect({ program: none.program, revision: none.revision }).toEqual({
        program: whole.program,
        revision: whole.revision,
      });
    }
    // The second list stops her again: a new rise, answered from the mornings alone.
    const again = reviseProgram(paused, [], [...mornings, { date: today, pain: 9, settled: false }], today, {
      answers: personas.runnerPfp,
      changedAt: `${today}T12:00:00.000Z`,
    });
    expect(again.program.rescreen?.pausedOn).toBe(today);
  });
});

/** What a revision reads when it reads only the mornings `ruleMorningsFrom` keeps, and the logs they need. */
function reviseOnBoundedMornings(
  current: Program,
  history: readonly SessionLog[],
  mornings: readonly MorningCheckIn[],
  today: string,
  options: Parameters<typeof reviseProgram>[4],
) {
  const inOrder = [...mornings].sort((a, b) => a.date.localeCompare(b.date));
  const latest = inOrder.at(-1);
  const firstLog = history.find((log) => log.programId === current.id)?.date;
  const kept =
    latest === undefined ? [] : selectRuleMornings(inOrder, ruleMorningsFrom(current, latest.date, firstLog));
  const need = ruleHistoryNeed(current, kept, today, options.screenedAt);
  return { kept, outcome: reviseProgram(current, selectRuleHistory(history, need), kept, today, options) };
}

describe("the mornings the rules read", () => {
  /** Weeks before the program: where the early logs below fall, more than four weeks before the latest morning. */
  const longAgo = fc.integer({ min: -60, max: -35 }).map((offset) => addDays(START, offset));
  const anyCheckIn: fc.Arbitrary<Write> = fc
    .record({ date: fc.oneof(day, longAgo), pain, settled: fc.boolean() })
    .map((checkIn) => ({ kind: "check-in" as const, checkIn }));

  it("give the revision every morning gives, write after write, with mornings long before the program and logs before its start", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 2, arbitrary: logWrite }, { weight: 3, arbitrary: anyCheckIn }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: -8, max: 30 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (writes, todayOffset, earlyLogEvery, screenedLater) => {
          let current = program;
          const logs: SessionLog[] = [];
          const checkIns = new Map<string, MorningCheckIn>();
          writes.forEach((write, index) => {
            if (write.kind === "log") {
              // Now and then a log dated before the program's start: the span the mornings are read over grows.
              const early = earlyLogEvery > 0 && index % earlyLogEvery === 0;
              const date = early ? addDays(START, -35 - ((index * 7) % 25)) : write.log.date;
              logs.push({ ...write.log, date, id: `log-${index}`, programId: "dana-1" });
            } else checkIns.set(write.checkIn.date, write.checkIn);
            const today = addDays(START, todayOffset + Math.floor(index / 4));
            const mornings = [...checkIns.values()];
            const options = {
              answers: personas.runnerPfp,
              changedAt: `${today}T12:00:00.000Z`,
              ...(screenedLater ? { screenedAt: `${today}T13:00:00.000Z` } : {}),
            };
            const history = stored(logs);
            const whole = reviseProgram(current, history, mornings, today, options);
            const { outcome } = reviseOnBoundedMornings(current, history, mornings, today, options);
            expect(outcome.revision).toEqual(whole.revision);
            expect(outcome.program).toEqual(whole.program);
            current = whole.program;
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("Dana, after a year of mornings, is answered for pain the morning after a session from five weeks of them", () => {
    const exerciseId = program.sessions[0]?.exercises[0]?.exerciseId ?? "";
    // A settled morning with pain 2 every day of the year before the program, then through its first ten days.
    const mornings: MorningCheckIn[] = Array.from({ length: 376 }, (_, n) => ({
      date: addDays(START, n - 365),
      pain: 2,
      settled: true,
    }));
    // Day 10: a session at pain 2 before it; day 11: the morning after is at 4, not settled.
    const log: SessionLog = {
      id: "log-day-10",
      programId: "dana-1",
      plannedSessionId: null,
      date: addDays(START, 10),
      kind: "strength",
      entries: [{ exerciseId, sets: [{ side: "both", reps: 12 }], painDuring: 3, rpe: 5 }],
      completed: true,
    };
    mornings.push({ date: addDays(START, 11), pain: 4, settled: false });
    const today = addDays(START, 11);
    const options = { answers: personas.runnerPfp, changedAt: `${today}T12:00:00.000Z` };
    const whole = reviseProgram(program, [log], mornings, today, options);
    const { kept, outcome } = reviseOnBoundedMornings(program, [log], mornings, today, options);
    expect(whole.revision?.reason.en).toMatch(/morning/i);
    expect(outcome).toEqual(whole);
    // The four weeks before the latest morning, that morning, and the one the day before them.
    expect(kept.map((checkIn) => checkIn.date)).toEqual(
      Array.from({ length: 30 }, (_, n) => addDays(START, n - 18)),
    );
  });

  it("keep the morning a re-screen cleared, months back: the same pain the week after resuming is no new stop", () => {
    const pausedOn = START;
    const resumedOn = addDays(START, 60);
    const resumed: Program = {
      ...program,
      rescreen: { pausedOn, pausedAt: `${pausedOn}T08:00:00.000Z`, resumedOn },
      actedOn: [`sharp-rise:${pausedOn}`],
    };
    const mornings: MorningCheckIn[] = [
      { date: pausedOn, pain: 7, settled: false },
      { date: addDays(pausedOn, 3), pain: 4, settled: true },
      ...Array.from({ length: 7 }, (_, n) => ({ date: addDays(resumedOn, n - 5), pain: 2, settled: true })),
      { date: addDays(resumedOn, 2), pain: 7, settled: false },
    ];
    const today = addDays(resumedOn, 2);
    const options = { answers: personas.runnerPfp, changedAt: `${today}T12:00:00.000Z` };
    const whole = reviseProgram(resumed, [], mornings, today, options);
    const { kept, outcome } = reviseOnBoundedMornings(resumed, [], mornings, today, options);
    expect(whole.program.rescreen?.resumedOn).toBe(resumedOn);
    expect(kept.map((checkIn) => checkIn.date)).toContain(pausedOn);
    expect(outcome).toEqual(whole);
  });

  it("reach back to the program's first log, and to the day a paused program stopped", () => {
    const paused: Program = { ...program, rescreen: { pausedOn: addDays(START, -50), pausedAt: "x" } };
    expect(ruleMorningsFrom(program, addDays(START, 60), START)).toBe(START);
    expect(ruleMorningsFrom(program, addDays(START, 60), undefined)).toBe(addDays(START, 32));
    expect(ruleMorningsFrom(program, addDays(START, 10), addDays(START, 5))).toBe(addDays(START, -18));
    expect(ruleMorningsFrom(paused, addDays(START, 60), START)).toBe(addDays(START, -50));
  });
});
