/**
 * Conditions as the person reported them in the symptom intake, coded for a clinician's problem list. They are
 * never diagnoses, and every way FHIR R4 has of saying so is used: `unconfirmed`, the person as the asserter, the
 * intake answers as the evidence, and a note in plain words. Pain around or behind the kneecap reads as
 * patellofemoral pain, pain on the outside of the knee as iliotibial band pain (seed 004, seed 000).
 */
import type { Answers, PainLocation } from "@hipcheck/core";
import {
  CONDITION_ACTIVE,
  CONDITION_UNCONFIRMED,
  ILIOTIBIAL_BAND_ICD,
  PATELLOFEMORAL_ICD,
  PROBLEM_LIST_ITEM,
} from "./fhir-codes.js";
import type { Coding, Condition } from "./fhir-resources.js";

/** The references a reported condition points at: who reported it and the answers it comes from. */
export type ReportedConditionParts = {
  readonly patientRef: string;
  /** The intake QuestionnaireResponse holding the symptom answers. */
  readonly intakeRef: string;
  readonly answeredOn: string;
};

type KneeSide = "left" | "right";
type ReportedKind = "patellofemoral" | "iliotibial-band";

const KIND_LOCATIONS: Readonly<Record<ReportedKind, readonly PainLocation[]>> = {
  patellofemoral: ["around-kneecap", "behind-kneecap"],
  "iliotibial-band": ["outer-knee"],
};

const KIND_CODES: Readonly<Record<ReportedKind, Readonly<Record<KneeSide, Coding>>>> = {
  patellofemoral: PATELLOFEMORAL_ICD,
  "iliotibial-band": ILIOTIBIAL_BAND_ICD,
};

const KIND_TEXT: Readonly<Record<ReportedKind, string>> = {
  patellofemoral: "Pain around or behind the kneecap",
  "iliotibial-band": "Pain on the outside of the knee",
};

const NOT_A_DIAGNOSIS =
  "Reported by the person themselves in HipCheck's check-in (self-check and symptom questions). No clinician has " +
  "examined the knee: this is not a diagnosis (verification status: unconfirmed).";

function sidesOf(knee: "left" | "right" | "both"): KneeSide[] {
  return knee === "both" ? ["right", "left"] : [knee];
}

function reportedCondition(kind: ReportedKind, side: KneeSide, parts: ReportedConditionParts): Condition {
  return {
    resourceType: "Condition",
    id: `reported-${kind}-${side}`,
    clinicalStatus: { coding: [CONDITION_ACTIVE] },
    verificationStatus: { coding: [CONDITION_UNCONFIRMED] },
    category: [{ coding: [PROBLEM_LIST_ITEM] }],
    code: {
      coding: [KIND_CODES[kind][side]],
      text: `${KIND_TEXT[kind]}, ${side} knee, as reported by the person`,
    },
    bodySite: [{ text: `${side} knee` }],
    subject: { reference: parts.patientRef },
    recordedDate: parts.answeredOn,
    asserter: { reference: parts.patientRef },
    evidence: [{ detail: [{ reference: parts.intakeRef }] }],
    note: [{ text: NOT_A_DIAGNOSIS }],
  };
}

/** One Condition per reported kind and knee; none when the person reported no knee pain. */
export function toReportedConditions(answers: Answers, parts: ReportedConditionParts): Condition[] {
  const symptoms = answers.symptoms;
  if (symptoms === null) return [];
  const kinds = (Object.keys(KIND_LOCATIONS) as ReportedKind[]).filter((kind) =>
    KIND_LOCATIONS[kind].some((location) => symptoms.locations.includes(location)),
  );
  return kinds.flatMap((kind) => sidesOf(symptoms.knee).map((side) => reportedCondition(kind, side, parts)));
}
