import { addDays } from "@hipcheck/core";
import { personas, type PersonaName } from "@hipcheck/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOVEMENT_METRICS } from "@hipcheck/motion";
import { movementFindingsFromReport } from "../movement/movement-findings-from-report.js";
import { exampleRecord } from "../testing/example-records.js";
import * as screens from "../testing/movement-reports.js";
import {
  exportFhirBundle,
  FHIR_BUNDLE_TEXT_CLOSING,
  fhirBundleEntryText,
  fhirBundleTextOpening,
} from "./export-fhir-bundle.js";
import type { Condition, Observation } from "./fhir-resources.js";
import { importFhirBundle } from "./import-fhir-bundle.js";

const PEOPLE: PersonaName[] = [
  "runnerPfp",
  "cyclistItb",
  "yogaTeacherNoPain",
  "deskWorker",
  "frenchTriathlete",
  "redFlagPerson",
  "injuredOttawa",
];

function resourcesOf<T>(bundle: ReturnType<typeof exportFhirBundle>, type: string): T[] {
  return bundle.entry
    .map((entry) => entry.resource)
    .filter((resource) => resource.resourceType === type) as T[];
}

describe("exportFhirBundle → importFhirBundle", () => {
  it.each(PEOPLE)("gives %s's record back unchanged, and the same bundle again", (name) => {
    const record = exampleRecord(name);
    const bundle = exportFhirBundle(record);
    const imported = importFhirBundle(JSON.parse(JSON.stringify(bundle)));
    expect(imported).toEqual({ ok: true, value: record });
    if (imported.ok) expect(exportFhirBundle(imported.value)).toEqual(bundle);
  });

  it("gives the findings of real screen reports back unchanged, and the same bundle again", () => {
    const findings = Object.values(screens).flatMap((screen) =>
      movementFindingsFromReport(screen(), "2026-11-20"),
    );
    expect(findings.length).toBeGreaterThan(10);
    const record = { ...exampleRecord("runnerPfp"), movementFindings: findings };
    const bundle = exportFhirBundle(record);
    const imported = importFhirBundle(JSON.parse(JSON.stringify(bundle)));
    expect(imported).toEqual({ ok: true, value: record });
    if (imported.ok) expect(exportFhirBundle(imported.value)).toEqual(bundle);
  });

  it("codes Dana's right kneecap pain as the symptom she reported, unconfirmed, not a diagnosis", () => {
    const conditions = resourcesOf<Condition>(exportFhirBundle(exampleRecord("runnerPfp")), "Condition");
    expect(conditions.map((c) => c.code.coding?.[0]?.code)).toEqual(["M25.561"]);
    expect(conditions[0]!.code.text).toBe(
      "Pain around or behind the kneecap, right knee, as reported by the person",
    );
    expect(conditions[0]!.verificationStatus.coding?.[0]?.code).toBe("unconfirmed");
    expect(conditions[0]!.note[0]!.text).toContain("not a diagnosis");
  });

  it("says in every way FHIR offers that Dana reported her condition herself: asserter, evidence, category, note", () => {
    const record = exampleRecord("runnerPfp");
    const bundle = exportFhirBundle(record);
    const [condition] = resourcesOf<Condition>(bundle, "Condition");
    const patient = bundle.entry.find((entry) => entry.resource.resourceType === "Patient")!;
    expect(condition!.asserter).toEqual({ reference: patient.fullUrl });
    expect(condition!.category[0]!.coding?.[0]?.code).toBe("health-concern");
    // The evidence is the intake answers in the same bundle, where a clinician can read what she said.
    const [evidence] = condition!.evidence.flatMap((e) => e.detail);
    const target = bundle.entry.find((entry) => entry.fullUrl === evidence!.reference);
    expect(target?.resource.resourceType).toBe("QuestionnaireResponse");
    expect(condition!.note[0]!.text).toMatch(/^Reported by the person themselves/);
    expect(condition!.note[0]!.text).toContain("No clinician has examined the knee");
  });

  it.each(PEOPLE)("names no internal source label (such as a seed article number) in %s's bundle", (name) => {
    expect(JSON.stringify(exportFhirBundle(exampleRecord(name)))).not.toMatch(/seed/i);
  });

  it("codes every reported knee pain in ICD-10-CM alone, left and right alike, the location in words", () => {
    const codings = (name: PersonaName) =>
      resourcesOf<Condition>(exportFhirBundle(exampleRecord(name)), "Condition").map(
        (c) => c.code.coding?.[0],
      );
    expect(codings("cyclistItb")).toEqual([
      { system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M25.562", display: "Pain in left knee" },
    ]);
    expect(codings("frenchTriathlete")).toEqual([
      { system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M25.561", display: "Pain in right knee" },
    ]);
    const camille = resourcesOf<Condition>(exportFhirBundle(exampleRecord("frenchTriathlete")), "Condition");
    expect(camille[0]!.code.text).toBe(
      "Douleur à la face externe du genou, genou droit, selon la personne elle-même",
    );
    expect(camille[0]!.language).toBe("fr");
  });

  it("gives Alex, whose both knees hurt around the kneecap, one reported condition per knee", () => {
    const conditions = resourcesOf<Condition>(exportFhirBundle(exampleRecord("deskWorker")), "Condition");
    expect(conditions.map((c) => c.code.coding?.[0]?.code)).toEqual(["M25.561", "M25.562"]);
  });

  it("reports no knee-pain concern for Sam, whose screen said emergency care now", () => {
    expect(exampleRecord("redFlagPerson").answers.symptoms).not.toBeNull();
    expect(resourcesOf(exportFhirBundle(exampleRecord("redFlagPerson")), "Condition")).toEqual([]);
  });

  it("reports no condition for Priya, who has no knee pain", () => {
    expect(resourcesOf(exportFhirBundle(exampleRecord("yogaTeacherNoPain")), "Condition")).toEqual([]);
  });

  it("writes pain with LOINC 72514-3 and movement angles in UCUM degrees with their method and error", () => {
    const observations = resourcesOf<Observation>(
      exportFhirBundle(exampleRecord("runnerPfp")),
      "Observation",
    );
    const pain = observations.find((o) => o.code.coding?.[0]?.code === "72514-3");
    expect(pain?.valueInteger).toBe(4);
    const angle = observations.find((o) => o.valueQuantity?.code === "deg");
    expect(angle?.valueQuantity).toEqual({
      value: 14.5,
      unit: "deg",
      system: "http://unitsofmeasure.org",
      code: "deg",
    });
    expect(angle?.method?.text).toContain("peak knee flexion");
    expect(angle?.note?.[0]?.text).toContain("±3°");
  });
});

describe("the bundle's JSON text written an entry at a time (decision 0625)", () => {
  it.each(
    PEOPLE.flatMap((name) => (["collection", "transaction"] as const).map((type) => [name, type] as const)),
  )("is, for %s's %s, the text of the whole bundle pretty-printed", (name, type) => {
    const bundle = exportFhirBundle(exampleRecord(name), { type });
    const text =
      fhirBundleTextOpening(type) +
      bundle.entry.map((entry, index) => fhirBundleEntryText(entry, index === 0)).join("") +
      FHIR_BUNDLE_TEXT_CLOSING;
    expect(text).toBe(JSON.stringify(bundle, null, 2));
  });
});

describe("what the bundle tells a clinician about the check-in", () => {
  it("shows Sam's emergency red flag, whom to see, and no program (self-management stopped)", () => {
    const bundle = exportFhirBundle(exampleRecord("redFlagPerson"));
    expect(resourcesOf(bundle, "CarePlan")).toEqual([]);
    const screen = resourcesOf<Observation>(bundle, "Observation").find(
      (o) => o.code.coding?.[0]?.code === "red-flag-screen",
    )!;
    expect(screen.valueString).toBe("emergency");
    expect(screen.component?.[0]?.valueString).toMatch(/^emergency: An emergency department/);
    expect(screen.note?.[0]?.text).toContain("Do not start the exercise program");
  });

  it("gives Priya's self-check result: repetitive exercise and no hip-balance work point to the hips", () => {
    const bundle = exportFhirBundle(exampleRecord("yogaTeacherNoPain"));
    const selfCheck = resourcesOf<Observation>(bundle, "Observation").find(
      (o) => o.code.coding?.[0]?.code === "self-check",
    )!;
    expect(selfCheck.valueBoolean).toBe(true);
    expect(selfCheck.note?.[0]?.text).toContain("not a diagnosis");
  });

  it("writes Camille's screen notes in French, her language", () => {
    const bundle = exportFhirBundle(exampleRecord("frenchTriathlete"));
    const screen = resourcesOf<Observation>(bundle, "Observation").find(
      (o) => o.code.coding?.[0]?.code === "red-flag-screen",
    )!;
    expect(screen.note?.[0]?.text).toContain("Aucune de vos réponses");
  });
});

describe("importFhirBundle with foreign or damaged input", () => {
  const bundle = (): Record<string, unknown> =>
    JSON.parse(JSON.stringify(exportFhirBundle(exampleRecord("runnerPfp")))) as Record<string, unknown>;

  it("refuses something that is not a bundle", () => {
    expect(importFhirBundle({ resourceType: "Patient" })).toMatchObject({
      ok: false,
      error: { kind: "invalid-input" },
    });
    expect(importFhirBundle("nonsense")).toMatchObject({ ok: false, error: { kind: "invalid-input" } });
  });

  it("refuses a bundle with no HipCheck check-in responses", () => {
    const damaged = bundle();
    const entries = damaged.entry as { resource: { resourceType: string } }[];
    damaged.entry = entries.filter((e) => e.resource.resourceType !== "QuestionnaireResponse");
    expect(importFhirBundle(damaged)).toMatchObject({ ok: false, error: { kind: "invalid-input" } });
  });

  it("names the field when a pain score was changed to an impossible value", () => {
    const damaged = bundle();
    const entries = damaged.entry as { resource: Record<string, unknown> }[];
    const pain = entries.find((e) => JSON.stringify(e.resource.code ?? "").includes("72514-3"))!;
    pain.resource.valueInteger = 14;
    const result = importFhirBundle(damaged);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Observation [0-9a-f-]+: painNow: must be at most 10/);
    }
  });

  it("refuses a program that is not readable", () => {
    const damaged = bundle();
    const entries = damaged.entry as { resource: Record<string, unknown> }[];
    const document = entries.find((e) => e.resource.resourceType === "DocumentReference")!.resource as {
      content: { attachment: { data: string } }[];
    };
    document.content[0]!.attachment.data = "%%%";
    expect(importFhirBundle(damaged)).toMatchObject({ ok: false, error: { kind: "invalid-input" } });
  });

  it("keeps every persona's answers valid through the questionnaire items", () => {
    for (const name of PEOPLE) {
      const result = importFhirBundle(JSON.parse(JSON.stringify(exportFhirBundle(exampleRecord(name)))));
      expect(result.ok && result.value.answers).toEqual(personas[name]);
    }
  });
});

describe("round trip of any pain entries and movement findings (property)", () => {
  const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays("2020-01-01", n));
  const score = fc.integer({ min: 0, max: 10 });
  const painEntry = fc.record({ date: day, painNow: score, painUsual: score, painWorst: score });
  const finding = fc.record({
    date: day,
    test: fc.constantFrom("single-leg-squat", "step-down", "drop-jump"),
    metric: fc.constantFrom(...MOVEMENT_METRICS),
    side: fc.constantFrom("left" as const, "right" as const, null),
    // JSON has no negative zero: -0 travels as 0, the same angle.
    valueDeg: fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }).map((deg) => deg + 0),
    semDeg: fc.option(
      fc.double({ min: 0, max: 90, noNaN: true, noDefaultInfinity: true }).map((deg) => deg + 0),
    ),
    method: fc.string({ minLength: 1, maxLength: 80 }).filter((text) => text.trim() === text && text !== ""),
  });

  it("gives every generated record back unchanged", () => {
    const base = exampleRecord("cyclistItb");
    fc.assert(
      fc.property(
        fc.array(painEntry, { maxLength: 20 }),
        fc.array(finding, { maxLength: 10 }),
        (pain, findings) => {
          const record = { ...base, painEntries: pain, movementFindings: findings };
          const imported = importFhirBundle(JSON.parse(JSON.stringify(exportFhirBundle(record))));
          expect(imported).toEqual({ ok: true, value: record });
        },
      ),
      { numRuns: 40 },
    );
  });
});
