/**
 * Crash safety: the server runs as its own process on a SQLite file while many clients log sessions; it is
 * killed with SIGKILL mid-way (no chance to flush or close), restarted on the same file, and every write it had
 * acknowledged must be there, intact, in a database that passes SQLite's integrity check.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CSRF_HEADER, CSRF_HEADER_VALUE, routes, SESSION_COOKIE } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import type { SessionLog } from "@hipcheck/core";
import { DEFAULT_SQLITE_FILENAME } from "@hipcheck/storage";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { firstPlanned } from "./testing/scene.js";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLIENTS = 24;
const KILL_AFTER_ACKNOWLEDGED = 300;
const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-crash-"));
const running = new Set<ChildProcess>();

afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `apps/server/src/main.ts` on the temp data folder and resolves with its URL once it listens. */
type ServerProcess = { child: ChildProcess; url: string; exited: Promise<NodeJS.Signals | null> };

function startServerProcess(): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=@hipcheck/source",
      "--import",
      "tsx",
      "apps/server/src/main.ts",
      "--port",
      "0",
      "--data-dir",
      dataDir,
      "--quiet",
    ],
    { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  running.add(child);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.once("exit", (_code, signal) => {
      running.delete(child);
      resolve(signal);
    });
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], exited });
    });
    child.once("exit", (code) => {
      reject(new Error(`server exited (${String(code)}) before listening`));
    });
  });
}

async function request(url: string, method: string, path: string, cookie: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      cookie,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: await response.json(),
    setCookie: response.headers.get("set-cookie"),
  };
}

const DANA = { email: "dana@example.org", password: "correct horse battery" };

async function signIn(url: string): Promise<string> {
  const answer = await request(url, "POST", "/api/auth/sign-in", "", DANA);
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(answer.setCookie ?? "")?.[1];
  if (answer.status !== 200 || token === undefined) throw new Error(`sign-in failed: ${answer.status}`);
  return `${SESSION_COOKIE}=${token}`;
}

function logFor(programId: string, exerciseId: string, client: number, n: number): SessionLog {
  return {
    id: `client-${client}-log-${n}`,
    programId,
    plannedSessionId: null,
    date: "2026-11-22",
    kind: "strength",
    entries: [{ exerciseId, sets: [{ side: "left", reps: 10 + (n % 5) }], painDuring: n % 4, rpe: 5 }],
    painBefore: 2,
    completed: true,
  };
}

/** Clients write until the server dies; returns the logs the server acknowledged. */
async function writeUntilKilled(
  url: string,
  cookie: string,
  program: { id: string; exerciseId: string },
  child: ChildProcess,
) {
  const acknowledged: SessionLog[] = [];
  const client = async (index: number) => {
    for (let n = 0; ; n += 1) {
      const log = logFor(program.id, program.exerciseId, index, n);
      try {
        const answer = await request(url, "POST", "/api/session-logs", cookie, log);
        if (answer.status === 200) acknowledged.push(log);
      } catch {
        return; // the connection died with the server: whatever was not answered was not promised
      }
      if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && child.exitCode === null) child.kill("SIGKILL");
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
  return acknowledged;
}

describe("crash safety", () => {
  it("keeps every acknowledged session log through a SIGKILL, in a consistent database", async () => {
    const first = await startServerProcess();
    await request(first.url, "POST", "/api/accounts", "", DANA);
    const cookie = await signIn(first.url);
    await request(first.url, "POST", "/api/check-ins", cookie, { answers: personas.runnerPfp });
    const created = await request(first.url, "POST", "/api/programs", cookie, { startDate: "2026-11-22" });
    const view = routes.createProgram.response.parse(created.body);
    const program = { id: view.programId, exerciseId: firstPlanned(view.program).exerciseId };

    const acknowledged = await writeUntilKilled(first.url, cookie, program, first.child);
    expect(await first.exited).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

    const second = await startServerProcess();
    const stored = await request(second.url, "GET", "/api/session-logs", await signIn(second.url));
    const storedById = new Map((stored.body as SessionLog[]).map((log) => [log.id, log]));
    const missing = acknowledged.filter((log) => !storedById.has(log.id));
    expect(missing).toEqual([]);
    for (const log of acknowledged) expect(storedById.get(log.id)).toEqual(log);

    second.child.kill("SIGTERM");
    await second.exited;
    const database = new Database(join(dataDir, DEFAULT_SQLITE_FILENAME), { readonly: true });
    try {
      expect(database.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(database.pragma("foreign_key_check")).toEqual([]);
    } finally {
      database.close();
    }
  }, 120_000);
});
