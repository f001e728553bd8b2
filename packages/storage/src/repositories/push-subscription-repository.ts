import type { PushSubscriptionRecord, PushSubscriptionRepository } from "@hipcheck/application";
import { LANGUAGES } from "@hipcheck/core";
import type { Kysely, Selectable } from "kysely";
import { pairKeysetPage } from "./keyset-page.js";
import { z } from "zod";
import type { Database, PushSubscriptionsTable } from "../database-schema.js";

const LanguageSchema = z.enum(LANGUAGES);

function toRecord(row: Selectable<PushSubscriptionsTable>): PushSubscriptionRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    endpoint: row.endpoint,
    keys: { p256dh: row.key_p256dh, auth: row.key_auth },
    reminderTime: row.reminder_time,
    timeZone: row.time_zone,
    language: LanguageSchema.parse(row.language),
    createdAt: row.created_at,
    lastSentOn: row.last_sent_on,
  };
}

export function pushSubscriptionRepository(db: Kysely<Database>): PushSubscriptionRepository {
  return {
    async upsert(record) {
      const values = {
        id: record.id,
        account_id: record.accountId,
        endpoint: record.endpoint,
        key_p256dh: record.keys.p256dh,
        key_auth: record.keys.auth,
        reminder_time: record.reminderTime,
        time_zone: record.timeZone,
        language: record.language,
        created_at: record.createdAt,
        last_sent_on: record.lastSentOn,
      };
      await db
        .insertInto("push_subscriptions")
        .values(values)
        .onConflict((conflict) =>
          conflict.column("endpoint").doUpdateSet({
            account_id: values.account_id,
            key_p256dh: values.key_p256dh,
            key_auth: values.key_auth,
            reminder_time: values.reminder_time,
            time_zone: values.time_zone,
            language: values.language,
          }),
        )
        .execute();
    },
    async findById(id) {
      const row = await db
        .selectFrom("push_subscriptions")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async listFor(accountId) {
      const rows = await db
        .selectFrom("push_subscriptions")
        .selectAll()
        .where("account_id", "=", accountId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },
    pageFor(accountId, page) {
      return pairKeysetPage(
        db.selectFrom("push_subscriptions").selectAll().where("account_id", "=", accountId),
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toRecord,
      );
    },
    async listAll() {
      const rows = await db.selectFrom("push_subscriptions").selectAll().orderBy("id").execute();
      return rows.map(toRecord);
    },
    async updateReminder(id, change) {
      await db
        .updateTable("push_subscriptions")
        .set({ reminder_time: change.reminderTime, time_zone: change.timeZone, language: change.language })
        .where("id", "=", id)
        .execute();
    },
    async markSent(id, localDate) {
      await db
        .updateTable("push_subscriptions")
        .set({ last_sent_on: localDate })
        .where("id", "=", id)
        .execute();
    },
    async delete(id) {
      await db.deleteFrom("push_subscriptions").where("id", "=", id).execute();
    },
  };
}
