import { describe, expect, it } from "vitest";
import { importedCounts, readFhirFile } from "./fhir-file.js";

describe("reading a FHIR file before it is imported", () => {
  it("accepts a Bundle as JSON", () => {
    const read = readFhirFile(JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [] }));
    expect(read).toEqual({ ok: true, value: { resourceType: "Bundle", type: "collection", entry: [] } });
  });

  it("refuses a truncated file as not JSON", () => {
    expect(readFhirFile('{"resourceType":"Bundle","type":"coll')).toEqual({ ok: false, error: "not-json" });
    expect(readFhirFile("")).toEqual({ ok: false, error: "not-json" });
  });

  it("refuses JSON that is not a Bundle (a lone Patient, an array, HipCheck's own export)", () => {
    expect(readFhirFile(JSON.stringify({ resourceType: "Patient" }))).toEqual({
      ok: false,
      error: "not-bundle",
    });
    expect(readFhirFile("[]")).toEqual({ ok: false, error: "not-bundle" });
    expect(readFhirFile(JSON.stringify({ format: "hipcheck-export", version: 1 }))).toEqual({
      ok: false,
      error: "not-bundle",
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
