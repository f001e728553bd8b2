import { describe, expect, it } from "vitest";
import { exampleRecord } from "../testing/example-records.js";
import { generatedTransactionBundle, portalSearchBundle } from "../testing/foreign-fhir-bundles.js";
import { exportFhirBundle } from "./export-fhir-bundle.js";
import { importFhirBundle } from "./import-fhir-bundle.js";
import { readFhirBundle } from "./read-fhir-bundle.js";

describe("readFhirBundle on a clinic portal's search bundle", () => {
  const read = readFhirBundle(portalSearchBundle());
  const contents = read.ok ? read.value : undefined;

  it("takes the 72514-3 pain scores on the day written, as single readings of the pain now", () => {
    expect(read.ok).toBe(true);
    expect(contents?.painEntries.map(({ entry }) => entry)).toEqual([
      { date: "2026-10-05", painNow: 6, painUsual: 6, painWorst: 6, singleReading: true },
      { date: "2026-10-06", painNow: 4, painUsual: 4, painWorst: 4, singleReading: true },
    ]);
    expect(contents?.checkIn).toBeNull();
  });

  it("lists everything else as skipped, with its type, its id and why", () => {
    expect(contents?.skipped.map(({ resourceType, id, reason }) => [resourceType, id, reason])).toEqual([
      ["Observation", "eaO1.pain.3", "not-final"],
      ["Observation", "eaO1.hr.1", "not-read"],
      ["Encounter", "eXlR3", "not-read"],
    ]);
    expect(contents?.skipped[0]?.detail).toBe("status entered-in-error");
    expect(contents?.skipped[1]?.detail).toMatch(/8867-4 \(http:\/\/loinc\.org\).*72514-3/);
  });

  it("gives each reading a stored id from the sender's identifier, the same on every read", () => {
    const ids = contents?.painEntries.map((entry) => entry.storedId) ?? [];
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^fhir-[0-9a-f]{32}$/);
    const again = readFhirBundle(portalSearchBundle());
    expect(again.ok && again.value.painEntries.map((entry) => entry.storedId)).toEqual(ids);
  });

  it("is still refused whole by the all-or-nothing reader of HipCheck's own bundles", () => {
    expect(importFhirBundle(portalSearchBundle())).toMatchObject({
      ok: false,
      error: { kind: "invalid-input" },
    });
  });
});

describe("readFhirBundle on a generated transaction bundle", () => {
  const read = readFhirBundle(generatedTransactionBundle());

  it("reads a pain score whose time is a period, and reports an impossible score as invalid", () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.painEntries.map((entry) => entry.entry)).toEqual([
      { date: "2026-09-14", painNow: 3, painUsual: 3, painWorst: 3, singleReading: true },
    ]);
    expect(read.value.skipped).toEqual([
      {
        resourceType: "Condition",
        id: "0b7c1f52-3d7e-4a8b-8f21-9e6a4c2d1b01",
        reason: "not-read",
        detail: expect.stringMatching(/not another system's problems/) as unknown,
      },
      {
        resourceType: "Observation",
        id: "9c4d6e21-2b8a-4f3c-b7d1-6e0a5f9c3b31",
        reason: "invalid",
        detail: "painNow: must be at most 10 (got 12)",
      },
    ]);
    expect(read.value.personId).toBe("6f3b9d2e-8c41-4f0a-9b7e-2a5d1c0e4f11");
  });

  it("refuses a bundle with two patients: whose record would it be?", () => {
    const bundle = generatedTransactionBundle();
    const entries = bundle.entry as Record<string, unknown>[];
    bundle.entry = [
      ...entries,
      { fullUrl: "urn:uuid:x", resource: { resourceType: "Patient", id: "other" } },
    ];
    expect(readFhirBundle(bundle)).toMatchObject({ ok: false, error: { kind: "invalid-input" } });
  });
});

describe("readFhirBundle on HipCheck's own export", () => {
  it("carries the stored ids of pain and PSFS entries and keeps usual and worst pain", () => {
    const record = {
      ...exampleRecord("runnerPfp"),
      storedIds: { pain: ["p-1", "p-2", "p-3", "p-4", "p-5"], psfs: ["s-1"] },
    };
    const bundle = JSON.parse(JSON.stringify(exportFhirBundle(record, { type: "transaction" }))) as unknown;
    const read = readFhirBundle(bundle);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.painEntries).toEqual(
      record.painEntries.map((entry, index) => ({
        storedId: record.storedIds.pain[index],
        entry,
      })),
    );
    expect(read.value.psfsEntries).toEqual(
      record.psfsEntries.map((entry, index) => ({ storedId: record.storedIds.psfs[index], entry })),
    );
    expect(read.value.checkIn?.answers).toEqual(record.answers);
    expect(new Set(read.value.skipped.map((skipped) => skipped.reason))).toEqual(new Set(["recomputed"]));
  });

  // Found by the random bodies sent to the import route: `"identifier": [null]` answered 500.
  it("reads an identifier list holding null or a number as holding no identifier, never throwing", () => {
    const bundle = JSON.parse(JSON.stringify(exportFhirBundle(exampleRecord("runnerPfp")))) as {
      entry: { resource: { resourceType: string; identifier?: unknown } }[];
    };
    for (const { resource } of bundle.entry) {
      if (resource.resourceType === "Condition") resource.identifier = [null];
      if (resource.resourceType === "Observation") resource.identifier = [null, 3];
    }
    const read = readFhirBundle(bundle);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // The pain scores, named by nothing HipCheck wrote, are read as foreign readings keyed by their resource ids.
    expect(read.value.painEntries.length).toBeGreaterThan(0);
    for (const { storedId } of read.value.painEntries) expect(storedId).toMatch(/^fhir-[0-9a-f]{32}$/);
  });
});

describe("readFhirBundle names what HipCheck stored (decision 0710)", () => {
  const base = exampleRecord("runnerPfp");
  const names = base.movementFindings.map((_, index) => `screen-7.${index + 1}`);

  function read(record: typeof base) {
    const result = readFhirBundle(JSON.parse(JSON.stringify(exportFhirBundle(record))) as unknown);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it("gives each finding its name and the screen it points into, and the check-in its stored id", () => {
    expect(names.length).toBeGreaterThan(0);
    const contents = read({ ...base, storedIds: { checkIn: "check-in-3", movement: names } });
    expect(contents.movementFindings).toEqual(
      base.movementFindings.map((entry, index) => ({
        storedId: names[index],
        screenId: "screen-7",
        entry,
      })),
    );
    expect(contents.checkIn?.storedId).toBe("check-in-3");
  });

  it("takes an imported finding's name as it is, pointing into no screen", () => {
    const imported = base.movementFindings.map((_, index) => `0193a1c2-imported-${index}`);
    const contents = read({ ...base, storedIds: { movement: imported } });
    expect(contents.movementFindings.map(({ storedId, screenId }) => [storedId, screenId])).toEqual(
      imported.map((name) => [name, null]),
    );
  });

  it("names nothing a key by date stands for: it moves when a screen of that day comes or goes", () => {
    const contents = read(base);
    expect(contents.movementFindings.map(({ storedId, screenId }) => [storedId, screenId])).toEqual(
      base.movementFindings.map(() => [null, null]),
    );
    expect(contents.checkIn?.storedId).toBeNull();
  });
});
