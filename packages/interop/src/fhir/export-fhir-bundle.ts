/**
 * A person's HipCheck record as a FHIR R4 collection Bundle for a clinician's system: Patient, the conditions as
 * reported (never diagnoses), the program as a CarePlan, pain and movement-screen Observations, and the self-check,
 * intake and PSFS as QuestionnaireResponses. Deterministic: the same record gives a deep-equal bundle.
 */
import { ok, type Answers, type HipError, type Result } from "@hipcheck/core";
import {
  collectMovementFindings,
  type MovementFindingsSources,
} from "../movement/movement-findings-from-report.js";
import { toIntakeResponse, toPsfsResponse, toSelfCheckResponse } from "./answers-questionnaire.js";
import type { ClinicalRecord } from "./clinical-record.js";
import { BCP_47 } from "./fhir-codes.js";
import type { Bundle, FhirResource, Patient } from "./fhir-resources.js";
import { toMovementObservation } from "./movement-observation.js";
import { toPainObservation } from "./pain-observation.js";
import { toCarePlan, toProgramBinary } from "./program-care-plan.js";
import { toReportedConditions } from "./reported-conditions.js";
import { toRedFlagObservation, toSelfCheckObservation } from "./screening-observations.js";

function toPatient(personId: string, person: Answers["person"]): Patient {
  const communication = [
    { language: { coding: [{ system: BCP_47, code: person.language }] }, preferred: true },
  ];
  return {
    resourceType: "Patient",
    id: personId,
    ...(person.name === undefined ? {} : { name: [{ text: person.name }] }),
    ...(person.sex === undefined ? {} : { gender: person.sex }),
    communication,
  };
}

export function exportFhirBundle(record: ClinicalRecord): Bundle {
  const patientRef = `Patient/${record.personId}`;
  const checkIn = { patientRef, authored: record.answeredOn };
  const intake = toIntakeResponse(record.answers, { ...checkIn, id: "intake" });
  const conditionParts = {
    patientRef,
    intakeRef: `QuestionnaireResponse/${intake.id}`,
    answeredOn: record.answeredOn,
  };
  const resources: FhirResource[] = [
    toPatient(record.personId, record.answers.person),
    ...toReportedConditions(record.answers, conditionParts),
    toSelfCheckResponse(record.answers, { ...checkIn, id: "self-check" }),
    intake,
    toSelfCheckObservation(record.answers, { patientRef, answeredOn: record.answeredOn }),
    toRedFlagObservation(record.answers, { patientRef, answeredOn: record.answeredOn }),
    ...(record.program === null
      ? []
      : [toCarePlan(record.program, patientRef), toProgramBinary(record.program)]),
    ...record.painEntries.map((entry, index) => toPainObservation(entry, `pain-${index + 1}`, patientRef)),
    ...record.psfsEntries.map((entry, index) =>
      toPsfsResponse(entry, { id: `psfs-${index + 1}`, patientRef }),
    ),
    ...record.movementFindings.map((finding, index) =>
      toMovementObservation(finding, `movement-${index + 1}`, patientRef),
    ),
  ];
  return { resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) };
}

/** What the application gathers for a clinical export: the record's parts, with the screens its findings come from. */
export type ClinicalSources = Omit<ClinicalRecord, "painEntries" | "psfsEntries" | "movementFindings"> &
  MovementFindingsSources & {
    readonly painEntries: readonly ClinicalRecord["painEntries"][number][];
    readonly psfsEntries: readonly ClinicalRecord["psfsEntries"][number][];
  };

/**
 * The bundle of a person's gathered sources, as the server and the CLI export it: the movement findings of saved
 * and imported screens first, so a saved report that does not read is a clear error rather than a shorter record.
 */
export function exportFhirBundleFromSources(sources: ClinicalSources): Result<Bundle, HipError> {
  const findings = collectMovementFindings(sources);
  if (!findings.ok) return findings;
  const { personId, answeredOn, answers, program, painEntries, psfsEntries } = sources;
  return ok(
    exportFhirBundle({
      personId,
      answeredOn,
      answers,
      program,
      painEntries: [...painEntries],
      psfsEntries: [...psfsEntries],
      movementFindings: findings.value,
    }),
  );
}
