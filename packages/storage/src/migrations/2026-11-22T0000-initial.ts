/**
 * The first schema. Written once with the Kysely schema builder for both SQLite and PostgreSQL; deleting an
 * account deletes everything it owns by `on delete cascade`.
 */
import { sql, type Kysely } from "kysely";

const account = "accounts.id";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("email_key", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sqlRoleCheck()))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("auth_sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("auth_sessions_account").on("auth_sessions").column("account_id").execute();

  await db.schema
    .createTable("profiles")
    .addColumn("account_id", "text", (c) => c.primaryKey().references(account).onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("sports_json", "text", (c) => c.notNull())
    .addColumn("equipment_json", "text", (c) => c.notNull())
    .addColumn("available_days_json", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("check_ins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("self_management_allowed", "integer", (c) => c.notNull())
    .addColumn("answers_json", "text", (c) => c.notNull())
    .addColumn("screen_json", "text", (c) => c.notNull())
    .addColumn("self_check_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("check_ins_account_date")
    .on("check_ins")
    .columns(["account_id", "date"])
    .execute();

  await db.schema
    .createTable("coach_groups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("coach_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("template_json", "text")
    .execute();
  await db.schema.createIndex("coach_groups_coach").on("coach_groups").column("coach_id").execute();

  await db.schema
    .createTable("group_members")
    .addColumn("group_id", "text", (c) => c.notNull().references("coach_groups.id").onDelete("cascade"))
    .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("joined_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("group_members_pk", ["group_id", "account_id"])
    .execute();

  await db.schema
    .createTable("programs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("group_id", "text", (c) => c.references("coach_groups.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("program_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("programs_account")
    .on("programs")
    .columns(["account_id", "created_at"])
    .execute();

  await db.schema
    .createTable("program_revisions")
    .addColumn("program_id", "text", (c) => c.notNull().references("programs.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("changed_by_account_id", "text", (c) => c.references(account).onDelete("set null"))
    .addColumn("changed_by", "text", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("revision_json", "text", (c) => c.notNull())
    .addColumn("program_after_json", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("program_revisions_pk", ["program_id", "revision"])
    .execute();

  await db.schema
    .createTable("session_logs")
    .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("program_id", "text", (c) => c.notNull().references("programs.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("completed", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("log_json", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("session_logs_pk", ["account_id", "id"])
    .execute();
  await db.schema
    .createIndex("session_logs_account_date")
    .on("session_logs")
    .columns(["account_id", "date"])
    .execute();

  await db.schema
    .createTable("morning_check_ins")
    .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("check_in_json", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("morning_check_ins_pk", ["account_id", "date"])
    .execute();

  for (const table of ["pain_entries", "psfs_entries"]) {
    await db.schema
      .createTable(table)
      .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("entry_json", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ["account_id", "id"])
      .execute();
  }

  await db.schema
    .createTable("movement_screens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("test", "text", (c) => c.notNull())
    .addColumn("report_json", "text", (c) => c.notNull())
    .addColumn("keypoints_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("movement_screens_account")
    .on("movement_screens")
    .columns(["account_id", "recorded_at"])
    .execute();

  await db.schema
    .createTable("coach_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("coach_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("client_id", "text", (c) => c.references(account).onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("coach_links_coach").on("coach_links").column("coach_id").execute();
  await db.schema.createIndex("coach_links_client").on("coach_links").column("client_id").execute();

  await db.schema
    .createTable("coach_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("coach_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("client_id", "text", (c) => c.notNull().references(account).onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("coach_notes_pair")
    .on("coach_notes")
    .columns(["coach_id", "client_id"])
    .execute();
}

function sqlRoleCheck() {
  return sql`role in ('person', 'coach', 'admin')`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    "coach_notes",
    "coach_links",
    "movement_screens",
    "psfs_entries",
    "pain_entries",
    "morning_check_ins",
    "session_logs",
    "program_revisions",
    "programs",
    "group_members",
    "coach_groups",
    "check_ins",
    "profiles",
    "auth_sessions",
    "accounts",
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
