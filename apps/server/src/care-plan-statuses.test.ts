/**
 * The record a person or her coach downloads tells each planned session as the app does (decision 0810): done,
 * saved part way, or still to come. FHIR's CarePlan says `completed`, `stopped` (ended after it started) and
 * `scheduled`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createScene, sessionLogFor } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

type CarePlanLike = {
  resourceType: string;
  activity?: { detail: { code: { text: string }; status: string } }[];
};

describe("the planned sessions in Dana's FHIR record (decision 0810)", () => {
  it("marks the one she finished completed, one saved part way stopped, one finished on a second go completed", async () => {
    scene = await createScene();
    const record = await scene.t.storage.repositories.programs.findById(scene.ids.programId);
    const [first, second, third, fourth] = record!.program.sessions;
    const exerciseId = scene.ids.exerciseId;
    // The scene's Dana finished the first session; she leaves the second part way, and the third part way before
    // finishing it another day.
    expect(first!.id).toBe(scene.ids.plannedSessionId);
    const partWay = (id: string, sessionId: string) => ({
      ...sessionLogFor(scene.ids.programId, exerciseId, id, sessionId),
      completed: false,
    });
    await scene.as.person.expectOk("logSession", { body: partWay("log-2", second!.id) });
    await scene.as.person.expectOk("logSession", { body: partWay("log-3a", third!.id) });
    await scene.as.person.expectOk("logSession", {
      body: sessionLogFor(scene.ids.programId, exerciseId, "log-3b", third!.id),
    });

    for (const client of [scene.as.person, scene.as.coach]) {
      const answer = await client.call("exportFhir", {
        query: client === scene.as.coach ? { personId: scene.ids.person } : {},
      });
      expect(answer.status).toBe(200);
      const bundle = JSON.parse(String(answer.body)) as { entry: { resource: CarePlanLike }[] };
      const carePlan = bundle.entry.find((entry) => entry.resource.resourceType === "CarePlan")!.resource;
      const statusOf = (id: string) =>
        carePlan.activity?.find((activity) => activity.detail.code.text.includes(`(${id})`))?.detail.status;
      expect([first, second, third, fourth].map((session) => statusOf(session!.id))).toEqual([
        "completed",
        "stopped",
        "completed",
        "scheduled",
      ]);
    }
  });
});
