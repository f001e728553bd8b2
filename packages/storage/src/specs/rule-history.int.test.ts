/**
 * A revision after a write reads only the logs the rules can act on, found by index (decision 0500). On both
 * dialects the storage finds exactly the logs core's `selectRuleHistory` picks out of the whole history, ties on
 * date and instant included, and logs stored before the columns existed are found the same way.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { SessionLogRecord } from "@hipcheck/application";
import {
  addDays,
  generateProgram,
  ladderOf,
  ruleHistoryNeed,
  selectRuleHistory,
  type MorningCheckIn,
  type Program,
  type SessionLog,
} from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import * as ruleColumns from "../migrations/2026-12-05T0100-session-log-rule-columns.js";
import { describeOnBothDialects } from "../testing/test-databases.js";
import { at, dana } from "../testing/records.js";

const START = "2026-12-01";

function danaProgram(id: string): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: START, id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const program = danaProgram("dana-1");
const other = danaProgram("dana-2");
const exerciseIds = [
  ...new Set(
    program.sessions
      .flatMap((session) => session.exercises)
      .flatMap((planned) => [planned.exerciseId, ...(ladderOf(planned.exerciseId)?.ladder.steps ?? [])]),
  ),
];
const sessionIds = program.sessions.slice(0, 12).map((session) => session.id);

/** 300 logs over two weeks, a few per day with shared instants, some for Dana's other program. */
function danaLogs(): SessionLogRecord[] {
  const log = fc.record({
    plannedSessionId: fc.option(fc.constantFrom(...sessionIds), { nil: null }),
    dayOffset: fc.integer({ min: 0, max: 14 }),
    minute: fc.integer({ min: 0, max: 20 }),
    otherProgram: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    painAfter: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    entries: fc.array(
      fc.record({
        exerciseId: fc.constantFrom(...exerciseIds),
        painDuring: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10 })),
      }),
      { minLength: 0, maxLength: 3 },
    ),
  });
  return fc.sample(log, { numRuns: 300, seed: 500 }).map((drawn, n) => ({
    accountId: "dana",
    createdAt: at(drawn.minute),
    log: {
      id: `log-${String(n).padStart(3, "0")}`,
      programId: drawn.otherProgram ? other.id : program.id,
      plannedSessionId: drawn.plannedSessionId,
      date: addDays(START, drawn.dayOffset),
      kind: "strength",
      entries: drawn.entries.map((entry) => ({
        ...entry,
        sets: [{ side: "both", reps: 10 }],
        rpe: 5,
      })),
      completed: true,
      ...(drawn.painAfter === undefined ? {} : { painAfter: drawn.painAfter }),
    },
  }));
}

describeOnBothDialects("the logs a revision reads", (openFresh) => {
  async function danaWithLogs() {
    const storage = await openFresh();
    const { repositories } = storage;
    await repositories.accounts.insert(dana);
    for (const stored of [program, other]) {
      await repositories.programs.insert({
        id: stored.id,
        accountId: "dana",
        groupId: null,
        createdAt: at(0),
        updatedAt: at(0),
        program: stored,
      });
    }
    const records = danaLogs();
    for (const record of records) await repositories.sessionLogs.insertIfAbsent(record);
    const history = (await repositories.sessionLogs.listFor("dana"))
      .map((record) => record.log)
      .filter((log) => log.programId === program.id);
    return { storage, history };
  }

  const mornings: MorningCheckIn[] = [
    { date: addDays(START, 3), pain: 3, settled: true },
    { date: addDays(START, 6), pain: 0, settled: true },
    { date: addDays(START, 9), pain: 0, settled: false },
  ];
  const cases: {
    name: string;
    program: Program;
    checkIns: MorningCheckIn[];
    today: string;
    screenedAt?: string;
  }[] = [
    { name: "at the start", program, checkIns: [], today: START },
    { name: "a week in, with mornings", program, checkIns: mornings, today: addDays(START, 7) },
    {
      name: "after a stop and a clean re-screen",
      program: {
        ...program,
        rescreen: {
          pausedOn: addDays(START, 5),
          pausedAt: `${START}T08:00:00.000Z`,
          resumedOn: addDays(START, 6),
        },
      },
      checkIns: mornings,
      today: addDays(START, 10),
    },
    {
      name: "waiting for a re-screen, with a clean one since the stop",
      program: { ...program, rescreen: { pausedOn: addDays(START, 5), pausedAt: `${START}T08:00:00.000Z` } },
      checkIns: mornings,
      today: addDays(START, 10),
      screenedAt: `${addDays(START, 10)}T07:00:00.000Z`,
    },
  ];

  it("finds exactly the logs the rules pick from the whole history, in its order", async () => {
    const { storage, history } = await danaWithLogs();
    for (const { name, program: state, checkIns, today, screenedAt } of cases) {
      const need = ruleHistoryNeed(state, checkIns, today, screenedAt);
      const found = await storage.repositories.sessionLogs.ruleHistoryFor("dana", program.id, need);
      const expected = selectRuleHistory(history, need);
      expect({ name, ids: found.map((record) => record.log.id) }).toEqual({
        name,
        ids: expected.map((log: SessionLog) => log.id),
      });
      expect(found.length).toBeGreaterThan(0);
      if (need.kind === "some") expect(found.length).toBeLessThan(history.length);
    }
    // Still waiting, no screen since the stop: no log at all (decision 0822).
    const waiting = {
      ...program,
      rescreen: { pausedOn: addDays(START, 5), pausedAt: `${START}T08:00:00.000Z` },
    };
    const none = ruleHistoryNeed(waiting, mornings, addDays(START, 10));
    expect(none).toEqual({ kind: "none" });
    expect(await storage.repositories.sessionLogs.ruleHistoryFor("dana", program.id, none)).toEqual([]);
  });

  it("finds them when more logs hurt than one statement lists by id: a history full of painful sessions", async () => {
    const { storage } = await danaWithLogs();
    const painful = Array.from({ length: 520 }, (_, n) => ({
      accountId: "dana",
      createdAt: at(30 + (n % 7)),
      log: {
        id: `painful-${String(n).padStart(3, "0")}`,
        programId: program.id,
        plannedSessionId: null,
        date: addDays(START, n % 15),
        kind: "strength" as const,
        entries: [{ exerciseId: exerciseIds[n % exerciseIds.length]!, sets: [], painDuring: 4, rpe: 5 }],
        completed: true,
        painAfter: 8,
      },
    }));
    await storage.repositories.transaction(async (tx) => {
      for (const record of painful) await tx.sessionLogs.insertIfAbsent(record);
    });
    const history = (await storage.repositories.sessionLogs.listFor("dana"))
      .map((record) => record.log)
      .filter((log) => log.programId === program.id);
    for (const { name, program: state, checkIns, today } of cases.slice(0, 3)) {
      const need = ruleHistoryNeed(state, checkIns, today);
      const found = await storage.repositories.sessionLogs.ruleHistoryFor("dana", program.id, need);
      const expected = selectRuleHistory(history, need).map((log) => log.id);
      expect(expected.length).toBeGreaterThan(520);
      expect({ name, ids: found.map((record) => record.log.id) }).toEqual({ name, ids: expected });
    }
  });

  it("finds logs stored before the columns existed, once the upgrade has filled them in", async () => {
    const { storage, history } = await danaWithLogs();
    const db = storage.db as unknown as Kysely<unknown>;
    await ruleColumns.down(db);
    await ruleColumns.up(db);
    const { name, program: state, checkIns, today } = cases[1]!;
    const need = ruleHistoryNeed(state, checkIns, today);
    const found = await storage.repositories.sessionLogs.ruleHistoryFor("dana", program.id, need);
    expect({ name, ids: found.map((record) => record.log.id) }).toEqual({
      name,
      ids: selectRuleHistory(history, need).map((log) => log.id),
    });
  });
});
