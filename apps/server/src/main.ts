/**
 * Runs the server from the command line without the `hipcheck` CLI (benchmarks, crash tests):
 * `node --conditions=@hipcheck/source --import tsx apps/server/src/main.ts --port 0 --data-dir /tmp/x`.
 * Prints `listening <url>` once ready, and closes cleanly on SIGINT or SIGTERM.
 */
import { parseArgs } from "node:util";
import { exitCodeOf, SCHEMA_NEWER_EXIT_CODE } from "@hipcheck/contracts";
import { quotasFromEnv } from "./quota-settings.js";
import { startServer } from "./start-server.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
    "data-dir": { type: "string" },
    "database-url": { type: "string" },
    "web-root": { type: "string" },
    quiet: { type: "boolean", default: false },
    /** Prometheus `/metrics` on loopback at this port (0: any free one), printed as `metrics <url>`. */
    "metrics-port": { type: "string" },
  },
});

const quotaSettings = quotasFromEnv(process.env);
if (!quotaSettings.ok) {
  process.stderr.write(`${quotaSettings.message}\n`);
  process.exit(exitCodeOf("invalid-input"));
}

const server = await startServer({
  quotas: quotaSettings.quotas,
  port: Number(values.port),
  host: values.host,
  ...(values["data-dir"] === undefined ? {} : { dataDir: values["data-dir"] }),
  ...(values["database-url"] === undefined ? {} : { databaseUrl: values["database-url"] }),
  ...(values["web-root"] === undefined ? {} : { webRoot: values["web-root"] }),
  log: { level: values.quiet ? "warn" : "info" },
  ...(values["metrics-port"] === undefined ? {} : { metrics: { port: Number(values["metrics-port"]) } }),
}).catch((error: unknown) => {
  // A database upgraded by a newer HipCheck: say so and stop, without a stack trace.
  if (error instanceof Error && error.name === "SchemaNewerThanCode") {
    process.stderr.write(`${error.message}\n`);
    process.exit(SCHEMA_NEWER_EXIT_CODE);
  }
  throw error;
});
if (server.metricsUrl !== undefined) process.stdout.write(`metrics ${server.metricsUrl}\n`);
process.stdout.write(`listening ${server.url}\n`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
