/**
 * Database faults: the server runs as its own process on a throwaway PostgreSQL while clients log sessions; the
 * database's connections are ended from outside (`pg_terminate_backend`, as an administrator or an idle-connection
 * reaper does) and then the whole PostgreSQL server is restarted. The server must keep running, answer what it
 * could not save with 503 and a `retry-after` hint (never a 500), serve again once the database is back, and keep
 * every write it acknowledged.
 */
import type { SessionLog } from "@hipcheck/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  danaWithProgram,
  killRunningServers,
  logFor,
  request,
  requestEveryPage,
  startPgTestServer,
  startServerProcess,
} from "./testing/server-process.js";
import type { Answer, PgTestServer } from "./testing/server-process.js";

const CLIENTS = 12;
/** Every loop is bounded in count and in time, whatever the database does. */
const MAX_WRITES_PER_CLIENT = 400;
const LOAD_DEADLINE_MS = 60_000;

let database: PgTestServer;

beforeAll(async () => {
  database = await startPgTestServer();
}, 120_000);
afterAll(() => {
  killRunningServers();
  database.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("database faults on PostgreSQL", () => {
  it("survives ended connections and a database restart under load, losing no acknowledged write", async () => {
    const server = await startServerProcess(["--database-url", database.url], { stderr: "ignore" });
    const program = await danaWithProgram(server.url);
    const { cookie } = program;

    const acknowledged: SessionLog[] = [];
    const unavailable: Answer[] = [];
    const unexpected: string[] = [];
    const deadline = Date.now() + LOAD_DEADLINE_MS;
    let faultsDone = false;
    const client = async (index: number) => {
      for (let n = 0; n < MAX_WRITES_PER_CLIENT && Date.now() < deadline; n += 1) {
        const log = logFor(program, index, n);
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

    const stored = await requestEveryPage(server.url, "/api/session-logs", cookie);
    expect(stored.status).toBe(200);
    const storedIds = new Set((stored.body as SessionLog[]).map((log) => log.id));
    expect(acknowledged.filter((log) => !storedIds.has(log.id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(CLIENTS * 40);

    server.child.kill("SIGTERM");
  }, 180_000);
});
