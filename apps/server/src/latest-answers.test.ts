/**
 * A new phone starts the next check-in from the answers the server keeps: Dana's and Marco's latest answers come
 * back through the API as the current version, to them and to Dana's coach, never to anyone else.
 */
import { personas } from "@hipcheck/core/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createScene } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

describe("GET /api/check-ins/latest/answers", () => {
  it("gives each person their own latest answers, and Dana's to her coach only", async () => {
    scene = await createScene();
    const dana = await scene.as.person.expectOk("getLatestAnswers", { query: {} });
    expect(dana?.answers).toEqual(personas.runnerPfp);
    const marco = await scene.as.otherPerson.expectOk("getLatestAnswers", { query: {} });
    expect(marco?.answers).toEqual(personas.cyclistItb);
    const danaQuery = { query: { personId: scene.ids.person } };
    expect(await scene.as.coach.expectOk("getLatestAnswers", danaQuery)).toEqual(dana);
    expect((await scene.as.otherCoach.call("getLatestAnswers", danaQuery)).status).toBe(404);
    expect((await scene.as.anonymous.call("getLatestAnswers", { query: {} })).status).toBe(401);
  });

  it("answers null before any check-in", async () => {
    scene = await createScene();
    expect(await scene.as.coach.expectOk("getLatestAnswers", { query: {} })).toBeNull();
  });
});
