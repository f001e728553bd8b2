/**
 * Movement-screen findings as FHIR Observations: the angle in UCUM degrees (`deg`), how it was measured as the
 * method text, and the measurement error beside it, so a reader sees a screening signal, not a diagnosis
 * (docs/clinical "Numbers to encode" #8 and #10).
 */
import { parseWith, type HipError, type Result } from "@hipcheck/core";
import type { z } from "zod";
import {
  MOVEMENT_METRIC_NAMES,
  MOVEMENT_METRICS,
  MovementFindingSchema,
  type MovementFinding,
} from "../movement/movement-finding.js";
import { HIPCHECK_MOVEMENT_SYSTEM, HIPCHECK_SIDE_SYSTEM, OBSERVATION_EXAM, UCUM } from "./fhir-codes.js";
import type {
  Observation,
  ObservationComponent,
  ObservationInputSchema,
  Quantity,
} from "./fhir-resources.js";

function degrees(value: number): Quantity {
  return { value, unit: "deg", system: UCUM, code: "deg" };
}

function components(finding: MovementFinding): ObservationComponent[] {
  const test: ObservationComponent = {
    code: { coding: [{ system: HIPCHECK_MOVEMENT_SYSTEM, code: "test" }], text: "Movement test filmed" },
    valueString: finding.test,
  };
  if (finding.semDeg === null) return [test];
  return [
    test,
    {
      code: {
        coding: [{ system: HIPCHECK_MOVEMENT_SYSTEM, code: "sem" }],
        text: "Standard error of measurement",
      },
      valueQuantity: degrees(finding.semDeg),
    },
  ];
}

function errorNote(finding: MovementFinding): string {
  const error =
    finding.semDeg === null
      ? "measurement error not estimated"
      : `measurement error about ±${finding.semDeg}°`;
  return `Screening signal from a 2D camera movement screen, ${error}; not a diagnosis.`;
}

export function toMovementObservation(finding: MovementFinding, id: string, patientRef: string): Observation {
  const base: Observation = {
    resourceType: "Observation",
    id,
    status: "final",
    category: [{ coding: [OBSERVATION_EXAM] }],
    code: {
      coding: [{ system: HIPCHECK_MOVEMENT_SYSTEM, code: finding.metric }],
      text: MOVEMENT_METRIC_NAMES[finding.metric].en,
    },
    subject: { reference: patientRef },
    effectiveDateTime: finding.date,
    valueQuantity: degrees(finding.valueDeg),
    method: { text: finding.method },
    component: components(finding),
    note: [{ text: errorNote(finding) }],
  };
  if (finding.side === null) return base;
  return {
    ...base,
    bodySite: {
      coding: [{ system: HIPCHECK_SIDE_SYSTEM, code: finding.side }],
      text: `${finding.side} side`,
    },
  };
}

type ObservationInput = z.infer<typeof ObservationInputSchema>;

function movementCode(observation: ObservationInput): string | undefined {
  return observation.code.coding?.find((coding) => coding.system === HIPCHECK_MOVEMENT_SYSTEM)?.code;
}

export function isMovementObservation(observation: ObservationInput): boolean {
  const code = movementCode(observation);
  return code !== undefined && (MOVEMENT_METRICS as readonly string[]).includes(code);
}

export function fromMovementObservation(observation: ObservationInput): Result<MovementFinding, HipError> {
  const component = (code: string) =>
    observation.component?.find((c) => c.code.coding?.some((coding) => coding.code === code));
  return parseWith(MovementFindingSchema, {
    date: observation.effectiveDateTime,
    test: component("test")?.valueString,
    metric: movementCode(observation),
    side:
      observation.bodySite?.coding?.find((coding) => coding.system === HIPCHECK_SIDE_SYSTEM)?.code ?? null,
    valueDeg: observation.valueQuantity?.value,
    semDeg: component("sem")?.valueQuantity?.value ?? null,
    method: observation.method?.text,
  });
}
