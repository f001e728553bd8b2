#!/usr/bin/env node
/**
 * A throwaway PostgreSQL server for the storage contract tests: a fresh cluster in a temporary folder, listening
 * on a free port of 127.0.0.1 only, with durability switched off (its data is thrown away), removed on stop.
 *
 * Three ways to use it:
 *   node scripts/pg-test-server.mjs npx vitest run packages/storage   run a command with TEST_DATABASE_URL set
 *   vitest `globalSetup: ["scripts/pg-test-server.mjs"]`               `setup`/`teardown` below
 *   import { startPgTestServer } from "./pg-test-server.mjs"            from a test helper
 *
 * initdb refuses to run as root, so as root the server runs as the `postgres` user (`runuser -u postgres`), which
 * the Debian `postgresql` package creates.
 */
import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PG_ROOT = "/usr/lib/postgresql";

function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((name) => existsSync(join(PG_ROOT, name, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      `No PostgreSQL server binaries under ${PG_ROOT}: apt-get install postgresql (or set PG_BIN)`,
    );
  }
  return join(PG_ROOT, versions[0], "bin");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function userIds(name) {
  const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root; returns its standard output. */
function runPg(bin, args) {
  const asRoot = process.getuid?.() === 0;
  const [command, argv] = asRoot
    ? ["runuser", ["-u", "postgres", "--", join(binDir(), bin), ...args]]
    : [join(binDir(), bin), args];
  return execFileSync(command, argv, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
}

/**
 * `restart` stops the server the way an operator's restart or a failover does (`-m fast`: every session is ended,
 * committed work is checkpointed) and starts it again on the same port; `sql` runs one statement with psql, for
 * the fault tests (`select pg_terminate_backend(…)`).
 *
 * @returns {Promise<{ url: string; stop: () => void; restart: () => void; sql: (statement: string) => string }>}
 */
export async function startPgTestServer() {
  const root = mkdtempSync(join(tmpdir(), "hipcheck-pg-"));
  if (process.getuid?.() === 0) {
    const { uid, gid } = userIds("postgres");
    chownSync(root, uid, gid);
  }
  const dataDir = join(root, "data");
  runPg("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${root}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  runPg("pg_ctl", ["-D", dataDir, "-o", options, "-l", join(root, "server.log"), "-w", "-t", "60", "start"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runPg("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const restart = () => {
    runPg("pg_ctl", [
      "-D",
      dataDir,
      "-m",
      "fast",
      "-l",
      join(root, "server.log"),
      "-w",
      "-t",
      "60",
      "restart",
    ]);
  };
  const sql = (statement) =>
    runPg("psql", [
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      "-U",
      "postgres",
      "-At",
      "-c",
      statement,
      "postgres",
    ]);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, restart, sql };
}

let shared;

/** vitest globalSetup: exports TEST_DATABASE_URL to the test workers. */
export async function setup() {
  shared = await startPgTestServer();
  process.env.TEST_DATABASE_URL = shared.url;
}

export function teardown() {
  shared?.stop();
}

async function runCommand(argv) {
  const server = await startPgTestServer();
  const stopOnSignal = () => server.stop();
  process.once("exit", stopOnSignal);
  if (argv.length === 0) {
    writeFileSync(1, `${server.url}\nPress Ctrl-C to stop.\n`);
    await new Promise((resolve) => process.once("SIGINT", resolve));
    server.stop();
    return 0;
  }
  const [command, ...args] = argv;
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  const code = await new Promise((resolve) =>
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
  );
  server.stop();
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runCommand(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
