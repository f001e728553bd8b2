/** Hip strength checks: one row per check, its JSON re-parsed on read (docs/clinical §10). */
import type { StrengthCheckRecord, StrengthCheckRepository } from "@hipcheck/application";
import { StrengthCheckSchema } from "@hipcheck/core";
import type { Kysely, Selectable } from "kysely";
import type { Database, StrengthChecksTable } from "../database-schema.js";
import { fromJson, toJson } from "../json-column.js";
import { keysetPage } from "./keyset-page.js";

function toRecord(row: Selectable<StrengthChecksTable>): StrengthCheckRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    createdAt: row.created_at,
    entry: fromJson(StrengthCheckSchema, row.check_json),
  };
}

export function strengthCheckRepository(db: Kysely<Database>): StrengthCheckRepository {
  const rows = (accountId: string) =>
    db.selectFrom("strength_checks").selectAll().where("account_id", "=", accountId);
  return {
    async insert(record) {
      // The id may come from the device (an offline check sent again): "on conflict do nothing" keeps the first.
      const result = await db
        .insertInto("strength_checks")
        .values({
          account_id: record.accountId,
          id: record.id,
          date: record.entry.date,
          test: record.entry.test,
          created_at: record.createdAt,
          check_json: toJson(record.entry),
        })
        .onConflict((conflict) => conflict.columns(["account_id", "id"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async find(accountId, id) {
      const row = await rows(accountId).where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async listFor(accountId) {
      const found = await rows(accountId).orderBy("date").orderBy("created_at").orderBy("id").execute();
      return found.map(toRecord);
    },
    pageFor: (accountId, page) => keysetPage(rows(accountId), "created_at", page, toRecord),
  };
}
