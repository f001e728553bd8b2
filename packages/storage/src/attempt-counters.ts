/**
 * Attempt counts shared by every server on one database (docs/decisions/0290-shared-limits.md): the per-address
 * limit on password routes and the per-account sign-in throttle count here, not in a process's memory, so two
 * servers behind one proxy count one guesser's tries together and a restart forgets nothing. Each count is one
 * row, changed by one `INSERT … ON CONFLICT DO UPDATE`, which both SQLite and PostgreSQL apply atomically: two
 * servers counting the same key at once both land.
 */
import type { Kysely } from "kysely";
import type { Database, EpochMs } from "./database-schema.js";

export type AttemptCount = {
  /** Attempts since the count (re)started. */
  readonly count: number;
  readonly firstMs: number;
  readonly lastMs: number;
  /** After this instant the count is dead: read as absent, restarted by the next attempt. */
  readonly expiresAtMs: number;
};

/**
 * `fixed`: the count ends `windowMs` after its first attempt (a rate limit's window). `sliding`: every attempt
 * pushes the end to `windowMs` after itself (a count forgotten after a quiet spell).
 */
export type CountWindow = { readonly windowMs: number; readonly kind: "fixed" | "sliding" };

export type AttemptCounters = {
  /** Counts one more attempt under `key` at `nowMs`, starting again at 1 when the previous count has ended. */
  add(key: string, nowMs: number, window: CountWindow): Promise<AttemptCount>;
  /** The live count under `key`, if any. */
  read(key: string, nowMs: number): Promise<AttemptCount | undefined>;
  forget(key: string): Promise<void>;
  /** Deletes ended counts and ended sign-ins; returns how many rows went. */
  sweep(nowMs: number): Promise<number>;
};

type CountRow = { count: number; first_ms: EpochMs; last_ms: EpochMs; expires_at_ms: EpochMs };

function countOf(row: CountRow): AttemptCount {
  return {
    count: row.count,
    firstMs: Number(row.first_ms),
    lastMs: Number(row.last_ms),
    expiresAtMs: Number(row.expires_at_ms),
  };
}

const COLUMNS = ["count", "first_ms", "last_ms", "expires_at_ms"] as const;

export function kyselyAttemptCounters(db: Kysely<Database>): AttemptCounters {
  return {
    async add(key, nowMs, window) {
      const endsAtMs = nowMs + window.windowMs;
      const row = await db
        .insertInto("attempt_counters")
        .values({ key, count: 1, first_ms: nowMs, last_ms: nowMs, expires_at_ms: endsAtMs })
        .onConflict((conflict) =>
          conflict.column("key").doUpdateSet((eb) => {
            const ended = eb("attempt_counters.expires_at_ms", "<=", nowMs);
            return {
              count: eb
                .case()
                .when(ended)
                .then(1)
                .else(eb("attempt_counters.count", "+", 1))
                .end(),
              first_ms: eb.case().when(ended).then(nowMs).else(eb.ref("attempt_counters.first_ms")).end(),
              last_ms: nowMs,
              expires_at_ms:
                window.kind === "sliding"
                  ? endsAtMs
                  : eb.case().when(ended).then(endsAtMs).else(eb.ref("attempt_counters.expires_at_ms")).end(),
            };
          }),
        )
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      return countOf(row);
    },
    async read(key, nowMs) {
      const row = await db
        .selectFrom("attempt_counters")
        .select(COLUMNS)
        .where("key", "=", key)
        .where("expires_at_ms", ">", nowMs)
        .executeTakeFirst();
      return row === undefined ? undefined : countOf(row);
    },
    async forget(key) {
      await db.deleteFrom("attempt_counters").where("key", "=", key).execute();
    },
    async sweep(nowMs) {
      const counts = await db
        .deleteFrom("attempt_counters")
        .where("expires_at_ms", "<=", nowMs)
        .executeTakeFirst();
      const sessions = await db
        .deleteFrom("auth_sessions")
        .where("expires_at", "<=", new Date(nowMs).toISOString())
        .executeTakeFirst();
      return Number(counts.numDeletedRows) + Number(sessions.numDeletedRows);
    },
  };
}
