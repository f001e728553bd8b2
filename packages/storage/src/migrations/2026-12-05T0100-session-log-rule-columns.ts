/**
 * What the progression rules look for in a program's session logs, as indexed columns, so that a revision after a
 * write reads the logs the rules can act on and not the program's whole history (decision 0500): the planned
 * session a log records, its highest pain during an exercise, its pain right after, and one row per exercise it holds (the last two logs
 * of an exercise are one index seek). Logs already stored are filled in from their JSON.
 */
import type { Kysely } from "kysely";

type LogRow = {
  account_id: string;
  id: string;
  program_id: string;
  date: string;
  created_at: string;
  log_json: string;
};
type StoredLog = {
  plannedSessionId?: string | null;
  painAfter?: unknown;
  entries?: readonly { exerciseId?: unknown; painDuring?: unknown }[];
};

/** Rows filled in per statement batch: memory stays flat however many logs a database holds. */
const BATCH_ROWS = 500;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("session_logs").addColumn("planned_session_id", "text").execute();
  await db.schema.alterTable("session_logs").addColumn("pain_during_max", "integer").execute();
  await db.schema.alterTable("session_logs").addColumn("pain_after", "integer").execute();
  await db.schema
    .createTable("session_log_exercises")
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("log_id", "text", (c) => c.notNull())
    .addColumn("program_id", "text", (c) => c.notNull().references("programs.id").onDelete("cascade"))
    .addColumn("exercise_id", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("session_log_exercises_pk", ["account_id", "log_id", "exercise_id"])
    .addForeignKeyConstraint(
      "session_log_exercises_log",
      ["account_id", "log_id"],
      "session_logs",
      ["account_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("session_log_exercises_latest")
    .on("session_log_exercises")
    .columns(["program_id", "exercise_id", "date", "created_at", "log_id"])
    .execute();
  await db.schema
    .createIndex("session_logs_program_order")
    .on("session_logs")
    .columns(["program_id", "date", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("session_logs_program_planned")
    .on("session_logs")
    .columns(["program_id", "planned_session_id"])
    .execute();
  await db.schema
    .createIndex("session_logs_program_pain")
    .on("session_logs")
    .columns(["program_id", "pain_during_max"])
    .execute();
  await db.schema
    .createIndex("session_logs_program_pain_after")
    .on("session_logs")
    .columns(["program_id", "pain_after"])
    .execute();

  const store = db as unknown as Kysely<{
    session_logs: LogRow & {
      planned_session_id: string | null;
      pain_during_max: number | null;
      pain_after: number | null;
    };
    session_log_exercises: Omit<LogRow, "id" | "log_json"> & { log_id: string; exercise_id: string };
  }>;
  let after: { account_id: string; id: string } | undefined;
  for (;;) {
    let query = store
      .selectFrom("session_logs")
      .select(["account_id", "id", "program_id", "date", "created_at", "log_json"])
      .orderBy("account_id")
      .orderBy("id")
      .limit(BATCH_ROWS);
    if (after !== undefined) {
      const { account_id: accountId, id } = after;
      query = query.where((eb) =>
        eb.or([
          eb("account_id", ">", accountId),
          eb.and([eb("account_id", "=", accountId), eb("id", ">", id)]),
        ]),
      );
    }
    const rows = await query.execute();
    for (const row of rows) {
      const log = JSON.parse(row.log_json) as StoredLog;
      const entries = log.entries ?? [];
      const pains = entries.map((entry) => entry.painDuring).filter((pain) => typeof pain === "number");
      await store
        .updateTable("session_logs")
        .set({
          planned_session_id: log.plannedSessionId ?? null,
          pain_during_max: pains.length === 0 ? null : Math.max(...pains),
          pain_after: typeof log.painAfter === "number" ? log.painAfter : null,
        })
        .where("account_id", "=", row.account_id)
        .where("id", "=", row.id)
        .execute();
      const exerciseIds = new Set(
        entries.map((entry) => entry.exerciseId).filter((id) => typeof id === "string"),
      );
      if (exerciseIds.size === 0) continue;
      await store
        .insertInto("session_log_exercises")
        .values(
          [...exerciseIds].map((exerciseId) => ({
            account_id: row.account_id,
            log_id: row.id,
            program_id: row.program_id,
            exercise_id: exerciseId,
            date: row.date,
            created_at: row.created_at,
          })),
        )
        .execute();
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < BATCH_ROWS) break;
    after = { account_id: last.account_id, id: last.id };
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("session_logs_program_pain_after").execute();
  await db.schema.dropIndex("session_logs_program_pain").execute();
  await db.schema.dropIndex("session_logs_program_planned").execute();
  await db.schema.dropIndex("session_logs_program_order").execute();
  await db.schema.dropTable("session_log_exercises").execute();
  await db.schema.alterTable("session_logs").dropColumn("pain_after").execute();
  await db.schema.alterTable("session_logs").dropColumn("pain_during_max").execute();
  await db.schema.alterTable("session_logs").dropColumn("planned_session_id").execute();
}
