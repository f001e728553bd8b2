import {
  ImportedMovementFindingSchema,
  type ImportedMovementFinding,
  type ImportedMovementFindingRecord,
  type ImportedMovementFindingRepository,
} from "@hipcheck/application";
import type { Kysely, Selectable } from "kysely";
import type { Database, ImportedMovementFindingsTable } from "../database-schema.js";
import { fromJson, toJson } from "../json-column.js";

/** Always the same field order, so equal findings are equal text and the unique constraint sees them. */
function canonicalJson(finding: ImportedMovementFinding): string {
  const { date, test, metric, side, valueDeg, semDeg, method } = finding;
  return toJson({ date, test, metric, side, valueDeg, semDeg, method });
}

function toRecord(row: Selectable<ImportedMovementFindingsTable>): ImportedMovementFindingRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    importedAt: row.imported_at,
    finding: fromJson(ImportedMovementFindingSchema, row.finding_json),
    ...(row.source_id === null ? {} : { sourceId: row.source_id }),
  };
}

export function importedMovementFindingRepository(db: Kysely<Database>): ImportedMovementFindingRepository {
  return {
    async insertIfAbsent(record) {
      const result = await db
        .insertInto("imported_movement_findings")
        .values({
          id: record.id,
          account_id: record.accountId,
          imported_at: record.importedAt,
          date: record.finding.date,
          finding_json: canonicalJson(record.finding),
          source_id: record.sourceId ?? null,
        })
        // One finding per content and one per name in an account (decision 0710): either already there is this one.
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async listFor(accountId) {
      const rows = await db
        .selectFrom("imported_movement_findings")
        .selectAll()
        .where("account_id", "=", accountId)
        .orderBy("date")
        .orderBy("imported_at")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },
  };
}
