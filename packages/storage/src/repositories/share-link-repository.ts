import type { ShareLinkRecord, ShareLinkRepository } from "@hipcheck/application";
import type { Kysely, Selectable } from "kysely";
import { pairKeysetPage } from "./keyset-page.js";
import type { Database, ShareLinksTable } from "../database-schema.js";

function toRecord(row: Selectable<ShareLinksTable>): ShareLinkRecord {
  return {
    id: row.id,
    programId: row.program_id,
    tokenHash: row.token_hash,
    createdByAccountId: row.created_by_account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export function shareLinkRepository(db: Kysely<Database>): ShareLinkRepository {
  return {
    async insert(link) {
      // Any unique key, not only the id: two repeats racing carry the same token hash too, and on PostgreSQL a
      // conflict target of the id alone would let the second fail on the token's index instead (decision 0635).
      const result = await db
        .insertInto("share_links")
        .values({
          id: link.id,
          program_id: link.programId,
          token_hash: link.tokenHash,
          created_by_account_id: link.createdByAccountId,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
          revoked_at: link.revokedAt,
        })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async findById(id) {
      const row = await db.selectFrom("share_links").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async findByTokenHash(tokenHash) {
      const row = await db
        .selectFrom("share_links")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async listForProgram(programId) {
      const rows = await db
        .selectFrom("share_links")
        .selectAll()
        .where("program_id", "=", programId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },
    pageForProgram(programId, page) {
      return pairKeysetPage(
        db.selectFrom("share_links").selectAll().where("program_id", "=", programId),
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toRecord,
      );
    },
    async revoke(id, revokedAt) {
      // The first revocation's instant stays: revoking twice changes nothing.
      await db
        .updateTable("share_links")
        .set({ revoked_at: revokedAt })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .execute();
    },
  };
}
