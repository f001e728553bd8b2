import type { CheckInRecord, CheckInRepository } from "@hipcheck/application";
import { AnswersSchema, LocalizedSchema, type RedFlagScreen, type SelfCheckResult } from "@hipcheck/core";
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { CheckInsTable, Database } from "../database-schema.js";
import { fromFlag, fromJsonShared, TaggedValues, toFlag, toJson } from "../json-column.js";
import { keysetPage } from "./keyset-page.js";
import { reusedRows } from "./reused-query.js";

/**
 * The screen and self-check results are core outputs without zod schemas of their own; on read we check the
 * fields storage and the use-cases rely on and keep the rest as written.
 */
const ScreenShapeSchema = z.looseObject({
  tier: z.enum(["emergency", "urgent", "soon", "none"]),
  flags: z.array(z.unknown()),
  selfManagementAllowed: z.boolean(),
  advice: LocalizedSchema,
});
const SelfCheckShapeSchema = z.looseObject({ lookAtHipBalance: z.boolean(), explanation: LocalizedSchema });

/** The latest check-in is read twice by every write that revises a program: its parse is shared (decision 0590). */
function toRecord(row: Selectable<CheckInsTable>): CheckInRecord {
  const screen = fromJsonShared(ScreenShapeSchema, row.screen_json) as unknown as RedFlagScreen;
  if (screen.selfManagementAllowed !== fromFlag(row.self_management_allowed)) {
    throw new Error(`Check-in ${row.id}: the stored screen disagrees with its self-management flag`);
  }
  return {
    id: row.id,
    accountId: row.account_id,
    date: row.date,
    createdAt: row.created_at,
    answers: fromJsonShared(AnswersSchema, row.answers_json),
    screen,
    selfCheck: fromJsonShared(SelfCheckShapeSchema, row.self_check_json) as unknown as SelfCheckResult,
  };
}

/**
 * The latest check-in as read before, by the tag written with its documents (decision 0665): every revision reads
 * it, and a row's documents, instant and date never change once written, so the tag stands for the whole record.
 */
const checkInsByTag = new TaggedValues<CheckInRecord>();

export function checkInRepository(db: Kysely<Database>): CheckInRepository {
  const forAccount = (accountId: string) =>
    db.selectFrom("check_ins").selectAll().where("account_id", "=", accountId);
  return {
    async insert(checkIn) {
      const result = await db
        .insertInto("check_ins")
        .values({
          id: checkIn.id,
          account_id: checkIn.accountId,
          date: checkIn.date,
          created_at: checkIn.createdAt,
          self_management_allowed: toFlag(checkIn.screen.selfManagementAllowed),
          answers_json: toJson(checkIn.answers),
          screen_json: toJson(checkIn.screen),
          self_check_json: toJson(checkIn.selfCheck),
          // Random, so never written twice, even after a rollback: the record is read by it (decision 0665).
          check_in_tag: randomUUID(),
        })
        .onConflict((conflict) => conflict.column("id").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async findById(id) {
      const row = await db.selectFrom("check_ins").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async markResumed(checkInId, resumed) {
      await db
        .updateTable("check_ins")
        .set({ resumed_program_id: resumed.programId, resumed_revision: resumed.revision })
        .where("id", "=", checkInId)
        .execute();
    },
    async resumedBy(checkInId) {
      const row = await db
        .selectFrom("check_ins")
        .select(["resumed_program_id", "resumed_revision"])
        .where("id", "=", checkInId)
        .executeTakeFirst();
      if (row?.resumed_program_id == null || row.resumed_revision == null) return undefined;
      return { programId: row.resumed_program_id, revision: row.resumed_revision };
    },
    async latestFor(accountId) {
      // Read by every write that revises a program: compiled once (decision 0590), and only its id and tag when
      // the record of that tag is already held (decision 0665).
      const [head] = await reusedRows(
        db,
        "check-in-latest-tag",
        () =>
          forAccount(accountId)
            .clearSelect()
            .select(["id", "check_in_tag"])
            .orderBy("date", "desc")
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .limit(1),
        [accountId, 1],
      );
      if (head === undefined) return undefined;
      const known = checkInsByTag.known(head.check_in_tag);
      if (known !== undefined) return known;
      // The documents and their tag come from one read of the row.
      const [row] = await reusedRows(
        db,
        "check-in-by-id",
        () => db.selectFrom("check_ins").selectAll().where("id", "=", head.id),
        [head.id],
      );
      if (row === undefined) return undefined;
      const record = toRecord(row);
      return row.check_in_tag === null ? record : checkInsByTag.keep(row.check_in_tag, record);
    },
    async listFor(accountId) {
      const rows = await forAccount(accountId).orderBy("date").orderBy("created_at").orderBy("id").execute();
      return rows.map(toRecord);
    },
    pageFor(accountId, page) {
      // After the key by (date, created_at, id), listFor's order (decision 0601).
      return keysetPage(forAccount(accountId), "created_at", page, toRecord);
    },
  };
}
