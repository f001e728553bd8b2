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

/** A share link's token is in its URL (it is the link): it is cut from logged URLs like any other secret. */
export function withoutShareToken(url: string): string {
  return url.replace(/^(\/api\/shared\/)[^/?#]+/, "$1[redacted]");
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
        url: withoutShareToken(request.url),
        host: request.hostname,
        remoteAddress: request.ip,
      }),
    },
    ...(log.stream === undefined ? {} : { stream: log.stream }),
  };
}
