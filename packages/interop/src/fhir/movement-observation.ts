/**
 * Movement-screen findings as FHIR Observations: the angle in UCUM degrees (`deg`), how it was measured as the
 * method text, and the measurement error beside it, so a reader sees a screening signal, not a diagnosis
 * (docs/clinical "Numbers to encode" #8 and #10).
 */
import { parseWith, type HipError, type Result } from "@hipcheck/core";
import type { z } from "zod";
import { calendarDayOf, effectiveOf } from "./pain-observation.js";
import { MOVEMENT_METRIC_NAMES, movementMetricOf, type MovementFinding } from "@hipcheck/motion";
import { MovementFindingSchema } from "../movement/movement-finding.js";
import type { Lang } from "@hipcheck/core";
import type { ExportContext } from "./export-context.js";
import {
  HIPCHECK_ID_SYSTEMS,
  HIPCHECK_MOVEMENT_SYSTEM,
  HIPCHECK_SIDE_SYSTEM,
  OBSERVATION_EXAM,
  UCUM,
} from "./fhir-codes.js";
import type {
  Observation,
  ObservationComponent,
  ObservationInputSchema,
  Quantity,
} from "./fhir-resources.js";

function degrees(value: number): Quantity {
  return { value, unit: "deg", system: UCUM, code: "deg" };
}

const TEXT = {
  test: { en: "Movement test filmed", fr: "Test de mouvement filmé" },
  sem: { en: "Standard error of measurement", fr: "Erreur type de mesure" },
  side: { en: { left: "left side", right: "right side" }, fr: { left: "côté gauche", right: "côté droit" } },
} as const;

function components(finding: MovementFinding, lang: Lang): ObservationComponent[] {
  const test: ObservationComponent = {
    code: { coding: [{ system: HIPCHECK_MOVEMENT_SYSTEM, code: "test" }], text: TEXT.test[lang] },
    valueString: finding.test,
  };
  if (finding.semDeg === null) return [test];
  return [
    test,
    {
      code: { coding: [{ system: HIPCHECK_MOVEMENT_SYSTEM, code: "sem" }], text: TEXT.sem[lang] },
      valueQuantity: degrees(finding.semDeg),
    },
  ];
}

function errorNote(finding: MovementFinding, lang: Lang): string {
  if (lang === "fr") {
    const error =
      finding.semDeg === null
        ? "erreur de mesure non estimée"
        : `erreur de mesure d’environ ±${String(finding.semDeg).replace(".", ",")}°`;
    return `Signal de dépistage issu d’un test de mouvement filmé en 2D, ${error}\u00a0; ce n’est pas un diagnostic.`;
  }
  const error =
    finding.semDeg === null
      ? "measurement error not estimated"
      : `measurement error about ±${finding.semDeg}°`;
  return `Screening signal from a 2D camera movement screen, ${error}; not a diagnosis.`;
}

/**
 * `key`: the finding's key in the person's record, from which its resource id is made. `identifier`: the value of
 * its HipCheck identifier: the finding's name (its screen and place in it, or the name it was imported under), the
 * same on every server, so an import knows it (decision 0710); else the person and the key, which says nothing an
 * import can rely on (a key by date renumbers when a screen is added or removed that day).
 */
export function toMovementObservation(
  finding: MovementFinding,
  key: string,
  context: ExportContext,
  identifier = `${context.personId}.${key}`,
): Observation {
  const { lang } = context;
  const base: Observation = {
    resourceType: "Observation",
    id: context.id(`movement.${key}`),
    language: lang,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.movement, value: identifier }],
    status: "final",
    category: [{ coding: [OBSERVATION_EXAM] }],
    code: {
      coding: [{ system: HIPCHECK_MOVEMENT_SYSTEM, code: finding.metric }],
      text: MOVEMENT_METRIC_NAMES[finding.metric][lang],
    },
    subject: { reference: context.patientRef },
    effectiveDateTime: finding.date,
    valueQuantity: degrees(finding.valueDeg),
    method: { text: finding.method },
    component: components(finding, lang),
    note: [{ text: errorNote(finding, lang) }],
  };
  if (finding.side === null) return base;
  return {
    ...base,
    bodySite: {
      coding: [{ system: HIPCHECK_SIDE_SYSTEM, code: finding.side }],
      text: TEXT.side[lang][finding.side],
    },
  };
}

type ObservationInput = z.infer<typeof ObservationInputSchema>;

function movementCode(observation: ObservationInput): string | undefined {
  return observation.code.coding?.find((coding) => coding.system === HIPCHECK_MOVEMENT_SYSTEM)?.code;
}

export function isMovementObservation(observation: ObservationInput): boolean {
  const code = movementCode(observation);
  return code !== undefined && movementMetricOf(code) !== undefined;
}

export function fromMovementObservation(observation: ObservationInput): Result<MovementFinding, HipError> {
  const component = (code: string) =>
    observation.component?.find((c) => c.code.coding?.some((coding) => coding.code === code));
  const effective = effectiveOf(observation);
  return parseWith(MovementFindingSchema, {
    date: effective === undefined ? undefined : calendarDayOf(effective),
    test: component("test")?.valueString,
    metric: movementCode(observation),
    side:
      observation.bodySite?.coding?.find((coding) => coding.system === HIPCHECK_SIDE_SYSTEM)?.code ?? null,
    valueDeg: observation.valueQuantity?.value,
    semDeg: component("sem")?.valueQuantity?.value ?? null,
    method: observation.method?.text,
  });
}
