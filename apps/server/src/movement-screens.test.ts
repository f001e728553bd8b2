/**
 * Saving and deleting movement screens over HTTP. A saved report is checked for everything the web and the
 * exports read, so a client that is not the app cannot store a screen the exports would then refuse; and a person
 * can delete a bad recording, which nobody else can.
 */
import { analyzeMovement, type KeypointFrame } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScene } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";

/** Four double-leg squats, the left knee caving 18° at the bottom of each and the right 2°. */
function unevenSquats(): KeypointFrame[] {
  return syntheticDips(4, (depth) => ({
    fppaDeg: { left: 18 * depth, right: 2 * depth },
  }));
}

const keypoints = unevenSquats();
const report = analyzeMovement(keypoints, { test: "squat" });

/** The report with its first finding changed, as a client other than the app might send it. */
function withFirstFinding(change: Record<string, unknown>) {
  const [first, ...rest] = report.findings;
  return { ...report, findings: [{ ...first, ...change }, ...rest] };
}

function csvRows(body: unknown): string[] {
  return String(body)
    .split("\r\n")
    .filter((line) => line !== "")
    .slice(1);
}

let scene: Scene;
beforeEach(async () => {
  scene = await createScene();
});
afterEach(async () => {
  await scene.close();
});

describe("saving a movement screen", () => {
  it("Dana's report from the motion module is stored as sent and exported finding by finding", async () => {
    expect(report.status).toBe("scored");
    const saved = await scene.as.person.expectOk("saveMovementScreen", { body: { report, keypoints } });
    expect(saved.report).toEqual(JSON.parse(JSON.stringify(report)));
    const csv = await scene.as.person.call("exportMovementCsv", { query: {} });
    expect(csv.status).toBe(200);
    expect(csvRows(csv.body)).toHaveLength(report.findings.length);
  });

  it.each([
    ["without its value", { valueDeg: undefined }, "report.findings.0.valueDeg"],
    ["with its value as text", { valueDeg: "18.0" }, "report.findings.0.valueDeg"],
    ["without its error", { errorDeg: undefined }, "report.findings.0.errorDeg"],
    ["of an unknown kind", { id: "knee-valgus" }, "report.findings.0.id"],
  ])("a finding %s is refused with 400, the field named, and nothing stored", async (_, change, field) => {
    const before = await scene.as.person.expectOk("listMovementScreens", { query: {} });
    const answer = await scene.as.person.call("saveMovementScreen", {
      body: { report: withFirstFinding(change), keypoints },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { kind: "invalid-input", field, message: expect.stringContaining(field) as unknown },
    });
    expect(await scene.as.person.expectOk("listMovementScreens", { query: {} })).toEqual(before);
    expect((await scene.as.person.call("exportFhir", { query: {} })).status).toBe(200);
  });
});

describe("deleting a movement screen", () => {
  it("Dana deletes a bad recording: it leaves her list, her coach's view and her exports", async () => {
    const saved = await scene.as.person.expectOk("saveMovementScreen", { body: { report, keypoints } });
    const params = { screenId: saved.screenId };
    const answer = await scene.as.person.call("deleteMovementScreen", { params });
    expect(answer.status).toBe(204);
    const listed = await scene.as.coach.expectOk("listMovementScreens", {
      query: { personId: scene.ids.person },
    });
    expect(listed.map((screen) => screen.screenId)).toEqual([scene.ids.screenId]);
    expect((await scene.as.person.call("getMovementScreen", { params })).status).toBe(404);
    expect(csvRows((await scene.as.person.call("exportMovementCsv", { query: {} })).body)).toEqual([]);
    expect((await scene.as.person.call("deleteMovementScreen", { params })).status).toBe(404);
  });

  it("her coach and strangers get the answer for an unknown id, and the screen stays", async () => {
    const params = { screenId: scene.ids.screenId };
    const unknown = await scene.as.person.call("deleteMovementScreen", {
      params: { screenId: "0190f0c0-0000-7000-8000-000000000000" },
    });
    expect(unknown.status).toBe(404);
    for (const other of [scene.as.coach, scene.as.otherPerson, scene.as.otherCoach, scene.as.admin]) {
      const answer = await other.call("deleteMovementScreen", { params });
      expect({ status: answer.status, body: answer.body }).toEqual({ status: 404, body: unknown.body });
    }
    expect((await scene.as.person.call("getMovementScreen", { params })).status).toBe(200);
  });
});
