import {
  parseKeypointSeries,
  parseMovementReport,
  type MovementScreenRecord,
  type MovementScreenReportRecord,
  type MovementScreenRepository,
} from "@hipcheck/application";
import type { Kysely, Selectable } from "kysely";
import type { Database, MovementScreensTable } from "../database-schema.js";
import { toJson } from "../json-column.js";
import { pairKeysetPage } from "./keyset-page.js";

type ReportRow = Pick<Selectable<MovementScreensTable>, "id" | "account_id" | "recorded_at" | "report_json">;

function toReportRecord(row: ReportRow): MovementScreenReportRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    recordedAt: row.recorded_at,
    report: parseMovementReport(JSON.parse(row.report_json)),
  };
}

function toRecord(row: Selectable<MovementScreensTable>): MovementScreenRecord {
  return { ...toReportRecord(row), keypoints: parseKeypointSeries(JSON.parse(row.keypoints_json)) };
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
    pageReportsFor(accountId, page) {
      // The keypoints, most of a screen's bytes, stay in the database (decision 0671).
      return pairKeysetPage(
        db
          .selectFrom("movement_screens")
          .select(["id", "account_id", "recorded_at", "report_json"])
          .where("account_id", "=", accountId),
        { first: "recorded_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.recorded_at, tiebreak: row.id }),
        toReportRecord,
      );
    },
    async delete(id) {
      await db.deleteFrom("movement_screens").where("id", "=", id).execute();
    },
  };
}
