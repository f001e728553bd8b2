import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { startServer } from "@hipcheck/server";
import type { CliIo, ExitCode } from "../io.js";
import { failWith } from "../output.js";

export type ServeOptions = { port: string; host: string; dataDir: string; databaseUrl?: string };

/** The built web app and the pose models, found beside this package in the workspace. */
const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));
const MODELS_ROOT = fileURLToPath(new URL("../../../../packages/detector/models", import.meta.url));

export async function runServe(io: CliIo, options: ServeOptions): Promise<ExitCode | "running"> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    return failWith(io, { kind: "invalid-input", message: `--port: must be a whole number from 0 to 65535 (got "${options.port}")`, field: "port" });
  }
  const databaseUrl = options.databaseUrl ?? io.env.DATABASE_URL;
  const started = await startServer({
    port,
    host: options.host,
    dataDir: options.dataDir,
    ...(databaseUrl === undefined || databaseUrl === "" ? {} : { databaseUrl }),
    webRoot: WEB_ROOT,
    modelsRoot: MODELS_ROOT,
  });
  if (!started.ok) return failWith(io, started.error);
  const where = databaseUrl === undefined || databaseUrl === "" ? `SQLite in ${options.dataDir}` : "PostgreSQL";
  io.stdout(`HipCheck is running at ${started.value.url} (data: ${where}). Press Ctrl+C to stop.\n`);
  return "running";
}

export function registerServeCommand(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  program
    .command("serve")
    .description("start the HipCheck server and web app (SQLite by default; PostgreSQL when DATABASE_URL is set)")
    .option("--port <port>", "port to listen on", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--data-dir <dir>", "folder for the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .action(async (options: ServeOptions) => {
      const outcome = await runServe(io, options);
      if (outcome !== "running") finish(outcome);
    });
}
