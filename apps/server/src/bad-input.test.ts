/**
 * Bad input from a confused client, a broken script or an attacker gets a 4xx with a message a person can act
 * on, never a 500, and writes nothing: the whole database is compared before and after.
 */
import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  DEFAULT_BODY_LIMIT_BYTES,
  SESSION_COOKIE,
} from "@hipcheck/contracts";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpDatabase } from "./testing/database-dump.js";
import { createScene, sessionLogFor } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TODAY } from "./testing/test-app.js";

let scene: Scene;
beforeAll(async () => {
  scene = await createScene();
});
afterAll(async () => {
  await scene.close();
});

type Raw = {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  payload?: string;
  contentType?: string;
};

/** A request as Dana's browser would send it, with a hand-made body. */
async function asDana({ method = "POST", url, payload, contentType = "application/json" }: Raw) {
  const answer = await scene.t.app.inject({
    method,
    url,
    headers: {
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      cookie: `${SESSION_COOKIE}=${scene.as.person.cookieValue ?? ""}`,
      ...(payload === undefined ? {} : { "content-type": contentType }),
    },
    ...(payload === undefined ? {} : { payload }),
  });
  return {
    status: answer.statusCode,
    body: answer.json<{ error: { kind: string; message: string; field?: string } }>(),
  };
}

async function expectRejectedWithoutWrites(
  request: Raw,
  expected: { status: number; kind: string; field?: string },
) {
  const before = await dumpDatabase(scene.t.storage);
  const answer = await asDana(request);
  expect(answer.status).toBe(expected.status);
  expect(answer.body.error).toMatchObject({
    kind: expected.kind,
    ...(expected.field ? { field: expected.field } : {}),
  });
  expect(answer.body.error.message.length).toBeGreaterThan(10);
  expect(await dumpDatabase(scene.t.storage)).toEqual(before);
  return answer.body.error;
}

const validPain = { date: TODAY, painNow: 3, painUsual: 4, painWorst: 6 };

describe("bad input", () => {
  it("malformed JSON: says the body is not valid JSON", async () => {
    const error = await expectRejectedWithoutWrites(
      { url: "/api/pain-entries", payload: '{"date": "2026-11-22", "painNow": 3,' },
      { status: 400, kind: "invalid-input" },
    );
    expect(error.message).toMatch(/not valid JSON/);
  });

  it("a body that is not JSON at all: asks for JSON", async () => {
    await expectRejectedWithoutWrites(
      { url: "/api/pain-entries", payload: "painNow=3", contentType: "application/x-www-form-urlencoded" },
      { status: 415, kind: "unsupported-media" },
    );
  });

  it("wrong types: names the field", async () => {
    const error = await expectRejectedWithoutWrites(
      { url: "/api/pain-entries", payload: JSON.stringify({ ...validPain, painNow: "three" }) },
      { status: 400, kind: "invalid-input", field: "painNow" },
    );
    expect(error.message).toMatch(/expected number/);
  });

  it("a missing field: says it is missing", async () => {
    const partial: Partial<typeof validPain> = { ...validPain };
    delete partial.painWorst;
    const error = await expectRejectedWithoutWrites(
      { url: "/api/pain-entries", payload: JSON.stringify(partial) },
      { status: 400, kind: "invalid-input", field: "painWorst" },
    );
    expect(error.message).toBe('"painWorst" is missing (expected number).');
  });

  it("no body where one is needed: says the body is missing", async () => {
    const answer = await asDana({ method: "DELETE", url: "/api/account" });
    expect(answer).toMatchObject({ status: 400, body: { error: { kind: "invalid-input" } } });
    expect(answer.body.error.message).toBe("The body is missing (expected object).");
  });

  it.each([
    ["a pain score of 11", { ...validPain, painNow: 11 }, "painNow"],
    ["a negative pain score", { ...validPain, painUsual: -1 }, "painUsual"],
    ["a fractional pain score", { ...validPain, painWorst: 6.5 }, "painWorst"],
    ["a date that does not exist", { ...validPain, date: "2026-02-30" }, "date"],
    ["an unknown field", { ...validPain, mood: "fine" }, undefined],
  ])("out of range: %s", async (_name, body, field) => {
    await expectRejectedWithoutWrites(
      { url: "/api/pain-entries", payload: JSON.stringify(body) },
      { status: 400, kind: "invalid-input", ...(field === undefined ? {} : { field }) },
    );
  });

  it("out of range inside a session log: names the nested field", async () => {
    const log = sessionLogFor(scene.ids.programId, scene.ids.exerciseId, "log-bad");
    const broken = { ...log, entries: [{ ...log.entries[0], painDuring: 42 }] };
    await expectRejectedWithoutWrites(
      { url: "/api/session-logs", payload: JSON.stringify(broken) },
      { status: 400, kind: "invalid-input", field: "entries.0.painDuring" },
    );
  });

  it("a huge body: 413 before anything is parsed", async () => {
    const note = "x".repeat(DEFAULT_BODY_LIMIT_BYTES + 1);
    await expectRejectedWithoutWrites(
      { url: "/api/pain-entries", payload: JSON.stringify({ ...validPain, note }) },
      { status: 413, kind: "payload-too-large" },
    );
  });

  it("a huge body sent without its length: 413 once the limit is passed, before the client has finished", async () => {
    const before = await dumpDatabase(scene.t.storage);
    // Over a real connection: the client writes chunk after chunk and stops when the answer arrives.
    const address = await scene.t.app.listen({ port: 0, host: "127.0.0.1" });
    const chunk = Buffer.alloc(64 * 1024, " ");
    const totalBytes = DEFAULT_BODY_LIMIT_BYTES * 64;
    const request = httpRequest(`${address}/api/pain-entries`, {
      method: "POST",
      headers: {
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        cookie: `${SESSION_COOKIE}=${scene.as.person.cookieValue ?? ""}`,
        "content-type": "application/json",
        "transfer-encoding": "chunked",
      },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request.once("response", (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (text: string) => (body += text));
        response.once("end", () => {
          resolve({ status: response.statusCode ?? 0, body });
        });
      });
      request.once("error", reject);
    });
    let answer: { status: number; body: string } | undefined;
    void answered.then((value) => (answer = value));
    let sentBytes = 0;
    request.write("[");
    while (answer === undefined && sentBytes < totalBytes && !request.destroyed) {
      await new Promise<void>((resolve) => {
        request.write(chunk, () => {
          resolve();
        });
      });
      sentBytes += chunk.byteLength;
    }
    request.destroy();
    const { status, body } = await answered;
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: { kind: "payload-too-large" } });
    // Refused at the limit (decision 0600), not once the client had sent everything.
    expect(sentBytes).toBeLessThan(totalBytes);
    expect(await dumpDatabase(scene.t.storage)).toEqual(before);
  });

  it("an unknown query parameter: named, not ignored", async () => {
    const answer = await asDana({ method: "GET", url: "/api/pain-entries?personID=someone" });
    expect(answer.status).toBe(400);
    expect(answer.body.error.field).toBe("query");
  });

  it.each([
    ["a program", "/api/programs/01a2b3c4-0000-7000-8000-000000000000"],
    ["a movement screen", "/api/movement-screens/not-a-screen"],
    ["a route", "/api/nothing-here"],
  ])("an unknown id or path (%s): 404 with a message", async (_name, url) => {
    const answer = await asDana({ method: "GET", url });
    expect(answer.status).toBe(404);
    expect(answer.body.error.kind).toBe("not-found");
  });

  it("a session log for a program that does not exist: 404 on the field, nothing written", async () => {
    const log = sessionLogFor("no-such-program", scene.ids.exerciseId, "log-orphan");
    await expectRejectedWithoutWrites(
      { url: "/api/session-logs", payload: JSON.stringify(log) },
      { status: 404, kind: "not-found", field: "log.programId" },
    );
  });

  it("an import whose parts do not fit together: refused whole, nothing of it stays", async () => {
    const exported = await scene.as.person.expectOk("exportData", {});
    const orphanLog = sessionLogFor("program-not-in-document", scene.ids.exerciseId, "log-import");
    const sessionLogs = [
      ...(exported.sessionLogs as unknown[]),
      { createdAt: `${TODAY}T09:00:00.000Z`, log: orphanLog },
    ];
    const document = { ...exported, sessionLogs };
    await expectRejectedWithoutWrites(
      { url: "/api/import", payload: JSON.stringify(document) },
      { status: 400, kind: "invalid-input", field: "document" },
    );
  });
});

describe("strings that look like attacks, and names from anywhere", () => {
  it.each([
    ["SQL", "Robert'); DROP TABLE accounts;--"],
    ["SQL comment and quotes", `" OR 1=1 /* ' */ --`],
    ["accents and emoji", "Équipe du mardi 🏃‍♀️ Zoë"],
    ["right-to-left and CJK", "مجموعة 階段 그룹"],
  ])("%s: stored and returned exactly as typed", async (_name, text) => {
    const group = await scene.as.coach.call("createGroup", { body: { name: text } });
    expect(group).toMatchObject({ status: 201, body: { name: text.trim() } });
    const groups = (await scene.as.coach.expectOk("listGroups", {})) as { name: string }[];
    expect(groups.map((g) => g.name)).toContain(text.trim());
    const psfs = await scene.as.person.call("recordPsfs", {
      body: { date: TODAY, items: [{ activity: text, score: 4 }] },
    });
    expect(psfs.status).toBe(201);
    expect((await scene.as.person.call("getAccount", {})).status).toBe(200);
  });

  it("a NUL character, which PostgreSQL cannot store: refused on every database, naming the field", async () => {
    const error = await expectRejectedWithoutWrites(
      {
        url: "/api/psfs-entries",
        payload: JSON.stringify({ date: TODAY, items: [{ activity: "a\u0000b", score: 4 }] }),
      },
      { status: 400, kind: "invalid-input", field: "items.0.activity" },
    );
    expect(error.message).toMatch(/NUL/);
    const inQuery = await asDana({ method: "GET", url: "/api/pain-entries?personId=a%00b" });
    expect(inQuery).toMatchObject({ status: 400, body: { error: { field: "query.personId" } } });
    const inPath = await asDana({ method: "GET", url: "/api/programs/a%00b" });
    expect(inPath).toMatchObject({ status: 400, body: { error: { field: "params.programId" } } });
  });

  it("an SQL-looking email signs in nobody", async () => {
    const answer = await scene.as.anonymous.call("signIn", {
      body: { email: "' OR '1'='1", password: "' OR '1'='1" },
    });
    expect(answer).toMatchObject({ status: 401, body: { error: { kind: "unauthenticated" } } });
  });
});
