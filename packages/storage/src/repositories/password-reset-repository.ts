import type { PasswordResetRecord, PasswordResetRepository } from "@hipcheck/application";
import type { Kysely, Selectable } from "kysely";
import type { Database, PasswordResetsTable } from "../database-schema.js";

function toRecord(row: Selectable<PasswordResetsTable>): PasswordResetRecord {
  return {
    tokenHash: row.token_hash,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}

export function passwordResetRepository(db: Kysely<Database>): PasswordResetRepository {
  return {
    async insert(reset) {
      await db
        .insertInto("password_resets")
        .values({
          token_hash: reset.tokenHash,
          account_id: reset.accountId,
          created_at: reset.createdAt,
          expires_at: reset.expiresAt,
          used_at: reset.usedAt,
        })
        .execute();
    },
    async findByTokenHash(tokenHash) {
      const row = await db
        .selectFrom("password_resets")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async markUsed(tokenHash, usedAt) {
      // Conditional: of two requests racing with one link, exactly one sees `true`.
      const result = await db
        .updateTable("password_resets")
        .set({ used_at: usedAt })
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async deleteUnusedForAccount(accountId) {
      await db
        .deleteFrom("password_resets")
        .where("account_id", "=", accountId)
        .where("used_at", "is", null)
        .execute();
    },
  };
}
