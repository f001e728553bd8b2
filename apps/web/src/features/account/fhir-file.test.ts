import { describe, expect, it } from "vitest";
import { importedCounts, readFhirFile } from "./fhir-file.js";

describe("reading a FHIR file before it is imported", () => {
  it("accepts a Bundle as JSON", () => {
    const read = readFhirFile(JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [] }));
    expect(read).toEqual({ ok: true, value: { resourceType: "Bundle", type: "collection", entry: [] } });
  });

  it("takes a single resource, or a bulk export's lines, as a collection of what the file holds", () => {
    const pain = { resourceType: "Observation", id: "p1", status: "final" };
    expect(readFhirFile(JSON.stringify(pain))).toEqual({
      ok: true,
      value: { resourceType: "Bundle", type: "collection", entry: [{ resource: pain }] },
    });
    const lines = `${JSON.stringify(pain)}\r\n${JSON.stringify({ ...pain, id: "p2" })}\r\n`;
    const read = readFhirFile(lines);
    expect(read.ok && (read.value as { entry?: unknown[] }).entry?.length).toBe(2);
  });

  it("refuses a truncated file as not JSON", () => {
    expect(readFhirFile('{"resourceType":"Bundle","type":"coll')).toEqual({
      ok: false,
      error: { kind: "not-json" },
    });
    expect(readFhirFile("")).toEqual({ ok: false, error: { kind: "not-json" } });
  });

  it("refuses JSON that holds no FHIR resource (an array, another app's export, a Bundle with no type)", () => {
    const notFhir = { ok: false, error: { kind: "not-fhir" } };
    expect(readFhirFile("[]")).toEqual(notFhir);
    expect(readFhirFile(JSON.stringify({ format: "hipcheck-export", version: 1 }))).toEqual(notFhir);
    expect(readFhirFile(JSON.stringify({ resourceType: "Bundle" }))).toEqual(notFhir);
  });

  it("names the line of a bulk export that is not a FHIR resource", () => {
    const line = JSON.stringify({ resourceType: "Observation", id: "p1" });
    expect(readFhirFile(`${line}\n${line}\n{"resourceType":"Obs`)).toEqual({
      ok: false,
      error: { kind: "bad-line", lineNumber: 3 },
    });
  });
});

describe("the counts shown after an import", () => {
  it("lists check-ins, pain and PSFS in that order, then anything else the server added", () => {
    expect(importedCounts({ psfsEntries: 1, painEntries: 4, checkIns: 0, activities: 2 })).toEqual([
      ["checkIns", 0],
      ["painEntries", 4],
      ["psfsEntries", 1],
      ["activities", 2],
    ]);
  });
});
