/**
 * What one account may store (decision 0341), on a server whose operator set small quotas so the edges are
 * reached in a few requests: the write at the limit lands, the one after it is refused as `quota-exceeded`
 * and stores nothing, and a retry of what is already stored is still answered as before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GPX_RUN, GPX_RUN_BODY, MOVEMENT_SCREEN } from "./testing/scene.js";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

const PASSWORD = "downward dog daily";
const QUOTAS = { entriesPerDay: 3, storedRows: 5, activities: 1, storedBytes: 4_000 };
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({}, { filename: ":memory:" }, QUOTAS);
});
afterAll(async () => {
  await t.close();
});

async function person(email: string): Promise<TestClient> {
  const client = new TestClient(t.app);
  await client.expectOk("signUp", { body: { email, password: PASSWORD } });
  await client.expectOk("signIn", { body: { email, password: PASSWORD } });
  return client;
}

const pain = (id: string, date: string) => ({
  body: { id: `pain-${id}`, date, painNow: 2, painUsual: 3, painWorst: 5 },
});

describe("entries per day", () => {
  it("takes the day's last allowed entry, refuses the next, and still answers a retry", async () => {
    const priya = await person("priya@example.org");
    for (const id of ["a", "b", "c"]) await priya.expectOk("recordPain", pain(id, "2026-11-20"));
    const fourth = await priya.call("recordPain", pain("d", "2026-11-20"));
    expect(fourth).toMatchObject({ status: 403, body: { error: { kind: "quota-exceeded" } } });
    expect((fourth.body as { error: { message: string } }).error.message).toContain("at most 3 a day");
    expect((await priya.call("recordPain", pain("c", "2026-11-20"))).status).toBe(201);
    expect((await priya.call("recordPain", pain("d", "2026-11-21"))).status).toBe(201);
    expect(await priya.expectOk("listPain", { query: {} })).toHaveLength(4);
  });
});

describe("stored entries", () => {
  it("keeps the account's last allowed row and refuses the one after it", async () => {
    const sam = await person("sam@example.org");
    const dates = ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21"];
    for (const [index, date] of dates.entries()) await sam.expectOk("recordPain", pain(`p${index}`, date));
    const sixth = await sam.call("recordPain", pain("p5", "2026-11-22"));
    expect(sixth).toMatchObject({ status: 403, body: { error: { kind: "quota-exceeded" } } });
    expect(await sam.expectOk("listPain", { query: {} })).toHaveLength(5);
  });

  it("lets a full account import its own export again, and refuses it to an account it would overfill", async () => {
    const sam = new TestClient(t.app);
    await sam.expectOk("signIn", { body: { email: "sam@example.org", password: PASSWORD } });
    const exported = await sam.expectOk("exportData", {});
    expect(await sam.call("importData", { body: exported })).toMatchObject({
      status: 200,
      body: { counts: { painEntries: 0 } },
    });
    const lee = await person("lee@example.org");
    await lee.expectOk("recordPain", pain("own", "2026-11-10"));
    const imported = await lee.call("importData", { body: exported });
    expect(imported).toMatchObject({ status: 403, body: { error: { kind: "quota-exceeded" } } });
    expect(await lee.expectOk("listPain", { query: {} })).toHaveLength(1);
    // The refused import took no place: Lee still has four, and the count of what she keeps says 5 at the fifth.
    for (const date of ["2026-11-11", "2026-11-12", "2026-11-13", "2026-11-14"]) {
      await lee.expectOk("recordPain", pain(`after-${date}`, date));
    }
    const sixth = await lee.call("recordPain", pain("over", "2026-11-15"));
    expect(sixth).toMatchObject({ status: 403, body: { error: { kind: "quota-exceeded" } } });
    expect((sixth.body as { error: { message: string } }).error.message).toContain(
      "keeps 5 entries and this adds 1",
    );
  });
});

describe("activity files and stored bytes", () => {
  it("keeps one activity, refuses another file's, and takes the same file again", async () => {
    const ana = await person("ana@example.org");
    await ana.expectOk("importActivities", { body: GPX_RUN_BODY });
    const laterRun = GPX_RUN.replaceAll("2026-11-20T06:", "2026-11-21T06:");
    const second = await ana.call("importActivities", {
      body: { fileName: "later-run.gpx", contentBase64: Buffer.from(laterRun, "utf8").toString("base64") },
    });
    expect(second).toMatchObject({ status: 403, body: { error: { kind: "quota-exceeded" } } });
    expect(await ana.expectOk("listActivities", { query: {} })).toHaveLength(1);
    expect((await ana.call("importActivities", { body: GPX_RUN_BODY })).status).toBe(200);
  });

  it("refuses a movement screen whose keypoints take the account over its stored bytes", async () => {
    const kim = await person("kim@example.org");
    await kim.expectOk("saveMovementScreen", { body: MOVEMENT_SCREEN });
    const hip = { x: 310, y: 402, score: 0.9 };
    const long = {
      ...MOVEMENT_SCREEN,
      keypoints: Array.from({ length: 80 }, (_, i) => ({ timeMs: i * 33, keypoints: { leftHip: hip } })),
    };
    const refused = await kim.call("saveMovementScreen", { body: long });
    expect(refused).toMatchObject({ status: 403, body: { error: { kind: "quota-exceeded" } } });
    expect(await kim.expectOk("listMovementScreens", { query: {} })).toHaveLength(1);
  });
});
