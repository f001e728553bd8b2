import { RecordedActivitySchema, type ActivityRecord, type ActivityRepository } from "@hipcheck/application";
import type { Kysely, Selectable } from "kysely";
import type { ActivitiesTable, Database } from "../database-schema.js";
import { fromJson, toJson } from "../json-column.js";
import { keysetPage } from "./keyset-page.js";

function toRecord(row: Selectable<ActivitiesTable>): ActivityRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    fileHash: row.file_hash,
    fileName: row.file_name,
    position: row.position,
    importedAt: row.imported_at,
    activity: fromJson(RecordedActivitySchema, row.activity_json),
  };
}

export function activityRepository(db: Kysely<Database>): ActivityRepository {
  return {
    async insertIfAbsent(record) {
      const result = await db
        .insertInto("activities")
        .values({
          id: record.id,
          account_id: record.accountId,
          file_hash: record.fileHash,
          file_name: record.fileName,
          position: record.position,
          imported_at: record.importedAt,
          date: record.activity.date,
          start_time: record.activity.startTime,
          activity_json: toJson(record.activity),
        })
        // Atomic on both dialects: two imports of the same file at once still store it once.
        .onConflict((conflict) => conflict.columns(["account_id", "file_hash", "position"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async listFor(accountId) {
      const rows = await db
        .selectFrom("activities")
        .selectAll()
        .where("account_id", "=", accountId)
        .orderBy("date")
        .orderBy("start_time")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },
    pageFor(accountId, page) {
      // After the key by (date, start_time, id), which `activities_account_order` holds in that order (decision 0512).
      const query = db.selectFrom("activities").selectAll().where("account_id", "=", accountId);
      return keysetPage(query, "start_time", page, toRecord);
    },
    async findById(id) {
      const row = await db.selectFrom("activities").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
  };
}
