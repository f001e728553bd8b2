import type { FastifyServerOptions } from "fastify";

type LoggerSetting = NonNullable<FastifyServerOptions["logger"]>;

/** Where log lines go: a level, and a stream (standard output when absent; tests pass their own). */
export type LogOptions = {
  readonly level?: "fatal" | "error" | "warn" | "info" | "debug" | "trace";
  readonly stream?: { write(line: string): void };
};

/**
 * No secret reaches a log line: cookies, the Authorization header, the Set-Cookie answer, and password or token
 * fields wherever a body or an error would be logged are replaced before the line is written.
 */
export const REDACTED_LOG_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "password",
  "currentPassword",
  "newPassword",
  "token",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.token",
  "*.passwordHash",
];

/**
 * Query parameters that carry a secret in a link: an invitation code (`/join?code=…`), any token; and a page's
 * cursor, which holds the last row's key (the admin's account list is keyed by email, decision 0621).
 */
const SECRET_QUERY_PARAMETERS = /([?&](?:code|token|invitation|invite|cursor)=)[^&#]*/gi;
/** A share link's token is its path (`/shared/<token>` in the web app, `/api/shared/<token>/…` in the API). */
const SHARE_TOKEN_PATH = /^((?:\/api)?\/shared\/)[^/?#]+/;

/**
 * A link that carries a secret is the secret: share tokens, invitation codes and page cursors are cut from every logged URL,
 * in the path and in the query, however the URL is spelled (`/join?code=`, `/join?x=1&CODE=`).
 */
export function withoutSecrets(url: string): string {
  return url.replace(SHARE_TOKEN_PATH, "$1[redacted]").replace(SECRET_QUERY_PARAMETERS, "$1[redacted]");
}

type LoggedRequest = { method: string; url: string; hostname: string; ip: string };

export function loggerOptions(log: LogOptions | undefined): LoggerSetting {
  if (log === undefined) return false;
  return {
    level: log.level ?? "info",
    redact: { paths: REDACTED_LOG_PATHS, censor: "[redacted]" },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: withoutSecrets(request.url),
        host: request.hostname,
        remoteAddress: request.ip,
      }),
    },
    ...(log.stream === undefined ? {} : { stream: log.stream }),
  };
}
