/**
 * The same HTTP API on PostgreSQL (a throwaway server from scripts/pg-test-server.mjs): the whole cast is set up
 * through the API, coach access and its revocation behave as on SQLite, strings PostgreSQL is strict about are
 * handled at the edge, and a person's data moves between the two databases.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScene, firstPlanned, sessionLogFor } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { createTestApp, TestClient, TODAY } from "./testing/test-app.js";

type PgTestServer = { readonly url: string; stop(): void };
const script = pathToFileURL(
  fileURLToPath(new URL("../../../scripts/pg-test-server.mjs", import.meta.url)),
).href;

let server: PgTestServer;
let scene: Scene;
beforeAll(async () => {
  const module = (await import(script)) as { startPgTestServer(): Promise<PgTestServer> };
  server = await module.startPgTestServer();
  scene = await createScene({}, { databaseUrl: server.url });
}, 120_000);
afterAll(async () => {
  await scene.close();
  server.stop();
});

describe("on PostgreSQL", () => {
  it("Dana's coach sees her logs until she revokes the link", async () => {
    const danaQuery = { query: { personId: scene.ids.person } };
    expect(await scene.as.coach.call("listSessionLogs", danaQuery)).toMatchObject({
      status: 200,
      body: [{ id: "log-1" }],
    });
    expect((await scene.as.otherCoach.call("listSessionLogs", danaQuery)).status).toBe(404);
    await scene.as.person.expectOk("revokeLink", { params: { linkId: scene.ids.linkId } });
    expect((await scene.as.coach.call("listSessionLogs", danaQuery)).status).toBe(404);
  });

  it("a share link sent twice at once and once more under its id is one link, every answer its token (0635)", async () => {
    const params = { programId: scene.ids.programId };
    const before = (await scene.as.person.expectOk("listShareLinks", { params })).length;
    const body = { id: "share-pg", days: 14 };
    const together = await Promise.all([
      scene.as.person.call("createShareLink", { params, body }),
      scene.as.person.call("createShareLink", { params, body }),
    ]);
    const again = await scene.as.person.call("createShareLink", { params, body });
    expect([...together, again].map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(together[1].body).toEqual(together[0].body);
    expect(again.body).toEqual(together[0].body);
    expect(await scene.as.person.expectOk("listShareLinks", { params })).toHaveLength(before + 1);
  });

  it("Dana's latest check-in answers come back as she sent them, for a new phone to start from", async () => {
    const latest = await scene.as.person.expectOk("getLatestAnswers", { query: {} });
    expect(latest?.answers).toEqual(personas.runnerPfp);
  });

  it("a NUL character is refused with a 400, not a database error", async () => {
    const answer = await scene.as.person.call("recordPsfs", {
      body: { date: TODAY, items: [{ activity: "stairs\u0000down", score: 4 }] },
    });
    expect(answer).toMatchObject({ status: 400, body: { error: { field: "items.0.activity" } } });
  });

  it("SQL-looking and unicode text is stored as typed", async () => {
    const name = "Robert'); DROP TABLE accounts;-- Équipe 🏃‍♀️ 階段";
    expect(await scene.as.coach.call("createGroup", { body: { name } })).toMatchObject({
      status: 201,
      body: { name },
    });
    expect((await scene.as.person.call("getAccount", {})).status).toBe(200);
  });

  it("Dana's export from PostgreSQL imports into SQLite whole", async () => {
    const exported = await scene.as.person.expectOk("exportData", {});
    const sqlite = await createTestApp();
    try {
      const there = new TestClient(sqlite.app);
      const credentials = { email: "dana@sqlite.example", password: "correct horse battery" };
      await there.expectOk("signUp", { body: credentials });
      await there.expectOk("signIn", { body: credentials });
      const imported = await there.call("importData", { body: exported });
      expect(imported).toMatchObject({ status: 200, body: { counts: { sessionLogs: 1, programs: 1 } } });
    } finally {
      await sqlite.close();
    }
  });

  it("Marco's painful session sent twice at once is stored once and revises his program once", async () => {
    const programId = scene.ids.otherProgramId;
    const before = await scene.as.otherPerson.expectOk("getProgram", { params: { programId } });
    const { sessionId, exerciseId } = firstPlanned(before.program);
    const base = sessionLogFor(programId, exerciseId, "marco-pg-double", sessionId);
    const log = { ...base, entries: base.entries.map((entry) => ({ ...entry, painDuring: 7 })) };
    const answers = await Promise.all([
      scene.as.otherPerson.call("logSession", { body: log }),
      scene.as.otherPerson.call("logSession", { body: log }),
    ]);
    expect(answers.map((answer) => (answer.body as { created: boolean }).created).sort()).toEqual([
      false,
      true,
    ]);
    const after = await scene.as.otherPerson.expectOk("getProgram", { params: { programId } });
    expect(after.program.revision).toBe(before.program.revision + 1);
    expect(after.history.at(-1)?.revision.reason.en).toContain("7/10");
    const replay = await scene.as.otherPerson.expectOk("logSession", { body: log });
    expect(replay).toMatchObject({ created: false, revision: null });
    const logs = await scene.as.otherPerson.expectOk("listSessionLogs", { query: {} });
    expect(logs.filter((stored) => stored.id === "marco-pg-double")).toHaveLength(1);
  });
});
