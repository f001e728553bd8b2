import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { startServer, type RunningServer, type TrustProxy } from "@hipcheck/server";
import type { CliIo, ExitCode } from "../io.js";
import { failWith } from "../output.js";
import { isSchemaNewerThanCode, refuseNewerSchema } from "./admin-database.js";

export type ServeOptions = {
  port: string;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  trustProxy?: string;
};

/**
 * `--trust-proxy 1` (how many proxies stand in front) or `--trust-proxy 10.0.0.5,10.1.0.0/16` (their addresses).
 * There is no "trust everyone": a client could then choose its own address and escape the sign-in limits.
 */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? { hops } : undefined;
  }
  const addresses = text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const looksLikeAddress = (part: string) => /^[0-9a-fA-F.:]+(?:\/\d{1,3})?$/.test(part);
  return addresses.length > 0 && addresses.every(looksLikeAddress) ? { addresses } : undefined;
}

/** The built web app and the pose models, found beside this package in the workspace. */
const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));
const MODELS_ROOT = fileURLToPath(new URL("../../../../packages/detector/models", import.meta.url));

/** Starts the server; resolves to the running server, or to an exit code when it cannot start. */
export async function runServe(io: CliIo, options: ServeOptions): Promise<ExitCode | RunningServer> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    return failWith(io, {
      kind: "invalid-input",
      message: `--port: must be a whole number from 0 to 65535 (got "${options.port}")`,
      field: "port",
    });
  }
  const trustProxy = options.trustProxy === undefined ? undefined : parseTrustProxy(options.trustProxy);
  if (options.trustProxy !== undefined && trustProxy === undefined) {
    return failWith(io, {
      kind: "invalid-input",
      message: `--trust-proxy: give the number of proxies in front (1 to 10) or their addresses, comma-separated (got "${options.trustProxy}")`,
      field: "trust-proxy",
    });
  }
  const databaseUrl = options.databaseUrl ?? io.env.DATABASE_URL;
  const usePostgres = databaseUrl !== undefined && databaseUrl !== "";
  let server: RunningServer;
  try {
    server = await startServer({
      port,
      host: options.host,
      dataDir: options.dataDir,
      ...(usePostgres ? { databaseUrl } : {}),
      webRoot: WEB_ROOT,
      modelsRoot: MODELS_ROOT,
      ...(trustProxy === undefined ? {} : { trustProxy }),
    });
  } catch (error) {
    if (isSchemaNewerThanCode(error)) return refuseNewerSchema(io, error);
    return failWith(io, {
      kind: "conflict",
      message: `cannot start the server: ${describeStartFailure(error, options)}`,
    });
  }
  io.stdout(
    `HipCheck is running at ${server.url} (data: ${usePostgres ? "PostgreSQL" : `SQLite in ${options.dataDir}`}). Press Ctrl+C to stop.\n`,
  );
  return server;
}

/** The usual reasons a server cannot start, in words that say what to change. */
function describeStartFailure(error: unknown, options: ServeOptions): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") return `port ${options.port} is already in use (choose another with --port)`;
  if (code === "EACCES") return `not allowed to listen on ${options.host}:${options.port}`;
  if (code === "ECONNREFUSED") return "the PostgreSQL server refused the connection (check DATABASE_URL)";
  return error instanceof Error ? error.message : String(error);
}

export function registerServeCommand(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  program
    .command("serve")
    .description(
      "start the HipCheck server and web app (SQLite by default; PostgreSQL when DATABASE_URL is set)",
    )
    .option("--port <port>", "port to listen on", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--data-dir <dir>", "folder for the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .option(
      "--trust-proxy <hops|addresses>",
      "behind a reverse proxy: how many proxies stand in front (1 for one nginx), or their addresses, comma-separated; their X-Forwarded-* headers give the client's address and https (Secure cookies)",
    )
    .action(async (options: ServeOptions) => {
      const outcome = await runServe(io, options);
      if (typeof outcome === "number") finish(outcome);
      else stopOnSignal(io, outcome);
    });
}

/**
 * Ctrl+C or a service manager's SIGTERM closes the server properly: requests in flight finish and the database is
 * closed (SQLite folds its write-ahead log back into the file), then the process ends with status 0.
 */
export function stopOnSignal(io: CliIo, server: RunningServer): void {
  const stop = (signal: NodeJS.Signals) => {
    io.stdout(`${signal}: stopping HipCheck…\n`);
    server.close().then(
      () => {
        io.stdout("HipCheck stopped.\n");
        process.exit(0);
      },
      (error: unknown) => {
        io.stderr(
          `hipcheck: could not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
