/**
 * Named people's records for tests: a persona's answers, the program the rules generate for them, a few weeks of
 * pain and PSFS entries and one movement screen. Deterministic, so round trips compare exactly.
 */
import { addDays, generateProgram, type PainEntry, type PsfsEntry } from "@hipcheck/core";
import { personas, type PersonaName } from "@hipcheck/core/testing";
import type { ClinicalRecord } from "../fhir/clinical-record.js";
import type { MovementFinding } from "@hipcheck/motion";

export const START_DATE = "2026-03-02";

function painEntries(count: number): PainEntry[] {
  return Array.from({ length: count }, (_, week) => ({
    date: addDays(START_DATE, week * 7),
    painNow: Math.max(0, 4 - week),
    painUsual: Math.max(0, 4 - week),
    painWorst: Math.max(1, 6 - week),
  }));
}

function psfsEntries(name: PersonaName): PsfsEntry[] {
  const baseline = personas[name].psfs;
  if (baseline === undefined) return [];
  return [
    {
      date: addDays(START_DATE, 21),
      items: baseline.map((item) => ({ ...item, score: Math.min(10, item.score + 2) })),
    },
  ];
}

const SCREEN_METHOD =
  "Front camera, single-leg squat; angle between thigh (hip to knee) and shank (knee to ankle) at peak knee flexion.";

function findings(): MovementFinding[] {
  return [
    {
      date: START_DATE,
      test: "single-leg-squat",
      metric: "knee-frontal-plane-angle",
      side: "right",
      valueDeg: 14.5,
      semDeg: 3,
      method: SCREEN_METHOD,
    },
    {
      date: START_DATE,
      test: "single-leg-squat",
      metric: "knee-frontal-plane-angle",
      side: "left",
      valueDeg: 8.25,
      semDeg: 3,
      method: SCREEN_METHOD,
    },
    {
      date: START_DATE,
      test: "single-leg-squat",
      metric: "trunk-lean",
      side: null,
      valueDeg: -2.5,
      semDeg: null,
      method: "Front camera, shoulder midpoint against pelvis midpoint.",
    },
  ];
}

/** A persona whose red flags stop self-management (Sam, Ruth) has no program. */
export function exampleRecord(name: PersonaName): ClinicalRecord {
  const program = generateProgram(personas[name], { startDate: START_DATE, id: `${name}-program` });
  return {
    personId: `person-${name}`,
    answeredOn: START_DATE,
    answers: personas[name],
    program: program.ok ? program.value : null,
    painEntries: painEntries(name === "yogaTeacherNoPain" ? 0 : 5),
    psfsEntries: psfsEntries(name),
    movementFindings: findings(),
  };
}
