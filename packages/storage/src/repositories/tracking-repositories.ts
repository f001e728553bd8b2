/** Session logs, next-morning check-ins, pain and PSFS entries: what the person did and felt. */
import type {
  MorningCheckInRepository,
  OutcomeRepository,
  SessionLogRecord,
  SessionLogRepository,
} from "@hipcheck/application";
import {
  MorningCheckInSchema,
  PainEntrySchema,
  PsfsEntrySchema,
  ruleMorningsFrom,
  selectRuleHistory,
  SessionLogSchema,
  type RuleHistoryNeed,
  type SessionLog,
} from "@hipcheck/core";
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Kysely, Selectable } from "kysely";
import type {
  Database,
  MorningCheckInsTable,
  OutcomeEntriesTable,
  SessionLogsTable,
} from "../database-schema.js";
import { fromJson, fromJsonShared, toFlag, toJson } from "../json-column.js";
import { keysetPage, pairKeysetPage } from "./keyset-page.js";
import { reusedQuery, reusedRows } from "./reused-query.js";

function toLog(row: Selectable<SessionLogsTable>): SessionLogRecord {
  return {
    accountId: row.account_id,
    createdAt: row.created_at,
    log: fromJson(SessionLogSchema, row.log_json),
  };
}

/** The logs the rules act on, read again at every revision: their parse is shared (decision 0590). */
function toRuleLog(row: Selectable<SessionLogsTable>): SessionLogRecord {
  return {
    accountId: row.account_id,
    createdAt: row.created_at,
    log: fromJsonShared(SessionLogSchema, row.log_json),
  };
}

/**
 * The ids of a program's logs that a revision can act on (core's `selectRuleHistory`), each kind through its own
 * index: logs of the sessions still ahead, logs with pain above the ceiling (during or after), logs of the days a
 * morning check-in can flag, and the last logs of each exercise (`session_log_exercises_latest`). The exercises
 * are one list of values, and the last logs of each are correlated subqueries over it, one index seek each
 * (`limit 1 offset n`): the same seeks as a union of one limited select per exercise, which SQLite ran about five
 * times slower (decision 0630). An id may come more than once, and a missing n-th log is a null.
 */
function ruleHistoryIds(programId: string, need: Extract<RuleHistoryNeed, { kind: "some" }>) {
  const branches = [
    sql`select id from session_logs where program_id = ${programId} and pain_during_max > ${need.painDuringAbove}`,
    sql`select id from session_logs where program_id = ${programId} and pain_after > ${need.painAfterAbove}`,
  ];
  if (need.plannedSessionIds.length > 0) {
    branches.push(
      sql`select id from session_logs where program_id = ${programId} and planned_session_id in (${sql.join(need.plannedSessionIds)})`,
    );
  }
  if (need.dates.length > 0) {
    branches.push(
      sql`select id from session_logs where program_id = ${programId} and date in (${sql.join(need.dates)})`,
    );
  }
  if (need.exerciseIds.length === 0) {
    return sql<{ id: string | null }>`${sql.join(branches, sql` union all `)}`;
  }
  const dated = need.after === undefined ? sql`` : sql` and e.date > ${need.after}`;
  for (let offset = 0; offset < need.latestPerExercise; offset += 1) {
    branches.push(
      sql`select (select e.log_id from session_log_exercises e where e.program_id = ${programId} and e.exercise_id = w.exercise_id${dated} order by e.date desc, e.created_at desc, e.log_id desc limit 1 offset ${sql.lit(offset)}) from w`,
    );
  }
  const exercises = sql.join(need.exerciseIds.map((exerciseId) => sql`(${exerciseId})`));
  return sql<{
    id: string | null;
  }>`with w (exercise_id) as (values ${exercises}) ${sql.join(branches, sql` union all `)}`;
}

/**
 * `ruleHistoryIds` as a query reused per shape (decision 0590): its text depends only on how many sessions,
 * dates and exercises the need lists, how many last logs it asks for and whether a stop bounds them, so only
 * those are the shape, and these are its values in the order the query binds them.
 */
function ruleHistoryIdsQuery(
  db: Kysely<Database>,
  programId: string,
  need: Extract<RuleHistoryNeed, { kind: "some" }>,
) {
  const after = need.after;
  const parameters: unknown[] = [];
  if (need.exerciseIds.length > 0) parameters.push(...need.exerciseIds);
  parameters.push(programId, need.painDuringAbove, programId, need.painAfterAbove);
  if (need.plannedSessionIds.length > 0) parameters.push(programId, ...need.plannedSessionIds);
  if (need.dates.length > 0) parameters.push(programId, ...need.dates);
  if (need.exerciseIds.length > 0) {
    for (let offset = 0; offset < need.latestPerExercise; offset += 1) {
      parameters.push(programId, ...(after === undefined ? [] : [after]));
    }
  }
  const shape =
    `rule-history-ids:${need.plannedSessionIds.length}:${need.dates.length}:${need.exerciseIds.length}:` +
    `${need.latestPerExercise}:${String(after !== undefined)}`;
  return reusedQuery(
    db,
    shape,
    () => ({ compile: () => ruleHistoryIds(programId, need).compile(db) }),
    parameters,
  );
}

/** Ids listed in one statement, well under both databases' limits on bound parameters. */
const MAX_LISTED_IDS = 500;

/** Highest pain during an exercise of the log, kept beside it for the rules' index (decision 0500). */
function painDuringMax(log: SessionLog): number | null {
  return log.entries.length === 0 ? null : Math.max(...log.entries.map((entry) => entry.painDuring));
}

type SomeNeed = Extract<RuleHistoryNeed, { kind: "some" }>;

/**
 * The logs the rules last read for a program, kept under the program's log tag when they were read (decision
 * 0665). Every log added to a program writes a new random tag, so a tag stands for one set of logs for ever (a tag
 * rolled back is never written again); these are the logs `need` picks out of that set.
 */
type HeldHistory = {
  readonly logTag: string;
  readonly accountId: string;
  readonly needKey: string;
  readonly need: SomeNeed;
  readonly records: readonly SessionLogRecord[];
};

/** A need's content as text, worked out once per need object (the revision hands the same one again: 0665). */
const needKeys = new WeakMap<SomeNeed, string>();

function needKeyOf(need: SomeNeed): string {
  let key = needKeys.get(need);
  if (key === undefined) {
    key = JSON.stringify(need);
    const lists = [need, need.plannedSessionIds, need.dates, need.exerciseIds];
    if (lists.every((list) => Object.isFrozen(list))) needKeys.set(need, key);
  }
  return key;
}

/** Programs whose history is held: those written to most recently. */
const HELD_HISTORIES_KEPT = 1_000;
const heldHistories = new Map<string, HeldHistory>();

function holdHistory(programId: string, held: HeldHistory): void {
  // Handed to every write of the program that follows: nobody may change them under another.
  for (const record of held.records) Object.freeze(record);
  heldHistories.delete(programId);
  heldHistories.set(programId, Object.freeze({ ...held, records: Object.freeze(held.records) }));
  if (heldHistories.size > HELD_HISTORIES_KEPT) {
    const oldest = heldHistories.keys().next();
    if (oldest.done !== true) heldHistories.delete(oldest.value);
  }
}

/** `listFor`'s order as far as date and instant tell it; logs that tie on both are ordered by the database. */
function storedOrder(a: SessionLogRecord, b: SessionLogRecord): number {
  if (a.log.date !== b.log.date) return a.log.date < b.log.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return 0;
}

/**
 * The history `held` was, with `added` stored after it: what `need` picks out of the old logs and the new one is
 * what it picks out of everything (a log it left out stays out: its exercises' last logs can only get newer), so
 * core's own selection over the held logs and the new one gives it. Undefined when the new log ties with a held
 * one on date and instant, whose order only the database's id collation settles.
 */
function withAdded(held: HeldHistory, added: SessionLogRecord): readonly SessionLogRecord[] | undefined {
  if (held.records.some((record) => storedOrder(record, added) === 0)) return undefined;
  const at = held.records.findIndex((record) => storedOrder(record, added) > 0);
  const merged = at === -1 ? [...held.records, added] : held.records.toSpliced(at, 0, added);
  const byLog = new Map(merged.map((record) => [record.log, record]));
  return selectRuleHistory(
    merged.map((record) => record.log),
    held.need,
  ).map((log) => byLog.get(log) as SessionLogRecord);
}

export function sessionLogRepository(db: Kysely<Database>): SessionLogRepository {
  /**
   * The `log_tag` this transaction wrote for each program it added a log to. Within the transaction the program's
   * logs are those of that tag (the tag's row is held by the write until the end, on both dialects), so the history
   * read under it is kept under it.
   */
  const tagsWrittenHere = new Map<string, string>();

  /** Writes a new `log_tag` for the program `added` went to, and moves the held history along when it can. */
  async function moveLogTag(tx: Kysely<Database>, added: SessionLogRecord): Promise<void> {
    const programId = added.log.programId;
    const logTag = randomUUID();
    const held = heldHistories.get(programId);
    heldHistories.delete(programId);
    let moved = false;
    if (held !== undefined) {
      // Moved from the tag the history was read under, in one statement: then this log is the only change.
      const moveFrom = reusedQuery(
        tx,
        "program-log-tag-from",
        () =>
          tx
            .updateTable("program_log_tags")
            .set({ log_tag: logTag })
            .where("program_id", "=", programId)
            .where("log_tag", "=", held.logTag),
        [logTag, programId, held.logTag],
      );
      moved = Number((await tx.executeQuery(moveFrom)).numAffectedRows ?? 0n) > 0;
    }
    if (!moved) {
      const write = reusedQuery(
        tx,
        "program-log-tag",
        () =>
          tx
            .insertInto("program_log_tags")
            .values({ program_id: programId, log_tag: logTag })
            .onConflict((conflict) =>
              conflict.column("program_id").doUpdateSet({ log_tag: (row) => row.ref("excluded.log_tag") }),
            ),
        [programId, logTag],
      );
      await tx.executeQuery(write);
    }
    // Outside a transaction the write was its own, and what follows may see other writers' logs.
    if (db.isTransaction) tagsWrittenHere.set(programId, logTag);
    const records =
      moved && held !== undefined && held.accountId === added.accountId ? withAdded(held, added) : undefined;
    if (held !== undefined && records !== undefined) holdHistory(programId, { ...held, logTag, records });
  }

  const ofProgram = (accountId: string, programId: string) =>
    db
      .selectFrom("session_logs")
      .selectAll()
      .where("account_id", "=", accountId)
      .where("program_id", "=", programId);

  /** The logs `need` asks for, read through the indexes (decision 0500). */
  async function readRuleHistory(
    accountId: string,
    programId: string,
    need: SomeNeed,
  ): Promise<readonly SessionLogRecord[]> {
    const found = await db.executeQuery(ruleHistoryIdsQuery(db, programId, need));
    const ids = [...new Set(found.rows.flatMap((row) => (row.id === null ? [] : [row.id])))];
    if (ids.length === 0) return [];
    // Ordered by an expression, not the date column: SQLite would otherwise walk the program's whole index in
    // date order to skip the sort, which is the cost this read exists to avoid. The order is listFor's.
    const inListOrder = (query: ReturnType<typeof ofProgram>) =>
      query
        .orderBy(sql`${sql.ref("date")} || ''`)
        .orderBy("created_at")
        .orderBy("id");
    if (ids.length > MAX_LISTED_IDS) {
      // A history full of painful sessions: its ids as a subquery rather than listed.
      const rows = await inListOrder(
        ofProgram(accountId, programId).where("id", "in", sql<string>`(${ruleHistoryIds(programId, need)})`),
      ).execute();
      return rows.map(toRuleLog);
    }
    // A list of ids small enough for one statement is read by primary key, a query reused per count of ids.
    const read = reusedQuery(
      db,
      `rule-history-logs:${ids.length}`,
      () => inListOrder(ofProgram(accountId, programId).where("id", "in", ids)),
      [accountId, programId, ...ids],
    );
    return (await db.executeQuery(read)).rows.map(toRuleLog);
  }

  return {
    async insertIfAbsent(record) {
      // The log and its exercise rows are written together or not at all.
      const write = async (tx: Kysely<Database>): Promise<boolean> => {
        // "on conflict do nothing" is atomic on both dialects: two retries racing each other still write one row.
        // Both statements are compiled once per shape (decision 0590); the values are listed in column order.
        const row = {
          account_id: record.accountId,
          id: record.log.id,
          program_id: record.log.programId,
          date: record.log.date,
          completed: toFlag(record.log.completed),
          created_at: record.createdAt,
          log_json: toJson(record.log),
          planned_session_id: record.log.plannedSessionId,
          pain_during_max: painDuringMax(record.log),
          pain_after: record.log.painAfter ?? null,
        };
        const insertLog = reusedQuery(
          tx,
          "session-log-insert",
          () =>
            tx
              .insertInto("session_logs")
              .values(row)
              .onConflict((conflict) => conflict.columns(["account_id", "id"]).doNothing()),
          Object.values(row),
        );
        const result = await tx.executeQuery(insertLog);
        const inserted = Number(result.numAffectedRows ?? 0n) > 0;
        const exerciseIds = new Set(record.log.entries.map((entry) => entry.exerciseId));
        if (inserted && exerciseIds.size > 0) {
          const rows = [...exerciseIds].map((exerciseId) => ({
            account_id: record.accountId,
            log_id: record.log.id,
            program_id: record.log.programId,
            exercise_id: exerciseId,
            date: record.log.date,
            created_at: record.createdAt,
          }));
          const insertExercises = reusedQuery(
            tx,
            `session-log-exercises-insert:${rows.length}`,
            () => tx.insertInto("session_log_exercises").values(rows),
            rows.flatMap((exerciseRow) => Object.values(exerciseRow)),
          );
          await tx.executeQuery(insertExercises);
        }
        if (inserted) {
          // Read back as every stored log is (house rule 4), so the held history is what a read would give.
          await moveLogTag(tx, {
            accountId: record.accountId,
            createdAt: record.createdAt,
            log: fromJsonShared(SessionLogSchema, row.log_json),
          });
        }
        return inserted;
      };
      return db.isTransaction ? write(db) : db.transaction().execute(write);
    },
    async ruleHistoryFor(accountId, programId, need) {
      if (need.kind === "none") return [];
      if (need.kind === "all") {
        return (
          await ofProgram(accountId, programId).orderBy("date").orderBy("created_at").orderBy("id").execute()
        ).map(toRuleLog);
      }
      // After this transaction added a log, the history held under the tag it wrote is the program's.
      const logTag = tagsWrittenHere.get(programId);
      if (logTag === undefined) return readRuleHistory(accountId, programId, need);
      const needKey = needKeyOf(need);
      const held = heldHistories.get(programId);
      if (held?.logTag === logTag && held.accountId === accountId && held.needKey === needKey) {
        return held.records;
      }
      const records = await readRuleHistory(accountId, programId, need);
      holdHistory(programId, { logTag, accountId, needKey, need, records });
      return records;
    },
    async find(accountId, logId) {
      // Asked by every new log before its quota (decision 0411): compiled once (decision 0590).
      const [row] = await reusedRows(
        db,
        "session-log-by-id",
        () =>
          db
            .selectFrom("session_logs")
            .selectAll()
            .where("account_id", "=", accountId)
            .where("id", "=", logId),
        [accountId, logId],
      );
      return row && toLog(row);
    },
    async listFor(accountId, range) {
      let query = db.selectFrom("session_logs").selectAll().where("account_id", "=", accountId);
      if (range?.from !== undefined) query = query.where("date", ">=", range.from);
      if (range?.to !== undefined) query = query.where("date", "<=", range.to);
      const rows = await query.orderBy("date").orderBy("created_at").orderBy("id").execute();
      return rows.map(toLog);
    },
    async pageFor(accountId, range, page) {
      let query = db.selectFrom("session_logs").selectAll().where("account_id", "=", accountId);
      if (range.from !== undefined) query = query.where("date", ">=", range.from);
      if (range.to !== undefined) query = query.where("date", "<=", range.to);
      return keysetPage(query, "created_at", page, toLog);
    },
  };
}

/** A morning the rules read, again at every revision: its parse is shared (decision 0590). */
function toRuleMorning(row: Selectable<MorningCheckInsTable>) {
  return {
    accountId: row.account_id,
    createdAt: row.created_at,
    checkIn: fromJsonShared(MorningCheckInSchema, row.check_in_json),
  };
}

export function morningCheckInRepository(db: Kysely<Database>): MorningCheckInRepository {
  return {
    async upsert(record) {
      const values = { created_at: record.createdAt, check_in_json: toJson(record.checkIn) };
      await db
        .insertInto("morning_check_ins")
        .values({ account_id: record.accountId, date: record.checkIn.date, ...values })
        .onConflict((conflict) => conflict.columns(["account_id", "date"]).doUpdateSet(values))
        .execute();
    },
    async listFor(accountId) {
      const rows = await db
        .selectFrom("morning_check_ins")
        .selectAll()
        .where("account_id", "=", accountId)
        .orderBy("date")
        .execute();
      return rows.map((row) => ({
        accountId: row.account_id,
        createdAt: row.created_at,
        checkIn: fromJson(MorningCheckInSchema, row.check_in_json),
      }));
    },
    async findOn(accountId, date) {
      // Asked by every morning check-in, to answer a repeat as before: one primary-key seek, compiled once.
      const [row] = await reusedRows(
        db,
        "morning-check-in-on",
        () =>
          db
            .selectFrom("morning_check_ins")
            .selectAll()
            .where("account_id", "=", accountId)
            .where("date", "=", date),
        [accountId, date],
      );
      return row && toRuleMorning(row);
    },
    async ruleMorningsFor(accountId, program) {
      // Two index seeks: the latest morning (primary key) and the program's first log (`session_logs_program_order`).
      const [bounds] = await reusedRows(
        db,
        "rule-mornings-bounds",
        () =>
          db.selectNoFrom((eb) => [
            eb
              .selectFrom("morning_check_ins")
              .select((inner) => inner.fn.max("date").as("date"))
              .where("account_id", "=", accountId)
              .as("latest_morning"),
            eb
              .selectFrom("session_logs")
              .select((inner) => inner.fn.min("date").as("date"))
              .where("program_id", "=", program.id)
              .as("first_log"),
          ]),
        [accountId, program.id],
      );
      if (bounds?.latest_morning == null) return [];
      const from = ruleMorningsFrom(program, bounds.latest_morning, bounds.first_log ?? undefined);
      // From the latest morning before `from` (or `from` itself when there is none): one range of the primary key.
      const rows = await reusedRows(
        db,
        "rule-mornings",
        () =>
          db
            .selectFrom("morning_check_ins")
            .selectAll()
            .where("account_id", "=", accountId)
            .where("date", ">=", (eb) =>
              eb.fn.coalesce(
                eb
                  .selectFrom("morning_check_ins")
                  .select((inner) => inner.fn.max("date").as("date"))
                  .where("account_id", "=", accountId)
                  .where("date", "<", from),
                eb.val(from),
              ),
            )
            .orderBy("date"),
        [accountId, accountId, from, from],
      );
      return rows.map(toRuleMorning);
    },
    pageFor(accountId, page) {
      // One a day: the date is the key; the owner, the same on every row, completes the pair (decision 0621).
      return pairKeysetPage(
        db.selectFrom("morning_check_ins").selectAll().where("account_id", "=", accountId),
        { first: "date", tiebreak: "account_id" },
        page,
        (row) => ({ first: row.date, tiebreak: row.account_id }),
        (row) => ({
          accountId: row.account_id,
          createdAt: row.created_at,
          checkIn: fromJson(MorningCheckInSchema, row.check_in_json),
        }),
      );
    },
  };
}

type OutcomeTable = "pain_entries" | "psfs_entries";
type OutcomeRow = Selectable<OutcomeEntriesTable>;

export function outcomeRepository(db: Kysely<Database>): OutcomeRepository {
  const rows = (table: OutcomeTable, accountId: string) =>
    db.selectFrom(table).selectAll().where("account_id", "=", accountId);
  const list = (table: OutcomeTable, accountId: string) =>
    rows(table, accountId).orderBy("date").orderBy("created_at").orderBy("id").execute();
  const find = (table: OutcomeTable, accountId: string, id: string) =>
    rows(table, accountId).where("id", "=", id).executeTakeFirst();
  // The id may come from the client (a retried upload): "on conflict do nothing" keeps the first, atomically.
  async function insertIfAbsent(
    table: OutcomeTable,
    record: { id: string; accountId: string; createdAt: string; entry: { date: string } },
  ): Promise<boolean> {
    const result = await db
      .insertInto(table)
      .values({
        account_id: record.accountId,
        id: record.id,
        date: record.entry.date,
        created_at: record.createdAt,
        entry_json: toJson(record.entry),
      })
      .onConflict((conflict) => conflict.columns(["account_id", "id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }
  const toPain = (row: OutcomeRow) => ({
    id: row.id,
    accountId: row.account_id,
    createdAt: row.created_at,
    entry: fromJson(PainEntrySchema, row.entry_json),
  });
  const toPsfs = (row: OutcomeRow) => ({
    id: row.id,
    accountId: row.account_id,
    createdAt: row.created_at,
    entry: fromJson(PsfsEntrySchema, row.entry_json),
  });
  return {
    insertPain: (record) => insertIfAbsent("pain_entries", record),
    async findPain(accountId, id) {
      const row = await find("pain_entries", accountId, id);
      return row && toPain(row);
    },
    async listPain(accountId) {
      return (await list("pain_entries", accountId)).map(toPain);
    },
    pagePain: (accountId, page) => keysetPage(rows("pain_entries", accountId), "created_at", page, toPain),
    insertPsfs: (record) => insertIfAbsent("psfs_entries", record),
    async findPsfs(accountId, id) {
      const row = await find("psfs_entries", accountId, id);
      return row && toPsfs(row);
    },
    async listPsfs(accountId) {
      return (await list("psfs_entries", accountId)).map(toPsfs);
    },
    pagePsfs: (accountId, page) => keysetPage(rows("psfs_entries", accountId), "created_at", page, toPsfs),
  };
}
