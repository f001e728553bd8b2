import { describe, expect, it } from "vitest";
import { generatedTransactionBundle, portalSearchBundle } from "../testing/foreign-fhir-bundles.js";
import { bundleOfFhirText, describeFhirFileProblem } from "./fhir-file-text.js";
import { readFhirBundle } from "./read-fhir-bundle.js";

/**
 * A pain score as a veterans' health app's FHIR profile writes it: `valueInteger`, a SNOMED coding beside LOINC's,
 * a note, and a zone offset (the public examples of the VA's patient-generated health data guide, in that shape).
 */
function appPainScore(id: string, day: string, score: number): Record<string, unknown> {
  return {
    resourceType: "Observation",
    id,
    status: "final",
    category: [
      {
        coding: [
          { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "vital-signs" },
        ],
      },
    ],
    code: {
      coding: [
        { system: "http://loinc.org", code: "72514-3" },
        { system: "http://snomed.info/sct", code: "225908003", display: "Pain Score" },
      ],
    },
    subject: { reference: "Patient/example" },
    effectiveDateTime: `${day}T08:00:00-05:00`,
    valueInteger: score,
    note: [{ text: "after the stairs" }],
  };
}

function painOf(text: string): { date: string; painNow: number }[] {
  const file = bundleOfFhirText(text);
  if (!file.ok) throw new Error(describeFhirFileProblem(file.error));
  const read = readFhirBundle(file.value.bundle);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.painEntries.map(({ entry }) => ({ date: entry.date, painNow: entry.painNow }));
}

describe("a FHIR file in each shape other systems write", () => {
  it("a Bundle is read as it is", () => {
    const text = JSON.stringify(portalSearchBundle());
    const file = bundleOfFhirText(text);
    expect(file.ok && file.value.shape).toBe("bundle");
    expect(file.ok && file.value.bundle).toEqual(portalSearchBundle());
  });

  it("a single resource in its own file is one entry", () => {
    const file = bundleOfFhirText(JSON.stringify(appPainScore("a1", "2026-11-25", 4)));
    expect(file.ok && file.value.shape).toBe("resource");
    expect(painOf(JSON.stringify(appPainScore("a1", "2026-11-25", 4)))).toEqual([
      { date: "2026-11-25", painNow: 4 },
    ]);
  });

  it("a bulk export's NDJSON gives what the same resources in a Bundle give, whatever its line ends", () => {
    const bundle = generatedTransactionBundle() as { entry: { resource: unknown }[] };
    const lines = bundle.entry.map(({ resource }) => JSON.stringify(resource));
    const fromBundle = painOf(JSON.stringify(bundle));
    expect(fromBundle.length).toBeGreaterThan(0);
    expect(painOf(lines.join("\n"))).toEqual(fromBundle);
    // Windows line ends, a byte-order mark, a blank line and a final line end.
    expect(painOf(`\uFEFF${lines.join("\r\n")}\r\n\r\n`)).toEqual(fromBundle);
    const file = bundleOfFhirText(lines.join("\n"));
    expect(file.ok && file.value.shape).toBe("ndjson");
  });

  it("an app's pain scores with an integer value and two codings come in", () => {
    const lines = [appPainScore("a1", "2026-11-25", 1), appPainScore("a2", "2026-11-26", 6)];
    expect(painOf(lines.map((line) => JSON.stringify(line)).join("\n"))).toEqual([
      { date: "2026-11-25", painNow: 1 },
      { date: "2026-11-26", painNow: 6 },
    ]);
  });

  it("says why a file holds no FHIR: not JSON, no resource, or which line is broken", () => {
    expect(bundleOfFhirText("")).toEqual({ ok: false, error: { kind: "not-json" } });
    expect(bundleOfFhirText("date,pain\n2026-11-25,4\n")).toEqual({ ok: false, error: { kind: "not-json" } });
    expect(bundleOfFhirText(JSON.stringify(portalSearchBundle()).slice(0, 300))).toEqual({
      ok: false,
      error: { kind: "not-json" },
    });
    expect(bundleOfFhirText("[1, 2]")).toEqual({ ok: false, error: { kind: "not-fhir" } });
    expect(bundleOfFhirText('{"pain": 4}')).toEqual({ ok: false, error: { kind: "not-fhir" } });
    const line = JSON.stringify(appPainScore("a1", "2026-11-25", 1));
    expect(bundleOfFhirText(`${line}\n\n${line}\n{"pain": 4}\n${line}`)).toEqual({
      ok: false,
      error: { kind: "bad-line", lineNumber: 4 },
    });
    expect(describeFhirFileProblem({ kind: "bad-line", lineNumber: 4 })).toBe(
      "is NDJSON whose line 4 is not a FHIR resource in JSON",
    );
  });
});

describe("a body the reader refuses says why", () => {
  it("names the resource that came instead of a Bundle, or the shape that is wrong", () => {
    const refusal = (body: unknown) => {
      const read = readFhirBundle(body);
      return read.ok ? "read" : read.error.message;
    };
    expect(refusal(appPainScore("a1", "2026-11-25", 1))).toMatch(/^A FHIR Observation, not a Bundle/);
    expect(refusal([1])).toBe('Not a FHIR Bundle: no resourceType "Bundle".');
    expect(refusal({ resourceType: "Bundle", entry: "none" })).toMatch(
      /^The Bundle is not in the expected shape/,
    );
  });
});
