import type { ProgramRecord, ProgramRepository, ProgramRevisionRecord } from "@hipcheck/application";
import { ProgramRevisionSchema, ProgramSchema } from "@hipcheck/core";
import { randomUUID } from "node:crypto";
import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, ProgramRevisionsTable, ProgramsTable } from "../database-schema.js";
import { fromJson, TaggedDocuments, toJson } from "../json-column.js";
import { pairKeysetPage } from "./keyset-page.js";
import { reusedRows } from "./reused-query.js";

/** Programs parsed once per stored text, by the tag written with it (decision 0630). */
const programsByTag = new TaggedDocuments(ProgramSchema);

/** A new tag for every text written to `program_json`: random, so never written twice, even after a rollback. */
function newProgramJsonTag(): string {
  return randomUUID();
}

function toRecord(row: Selectable<ProgramsTable>): ProgramRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    groupId: row.group_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // Read again by every write that revises it (decisions 0590, 0630).
    program: programsByTag.parse(row.program_json_tag, row.program_json),
  };
}

function toRevision(row: Selectable<ProgramRevisionsTable>): ProgramRevisionRecord {
  return {
    programId: row.program_id,
    changedByAccountId: row.changed_by_account_id,
    revision: fromJson(ProgramRevisionSchema, row.revision_json),
    programAfter: fromJson(ProgramSchema, row.program_after_json),
  };
}

async function insertRevision(db: Kysely<Database>, record: ProgramRevisionRecord): Promise<void> {
  await db
    .insertInto("program_revisions")
    .values({
      program_id: record.programId,
      revision: record.revision.revision,
      changed_by_account_id: record.changedByAccountId,
      changed_by: record.revision.changedBy,
      changed_at: record.revision.changedAt,
      revision_json: toJson(record.revision),
      program_after_json: toJson(record.programAfter),
    })
    .execute();
}

function programRow(program: ProgramRecord): Insertable<ProgramsTable> {
  return {
    id: program.id,
    account_id: program.accountId,
    group_id: program.groupId,
    created_at: program.createdAt,
    updated_at: program.updatedAt,
    revision: program.program.revision,
    program_json: toJson(program.program),
    program_json_tag: newProgramJsonTag(),
  };
}

export function programRepository(db: Kysely<Database>): ProgramRepository {
  const forAccount = (accountId: string) =>
    db.selectFrom("programs").selectAll().where("account_id", "=", accountId);
  return {
    async insert(program) {
      await db.insertInto("programs").values(programRow(program)).execute();
    },
    async insertIfAbsent(program) {
      const result = await db
        .insertInto("programs")
        .values(programRow(program))
        .onConflict((conflict) => conflict.column("id").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async findById(id) {
      // Read by every write that revises the program: compiled once (decision 0590), and first without its JSON,
      // which a document already parsed for the row's tag makes unnecessary (decision 0630).
      const [head] = await reusedRows(
        db,
        "program-head-by-id",
        () =>
          db
            .selectFrom("programs")
            .select(["id", "account_id", "group_id", "created_at", "updated_at", "program_json_tag"])
            .where("id", "=", id),
        [id],
      );
      if (head === undefined) return undefined;
      const known = programsByTag.known(head.program_json_tag);
      if (known !== undefined) {
        return {
          id: head.id,
          accountId: head.account_id,
          groupId: head.group_id,
          createdAt: head.created_at,
          updatedAt: head.updated_at,
          program: known,
        };
      }
      // The text and its tag come from one read of the row, so a change between the two reads is not mixed up.
      const [row] = await reusedRows(
        db,
        "program-by-id",
        () => db.selectFrom("programs").selectAll().where("id", "=", id),
        [id],
      );
      return row && toRecord(row);
    },
    async latestFor(accountId) {
      const row = await forAccount(accountId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async listFor(accountId) {
      const rows = await forAccount(accountId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toRecord);
    },
    pageFor(accountId, page) {
      return pairKeysetPage(
        forAccount(accountId),
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toRecord,
      );
    },
    async applyRevision(revision, updatedAt) {
      const write = async (tx: Kysely<Database>) => {
        await insertRevision(tx, revision);
        await tx
          .updateTable("programs")
          .set({
            program_json: toJson(revision.programAfter),
            program_json_tag: newProgramJsonTag(),
            revision: revision.programAfter.revision,
            updated_at: updatedAt,
          })
          .where("id", "=", revision.programId)
          .execute();
      };
      await (db.isTransaction ? write(db) : db.transaction().execute(write));
    },
    async insertRevision(revision) {
      await insertRevision(db, revision);
    },
    async revisionsOf(programId) {
      const rows = await db
        .selectFrom("program_revisions")
        .selectAll()
        .where("program_id", "=", programId)
        .orderBy("revision")
        .execute();
      return rows.map(toRevision);
    },
  };
}
