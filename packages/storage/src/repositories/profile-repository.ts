import type { ProfileRepository } from "@hipcheck/application";
import { EQUIPMENT, LANGUAGES, SPORTS, WEEKDAYS } from "@hipcheck/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../database-schema.js";
import { fromJson, toJson } from "../json-column.js";
import { reusedRows } from "./reused-query.js";

const LanguageSchema = z.enum(LANGUAGES);
// Built once: a schema built per read cost more than the read itself on every write (decision 0590).
const SportsSchema = z.array(z.enum(SPORTS));
const EquipmentSchema = z.array(z.enum(EQUIPMENT));
const AvailableDaysSchema = z.array(z.enum(WEEKDAYS));

export function profileRepository(db: Kysely<Database>): ProfileRepository {
  return {
    async upsert(profile) {
      const values = {
        language: profile.language,
        sports_json: toJson(profile.sports),
        equipment_json: toJson(profile.equipment),
        available_days_json: toJson(profile.availableDays),
        updated_at: profile.updatedAt,
      };
      await db
        .insertInto("profiles")
        .values({ account_id: profile.accountId, ...values })
        .onConflict((conflict) => conflict.column("account_id").doUpdateSet(values))
        .execute();
    },
    async find(accountId) {
      const [row] = await reusedRows(
        db,
        "profile-by-account",
        () => db.selectFrom("profiles").selectAll().where("account_id", "=", accountId),
        [accountId],
      );
      if (!row) return undefined;
      return {
        accountId: row.account_id,
        language: LanguageSchema.parse(row.language),
        sports: fromJson(SportsSchema, row.sports_json),
        equipment: fromJson(EquipmentSchema, row.equipment_json),
        availableDays: fromJson(AvailableDaysSchema, row.available_days_json),
        updatedAt: row.updated_at,
      };
    },
  };
}
