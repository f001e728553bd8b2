/**
 * Two-step sign-in (decision 0430): one TOTP method per account, its recovery codes and the short-lived second
 * steps of sign-ins. Recovery codes and second-step tokens are kept only as their sha256; the TOTP secret has to be
 * kept as it is, since each code is computed from it (decision 0431 says how it is protected). Rows go with the
 * account.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("two_step_methods")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade"))
    .addColumn("secret_base32", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    // Null while the person has not yet entered a first right code.
    .addColumn("enabled_at", "text")
    // The last 30-second step whose code was accepted: that code and every earlier one are refused after.
    .addColumn("last_used_step", "bigint")
    .addColumn("failed_attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_failed_at", "text")
    .execute();
  await db.schema
    .createTable("two_step_recovery_codes")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addPrimaryKeyConstraint("two_step_recovery_codes_pk", ["account_id", "code_hash"])
    .execute();
  await db.schema
    .createTable("two_step_challenges")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("two_step_challenges_account")
    .on("two_step_challenges")
    .column("account_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("two_step_challenges").execute();
  await db.schema.dropTable("two_step_recovery_codes").execute();
  await db.schema.dropTable("two_step_methods").execute();
}
