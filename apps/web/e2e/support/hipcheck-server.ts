/**
 * Starts the real HipCheck server for a browser journey: its own process, a fresh temporary SQLite folder, the
 * built web app from apps/web/dist, a free port on 127.0.0.1. Resolves once it prints `listening <url>`.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REPO_ROOT = join(import.meta.dirname, "../../../..");
export const WEB_DIST = join(REPO_ROOT, "apps/web/dist");

export type TestServer = { readonly url: string; readonly dataDir: string; stop(): Promise<void> };

function runTs(script: string, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ["--conditions=@hipcheck/source", "--import", "tsx", script, ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export type TestServerOptions = {
  /** Serve the pose models under /models/ (only the movement-screen journey needs them). */
  readonly modelsRoot?: string;
};

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  if (!existsSync(join(WEB_DIST, "index.html"))) {
    throw new Error("Build the app first: npm run build -w @hipcheck/web");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-e2e-"));
  const models = options.modelsRoot === undefined ? [] : [options.modelsRoot];
  const child = runTs("apps/web/e2e/support/run-server.ts", [dataDir, WEB_DIST, ...models]);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
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
  const child = runTs("apps/web/e2e/support/bootstrap-admin.ts", [dataDir, email, password]);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`Could not create the admin (exit ${String(code)}): ${output}`);
}
