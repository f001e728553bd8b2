/**
 * Input built to hurt costs nothing: JSON nested thousands of levels deep is refused at the parser with a 400 on
 * every route (sign-in and sign-up included), a NUL character is found however deep it sits, a date no one can
 * mean (9999-12-31) is refused wherever it appears, and a client that sends its body a byte at a time is cut off.
 */
import { connect } from "node:net";
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from "@hipcheck/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH } from "./json-depth.js";
import { dumpDatabase } from "./testing/database-dump.js";
import { createScene, sessionLogFor } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { createTestApp, TODAY } from "./testing/test-app.js";

let scene: Scene;
beforeAll(async () => {
  scene = await createScene();
});
afterAll(async () => {
  await scene.close();
});

async function post(url: string, payload: string, signedIn = true) {
  const answer = await scene.t.app.inject({
    method: "POST",
    url,
    headers: {
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      "content-type": "application/json",
      ...(signedIn ? { cookie: `${SESSION_COOKIE}=${scene.as.person.cookieValue ?? ""}` } : {}),
    },
    payload,
  });
  return {
    status: answer.statusCode,
    body: answer.json<{ error: { kind: string; message: string; field?: string } }>(),
  };
}

const nested = (levels: number, inner = "1") => `${"[".repeat(levels)}${inner}${"]".repeat(levels)}`;

describe("deep JSON", () => {
  it.each([
    ["sign-in", "/api/auth/sign-in", false],
    ["sign-up", "/api/accounts", false],
    ["a session log", "/api/session-logs", true],
    ["an import", "/api/import", true],
    ["an activity upload, read in a worker thread", "/api/activities/import", true],
  ])("8,000 nested arrays at %s: a 400 from the parser, nothing written", async (_name, url, signedIn) => {
    const before = await dumpDatabase(scene.t.storage);
    const answer = await post(url, `{"email":${nested(8_000)}}`, signedIn);
    expect(answer.status).toBe(400);
    expect(answer.body.error.kind).toBe("invalid-input");
    expect(answer.body.error.message).toMatch(/nests more than 64 levels/);
    expect(await dumpDatabase(scene.t.storage)).toEqual(before);
  });

  it("a poisoned prototype is refused alike on the event loop and in the upload's worker", async () => {
    const poisoned = '{"fileName":"run.gpx","__proto__":{"admin":true}}';
    const onTheLoop = await post("/api/session-logs", poisoned);
    const inTheWorker = await post("/api/activities/import", poisoned);
    expect(onTheLoop).toMatchObject({ status: 400, body: { error: { kind: "invalid-input" } } });
    expect(inTheWorker).toEqual(onTheLoop);
    const nul = await post(
      "/api/activities/import",
      JSON.stringify({ fileName: "run\u0000.gpx", contentBase64: "AAAA" }),
    );
    expect(nul).toMatchObject({ status: 400, body: { error: { field: "fileName" } } });
    expect(nul.body.error.message).toMatch(/NUL/);
  });

  it("brackets inside strings are text, not nesting", async () => {
    const answer = await post(
      "/api/psfs-entries",
      JSON.stringify({ date: TODAY, items: [{ activity: `Stairs ${"[{".repeat(50)} "\\`, score: 4 }] }),
    );
    expect(answer.status).toBe(201);
  });

  it("nesting at the cap still reaches the schema, which says what is wrong", async () => {
    const answer = await post("/api/auth/sign-in", `{"email":${nested(MAX_JSON_DEPTH - 1)}}`, false);
    expect(answer.status).toBe(400);
    expect(answer.body.error.field).toBe("email");
  });

  it("a NUL character deep inside a session log is found and named", async () => {
    const log = sessionLogFor(scene.ids.programId, scene.ids.exerciseId, "log-nul");
    const withNul = { ...log, entries: [{ ...log.entries[0], notes: "left\u0000knee" }] };
    const answer = await post("/api/session-logs", JSON.stringify(withNul));
    expect(answer).toMatchObject({ status: 400, body: { error: { field: "entries.0.notes" } } });
  });
});

describe("far dates", () => {
  it("a program starting 9999-12-31 is refused, naming the field", async () => {
    const answer = await post("/api/programs", JSON.stringify({ startDate: "9999-12-31" }));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ kind: "invalid-input", field: "startDate" });
    expect(answer.body.error.message).toMatch(/1900-01-01 and 2199-12-31/);
  });

  it("a session log dated 9999-12-31 is refused, and the program can still be revised", async () => {
    const log = {
      ...sessionLogFor(scene.ids.programId, scene.ids.exerciseId, "log-far"),
      date: "9999-12-31",
    };
    const before = await dumpDatabase(scene.t.storage);
    const answer = await post("/api/session-logs", JSON.stringify(log));
    expect(answer).toMatchObject({ status: 400, body: { error: { field: "date" } } });
    expect(await dumpDatabase(scene.t.storage)).toEqual(before);
    const revised = await scene.as.person.call("reviseProgram", {
      params: { programId: scene.ids.programId },
    });
    expect(revised.status).toBe(200);
  });

  it("an import carrying a far instant is refused before anything is read", async () => {
    const exported = await scene.as.person.expectOk("exportData", {});
    const tampered = { ...exported, exportedAt: "9999-12-31T23:59:59.000Z" };
    const answer = await post("/api/import", JSON.stringify(tampered));
    expect(answer).toMatchObject({ status: 400, body: { error: { field: "exportedAt" } } });
  });

  it("a list filtered from year 0001 is refused in the query too", async () => {
    const answer = await scene.as.person.call("listSessionLogs", { query: { from: "0001-01-01" } });
    expect(answer).toMatchObject({ status: 400, body: { error: { field: "query.from" } } });
  });
});

describe("slow clients", () => {
  it("a body sent a byte at a time is cut off at the request deadline", async () => {
    const t = await createTestApp({ timeouts: { requestMs: 400, idleMs: 5_000 } });
    try {
      const url = await t.app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = new URL(url);
      const socket = connect(Number(port), "127.0.0.1");
      const answer = { text: "" };
      socket.on("data", (chunk: Buffer) => {
        answer.text += chunk.toString();
      });
      const closed = new Promise<void>((resolve) => {
        socket.once("close", () => {
          resolve();
        });
      });
      socket.write(
        "POST /api/auth/sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
          `${CSRF_HEADER}: ${CSRF_HEADER_VALUE}\r\nContent-Length: 1000\r\n\r\n{`,
      );
      // One byte every 100 ms would take 100 s; bounded at 100 bytes, the server ends it long before.
      const ended = () => socket.destroyed || answer.text !== "";
      for (let sent = 0; sent < 100 && !ended(); sent += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (!ended()) socket.write(" ");
      }
      await closed;
      expect(answer.text).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await t.close();
    }
  });
});
