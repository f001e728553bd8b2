/** Session logs, next-morning check-ins, pain and PSFS entries: what the person did and felt. */
import type {
  MorningCheckInRepository,
  OutcomeRepository,
  SessionLogRecord,
  SessionLogRepository,
} from "@hipcheck/application";
import { MorningCheckInSchema, PainEntrySchema, PsfsEntrySchema, SessionLogSchema } from "@hipcheck/core";
import type { Kysely, Selectable } from "kysely";
import type { Database, OutcomeEntriesTable, SessionLogsTable } from "../database-schema.js";
import { fromJson, toFlag, toJson } from "../json-column.js";

function toLog(row: Selectable<SessionLogsTable>): SessionLogRecord {
  return {
    accountId: row.account_id,
    createdAt: row.created_at,
    log: fromJson(SessionLogSchema, row.log_json),
  };
}

export function sessionLogRepository(db: Kysely<Database>): SessionLogRepository {
  return {
    async insertIfAbsent(record) {
      // "on conflict do nothing" is atomic on both dialects: two retries racing each other still write one row.
      const result = await db
        .insertInto("session_logs")
        .values({
          account_id: record.accountId,
          id: record.log.id,
          program_id: record.log.programId,
          date: record.log.date,
          completed: toFlag(record.log.completed),
          created_at: record.createdAt,
          log_json: toJson(record.log),
        })
        .onConflict((conflict) => conflict.columns(["account_id", "id"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async find(accountId, logId) {
      const row = await db
        .selectFrom("session_logs")
        .selectAll()
        .where("account_id", "=", accountId)
        .where("id", "=", logId)
        .executeTakeFirst();
      return row && toLog(row);
    },
    async listFor(accountId, range) {
      let query = db.selectFrom("session_logs").selectAll().where("account_id", "=", accountId);
      if (range?.from !== undefined) query = query.where("date", ">=", range.from);
      if (range?.to !== undefined) query = query.where("date", "<=", range.to);
      const rows = await query.orderBy("date").orderBy("created_at").orderBy("id").execute();
      return rows.map(toLog);
    },
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
    insertPsfs: (record) => insertIfAbsent("psfs_entries", record),
    async findPsfs(accountId, id) {
      const row = await find("psfs_entries", accountId, id);
      return row && toPsfs(row);
    },
    async listPsfs(accountId) {
      return (await list("psfs_entries", accountId)).map(toPsfs);
    },
  };
}
