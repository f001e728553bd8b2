import type { TwoStepChallengeRecord, TwoStepMethodRecord, TwoStepRepository } from "@hipcheck/application";
import type { Kysely, Selectable } from "kysely";
import type { Database, TwoStepChallengesTable, TwoStepMethodsTable } from "../database-schema.js";

function toMethod(row: Selectable<TwoStepMethodsTable>): TwoStepMethodRecord {
  return {
    accountId: row.account_id,
    secretBase32: row.secret_base32,
    createdAt: row.created_at,
    enabledAt: row.enabled_at,
    lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    failedAttempts: row.failed_attempts,
    lastFailedAt: row.last_failed_at,
  };
}

function toChallenge(row: Selectable<TwoStepChallengesTable>): TwoStepChallengeRecord {
  return {
    tokenHash: row.token_hash,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export function twoStepRepository(db: Kysely<Database>): TwoStepRepository {
  return {
    async find(accountId) {
      const row = await db
        .selectFrom("two_step_methods")
        .selectAll()
        .where("account_id", "=", accountId)
        .executeTakeFirst();
      return row && toMethod(row);
    },
    async startEnrolment(method) {
      await db
        .deleteFrom("two_step_methods")
        .where("account_id", "=", method.accountId)
        .where("enabled_at", "is", null)
        .execute();
      const inserted = await db
        .insertInto("two_step_methods")
        .values({
          account_id: method.accountId,
          secret_base32: method.secretBase32,
          created_at: method.createdAt,
          enabled_at: method.enabledAt,
          last_used_step: method.lastUsedStep,
          failed_attempts: method.failedAttempts,
          last_failed_at: method.lastFailedAt,
        })
        // An enabled method stays as it is: turning two-step off first needs the password or a code.
        .onConflict((conflict) => conflict.column("account_id").doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    async enable(accountId, enabledAt, step) {
      const result = await db
        .updateTable("two_step_methods")
        .set({ enabled_at: enabledAt, last_used_step: step, failed_attempts: 0, last_failed_at: null })
        .where("account_id", "=", accountId)
        .where("enabled_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async remove(accountId) {
      await db.deleteFrom("two_step_recovery_codes").where("account_id", "=", accountId).execute();
      await db.deleteFrom("two_step_challenges").where("account_id", "=", accountId).execute();
      const result = await db
        .deleteFrom("two_step_methods")
        .where("account_id", "=", accountId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async takeStep(accountId, step) {
      const result = await db
        .updateTable("two_step_methods")
        .set({ last_used_step: step, failed_attempts: 0, last_failed_at: null })
        .where("account_id", "=", accountId)
        .where((eb) => eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async recordFailure(accountId, at) {
      await db
        .updateTable("two_step_methods")
        .set((eb) => ({ failed_attempts: eb("failed_attempts", "+", 1), last_failed_at: at }))
        .where("account_id", "=", accountId)
        .execute();
    },
    async clearFailures(accountId) {
      await db
        .updateTable("two_step_methods")
        .set({ failed_attempts: 0, last_failed_at: null })
        .where("account_id", "=", accountId)
        .execute();
    },
    async replaceRecoveryCodes(accountId, codeHashes) {
      await db.deleteFrom("two_step_recovery_codes").where("account_id", "=", accountId).execute();
      if (codeHashes.length === 0) return;
      await db
        .insertInto("two_step_recovery_codes")
        .values(codeHashes.map((codeHash) => ({ account_id: accountId, code_hash: codeHash, used_at: null })))
        .execute();
    },
    async useRecoveryCode(accountId, codeHash, usedAt) {
      const result = await db
        .updateTable("two_step_recovery_codes")
        .set({ used_at: usedAt })
        .where("account_id", "=", accountId)
        .where("code_hash", "=", codeHash)
        .where("used_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async countUnusedRecoveryCodes(accountId) {
      const row = await db
        .selectFrom("two_step_recovery_codes")
        .select((eb) => eb.fn.countAll().as("count"))
        .where("account_id", "=", accountId)
        .where("used_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async insertChallenge(challenge) {
      await db
        .insertInto("two_step_challenges")
        .values({
          token_hash: challenge.tokenHash,
          account_id: challenge.accountId,
          created_at: challenge.createdAt,
          expires_at: challenge.expiresAt,
        })
        .execute();
    },
    async findChallenge(tokenHash) {
      const row = await db
        .selectFrom("two_step_challenges")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row && toChallenge(row);
    },
    async deleteChallenge(tokenHash) {
      const result = await db
        .deleteFrom("two_step_challenges")
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async deleteExpiredChallenges(now) {
      const result = await db
        .deleteFrom("two_step_challenges")
        .where("expires_at", "<=", now)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
