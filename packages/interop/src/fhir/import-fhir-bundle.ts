/**
 * Reads back a bundle written by `exportFhirBundle` (a collection or a transaction) as the record it came from, all
 * or nothing: the first resource HipCheck cannot read is an `invalid-input` error naming it, and a bundle without
 * HipCheck's check-in is refused. For a bundle from another system, or to import what can be imported and hear
 * about the rest, use `readFhirBundle` (decision 0280). Conditions and screen results are not read: they are derived
 * from the answers again, so a bundle cannot change what the person reported.
 */
import { err, hipError, parseWith, type HipError, type Result } from "@hipcheck/core";
import { ClinicalRecordSchema, type ClinicalRecord } from "./clinical-record.js";
import { readFhirBundle } from "./read-fhir-bundle.js";

export function importFhirBundle(bundle: unknown): Result<ClinicalRecord, HipError> {
  const read = readFhirBundle(bundle);
  if (!read.ok) return read;
  const { personId, checkIn, program, painEntries, psfsEntries, strengthChecks, movementFindings, skipped } =
    read.value;
  const unreadable = skipped.find((resource) => resource.reason === "invalid");
  if (unreadable !== undefined) {
    const name = unreadable.id === null ? "" : ` ${unreadable.id}`;
    return err(hipError("invalid-input", `${unreadable.resourceType}${name}: ${unreadable.detail}`));
  }
  if (checkIn === null) {
    return err(
      hipError("invalid-input", "The bundle has no HipCheck self-check and intake responses to read."),
    );
  }
  if (personId === null) {
    return err(hipError("invalid-input", "A HipCheck bundle holds exactly one Patient."));
  }
  return parseWith(ClinicalRecordSchema, {
    personId,
    answeredOn: checkIn.answeredOn,
    answers: checkIn.answers,
    program,
    painEntries: painEntries.map((read) => read.entry),
    psfsEntries: psfsEntries.map((read) => read.entry),
    movementFindings: movementFindings.map((read) => read.entry),
    ...(strengthChecks.length === 0 ? {} : { strengthChecks: strengthChecks.map((read) => read.entry) }),
  });
}
