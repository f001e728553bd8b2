/**
 * `/metrics` on a port of its own, never on the public one (decision 0391): loopback unless told otherwise, and
 * on any other address only with a bearer token, because route names, error rates and load say something about a
 * clinic's activity.
 */
import { timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage } from "node:http";
import type { Registry } from "prom-client";

export type MetricsOptions = {
  readonly port: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Required unless the host is a loopback address; Prometheus sends it as `Authorization: Bearer …`. */
  readonly token?: string;
};

export type MetricsListener = {
  /** e.g. `http://127.0.0.1:9464/metrics` */
  readonly url: string;
  close(): Promise<void>;
};

/** A token shorter than this is guessable; `openssl rand -hex 32` gives 64 characters. */
export const MIN_METRICS_TOKEN_LENGTH = 32;

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Why these options would expose the metrics, or undefined when they are safe. */
export function metricsExposureProblem(options: MetricsOptions): string | undefined {
  const host = options.host ?? "127.0.0.1";
  if (options.token !== undefined && options.token.length < MIN_METRICS_TOKEN_LENGTH) {
    return `the metrics token must be at least ${MIN_METRICS_TOKEN_LENGTH} characters (openssl rand -hex 32)`;
  }
  if (!isLoopback(host) && options.token === undefined) {
    return `metrics on ${host} would be readable by anyone who reaches it: set a token (HIPCHECK_METRICS_TOKEN) or listen on 127.0.0.1`;
  }
  return undefined;
}

function bearerMatches(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startMetricsListener(
  registry: Registry,
  options: MetricsOptions,
): Promise<MetricsListener> {
  const problem = metricsExposureProblem(options);
  if (problem !== undefined) throw new Error(problem);
  const { token } = options;
  const server = createServer((request, response) => {
    const path = (request.url ?? "").split("?")[0];
    if (request.method !== "GET" || path !== "/metrics") {
      response.writeHead(404, { "content-type": "text/plain" }).end("Only GET /metrics is served here.\n");
      return;
    }
    if (token !== undefined && !bearerMatches(request, token)) {
      response
        .writeHead(401, { "content-type": "text/plain", "www-authenticate": "Bearer" })
        .end("A bearer token is required.\n");
      return;
    }
    registry.metrics().then(
      (text) => {
        response
          .writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" })
          .end(text);
      },
      (error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain" }).end(`${String(error)}\n`);
      },
    );
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
