/**
 * Starts the real HipCheck for a browser journey the way a self-hoster does, with the `hipcheck` command line:
 * `hipcheck serve` in its own process on a free port of 127.0.0.1, a fresh temporary SQLite folder, the built web
 * app from apps/web/dist and the pose models; `hipcheck admin create` for the clinic's first admin.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entryArgs } from "../../../server/src/testing/entry-args.js";

export const REPO_ROOT = join(import.meta.dirname, "../../../..");
export const WEB_DIST = join(REPO_ROOT, "apps/web/dist");

/** The `hipcheck` command from its source (the installed bin runs the same file's build). */
const CLI_SCRIPT = "apps/cli/src/hipcheck.ts";

function runCli(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [...entryArgs(CLI_SCRIPT), ...args], {
    cwd: REPO_ROOT,
    // An empty DATABASE_URL means the embedded SQLite database in --data-dir, whatever this shell has set.
    env: { ...process.env, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export type TestServer = { readonly url: string; readonly dataDir: string; stop(): Promise<void> };

/** `serveOptions`: more `hipcheck serve` options, e.g. `--invite-only`. */
export async function startTestServer(serveOptions: readonly string[] = []): Promise<TestServer> {
  if (!existsSync(join(WEB_DIST, "index.html"))) {
    throw new Error("Build the app first: npm run build -w @hipcheck/web");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-e2e-"));
  const child = runCli([
    "serve",
    "--port",
    "0",
    "--host",
    "127.0.0.1",
    "--data-dir",
    dataDir,
    ...serveOptions,
  ]);
  let output = "";
  let started = false;
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      // Once started, the server's request log is not kept: a long journey would only pile it up.
      if (started) return;
      output += chunk.toString();
      const match = /HipCheck is running at (\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        started = true;
        resolve(match[1]);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      reject(new Error(`The server stopped (exit ${String(code)}): ${output}`));
    });
  });
  return {
    url,
    dataDir,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates the clinic's first admin in the server's database, from the command line as a self-hoster would. */
export async function bootstrapAdmin(dataDir: string, email: string, password: string): Promise<void> {
  const secrets = mkdtempSync(join(tmpdir(), "hipcheck-admin-"));
  const passwordFile = join(secrets, "password.txt");
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  const child = runCli([
    "admin",
    "create",
    "--email",
    email,
    "--password-file",
    passwordFile,
    "--data-dir",
    dataDir,
  ]);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  rmSync(secrets, { recursive: true, force: true });
  if (code !== 0) throw new Error(`Could not create the admin (exit ${String(code)}): ${output}`);
}

/** `hipcheck admin reset-link EMAIL`, as the clinic's admin runs it beside the server: answers the printed link. */
export async function resetLinkFor(dataDir: string, email: string, baseUrl: string): Promise<string> {
  const child = runCli(["admin", "reset-link", email, "--url", baseUrl, "--data-dir", dataDir]);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const link = /(https?:\/\/\S+\/reset-password#token=\S+)/.exec(output)?.[1];
  if (code !== 0 || link === undefined) throw new Error(`No reset link (exit ${String(code)}): ${output}`);
  return link;
}
