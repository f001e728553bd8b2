import type {
  AccountRecord,
  AccountRepository,
  AccountSummaryRecord,
  AuthSessionRecord,
  AuthSessionRepository,
  Role,
} from "@hipcheck/application";
import { ROLES } from "@hipcheck/application";
import type { ExpressionBuilder, Kysely, Selectable } from "kysely";
import type { AccountsTable, Database } from "../database-schema.js";
import { pairKeysetPage } from "./keyset-page.js";
import { reusedRows } from "./reused-query.js";

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

function toRole(value: string): Role {
  const role = ROLES.find((known) => known === value);
  if (!role) throw new Error(`Unknown role in the database: ${value}`);
  return role;
}

function toRecord(row: Selectable<AccountsTable>): AccountRecord {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    role: toRole(row.role),
    createdAt: row.created_at,
    displayName: row.display_name,
  };
}

/** SQLite answers `exists` with 0 or 1, PostgreSQL with a boolean. */
function truth(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

/** An accepted, unrevoked coach link on the given side of it. */
function activeLinkAs(eb: ExpressionBuilder<Database, "accounts">, side: "coach_id" | "client_id") {
  return eb.exists(
    eb
      .selectFrom("coach_links")
      .select("coach_links.id")
      .whereRef(`coach_links.${side}`, "=", "accounts.id")
      .where("coach_links.accepted_at", "is not", null)
      .where("coach_links.revoked_at", "is", null),
  );
}

export function accountRepository(db: Kysely<Database>): AccountRepository {
  return {
    async insert(account) {
      await db
        .insertInto("accounts")
        .values({
          id: account.id,
          email: account.email,
          email_key: emailKey(account.email),
          password_hash: account.passwordHash,
          role: account.role,
          created_at: account.createdAt,
          display_name: account.displayName,
        })
        .execute();
    },
    async findById(id) {
      // Every signed-in request reads it: compiled once (decision 0590).
      const [row] = await reusedRows(
        db,
        "account-by-id",
        () => db.selectFrom("accounts").selectAll().where("id", "=", id),
        [id],
      );
      return row && toRecord(row);
    },
    async findByEmail(email) {
      const row = await db
        .selectFrom("accounts")
        .selectAll()
        .where("email_key", "=", emailKey(email))
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async updatePasswordHash(id, passwordHash) {
      await db.updateTable("accounts").set({ password_hash: passwordHash }).where("id", "=", id).execute();
    },
    async updateDisplayName(id, displayName) {
      await db.updateTable("accounts").set({ display_name: displayName }).where("id", "=", id).execute();
    },
    async countByRole(role) {
      const row = await db
        .selectFrom("accounts")
        .select((eb) => eb.fn.countAll().as("count"))
        .where("role", "=", role)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async listSummaries(role) {
      const rows = await summaries(role).orderBy("accounts.email_key").orderBy("accounts.id").execute();
      return rows.map(toSummary);
    },
    pageSummaries(role, page) {
      // After the key by (email, id), listSummaries' order, on the unique email index (decision 0621).
      return pairKeysetPage(
        summaries(role),
        { first: "accounts.email_key", tiebreak: "accounts.id" },
        page,
        (row) => ({ first: row.email_key, tiebreak: row.id }),
        toSummary,
      );
    },
    async delete(id) {
      await db.deleteFrom("accounts").where("id", "=", id).execute();
    },
  };

  function summaries(role: Role | undefined) {
    const query = db
      .selectFrom("accounts")
      .select((eb) => [
        "accounts.id",
        "accounts.email",
        "accounts.display_name",
        "accounts.role",
        "accounts.email_key",
        "accounts.created_at",
        activeLinkAs(eb, "client_id").as("has_coach"),
        activeLinkAs(eb, "coach_id").as("has_clients"),
      ]);
    return role === undefined ? query : query.where("accounts.role", "=", role);
  }
}

function toSummary(row: {
  id: string;
  email: string;
  display_name: string | null;
  role: string;
  created_at: string;
  has_coach: unknown;
  has_clients: unknown;
}): AccountSummaryRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: toRole(row.role),
    createdAt: row.created_at,
    hasCoach: truth(row.has_coach),
    hasClients: truth(row.has_clients),
  };
}

function toSession(row: {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
}): AuthSessionRecord {
  return {
    tokenHash: row.token_hash,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export function authSessionRepository(db: Kysely<Database>): AuthSessionRepository {
  return {
    async insert(session) {
      await db
        .insertInto("auth_sessions")
        .values({
          token_hash: session.tokenHash,
          account_id: session.accountId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async findByTokenHash(tokenHash) {
      const [row] = await reusedRows(
        db,
        "auth-session-by-token",
        () => db.selectFrom("auth_sessions").selectAll().where("token_hash", "=", tokenHash),
        [tokenHash],
      );
      return row && toSession(row);
    },
    async findSignedIn(tokenHash) {
      // Every signed-in request reads it: one statement for the session and its account's role, compiled once.
      const [row] = await reusedRows(
        db,
        "auth-session-signed-in",
        () =>
          db
            .selectFrom("auth_sessions")
            .leftJoin("accounts", "accounts.id", "auth_sessions.account_id")
            .selectAll("auth_sessions")
            .select("accounts.role")
            .where("auth_sessions.token_hash", "=", tokenHash),
        [tokenHash],
      );
      return row && { ...toSession(row), role: row.role === null ? null : toRole(row.role) };
    },
    async deleteByTokenHash(tokenHash) {
      await db.deleteFrom("auth_sessions").where("token_hash", "=", tokenHash).execute();
    },
    async deleteAllForAccount(accountId, exceptTokenHash) {
      let query = db.deleteFrom("auth_sessions").where("account_id", "=", accountId);
      if (exceptTokenHash !== undefined) query = query.where("token_hash", "!=", exceptTokenHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(now) {
      // Instants are stored as UTC ISO-8601 text of one shape (`…T08:30:00.000Z`): text order is time order.
      const result = await db.deleteFrom("auth_sessions").where("expires_at", "<=", now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
