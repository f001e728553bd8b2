/**
 * A write holds what it read for the rules, under the tag written with it (decision 0665): the logs a revision
 * reads are kept under the program's log tag and moved along by the write that adds the next log; the latest
 * check-in is kept under the tag written with its documents. On both dialects, what a write is given is always what
 * reading everything would give: over long runs of random logs (instants shared, days moving, painful and planned
 * sessions), after a write rolled back, after logs and check-ins written by another server, and from rows written
 * before the tags.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { sql } from "kysely";
import { expect, it } from "vitest";
import type { Repositories, SessionLogRecord } from "@hipcheck/application";
import {
  addDays,
  generateProgram,
  ladderOf,
  ruleHistoryNeed,
  selectRuleHistory,
  type MorningCheckIn,
  type Program,
} from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { Storage } from "../open-storage.js";
import { describeOnBothDialects } from "../testing/test-databases.js";
import { at, checkIn, dana } from "../testing/records.js";

const START = "2026-12-01";

function danaProgram(id: string): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: START, id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const program = danaProgram("dana-held");
const exerciseIds = [
  ...new Set(
    program.sessions
      .flatMap((session) => session.exercises)
      .flatMap((planned) => [planned.exerciseId, ...(ladderOf(planned.exerciseId)?.ladder.steps ?? [])]),
  ),
];
const sessionIds = program.sessions.slice(0, 12).map((session) => session.id);
const mornings: MorningCheckIn[] = [
  { date: addDays(START, 3), pain: 3, settled: true },
  { date: addDays(START, 9), pain: 0, settled: false },
];

/** One drawn write: the log, and the day and mornings the revision after it reads them on. */
const drawnWrite = fc.record({
  plannedSessionId: fc.option(fc.constantFrom(...sessionIds), { nil: null }),
  dayOffset: fc.integer({ min: 0, max: 14 }),
  minute: fc.integer({ min: 0, max: 400 }),
  painAfter: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  entries: fc.array(
    fc.record({
      exerciseId: fc.constantFrom(...exerciseIds),
      painDuring: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10 })),
    }),
    { minLength: 0, maxLength: 3 },
  ),
  // Most writes read on the same day as the one before (the held history is used); some move the day or mornings.
  todayOffset: fc.oneof(fc.constant(7), fc.constant(7), fc.constant(7), fc.integer({ min: 0, max: 14 })),
  withMornings: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
  // Some fail after their revision read, and are rolled back.
  fails: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

type DrawnWrite = typeof drawnWrite extends fc.Arbitrary<infer T> ? T : never;

function logRecord(id: string, drawn: DrawnWrite, minute?: number): SessionLogRecord {
  return {
    accountId: "dana",
    // Instants a minute apart at most 400 apart: many writes share one, as two writes in one millisecond do.
    createdAt: at(minute ?? drawn.minute),
    log: {
      id,
      programId: program.id,
      plannedSessionId: drawn.plannedSessionId,
      date: addDays(START, drawn.dayOffset),
      kind: "strength",
      entries: drawn.entries.map((entry) => ({ ...entry, sets: [{ side: "both", reps: 10 }], rpe: 5 })),
      completed: true,
      ...(drawn.painAfter === undefined ? {} : { painAfter: drawn.painAfter }),
    },
  };
}

async function danaWithProgram(openFresh: () => Promise<Storage>) {
  const storage = await openFresh();
  await storage.repositories.accounts.insert(dana);
  await storage.repositories.programs.insert({
    id: program.id,
    accountId: "dana",
    groupId: null,
    createdAt: at(0),
    updatedAt: at(0),
    program,
  });
  return storage;
}

/** What reading every log of the program gives, core's specification of the history. */
async function everyLogSays(repositories: Repositories, today: string, checkIns: MorningCheckIn[]) {
  const history = (await repositories.sessionLogs.listFor("dana"))
    .map((record) => record.log)
    .filter((log) => log.programId === program.id);
  return selectRuleHistory(history, ruleHistoryNeed(program, checkIns, today)).map((log) => log.id);
}

/** A log as another server writes it: the row, its exercise rows and a new log tag of the program. */
async function writtenElsewhere(storage: Storage, record: SessionLogRecord): Promise<void> {
  const { log } = record;
  const pains = log.entries.map((entry) => entry.painDuring);
  await sql`insert into session_logs (account_id, id, program_id, date, completed, created_at, log_json, planned_session_id, pain_during_max, pain_after)
    values (${record.accountId}, ${log.id}, ${log.programId}, ${log.date}, 1, ${record.createdAt}, ${JSON.stringify(log)},
      ${log.plannedSessionId}, ${pains.length === 0 ? null : Math.max(...pains)}, ${log.painAfter ?? null})`.execute(
    storage.db,
  );
  for (const exerciseId of new Set(log.entries.map((entry) => entry.exerciseId))) {
    await sql`insert into session_log_exercises (account_id, log_id, program_id, exercise_id, date, created_at)
      values (${record.accountId}, ${log.id}, ${log.programId}, ${exerciseId}, ${log.date}, ${record.createdAt})`.execute(
      storage.db,
    );
  }
  await sql`update program_log_tags set log_tag = ${randomUUID()} where program_id = ${log.programId}`.execute(
    storage.db,
  );
}

describeOnBothDialects("what a write holds for the rules", (openFresh) => {
  it("gives each write exactly the logs the rules pick from every log, write after write, rolled-back writes and shared instants included", async () => {
    const storage = await danaWithProgram(openFresh);
    const writes = fc.sample(drawnWrite, { numRuns: 160, seed: 665 });
    let failed = 0;
    for (const [n, drawn] of writes.entries()) {
      const record = logRecord(`log-${String(n).padStart(3, "0")}`, drawn);
      const today = addDays(START, drawn.todayOffset);
      const checkIns = drawn.withMornings ? mornings : [];
      const written = storage.repositories.transaction(async (tx) => {
        expect(await tx.sessionLogs.insertIfAbsent(record)).toBe(true);
        const need = ruleHistoryNeed(program, checkIns, today);
        const found = (await tx.sessionLogs.ruleHistoryFor("dana", program.id, need)).map(
          (held) => held.log.id,
        );
        expect({ write: n, ids: found }).toEqual({ write: n, ids: await everyLogSays(tx, today, checkIns) });
        if (drawn.fails) throw new Error("the write fails after its revision");
      });
      if (drawn.fails) {
        await expect(written).rejects.toThrow("the write fails");
        failed += 1;
      } else {
        await written;
      }
    }
    expect(failed).toBeGreaterThan(5);
    const stored = await storage.repositories.sessionLogs.listFor("dana");
    expect(stored).toHaveLength(writes.length - failed);
  });

  it("reads again what another server wrote, and a log written outside a transaction, instead of the history it holds", async () => {
    const storage = await danaWithProgram(openFresh);
    const today = addDays(START, 7);
    const need = ruleHistoryNeed(program, [], today);
    const quiet = { plannedSessionId: null, dayOffset: 2, painAfter: undefined, todayOffset: 7 } as const;
    const exerciseId = exerciseIds[0]!;
    const write = async (record: SessionLogRecord) =>
      storage.repositories.transaction(async (tx) => {
        await tx.sessionLogs.insertIfAbsent(record);
        return (await tx.sessionLogs.ruleHistoryFor("dana", program.id, need)).map((held) => held.log.id);
      });
    const log = (id: string, minute: number, painDuring: number) =>
      logRecord(
        id,
        { ...quiet, minute, entries: [{ exerciseId, painDuring }], withMornings: false, fails: false },
        minute,
      );
    expect(await write(log("first", 1, 1))).toEqual(["first"]);
    expect(await write(log("second", 2, 1))).toEqual(["first", "second"]);
    // Another server adds a painful log, which the rules always read, then a quiet one: both are read.
    await writtenElsewhere(storage, log("elsewhere-painful", 3, 9));
    const afterPainful = await write(log("third", 4, 1));
    expect(afterPainful).toEqual(await everyLogSays(storage.repositories, today, []));
    expect(afterPainful).toEqual(["elsewhere-painful", "third"]);
    await writtenElsewhere(storage, log("elsewhere-quiet", 5, 1));
    const afterElsewhere = await write(log("fourth", 6, 1));
    expect(afterElsewhere).toEqual(await everyLogSays(storage.repositories, today, []));
    expect(afterElsewhere).toEqual(["elsewhere-painful", "elsewhere-quiet", "fourth"]);
    // A log written on its own (no transaction around it), then a write that reads.
    await storage.repositories.sessionLogs.insertIfAbsent(log("on-its-own", 7, 8));
    const afterOwn = await write(log("fifth", 8, 1));
    expect(afterOwn).toEqual(await everyLogSays(storage.repositories, today, []));
    expect(afterOwn).toContain("on-its-own");
    // A program whose log tag is gone (a row from before the tags): read from the logs.
    await sql`delete from program_log_tags where program_id = ${program.id}`.execute(storage.db);
    expect(await write(log("sixth", 9, 1))).toEqual(await everyLogSays(storage.repositories, today, []));
  });

  it("gives the latest check-in by the tag written with it: not one rolled back, another server's, or a row from before the tags", async () => {
    const storage = await openFresh();
    const { repositories } = storage;
    await repositories.accounts.insert(dana);
    const first = checkIn("c1", "dana", "2026-12-01", personas.runnerPfp, at(1));
    await repositories.checkIns.insert(first);
    expect(await repositories.checkIns.latestFor("dana")).toEqual(first);
    expect(await repositories.checkIns.latestFor("dana")).toEqual(first);
    // A newer one inserted, read inside its transaction, then rolled back.
    const rolledBack = checkIn("c2", "dana", "2026-12-02", personas.redFlagPerson, at(2));
    await expect(
      repositories.transaction(async (tx) => {
        await tx.checkIns.insert(rolledBack);
        expect(await tx.checkIns.latestFor("dana")).toEqual(rolledBack);
        throw new Error("the write fails");
      }),
    ).rejects.toThrow("the write fails");
    expect(await repositories.checkIns.latestFor("dana")).toEqual(first);
    // The same id again with other answers (a retry after the rollback): its own tag, its own answers.
    const retried = checkIn("c2", "dana", "2026-12-02", personas.runnerPfp, at(3));
    await repositories.checkIns.insert(retried);
    expect(await repositories.checkIns.latestFor("dana")).toEqual(retried);
    // Rewritten by another server with a new tag, then without one: read from the row each time.
    const elsewhere = checkIn("c2", "dana", "2026-12-02", personas.redFlagPerson, at(3));
    await sql`update check_ins set answers_json = ${JSON.stringify(elsewhere.answers)}, screen_json = ${JSON.stringify(elsewhere.screen)},
      self_management_allowed = ${elsewhere.screen.selfManagementAllowed ? 1 : 0}, self_check_json = ${JSON.stringify(elsewhere.selfCheck)},
      check_in_tag = ${randomUUID()} where id = 'c2'`.execute(storage.db);
    expect(await repositories.checkIns.latestFor("dana")).toEqual(elsewhere);
    await sql`update check_ins set answers_json = ${JSON.stringify(retried.answers)}, screen_json = ${JSON.stringify(retried.screen)},
      self_management_allowed = ${retried.screen.selfManagementAllowed ? 1 : 0}, self_check_json = ${JSON.stringify(retried.selfCheck)},
      check_in_tag = null where id = 'c2'`.execute(storage.db);
    expect(await repositories.checkIns.latestFor("dana")).toEqual(retried);
  });
});
