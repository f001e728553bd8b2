/**
 * Heavy work runs in worker threads with a time limit (decision 0342): a file that takes too long is stopped and
 * answered with what to do, while `/api/health` keeps answering, and the next file is read as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runHeavyTask } from "./heavy-work/heavy-tasks.js";
import { HeavyWorkPool } from "./heavy-work/heavy-work-pool.js";
import { GPX_RUN_BODY } from "./testing/scene.js";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

const PASSWORD = "downward dog daily";
let t: TestApp;

/** A GPX track of `points` one-second points: a legitimate shape, only long. */
function longGpx(points: number): string {
  const start = Date.UTC(2026, 10, 20, 6, 0, 0);
  const rows = Array.from(
    { length: points },
    (_, index) =>
      `<trkpt lat="48.87${index % 10}" lon="2.35${index % 7}"><time>${new Date(start + index * 1_000).toISOString()}</time></trkpt>`,
  );
  return `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${rows.join("")}</trkseg></trk></gpx>`;
}

beforeAll(async () => {
  // A limit no file of this size can meet, so the stop is certain and needs no clock in the test.
  t = await createTestApp({ heavyWork: { threads: 1, timeLimitMs: 1, maxQueue: 4 } });
});
afterAll(async () => {
  await t.close();
});

describe("a file that takes too long", () => {
  it("is stopped with a clear answer while health keeps answering", async () => {
    const ana = new TestClient(t.app);
    await ana.expectOk("signUp", { body: { email: "ana@example.org", password: PASSWORD } });
    await ana.expectOk("signIn", { body: { email: "ana@example.org", password: PASSWORD } });
    const body = { fileName: "ultra.gpx", contentBase64: Buffer.from(longGpx(20_000)).toString("base64") };
    const [imported, health] = await Promise.all([
      ana.call("importActivities", { body }),
      ana.call("health", {}),
    ]);
    expect(health.status).toBe(200);
    expect(imported).toMatchObject({ status: 422, body: { error: { kind: "unprocessable" } } });
    expect((imported.body as { error: { message: string } }).error.message).toMatch(/longer than .* stopped/);
    expect(await ana.expectOk("listActivities", { query: {} })).toEqual([]);
  });
});

describe("a file in the worker threads", () => {
  it("is read as on the event loop", async () => {
    // Room for the thread's first start, which loads the file readers (from the sources, under test).
    const roomy = await createTestApp({ heavyWork: { threads: 1, timeLimitMs: 300_000 } });
    try {
      const ana = new TestClient(roomy.app);
      await ana.expectOk("signUp", { body: { email: "ana@example.org", password: PASSWORD } });
      await ana.expectOk("signIn", { body: { email: "ana@example.org", password: PASSWORD } });
      const imported = await ana.expectOk("importActivities", { body: GPX_RUN_BODY });
      expect(imported.added).toHaveLength(1);
      // The whole-record and FHIR imports are parsed and checked in the same threads (decision 0600).
      const exported = await ana.expectOk("exportData", {});
      const again = await ana.call("importData", { body: exported });
      expect(again).toMatchObject({ status: 200, body: { counts: { activities: 0 } } });
      const notABundle = await ana.call("importFhir", { body: { resourceType: "Patient" } as never });
      expect(notABundle).toMatchObject({ status: 400, body: { error: { kind: "invalid-input" } } });
    } finally {
      await roomy.close();
    }
  });
});

describe("the time limit of a file (decision 0741)", () => {
  it("counts the file's own time, not its wait behind other files", async () => {
    // One thread; each file takes well under the limit, all of them together well over it.
    const pool = new HeavyWorkPool({ threads: 1, timeLimitMs: 3_000, maxQueue: 8 });
    try {
      const upload = (points: number) => ({
        kind: "activity-upload" as const,
        json: new TextEncoder().encode(
          JSON.stringify({
            fileName: "long.gpx",
            contentBase64: Buffer.from(longGpx(points)).toString("base64"),
          }),
        ),
      });
      // The thread's start (loading the file readers) is not a file's time either; this one only starts it.
      expect((await pool.run(upload(10))).ok).toBe(true);
      const read = await Promise.all(Array.from({ length: 6 }, () => pool.run(upload(20_000))));
      expect(read.map((result) => (result.ok ? "read" : result.error.message))).toEqual(
        Array(6).fill("read"),
      );
      // A file that alone needs more than the limit is still stopped.
      const stopped = new HeavyWorkPool({ threads: 1, timeLimitMs: 50, maxQueue: 1 });
      try {
        expect(await stopped.run(upload(60_000))).toMatchObject({
          ok: false,
          error: { kind: "unprocessable" },
        });
      } finally {
        await stopped.close();
      }
    } finally {
      await pool.close();
    }
  });
});

describe("an export file checked in the worker threads (decision 0625)", () => {
  /** The body's bytes as the JSON parser hands them to the pool. */
  const bytesOf = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));

  it("comes back as the checked document, or the document's refusal as a value", async () => {
    const roomy = await createTestApp();
    try {
      const ana = new TestClient(roomy.app);
      await ana.expectOk("signUp", { body: { email: "ana@example.org", password: PASSWORD } });
      await ana.expectOk("signIn", { body: { email: "ana@example.org", password: PASSWORD } });
      const exported = await ana.expectOk("exportData", {});
      expect(await runHeavyTask({ kind: "import-upload", json: bytesOf(exported) })).toEqual({
        ok: true,
        value: { ok: true, value: exported },
      });
      const entry = { id: "p-1", createdAt: "2026-11-20T08:00:00.000Z", entry: { date: "2026-11-20" } };
      expect(
        await runHeavyTask({ kind: "import-upload", json: bytesOf({ ...exported, painEntries: [entry] }) }),
      ).toMatchObject({
        ok: true,
        value: {
          ok: false,
          error: { kind: "invalid-input", field: expect.stringMatching(/^document\.painEntries/) },
        },
      });
    } finally {
      await roomy.close();
    }
  });

  it("is refused with the answers the event loop gives", async () => {
    const inThreads = await createTestApp({ heavyWork: { threads: 1, timeLimitMs: 300_000 } });
    const onLoop = await createTestApp();
    try {
      const answers = [];
      for (const app of [inThreads, onLoop]) {
        const ana = new TestClient(app.app);
        await ana.expectOk("signUp", { body: { email: "ana@example.org", password: PASSWORD } });
        await ana.expectOk("signIn", { body: { email: "ana@example.org", password: PASSWORD } });
        await ana.expectOk("recordPain", {
          body: { date: "2026-11-20", painNow: 3, painUsual: 4, painWorst: 6 },
        });
        const exported = await ana.expectOk("exportData", {});
        const [pain] = exported.painEntries as Record<string, unknown>[];
        // Under one id in both servers, so that the answers can be compared word for word.
        const same = { ...pain, id: "pain-1" };
        const twice = { ...exported, painEntries: [same, same] };
        const unscored = { ...exported, painEntries: [{ ...same, entry: { date: "2026-11-20" } }] };
        answers.push([
          await ana.call("importData", { body: twice }),
          await ana.call("importData", { body: unscored }),
        ]);
      }
      const [threads, loop] = answers;
      expect(threads?.[0]).toMatchObject({ status: 400, body: { error: { field: "document" } } });
      expect(threads?.[1]).toMatchObject({ status: 400, body: { error: { kind: "invalid-input" } } });
      expect(threads?.map(({ status, body }) => ({ status, body }))).toEqual(
        loop?.map(({ status, body }) => ({ status, body })),
      );
    } finally {
      await inThreads.close();
      await onLoop.close();
    }
  });
});
