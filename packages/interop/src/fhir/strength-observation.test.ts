/**
 * Maya, Dana's physiotherapist, keeps Dana's record on the clinic's HipCheck: the strength checks Dana did at home
 * and the dynamometer readings taken in the clinic travel as FHIR Observations and come back whole, in either
 * language of export. A reading in the wrong unit, or one no hip produces, is refused by name and not taken.
 */
import { FIRST_SIDE_MISSING, type StrengthCheck } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { exampleRecord } from "../testing/example-records.js";
import { exportFhirBundle } from "./export-fhir-bundle.js";
import type { Observation } from "./fhir-resources.js";
import { importFhirBundle } from "./import-fhir-bundle.js";
import { readFhirBundle } from "./read-fhir-bundle.js";

const CHECKS: StrengthCheck[] = [
  {
    test: "abductor-endurance-hold",
    date: "2026-03-01",
    firstSide: "right",
    timeOfDay: "18:30",
    left: { holdSeconds: 41.5, timedBy: "camera", stopReason: "leg-dropped", quality: "fair" },
    right: { holdSeconds: 62, timedBy: "stopwatch" },
    notes: "Left hip tired early.",
  },
  {
    test: "side-bridge-hold",
    date: "2026-03-15",
    firstSide: "left",
    left: { holdSeconds: 48, timedBy: "camera", stopReason: "hips-dropped", quality: "good" },
    right: { holdSeconds: 60, timedBy: "camera", stopReason: "trunk-rotated", quality: "poor" },
  },
  {
    test: "hip-abduction-dynamometer",
    date: "2026-03-16",
    firstSide: "right",
    left: { forceN: 200 },
    right: { forceN: 180.4 },
    leverArmM: 0.45,
    bodyMassKg: 60,
    device: "MicroFET2; firmware 3",
    placement: "side-lying, 5 cm above the lateral knee joint line",
  },
];
const STORED_IDS = ["hold-1", "bridge-1", "clinic-1"];

function bundleOf(lang: "en" | "fr") {
  const record = exampleRecord(lang === "fr" ? "frenchTriathlete" : "runnerPfp");
  const base = exportFhirBundle({
    ...record,
    strengthChecks: CHECKS,
    storedIds: { ...record.storedIds, strength: STORED_IDS },
  });
  // As a file on disk: plain JSON, nothing shared with the export's objects.
  return JSON.parse(JSON.stringify(base)) as { entry: { resource: Record<string, unknown> }[] };
}

function strengthObservation(
  bundle: ReturnType<typeof bundleOf>,
  test: StrengthCheck["test"],
): Observation & Record<string, unknown> {
  const found = bundle.entry
    .map((entry) => entry.resource)
    .find(
      (resource) =>
        resource.resourceType === "Observation" &&
        (resource as unknown as Observation).code.coding?.some(
          (coding) => coding.system === "urn:hipcheck:strength" && coding.code === test,
        ) === true,
    ) as (Observation & Record<string, unknown>) | undefined;
  if (found === undefined) throw new Error(`no ${test} Observation`);
  return found;
}

function sideComponent(observation: Observation, code: string) {
  const component = observation.component?.find((candidate) => candidate.code.coding?.[0]?.code === code);
  if (component?.valueQuantity === undefined) throw new Error(`no ${code} quantity`);
  return component as { valueQuantity: { value: number; code: string; unit: string } };
}

describe("strength checks: export → import", () => {
  it.each(["en", "fr"] as const)(
    "exported in %s, every check comes back whole, under its stored id",
    (lang) => {
      const bundle = bundleOf(lang);
      const read = readFhirBundle(bundle);
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.strengthChecks).toEqual(
        CHECKS.map((entry, index) => ({ storedId: STORED_IDS[index], entry })),
      );
      expect(read.value.skipped.filter((skipped) => skipped.reason === "invalid")).toEqual([]);
      const imported = importFhirBundle(bundle);
      expect(imported.ok && imported.value.strengthChecks).toEqual(CHECKS);
    },
  );

  it("a device showing kilograms-force or pounds-force, and a lever arm in centimetres, read in N and m", () => {
    const bundle = bundleOf("en");
    const clinic = strengthObservation(bundle, "hip-abduction-dynamometer");
    Object.assign(sideComponent(clinic, "hip-abduction-dynamometer.left.force").valueQuantity, {
      value: 20.4,
      unit: "kgf",
      code: "kgf",
    });
    Object.assign(sideComponent(clinic, "hip-abduction-dynamometer.right.force").valueQuantity, {
      value: 40.5,
      unit: "lbf",
      code: "[lbf_av]",
    });
    Object.assign(sideComponent(clinic, "lever-arm").valueQuantity, { value: 45, unit: "cm", code: "cm" });
    const read = readFhirBundle(bundle);
    const check = read.ok ? read.value.strengthChecks.find((one) => one.storedId === "clinic-1") : undefined;
    expect(check?.entry).toMatchObject({
      left: { forceN: 200.1 },
      right: { forceN: 180.2 },
      leverArmM: 0.45,
    });
  });

  it("a force in kilograms of mass, or a hold in metres, is refused by name and nothing of it is taken", () => {
    const bundle = bundleOf("en");
    Object.assign(
      sideComponent(
        strengthObservation(bundle, "hip-abduction-dynamometer"),
        "hip-abduction-dynamometer.left.force",
      ).valueQuantity,
      { value: 20, unit: "kg", code: "kg" },
    );
    Object.assign(
      sideComponent(strengthObservation(bundle, "side-bridge-hold"), "side-bridge-hold.right").valueQuantity,
      { value: 60, unit: "m", code: "m" },
    );
    const read = readFhirBundle(bundle);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.strengthChecks.map((check) => check.storedId)).toEqual(["hold-1"]);
    expect(
      read.value.skipped
        .filter((skipped) => skipped.reason === "invalid")
        .map((skipped) => skipped.detail)
        .sort(),
    ).toEqual([
      'Strength check (hip-abduction-dynamometer, 2026-03-16): component hip-abduction-dynamometer.left.force is in "kg"; HipCheck reads it in UCUM N, kgf, [lbf_av]',
      'Strength check (side-bridge-hold, 2026-03-15): component side-bridge-hold.right is in "m"; HipCheck reads it in UCUM s, min',
    ]);
    // Importing the record whole refuses it, naming the first check it cannot read.
    expect(importFhirBundle(bundle)).toMatchObject({ ok: false, error: { kind: "invalid-input" } });
  });

  it("a 20-minute hold, a 3,000 N push and a lever arm of 3 m are refused with the field and the limit", () => {
    const bundle = bundleOf("fr");
    sideComponent(
      strengthObservation(bundle, "abductor-endurance-hold"),
      "abductor-endurance-hold.left",
    ).valueQuantity.value = 1200;
    const clinic = strengthObservation(bundle, "hip-abduction-dynamometer");
    sideComponent(clinic, "hip-abduction-dynamometer.right.force").valueQuantity.value = 3000;
    const bridge = strengthObservation(bundle, "side-bridge-hold");
    Object.assign(sideComponent(bridge, "side-bridge-hold.left").valueQuantity, { value: 20, code: "min" });
    const read = readFhirBundle(bundle);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.strengthChecks).toEqual([]);
    const details = read.value.skipped
      .filter((skipped) => skipped.reason === "invalid")
      .map((skipped) => skipped.detail);
    expect(details).toHaveLength(3);
    expect(details.join("\n")).toMatch(
      /abductor-endurance-hold, 2026-03-01\): left\.holdSeconds: must be at most 600/,
    );
    expect(details.join("\n")).toMatch(
      /side-bridge-hold, 2026-03-15\): left\.holdSeconds: must be at most 600 \(got 1200\)/,
    );
    expect(details.join("\n")).toMatch(
      /hip-abduction-dynamometer, 2026-03-16\): right\.forceN: must be at most 1000/,
    );
  });

  it("checks from a file written before the side order travelled are refused, saying what is missing", () => {
    const bundle = bundleOf("en");
    // What a bundle from before decision 0480 carries: the values per side, the lever arm, the body mass and the
    // asymmetry, and nothing of the protocol (side tested first, timing, device and placement as components).
    const before0480 = /^([a-z-]+\.(left|right)(\.force)?|lever-arm|body-mass|asymmetry)$/;
    for (const test of [
      "abductor-endurance-hold",
      "side-bridge-hold",
      "hip-abduction-dynamometer",
    ] as const) {
      const observation = strengthObservation(bundle, test);
      Object.assign(observation, {
        component: observation.component?.filter((component) =>
          before0480.test(component.code.coding?.[0]?.code ?? ""),
        ),
      });
    }
    const read = readFhirBundle(bundle);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.strengthChecks).toEqual([]);
    expect(
      read.value.skipped.filter((skipped) => skipped.reason === "invalid").map((skipped) => skipped.detail),
    ).toEqual([
      `Strength check (abductor-endurance-hold, 2026-03-01): firstSide: ${FIRST_SIDE_MISSING}.`,
      `Strength check (side-bridge-hold, 2026-03-15): firstSide: ${FIRST_SIDE_MISSING}.`,
      `Strength check (hip-abduction-dynamometer, 2026-03-16): firstSide: ${FIRST_SIDE_MISSING}.`,
    ]);
    // The rest of the record still comes in (decision 0280).
    expect(read.value.painEntries.length).toBeGreaterThan(0);
  });
});
