/**
 * Code systems and codes HipCheck writes into FHIR. Only codes marked verified in docs/clinical
 * (docs/clinical §8) are used; SNOMED CT codes for these conditions are unverified there, so none is written.
 */
import type { Coding } from "./fhir-resources.js";

export const LOINC = "http://loinc.org";
export const UCUM = "http://unitsofmeasure.org";
export const ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
export const ICD_10 = "http://hl7.org/fhir/sid/icd-10";
export const BCP_47 = "urn:ietf:bcp:47";
const TERMINOLOGY = "http://terminology.hl7.org/CodeSystem";

/** HipCheck's own identifiers and local codes (no registered namespace: a URN that no other system uses). */
export const HIPCHECK_PROGRAM_SYSTEM = "urn:hipcheck:program";
export const HIPCHECK_PAIN_SYSTEM = "urn:hipcheck:pain";
export const HIPCHECK_MOVEMENT_SYSTEM = "urn:hipcheck:movement";
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

/** ICD-10-CM M22.2X1 / M22.2X2: patellofemoral disorders, right / left knee (docs/clinical §8 [V]). */
export const PATELLOFEMORAL_ICD: Readonly<Record<"left" | "right", Coding>> = {
  right: { system: ICD_10_CM, code: "M22.2X1", display: "Patellofemoral disorders, right knee" },
  left: { system: ICD_10_CM, code: "M22.2X2", display: "Patellofemoral disorders, left knee" },
};

/**
 * Iliotibial band syndrome: ICD-10-CM M76.32 for the left leg is verified; the right-leg code M76.31 only follows
 * the pattern (docs/clinical §8 [U]), so the right side gets the verified WHO ICD-10 category M76.3 instead.
 */
export const ILIOTIBIAL_BAND_ICD: Readonly<Record<"left" | "right", Coding>> = {
  left: { system: ICD_10_CM, code: "M76.32", display: "Iliotibial band syndrome, left leg" },
  right: { system: ICD_10, code: "M76.3", display: "Iliotibial band syndrome" },
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
export const PROBLEM_LIST_ITEM: Coding = {
  system: `${TERMINOLOGY}/condition-category`,
  code: "problem-list-item",
  display: "Problem List Item",
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
