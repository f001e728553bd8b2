import {
  parseKeypointSeries,
  parseMovementReport,
  type MovementScreenRecord,
  type MovementScreenRepository,
} from "@hipcheck/application";
import type { Kysely, Selectable } from "kysely";
import type { Database, MovementScreensTable } from "../database-schema.js";
import { toJson } from "../json-column.js";
import { pairKeysetPage } from "./keyset-page.js";

function toRecord(row: Selectable<MovementScreensTable>): MovementScreenRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    recordedAt: row.recorded_at,
    report: parseMovementReport(JSON.parse(row.report_json)),
    keypoints: parseKeypointSeries(JSON.parse(row.keypoints_json)),
  };
}

export function movementScreenRepository(db: Kysely<Database>): MovementScreenRepository {
  return {
    async insert(record) {
      const result = await db
        .insertInto("movement_screens")
        .values({
          id: record.id,
          account_id: record.accountId,
          recorded_at: record.recordedAt,
          test: record.report.test,
          report_json: toJson(record.report),
          keypoints_json: toJson(record.keypoints),
        })
        .onConflict((conflict) => conflict.column("id").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async findById(id) {
      const row = await db.selectFrom("movement_screens").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async listFor(accountId) {
      const rows = await db
        .selectFrom("movement_screens")
        .selectAll()
        .where("account_id", "=", accountId)
        .orderBy("recorded_at")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },
    pageFor(accountId, page) {
      return pairKeysetPage(
        db.selectFrom("movement_screens").selectAll().where("account_id", "=", accountId),
        { first: "recorded_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.recorded_at, tiebreak: row.id }),
        toRecord,
      );
    },
    async delete(id) {
      await db.deleteFrom("movement_screens").where("id", "=", id).execute();
    },
  };
}
