/**
 * Movement-screen findings leaving HipCheck over HTTP: as a spreadsheet and as FHIR Observations, and back into
 * another account without losing them. Dana's screen is a real report from the motion module.
 */
import { analyzeMovement, KNEE_FPPA_ERROR_DEG, type KeypointFrame } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScene, PASSWORD } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TestClient } from "./testing/test-app.js";

/** Five single-leg squats on the right leg, the knee caving 12° at the bottom of each. */
function singleLegSquats(): KeypointFrame[] {
  return syntheticDips(5, (depth) => ({
    fppaDeg: { left: 0, right: 12 * depth },
    pelvicDropDeg: 4 * depth,
    dropSide: "left",
  }));
}

type Resource = { resourceType: string; id: string; code?: { coding?: { system: string; code: string }[] } };
type Bundle = { entry: { resource: Resource }[] };

const MOVEMENT_SYSTEM = "urn:hipcheck:movement";

function movementObservations(bundle: Bundle): Resource[] {
  return bundle.entry
    .map((entry) => entry.resource)
    .filter((resource) => resource.code?.coding?.some((coding) => coding.system === MOVEMENT_SYSTEM));
}

/** The Observations without who they are about: the same findings in two accounts. */
/** What is about the finding itself: the subject, resource id and identifier name the account it belongs to. */
function withoutSubject(resources: readonly Resource[]): unknown[] {
  return resources.map((resource) => ({
    ...resource,
    subject: undefined,
    id: undefined,
    identifier: undefined,
  }));
}

function csvLines(body: unknown): string[] {
  return String(body)
    .split("\r\n")
    .filter((line) => line !== "");
}

async function signedUp(scene: Scene, email: string): Promise<TestClient> {
  const client = new TestClient(scene.t.app);
  await client.expectOk("signUp", { body: { email, password: PASSWORD } });
  await client.expectOk("signIn", { body: { email, password: PASSWORD } });
  return client;
}

let scene: Scene;
let findingCount: number;
beforeAll(async () => {
  scene = await createScene();
  const keypoints = singleLegSquats();
  const report = analyzeMovement(keypoints, { test: "single-leg-squat", side: "right", sex: "female" });
  findingCount = report.findings.length;
  await scene.as.person.expectOk("saveMovementScreen", {
    body: { report, keypoints, recordedAt: "2026-11-20T09:00:00.000Z" },
  });
});
afterAll(async () => {
  await scene.close();
});

describe("the movement findings spreadsheet", () => {
  it("Dana's findings come as CSV, one row per finding with its error and method, in French names", async () => {
    const answer = await scene.as.person.call("exportMovementCsv", { query: { lang: "fr" } });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(answer.headers["content-disposition"]).toMatch(/^attachment; filename="hipcheck-movement\.csv"/);
    const lines = csvLines(answer.body);
    // French Excel: a byte-order mark, semicolons, decimal commas, headers and values in French.
    expect(lines[0]).toBe("\uFEFFdate;test;code_mesure;mesure;cote;valeur_deg;erreur_mesure_deg;methode");
    // The scene's own screen could not be scored: only the real one gives rows.
    expect(lines).toHaveLength(1 + findingCount);
    const knee = lines.find((line) => line.includes(";knee-frontal-plane-angle;"));
    expect(knee).toMatch(/^2026-11-20;Squat unipodal;knee-frontal-plane-angle;Angle de projection/);
    // Its error is the camera's measured band; the method is written in the file's language.
    expect(knee).toMatch(
      new RegExp(
        `;droite;1[12],\\d;${String(KNEE_FPPA_ERROR_DEG)};"?Caméra de face, squat unipodal en appui sur la jambe droite\\.`,
      ),
    );
  });

  it("Maya, her coach, gets the same file; Marco and Omar are told it does not exist", async () => {
    const own = await scene.as.person.call("exportMovementCsv", { query: {} });
    const query = { personId: scene.ids.person };
    const coach = await scene.as.coach.call("exportMovementCsv", { query });
    expect(coach.status).toBe(200);
    expect(coach.body).toEqual(own.body);
    expect((await scene.as.otherPerson.call("exportMovementCsv", { query })).status).toBe(404);
    expect((await scene.as.otherCoach.call("exportMovementCsv", { query })).status).toBe(404);
  });
});

describe("movement findings in the FHIR record", () => {
  it("Dana's record holds an Observation in UCUM degrees for each finding of her screen", async () => {
    const answer = await scene.as.coach.call("exportFhir", { query: { personId: scene.ids.person } });
    expect(answer.status).toBe(200);
    const observations = movementObservations(JSON.parse(String(answer.body)) as Bundle);
    expect(observations).toHaveLength(findingCount);
    expect(observations[0]).toMatchObject({
      resourceType: "Observation",
      effectiveDateTime: "2026-11-20",
      valueQuantity: { unit: "deg", system: "http://unitsofmeasure.org", code: "deg" },
      method: { text: expect.stringContaining("not a diagnosis") as unknown },
    });
  });

  it("export → import into a fresh account → export keeps them; importing twice adds nothing", async () => {
    const bundle = JSON.parse(
      String((await scene.as.person.call("exportFhir", { query: {} })).body),
    ) as Bundle;
    const fresh = await signedUp(scene, "dana.again@example.org");
    const first = await fresh.expectOk("importFhir", { body: bundle as never });
    expect(first.counts).toMatchObject({ checkIns: 1, movementFindings: findingCount });
    const again = await fresh.expectOk("importFhir", { body: bundle as never });
    expect(again.counts).toMatchObject({ checkIns: 0, movementFindings: 0 });
    const back = JSON.parse(String((await fresh.call("exportFhir", { query: {} })).body)) as Bundle;
    expect(withoutSubject(movementObservations(back))).toEqual(withoutSubject(movementObservations(bundle)));
    const csv = await fresh.call("exportMovementCsv", { query: {} });
    expect(csv.body).toEqual((await scene.as.person.call("exportMovementCsv", { query: {} })).body);
  });

  it("a bundle with an impossible angle: that finding is reported with the field named, the rest comes in", async () => {
    const bundle = JSON.parse(String((await scene.as.person.call("exportFhir", { query: {} })).body)) as {
      entry: { resource: Resource & { valueQuantity?: { value: number } } }[];
    };
    const observation = bundle.entry.find((entry) =>
      JSON.stringify(entry.resource).includes("urn:hipcheck:movement-finding"),
    )!.resource;
    observation.valueQuantity = { ...observation.valueQuantity, value: 500 };
    const fresh = await signedUp(scene, "dana.third@example.org");
    const answer = await fresh.expectOk("importFhir", { body: bundle as never });
    expect(answer.skipped.filter((skipped) => skipped.reason === "invalid")).toEqual([
      {
        type: "Observation",
        id: expect.any(String) as unknown,
        reason: "invalid",
        detail: expect.stringMatching(/valueDeg/) as unknown,
      },
    ]);
    expect(answer.counts.movementFindings).toBe(findingCount - 1);
    // The header and every finding but the impossible one.
    expect(csvLines((await fresh.call("exportMovementCsv", { query: {} })).body)).toHaveLength(findingCount);
  });

  it("Dana importing her own record adds no second copy of her measured findings", async () => {
    const before = (await scene.as.person.call("exportFhir", { query: {} })).body;
    const imported = await scene.as.person.expectOk("importFhir", {
      body: JSON.parse(String(before)) as never,
    });
    // Each finding is named after her screen and its place in it, so none is stored again (decision 0710).
    expect(imported.counts).toMatchObject({ movementFindings: 0 });
    expect(await scene.t.storage.repositories.importedMovementFindings.listFor(scene.ids.person)).toEqual([]);
    expect((await scene.as.person.call("exportFhir", { query: {} })).body).toEqual(before);
  });
});
