/**
 * Dana brings her runs from her watch: the file is read, stored once however often she sends it, counted in knee
 * repetitions beside her pain, and travels with her export. A bad file changes nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { dumpDatabase } from "./testing/database-dump.js";
import { createScene, GPX_RUN, GPX_RUN_BODY, PASSWORD } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

let scene: Scene;
let elsewhere: TestApp | undefined;
afterEach(async () => {
  await scene.close();
  await elsewhere?.close();
  elsewhere = undefined;
});

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("importing activity files", () => {
  it("Dana's run is counted in steps, and sending the same file again adds nothing", async () => {
    scene = await createScene();
    const first = await scene.as.person.expectOk("importActivities", { body: GPX_RUN_BODY });
    expect(first.alreadyImported).toBe(0);
    expect(first.added).toHaveLength(1);
    expect(first.added[0]?.activity).toMatchObject({ source: "gpx", sport: "running", date: "2026-11-20" });
    expect(first.added[0]?.activity.repetitions).toMatchObject({ kind: "steps" });
    const again = await scene.as.person.expectOk("importActivities", {
      body: { ...GPX_RUN_BODY, fileName: "renamed.gpx" },
    });
    expect(again).toEqual({ added: [], alreadyImported: 1 });
    expect(
      await scene.as.coach.expectOk("listActivities", { query: { personId: scene.ids.person } }),
    ).toEqual(first.added);
  });

  it("the weekly load shows Dana's steps in the week of her run, beside her pain", async () => {
    scene = await createScene();
    const imported = await scene.as.person.expectOk("importActivities", { body: GPX_RUN_BODY });
    const load = await scene.as.person.expectOk("getTrainingLoad", { query: {} });
    const thisWeek = load.weeks.at(-1);
    expect(thisWeek).toMatchObject({ to: "2026-11-22", activities: 1, signal: "not-enough-history" });
    expect(thisWeek?.steps).toBe(imported.added[0]?.activity.repetitions?.count);
    expect(thisWeek?.pain).toMatchObject({ entries: 1, worstMax: 6 });
  });

  it.each([
    ["a file that is not an activity file", 415, { fileName: "notes.txt", contentBase64: base64("hello") }],
    ["a GPX file cut in half", 422, { fileName: "run.gpx", contentBase64: base64(GPX_RUN.slice(0, 300)) }],
    [
      "a GPX file with an entity declaration",
      400,
      {
        fileName: "bomb.gpx",
        contentBase64: base64(`<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaa">]><gpx>&a;</gpx>`),
      },
    ],
    ["bytes that are not base64", 400, { fileName: "run.gpx", contentBase64: "not base64!" }],
  ])("%s answers %i with a message and stores nothing", async (_name, status, body) => {
    scene = await createScene();
    const before = await dumpDatabase(scene.t.storage);
    const answer = await scene.as.person.call("importActivities", { body });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error: { message: expect.stringMatching(/\w/) } });
    expect(await dumpDatabase(scene.t.storage)).toEqual(before);
  });
});

describe("activities in the account export", () => {
  it("export → import elsewhere → export keeps Dana's activities", async () => {
    scene = await createScene();
    await scene.as.person.expectOk("importActivities", { body: GPX_RUN_BODY });
    const exported = await scene.as.person.expectOk("exportData", {});
    expect(exported).toMatchObject({ activities: [{ fileName: "morning-run.gpx" }] });

    elsewhere = await createTestApp();
    const there = new TestClient(elsewhere.app);
    await there.expectOk("signUp", { body: { email: "dana@other.example", password: PASSWORD } });
    await there.expectOk("signIn", { body: { email: "dana@other.example", password: PASSWORD } });
    const imported = await there.expectOk("importData", { body: exported });
    expect(imported.counts).toMatchObject({ activities: 1 });
    const again = await there.expectOk("exportData", {});
    expect({ ...again, exportedAt: exported.exportedAt }).toEqual(exported);
    // The same file sent again on the new server is recognised.
    expect(await there.expectOk("importActivities", { body: GPX_RUN_BODY })).toEqual({
      added: [],
      alreadyImported: 1,
    });
  });

  it("deleting the account deletes the activities", async () => {
    scene = await createScene();
    await scene.as.person.expectOk("importActivities", { body: GPX_RUN_BODY });
    await scene.as.person.expectOk("deleteAccount", { body: { password: PASSWORD } });
    const rows = await scene.t.storage.db.selectFrom("activities").selectAll().execute();
    expect(rows).toEqual([]);
  });
});
