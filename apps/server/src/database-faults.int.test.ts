/**
 * Database faults: the server runs as its own process on a throwaway PostgreSQL while clients log sessions; the
 * database's connections are ended from outside (`pg_terminate_backend`, as an administrator or an idle-connection
 * reaper does) and then the whole PostgreSQL server is restarted. The server must keep running, answer what it
 * could not save with 503 and a `retry-after` hint (never a 500), serve again once the database is back, and keep
 * every write it acknowledged.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CSRF_HEADER, CSRF_HEADER_VALUE, routes, SESSION_COOKIE } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import type { SessionLog } from "@hipcheck/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstPlanned } from "./testing/scene.js";

type PgTestServer = {
  readonly url: string;
  stop(): void;
  restart(): void;
  sql(statement: string): string;
};

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const script = pathToFileURL(`${REPO_ROOT}scripts/pg-test-server.mjs`).href;
const CLIENTS = 12;
/** Every loop is bounded in count and in time, whatever the database does. */
const MAX_WRITES_PER_CLIENT = 400;
const LOAD_DEADLINE_MS = 60_000;

let database: PgTestServer;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  const module = (await import(script)) as { startPgTestServer(): Promise<PgTestServer> };
  database = await module.startPgTestServer();
}, 120_000);
afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
  database.stop();
});

type ServerProcess = { child: ChildProcess; url: string };

function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=@hipcheck/source",
      "--import",
      "tsx",
      "apps/server/src/main.ts",
      "--port",
      "0",
      "--database-url",
      databaseUrl,
      "--quiet",
    ],
    { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "ignore"] },
  );
  running.add(child);
  child.once("exit", () => running.delete(child));
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once("exit", (code) => {
      reject(new Error(`server exited (${String(code)}) before listening`));
    });
  });
}

type Answer = { status: number; body: unknown; setCookie: string | null; retryAfter: string | null };

async function request(
  url: string,
  method: string,
  path: string,
  cookie: string,
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      cookie,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(20_000),
  });
  return {
    status: response.status,
    body: await response.json(),
    setCookie: response.headers.get("set-cookie"),
    retryAfter: response.headers.get("retry-after"),
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("database faults on PostgreSQL", () => {
  it("survives ended connections and a database restart under load, losing no acknowledged write", async () => {
    const server = await startServerProcess(database.url);
    await request(server.url, "POST", "/api/accounts", "", DANA);
    const cookie = await signIn(server.url);
    await request(server.url, "POST", "/api/check-ins", cookie, { answers: personas.runnerPfp });
    const created = await request(server.url, "POST", "/api/programs", cookie, { startDate: "2026-11-22" });
    const view = routes.createProgram.response.parse(created.body);
    const exerciseId = firstPlanned(view.program).exerciseId;

    const acknowledged: SessionLog[] = [];
    const unavailable: Answer[] = [];
    const unexpected: string[] = [];
    const deadline = Date.now() + LOAD_DEADLINE_MS;
    let faultsDone = false;
    const client = async (index: number) => {
      for (let n = 0; n < MAX_WRITES_PER_CLIENT && Date.now() < deadline; n += 1) {
        const log = logFor(view.programId, exerciseId, index, n);
        // A 503 is a promise of nothing: the same log is sent again (its id makes the retry safe).
        for (let attempt = 0; attempt < 50 && Date.now() < deadline; attempt += 1) {
          try {
            const answer = await request(server.url, "POST", "/api/session-logs", cookie, log);
            if (answer.status < 300) {
              acknowledged.push(log);
              break;
            }
            if (answer.status === 503) {
              unavailable.push(answer);
              await sleep(100);
              continue;
            }
            unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
            break;
          } catch (error) {
            unexpected.push(`no answer: ${String(error)}`);
            break;
          }
        }
        if (faultsDone && n >= 40) return;
      }
    };
    const faults = async () => {
      await sleep(500);
      for (let round = 0; round < 3; round += 1) {
        database.sql(
          "select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'",
        );
        await sleep(300);
      }
      database.restart();
      await sleep(300);
      faultsDone = true;
    };
    await Promise.all([faults(), ...Array.from({ length: CLIENTS }, (_, index) => client(index))]);

    expect(unexpected).toEqual([]);
    expect(server.child.exitCode).toBeNull();
    for (const answer of unavailable) {
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(answer.body).toMatchObject({ error: { kind: "unavailable" } });
    }
    expect((await request(server.url, "GET", "/api/health", "")).status).toBe(200);

    const stored = await request(server.url, "GET", "/api/session-logs", cookie);
    expect(stored.status).toBe(200);
    const storedIds = new Set((stored.body as SessionLog[]).map((log) => log.id));
    expect(acknowledged.filter((log) => !storedIds.has(log.id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(CLIENTS * 40);

    server.child.kill("SIGTERM");
  }, 180_000);
});
