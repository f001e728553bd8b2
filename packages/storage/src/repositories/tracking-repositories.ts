/** Session logs, next-morning check-ins, pain and PSFS entries: what the person did and felt. */
import type {
  MorningCheckInRepository,
  OutcomeRepository,
  SessionLogRecord,
  SessionLogRepository,
} from "@hipcheck/application";
import { MorningCheckInSchema, PainEntrySchema, PsfsEntrySchema, SessionLogSchema } from "@hipcheck/core";
import type { Kysely, Selectable } from "kysely";
import type { Database, SessionLogsTable } from "../database-schema.js";
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

export function outcomeRepository(db: Kysely<Database>): OutcomeRepository {
  const list = (table: "pain_entries" | "psfs_entries", accountId: string) =>
    db
      .selectFrom(table)
      .selectAll()
      .where("account_id", "=", accountId)
      .orderBy("date")
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  return {
    async insertPain(record) {
      await db
        .insertInto("pain_entries")
        .values({
          account_id: record.accountId,
          id: record.id,
          date: record.entry.date,
          created_at: record.createdAt,
          entry_json: toJson(record.entry),
        })
        .execute();
    },
    async listPain(accountId) {
      const rows = await list("pain_entries", accountId);
      return rows.map((row) => ({
        id: row.id,
        accountId: row.account_id,
        createdAt: row.created_at,
        entry: fromJson(PainEntrySchema, row.entry_json),
      }));
    },
    async insertPsfs(record) {
      await db
        .insertInto("psfs_entries")
        .values({
          account_id: record.accountId,
          id: record.id,
          date: record.entry.date,
          created_at: record.createdAt,
          entry_json: toJson(record.entry),
        })
        .execute();
    },
    async listPsfs(accountId) {
      const rows = await list("psfs_entries", accountId);
      return rows.map((row) => ({
        id: row.id,
        accountId: row.account_id,
        createdAt: row.created_at,
        entry: fromJson(PsfsEntrySchema, row.entry_json),
      }));
    },
  };
}
