/**
 * Pain entries as FHIR Observations: the current pain is the value, coded LOINC 72514-3 (0–10 numeric rating,
 * reported; docs/clinical §8 [V]); usual and worst pain are components with local codes, since no verified LOINC
 * code exists for them in docs/clinical.
 */
import { PainEntrySchema, parseWith, type HipError, type PainEntry, type Result } from "@hipcheck/core";
import { HIPCHECK_PAIN_SYSTEM, OBSERVATION_SURVEY, PAIN_SEVERITY_LOINC } from "./fhir-codes.js";
import type { Observation, ObservationInputSchema } from "./fhir-resources.js";
import type { z } from "zod";

const COMPONENTS = [
  { key: "painUsual", code: "usual", text: "Usual pain over the last week, 0-10 numeric rating" },
  { key: "painWorst", code: "worst", text: "Worst pain over the last week, 0-10 numeric rating" },
] as const;

export function toPainObservation(entry: PainEntry, id: string, patientRef: string): Observation {
  return {
    resourceType: "Observation",
    id,
    status: "final",
    category: [{ coding: [OBSERVATION_SURVEY] }],
    code: { coding: [PAIN_SEVERITY_LOINC], text: "Knee pain now, 0-10 numeric rating" },
    subject: { reference: patientRef },
    effectiveDateTime: entry.date,
    valueInteger: entry.painNow,
    component: COMPONENTS.map((component) => ({
      code: { coding: [{ system: HIPCHECK_PAIN_SYSTEM, code: component.code }], text: component.text },
      valueInteger: entry[component.key],
    })),
  };
}

type ObservationInput = z.infer<typeof ObservationInputSchema>;

export function isPainObservation(observation: ObservationInput): boolean {
  return observation.code.coding?.some((coding) => coding.code === PAIN_SEVERITY_LOINC.code) ?? false;
}

export function fromPainObservation(observation: ObservationInput): Result<PainEntry, HipError> {
  const component = (code: string): number | undefined =>
    observation.component?.find((c) => c.code.coding?.some((coding) => coding.code === code))?.valueInteger;
  return parseWith(PainEntrySchema, {
    date: observation.effectiveDateTime,
    painNow: observation.valueInteger,
    painUsual: component("usual"),
    painWorst: component("worst"),
  });
}
