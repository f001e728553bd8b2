/**
 * Several servers, one PostgreSQL: two `hipcheck serve` processes share one database on loopback, as two servers
 * behind one proxy do. A sign-in made on one works on the other, a write with the CSRF header is taken by either,
 * wrong passwords spread over both are slowed together, the per-address limit counts both servers' attempts, and
 * two edits of one program sent to both at once store one revision (docs/decisions/0290-shared-limits.md).
 */
import { routes } from "@hipcheck/contracts";
import type { Dose } from "@hipcheck/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstPlanned } from "./testing/scene.js";
import {
  DANA,
  danaWithProgram,
  killRunningServers,
  logFor,
  request,
  requestEveryPage,
  startPgTestServer,
  startServerProcess,
} from "./testing/server-process.js";
import type { Answer, DanasProgram, PgTestServer, ServerProcess } from "./testing/server-process.js";

let database: PgTestServer;
let one: ServerProcess;
let two: ServerProcess;
let dana: DanasProgram;

beforeAll(async () => {
  database = await startPgTestServer();
  // One after the other: the first migrates the database, the second finds it migrated.
  one = await startServerProcess(["--database-url", database.url]);
  two = await startServerProcess(["--database-url", database.url]);
  dana = await danaWithProgram(one.url);
}, 180_000);
afterAll(() => {
  killRunningServers();
  database.stop();
});

describe("two servers on one PostgreSQL", () => {
  it("a sign-in made on one server is honoured by the other, and signing out on it ends it on both", async () => {
    const onTwo = await request(two.url, "GET", "/api/account", dana.cookie);
    expect(onTwo).toMatchObject({ status: 200, body: { email: DANA.email } });

    const second = await request(two.url, "POST", "/api/auth/sign-in", "", DANA);
    expect(second.status).toBe(200);
    const cookie = /^[^;]+/.exec(second.setCookie ?? "")?.[0] ?? "";
    expect((await request(one.url, "GET", "/api/account", cookie)).status).toBe(200);
    expect((await request(one.url, "POST", "/api/auth/sign-out", cookie)).status).toBe(204);
    expect((await request(two.url, "GET", "/api/account", cookie)).status).toBe(401);
  }, 60_000);

  it("a write carrying the CSRF header is taken by either server; one without it is refused by both", async () => {
    const pain = { date: "2026-11-22", painNow: 3, painUsual: 4, painWorst: 6 };
    expect((await request(two.url, "POST", "/api/pain-entries", dana.cookie, pain)).status).toBe(201);
    for (const server of [one, two]) {
      const forged = await request(server.url, "POST", "/api/pain-entries", dana.cookie, pain, {
        csrfHeader: false,
      });
      expect(forged).toMatchObject({ status: 403, body: { error: { kind: "forbidden" } } });
    }
    const stored = await request(one.url, "GET", "/api/pain-entries", dana.cookie);
    expect(stored.body).toHaveLength(1);
  }, 60_000);

  it("wrong passwords for one account spread over both servers are slowed together", async () => {
    const leo = { email: "leo@example.org", password: "a long walk by the river" };
    expect((await request(two.url, "POST", "/api/accounts", "", leo)).status).toBe(201);
    // Five wrong passwords are free, then the address waits 1 s, 2 s, 4 s… (a slow machine may let a wait pass
    // before the next try, so the first 429 may come a little later). Counted in each process, it would come only
    // after five wrong passwords on each server: the eleventh try at the earliest.
    const statuses: number[] = [];
    let slowed: Answer | undefined;
    for (let attempt = 0; attempt < 10 && slowed === undefined; attempt += 1) {
      const server = attempt % 2 === 0 ? one : two;
      const answer = await request(server.url, "POST", "/api/auth/sign-in", "", {
        email: leo.email,
        password: `guess number ${attempt}`,
      });
      statuses.push(answer.status);
      if (answer.status === 429) slowed = answer;
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
    expect(slowed).toMatchObject({ status: 429, body: { error: { kind: "rate-limited" } } });
    expect(slowed?.retryAfter).toMatch(/^\d+$/);
  }, 120_000);

  it("the per-address limit counts the attempts both servers saw", async () => {
    // 30 attempts a minute per address on sign-up (DEFAULT_RATE_LIMIT), counted before the body is read: with a
    // count in each process, the 429 would come only after about 60 attempts, 30 on each server.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40 && !statuses.includes(429); attempt += 1) {
      const server = attempt % 2 === 0 ? one : two;
      const answer = await request(server.url, "POST", "/api/accounts", "", {
        email: `visitor${attempt}@example.org`,
        password: "short",
      });
      statuses.push(answer.status);
    }
    expect(statuses).toContain(429);
    expect(statuses.indexOf(429)).toBeLessThanOrEqual(30);
    expect(statuses.filter((status) => status !== 429).every((status) => status === 400)).toBe(true);
    // Whichever server answered the first 429, the other one now refuses too.
    const other = statuses.length % 2 === 0 ? one : two;
    const next = await request(other.url, "POST", "/api/accounts", "", {
      email: "visitor-next@example.org",
      password: "short",
    });
    expect(next).toMatchObject({ status: 429, body: { error: { kind: "rate-limited" } } });
  }, 120_000);

  it("two edits of one program sent to both servers at once store one revision", async () => {
    const rounds = 3;
    for (let round = 0; round < rounds; round += 1) {
      const seen = routes.getProgram.response.parse(
        (await request(one.url, "GET", `/api/programs/${dana.id}`, dana.cookie)).body,
      );
      const dose = firstPlanned(seen.program).dose as Dose;
      const edit = (sets: number, reason: string) => ({
        edit: { type: "change-dose", exerciseId: dana.exerciseId, dose: { ...dose, sets } },
        reason: { en: reason, fr: reason },
        basedOnRevision: seen.program.revision,
      });
      const answers = await Promise.all([
        request(
          one.url,
          "POST",
          `/api/programs/${dana.id}/edits`,
          dana.cookie,
          edit(round + 1, `one ${round}`),
        ),
        request(
          two.url,
          "POST",
          `/api/programs/${dana.id}/edits`,
          dana.cookie,
          edit(round + 2, `two ${round}`),
        ),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const after = routes.getProgram.response.parse(
        (await request(two.url, "GET", `/api/programs/${dana.id}`, dana.cookie)).body,
      );
      expect(after.program.revision).toBe(seen.program.revision + 1);
      const stored = after.history.filter((entry) => entry.revision.revision === after.program.revision);
      expect(stored).toHaveLength(1);
      const winner = answers.find((answer) => answer.status === 200);
      expect(firstPlanned(after.program).dose).toEqual(
        routes.editProgram.response.parse(winner?.body).program.sessions[0]?.exercises[0]?.dose,
      );
    }
  }, 120_000);

  it("session logs that each revise the program, sent to both servers at once, are all kept, each revision once", async () => {
    // Pain above 5/10 during an exercise makes the rules step it back (docs/clinical §5.4): every log revises.
    const logs = Array.from({ length: 6 }, (_, n) => ({
      ...logFor(dana, 99, n),
      entries: [{ exerciseId: dana.exerciseId, sets: [{ side: "left", reps: 8 }], painDuring: 7, rpe: 6 }],
    }));
    const answers = await Promise.all(
      logs.map((log, n) =>
        request((n % 2 === 0 ? one : two).url, "POST", "/api/session-logs", dana.cookie, log),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(logs.map(() => 200));
    const stored = await requestEveryPage(one.url, "/api/session-logs", dana.cookie);
    const storedIds = (stored.body as { id: string }[]).map((log) => log.id);
    expect(logs.filter((log) => !storedIds.includes(log.id))).toEqual([]);
    const after = routes.getProgram.response.parse(
      (await request(two.url, "GET", `/api/programs/${dana.id}`, dana.cookie)).body,
    );
    const numbers = after.history.map((entry) => entry.revision.revision);
    // One entry per revision number, none missing, ending at the program's own revision.
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(numbers.map((_, index) => first + index));
    expect(numbers.at(-1)).toBe(after.program.revision);
    expect(after.program.revision).toBeGreaterThan(3);
  }, 120_000);
});
