/**
 * Failures that say "the database cannot be reached for now", not "this request is wrong": a PostgreSQL restart,
 * a failover, an idle-connection reaper or an administrator ending a backend, and SQLite's lock still held after
 * its busy timeout. The same request can succeed a moment later, so the server answers 503 with a retry hint
 * instead of a 500 (a bug).
 */

/**
 * PostgreSQL error classes 08 (connection exception) and 57P (operator intervention: admin shutdown, crash
 * shutdown, cannot connect now, database dropped), and 53300 too many connections
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html).
 */
function isUnavailablePostgresCode(code: string): boolean {
  return code.startsWith("08") || code.startsWith("57P") || code === "53300";
}

/** Socket-level failures while connecting to or talking with the database server. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/** SQLite gives up waiting for another writer's lock after `busy_timeout`. */
const SQLITE_BUSY_CODES: ReadonlySet<string> = new Set(["SQLITE_BUSY", "SQLITE_LOCKED"]);

/**
 * `pg` reports a connection lost mid-query or a pool wait that timed out with a plain Error and no code; these are
 * its fixed messages (pg/lib/client.js, pg-pool/index.js).
 */
const PG_CONNECTION_MESSAGES = [
  "Connection terminated",
  "connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
];

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // Walk the cause chain (bounded: a cycle must not loop for ever).
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth += 1) {
    const code = codeOf(current);
    if (code !== undefined) {
      if (NETWORK_CODES.has(code) || SQLITE_BUSY_CODES.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code) && isUnavailablePostgresCode(code)) return true;
    }
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && PG_CONNECTION_MESSAGES.some((text) => message.includes(text))) {
      return true;
    }
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseUnavailable(inner))) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
