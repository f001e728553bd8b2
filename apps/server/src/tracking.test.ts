/**
 * Dana's phone loses the answer to an upload and sends it again: a pain or PSFS entry under the id her phone
 * chose is stored once, whatever the number of retries; another entry under that id is refused.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createScene } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TODAY } from "./testing/test-app.js";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

describe("pain and PSFS entries sent again", () => {
  it("a retried pain entry is stored once and answers with the stored entry", async () => {
    scene = await createScene();
    const before = await scene.as.person.expectOk("listPain", { query: {} });
    const body = { id: "phone-pain-7f3a", date: TODAY, painNow: 2, painUsual: 3, painWorst: 5 };
    const first = await scene.as.person.call("recordPain", { body });
    const again = await scene.as.person.call("recordPain", { body: { ...body } });
    expect(first).toMatchObject({ status: 201, body: { id: "phone-pain-7f3a" } });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const after = await scene.as.person.expectOk("listPain", { query: {} });
    expect(after).toHaveLength(before.length + 1);
  });

  it("another pain entry under an id already used is a conflict, and the first stays", async () => {
    scene = await createScene();
    const body = { id: "phone-pain-7f3a", date: TODAY, painNow: 2, painUsual: 3, painWorst: 5 };
    await scene.as.person.expectOk("recordPain", { body });
    const changed = await scene.as.person.call("recordPain", { body: { ...body, painUsual: 4 } });
    expect(changed).toMatchObject({ status: 409, body: { error: { kind: "conflict", field: "id" } } });
    const stored = (await scene.as.person.expectOk("listPain", { query: {} })).filter(
      (entry) => entry.id === "phone-pain-7f3a",
    );
    expect(stored.map((entry) => entry.entry.painNow)).toEqual([2]);
  });

  it("a retried PSFS entry is stored once; another person may use the same id for their own", async () => {
    scene = await createScene();
    const before = await scene.as.person.expectOk("listPsfs", { query: {} });
    const body = { id: "phone-psfs-1", date: TODAY, items: [{ activity: "Running 5 km", score: 4 }] };
    const first = await scene.as.person.expectOk("recordPsfs", { body });
    expect(await scene.as.person.expectOk("recordPsfs", { body })).toEqual(first);
    expect(await scene.as.person.expectOk("listPsfs", { query: {} })).toHaveLength(before.length + 1);
    const changed = await scene.as.person.call("recordPsfs", {
      body: { ...body, items: [{ activity: "Running 5 km", score: 7 }] },
    });
    expect(changed).toMatchObject({ status: 409, body: { error: { kind: "conflict", field: "id" } } });
    const marcos = await scene.as.otherPerson.expectOk("recordPsfs", { body });
    expect(marcos.id).toBe("phone-psfs-1");
  });

  it("without an id each post is a new entry", async () => {
    scene = await createScene();
    const before = await scene.as.person.expectOk("listPain", { query: {} });
    const body = { date: TODAY, painNow: 1, painUsual: 1, painWorst: 2 };
    const first = await scene.as.person.expectOk("recordPain", { body });
    const second = await scene.as.person.expectOk("recordPain", { body });
    expect(second.id).not.toBe(first.id);
    expect(await scene.as.person.expectOk("listPain", { query: {} })).toHaveLength(before.length + 2);
  });
});
