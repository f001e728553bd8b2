/**
 * Pain entries as FHIR Observations: the current pain is the value, coded LOINC 72514-3 (0–10 numeric rating,
 * reported; docs/clinical §8 [V]); usual and worst pain are components with local codes, since no verified LOINC
 * code exists for them in the research notes. A foreign system's 72514-3 Observation, which has only the value,
 * is a single reading of the pain now (decision 0281).
 */
import {
  PainEntrySchema,
  parseWith,
  ratesTheWeek,
  type HipError,
  type PainEntry,
  type Result,
} from "@hipcheck/core";
import type { z } from "zod";
import type { ExportContext } from "./export-context.js";
import {
  HIPCHECK_ID_SYSTEMS,
  HIPCHECK_PAIN_SYSTEM,
  OBSERVATION_SURVEY,
  PAIN_SEVERITY_LOINC,
} from "./fhir-codes.js";
import type { Observation, ObservationInputSchema } from "./fhir-resources.js";

const TEXT = {
  now: { en: "Knee pain now, 0-10 numeric rating", fr: "Douleur au genou actuelle, échelle numérique 0-10" },
  usual: {
    en: "Usual pain over the last week, 0-10 numeric rating",
    fr: "Douleur habituelle sur la dernière semaine, échelle numérique 0-10",
  },
  worst: {
    en: "Worst pain over the last week, 0-10 numeric rating",
    fr: "Douleur maximale sur la dernière semaine, échelle numérique 0-10",
  },
} as const;

const COMPONENTS = [
  { key: "painUsual", code: "usual" },
  { key: "painWorst", code: "worst" },
] as const;

/** `storedId`: the entry's id in HipCheck, carried as the identifier. */
export function toPainObservation(entry: PainEntry, storedId: string, context: ExportContext): Observation {
  return {
    resourceType: "Observation",
    id: context.id(`pain.${storedId}`),
    language: context.lang,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.pain, value: storedId }],
    status: "final",
    category: [{ coding: [OBSERVATION_SURVEY] }],
    code: { coding: [PAIN_SEVERITY_LOINC], text: TEXT.now[context.lang] },
    subject: { reference: context.patientRef },
    effectiveDateTime: entry.date,
    valueInteger: entry.painNow,
    // A single reading has no week's usual or worst pain to send (decision 0281).
    component: (ratesTheWeek(entry) ? COMPONENTS : []).map((component) => ({
      code: {
        coding: [{ system: HIPCHECK_PAIN_SYSTEM, code: component.code }],
        text: TEXT[component.code][context.lang],
      },
      valueInteger: entry[component.key],
    })),
  };
}

type ObservationInput = z.infer<typeof ObservationInputSchema>;

export function isPainObservation(observation: ObservationInput): boolean {
  return (
    observation.code.coding?.some(
      (coding) =>
        coding.code === PAIN_SEVERITY_LOINC.code &&
        (coding.system ?? PAIN_SEVERITY_LOINC.system) === PAIN_SEVERITY_LOINC.system,
    ) ?? false
  );
}

/** When the reading was made: `effectiveDateTime`, `effectiveInstant` or the start of `effectivePeriod`. */
export function effectiveOf(observation: ObservationInput): string | undefined {
  return observation.effectiveDateTime ?? observation.effectiveInstant ?? observation.effectivePeriod?.start;
}

/**
 * The calendar day of a FHIR date or dateTime as written: `2026-03-02T21:30:00-05:00` is the 2nd where it was
 * recorded, whatever the day is in UTC.
 */
export function calendarDayOf(dateTime: string): string {
  return /^\d{4}-\d{2}-\d{2}(T|$)/.test(dateTime) ? dateTime.slice(0, 10) : dateTime;
}

/**
 * A pain entry from a 72514-3 Observation. HipCheck's own carry usual and worst pain as components; another
 * system's have the value only (LOINC 72514-3 is one 0-10 rating, "pain now"; docs/clinical §8), a single reading.
 */
export function fromPainObservation(observation: ObservationInput): Result<PainEntry, HipError> {
  const component = (code: string): number | undefined =>
    observation.component?.find((c) =>
      c.code.coding?.some((coding) => coding.system === HIPCHECK_PAIN_SYSTEM && coding.code === code),
    )?.valueInteger;
  const painNow = observation.valueInteger ?? observation.valueQuantity?.value;
  const effective = effectiveOf(observation);
  const usual = component("usual");
  const worst = component("worst");
  return parseWith(PainEntrySchema, {
    date: effective === undefined ? undefined : calendarDayOf(effective),
    painNow,
    painUsual: usual ?? painNow,
    painWorst: worst ?? painNow,
    ...(usual === undefined && worst === undefined ? { singleReading: true } : {}),
  });
}
