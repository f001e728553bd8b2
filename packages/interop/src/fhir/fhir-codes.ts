/**
 * Code systems and codes HipCheck writes into FHIR. Only codes marked verified in docs/clinical
 * (docs/clinical §8) are used; SNOMED CT codes for these conditions are unverified there, so none is written.
 */
import type { Coding } from "./fhir-resources.js";

export const LOINC = "http://loinc.org";
export const UCUM = "http://unitsofmeasure.org";
export const ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
export const BCP_47 = "urn:ietf:bcp:47";
const TERMINOLOGY = "http://terminology.hl7.org/CodeSystem";

/** HipCheck's own identifiers and local codes (no registered namespace: a URN that no other system uses). */
export const HIPCHECK_PROGRAM_SYSTEM = "urn:hipcheck:program";
/** Identifier systems carrying HipCheck's stored ids, so a FHIR server can update instead of duplicating. */
export const HIPCHECK_ID_SYSTEMS = {
  person: "urn:hipcheck:person",
  condition: "urn:hipcheck:reported-condition",
  checkIn: "urn:hipcheck:check-in",
  screening: "urn:hipcheck:screening-result",
  pain: "urn:hipcheck:pain-entry",
  psfs: "urn:hipcheck:psfs-entry",
  movement: "urn:hipcheck:movement-finding",
  strength: "urn:hipcheck:strength-check",
  program: HIPCHECK_PROGRAM_SYSTEM,
  programDocument: "urn:hipcheck:program-document",
  session: "urn:hipcheck:session",
} as const;
export const HIPCHECK_PAIN_SYSTEM = "urn:hipcheck:pain";
export const HIPCHECK_MOVEMENT_SYSTEM = "urn:hipcheck:movement";
/** Hip strength checks and their parts: no verified LOINC or SNOMED CT code fits them (docs/clinical §8). */
export const HIPCHECK_STRENGTH_SYSTEM = "urn:hipcheck:strength";
export const HIPCHECK_SIDE_SYSTEM = "urn:hipcheck:side";
export const HIPCHECK_SCREENING_SYSTEM = "urn:hipcheck:screening";
export const SELF_CHECK_QUESTIONNAIRE = "urn:hipcheck:questionnaire:self-check";
export const INTAKE_QUESTIONNAIRE = "urn:hipcheck:questionnaire:intake";
export const PSFS_QUESTIONNAIRE = "urn:hipcheck:questionnaire:psfs";
export const PROGRAM_CONTENT_TYPE = "application/vnd.hipcheck.program+json";

/** Pain severity 0–10 numeric rating, reported (LOINC 72514-3; docs/clinical §8 [V]). */
export const PAIN_SEVERITY_LOINC: Coding = {
  system: LOINC,
  code: "72514-3",
  display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
};

/**
 * ICD-10-CM M25.561 / M25.562: pain in right / left knee, a symptom code (docs/clinical/fhir-coding.md). What a
 * person reports is sent as this symptom, never as the disorder codes of docs/clinical §8 (M22.2X*, M76.3*), which
 * name a clinician's diagnosis.
 */
export const KNEE_PAIN_ICD: Readonly<Record<"left" | "right", Coding>> = {
  right: { system: ICD_10_CM, code: "M25.561", display: "Pain in right knee" },
  left: { system: ICD_10_CM, code: "M25.562", display: "Pain in left knee" },
};

export const CONDITION_ACTIVE: Coding = {
  system: `${TERMINOLOGY}/condition-clinical`,
  code: "active",
  display: "Active",
};
/** "Unconfirmed": reported by the person, never examined or confirmed by a clinician. */
export const CONDITION_UNCONFIRMED: Coding = {
  system: `${TERMINOLOGY}/condition-ver-status`,
  code: "unconfirmed",
  display: "Unconfirmed",
};
/** A concern the person raises, not an item of a clinician's problem list (US Core condition category). */
export const HEALTH_CONCERN: Coding = {
  system: "http://hl7.org/fhir/us/core/CodeSystem/condition-category",
  code: "health-concern",
  display: "Health Concern",
};
export const OBSERVATION_SURVEY: Coding = {
  system: `${TERMINOLOGY}/observation-category`,
  code: "survey",
  display: "Survey",
};
export const OBSERVATION_EXAM: Coding = {
  system: `${TERMINOLOGY}/observation-category`,
  code: "exam",
  display: "Exam",
};
