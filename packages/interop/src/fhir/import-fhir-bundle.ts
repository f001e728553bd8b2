/**
 * Reads back a bundle written by `exportFhirBundle` (a collection or a transaction). Untrusted input: every resource
 * is parsed, and the first problem comes back as an `invalid-input` error naming the resource. Conditions are not
 * read: they are derived from the answers again, so a bundle cannot change what the person reported. Dates may be
 * full dateTimes with a zone: the calendar day is the one written. The program is read from the DocumentReference
 * (or the Binary of earlier exports) holding HipCheck's JSON.
 */
import { err, hipError, ok, parseWith, type HipError, type Program, type Result } from "@hipcheck/core";
import type { z } from "zod";
import { answersFromResponses, psfsEntryFromResponse } from "./answers-questionnaire.js";
import { ClinicalRecordSchema, type ClinicalRecord } from "./clinical-record.js";
import {
  HIPCHECK_ID_SYSTEMS,
  INTAKE_QUESTIONNAIRE,
  PROGRAM_CONTENT_TYPE,
  PSFS_QUESTIONNAIRE,
  SELF_CHECK_QUESTIONNAIRE,
} from "./fhir-codes.js";
import {
  BinaryInputSchema,
  BUNDLE_ENTRIES_MAX,
  BundleInputSchema,
  DocumentReferenceInputSchema,
  ObservationInputSchema,
  PatientInputSchema,
  QuestionnaireResponseInputSchema,
} from "./fhir-resources.js";
import { fromMovementObservation, isMovementObservation } from "./movement-observation.js";
import { calendarDayOf, fromPainObservation, isPainObservation } from "./pain-observation.js";
import { fromProgramBinary } from "./program-care-plan.js";

type Resources = readonly { readonly resourceType: string }[];

function ofType<S extends z.ZodType>(
  resources: Resources,
  type: string,
  schema: S,
): Result<z.infer<S>[], HipError> {
  const parsed: z.infer<S>[] = [];
  for (const [index, resource] of resources.entries()) {
    if (resource.resourceType !== type) continue;
    const result = schema.safeParse(resource);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue === undefined ? "" : ` (${issue.path.map(String).join(".")}: ${issue.message})`;
      return err(
        hipError("invalid-input", `Entry ${index + 1}, a ${type}, is not in the expected shape${where}.`),
      );
    }
    parsed.push(result.data);
  }
  return ok(parsed);
}

function collect<T>(results: readonly Result<T, HipError>[], what: string): Result<T[], HipError> {
  const values: T[] = [];
  for (const [index, result] of results.entries()) {
    if (!result.ok) return err({ ...result.error, message: `${what} ${index + 1}: ${result.error.message}` });
    values.push(result.value);
  }
  return ok(values);
}

function readProgram(resources: Resources): Result<Program | null, HipError> {
  const binaries = ofType(resources, "Binary", BinaryInputSchema);
  if (!binaries.ok) return binaries;
  const documents = ofType(resources, "DocumentReference", DocumentReferenceInputSchema);
  if (!documents.ok) return documents;
  const programs = [
    ...binaries.value.filter((binary) => binary.contentType === PROGRAM_CONTENT_TYPE),
    ...documents.value.flatMap((document) =>
      document.content.flatMap(({ attachment }) =>
        attachment.contentType === PROGRAM_CONTENT_TYPE && attachment.data !== undefined
          ? [{ data: attachment.data }]
          : [],
      ),
    ),
  ];
  if (programs.length > 1) return err(hipError("invalid-input", "The bundle holds more than one program."));
  const program = programs[0];
  return program === undefined ? ok(null) : fromProgramBinary(program);
}

type ResponseInput = z.infer<typeof QuestionnaireResponseInputSchema>;

function readAnswers(
  responses: readonly ResponseInput[],
): Result<{ answers: unknown; answeredOn: string }, HipError> {
  const selfCheck = responses.find((r) => r.questionnaire === SELF_CHECK_QUESTIONNAIRE);
  const intake = responses.find((r) => r.questionnaire === INTAKE_QUESTIONNAIRE);
  if (selfCheck === undefined || intake === undefined) {
    return err(
      hipError("invalid-input", "The bundle has no HipCheck self-check and intake responses to read."),
    );
  }
  return ok({
    answers: answersFromResponses(selfCheck.item ?? [], intake.item ?? []),
    answeredOn: calendarDayOf(intake.authored),
  });
}

function readPerson(resources: Resources): Result<z.infer<typeof PatientInputSchema>, HipError> {
  const patients = ofType(resources, "Patient", PatientInputSchema);
  if (!patients.ok) return patients;
  const [patient, ...others] = patients.value;
  if (patient === undefined || others.length > 0) {
    return err(hipError("invalid-input", "A HipCheck bundle holds exactly one Patient."));
  }
  return ok(patient);
}

function personFields(patient: z.infer<typeof PatientInputSchema>): Record<string, unknown> {
  const name = patient.name?.[0]?.text;
  const language = patient.communication?.[0]?.language.coding?.[0]?.code;
  const sex = patient.gender === "unknown" ? undefined : patient.gender;
  return {
    ...(name === undefined ? {} : { name }),
    ...(sex === undefined ? {} : { sex }),
    ...(language === undefined ? {} : { language }),
  };
}

export function importFhirBundle(bundle: unknown): Result<ClinicalRecord, HipError> {
  const parsed = BundleInputSchema.safeParse(bundle);
  if (!parsed.success) {
    return err(hipError("invalid-input", `Not a FHIR Bundle of at most ${BUNDLE_ENTRIES_MAX} entries.`));
  }
  const resources = parsed.data.entry.map((entry) => entry.resource);
  const patient = readPerson(resources);
  if (!patient.ok) return patient;
  const responses = ofType(resources, "QuestionnaireResponse", QuestionnaireResponseInputSchema);
  if (!responses.ok) return responses;
  const checkIn = readAnswers(responses.value);
  if (!checkIn.ok) return checkIn;
  const observations = ofType(resources, "Observation", ObservationInputSchema);
  if (!observations.ok) return observations;
  const program = readProgram(resources);
  if (!program.ok) return program;
  const painEntries = collect(
    observations.value.filter(isPainObservation).map(fromPainObservation),
    "Pain entry",
  );
  if (!painEntries.ok) return painEntries;
  const findings = collect(
    observations.value.filter(isMovementObservation).map(fromMovementObservation),
    "Finding",
  );
  if (!findings.ok) return findings;
  const psfs = responses.value.filter((r) => r.questionnaire === PSFS_QUESTIONNAIRE);
  const answers = checkIn.value.answers as { person?: Record<string, unknown> };
  return parseWith(ClinicalRecordSchema, {
    personId:
      patient.value.identifier?.find((identifier) => identifier.system === HIPCHECK_ID_SYSTEMS.person)
        ?.value ?? patient.value.id,
    answeredOn: checkIn.value.answeredOn,
    answers: { ...answers, person: { ...answers.person, ...personFields(patient.value) } },
    program: program.value,
    painEntries: painEntries.value,
    psfsEntries: psfs.map((response) =>
      psfsEntryFromResponse(calendarDayOf(response.authored), response.item ?? []),
    ),
    movementFindings: findings.value,
  });
}
