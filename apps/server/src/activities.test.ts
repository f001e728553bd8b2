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

  it("the same run from a second watch or a second export is recognised by its time and not counted twice", async () => {
    scene = await createScene();
    await scene.as.person.expectOk("importActivities", { body: GPX_RUN_BODY });
    // Her second watch started 20 s later and stopped 30 s later: a different file, the same outing.
    const secondWatch = GPX_RUN.replace("06:30:00Z", "06:30:20Z")
      .replace("06:40:00Z", "06:40:30Z")
      .replace('creator="test"', 'creator="second watch"');
    const again = await scene.as.person.expectOk("importActivities", {
      body: { fileName: "watch-2.gpx", contentBase64: base64(secondWatch) },
    });
    expect(again).toEqual({ added: [], alreadyImported: 1 });
    // An evening run the same day is another outing.
    const evening = GPX_RUN.replaceAll("T06:", "T18:");
    const added = await scene.as.person.expectOk("importActivities", {
      body: { fileName: "evening.gpx", contentBase64: base64(evening) },
    });
    expect(added.added).toHaveLength(1);
    expect(await scene.as.person.expectOk("listActivities", { query: {} })).toHaveLength(2);
  });

  it("an evening run in Denver counts for that evening's date, in the zone the person's device gives", async () => {
    scene = await createScene();
    const lateUtc = GPX_RUN.replaceAll("2026-11-20T06:", "2026-11-21T02:");
    const imported = await scene.as.person.expectOk("importActivities", {
      body: { fileName: "evening.gpx", contentBase64: base64(lateUtc), timeZone: "America/Denver" },
    });
    expect(imported.added[0]?.activity).toMatchObject({
      startTime: "2026-11-21T02:30:00.000Z",
      date: "2026-11-20",
    });
    const unknown = await scene.as.person.call("importActivities", {
      body: { ...GPX_RUN_BODY, timeZone: "Somewhere/Else" },
    });
    expect(unknown.status).toBe(400);
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
