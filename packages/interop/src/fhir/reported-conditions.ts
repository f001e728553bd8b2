/**
 * Conditions as the person reported them in the symptom intake, coded for a clinician's problem list. They are
 * never diagnoses: every one is `unconfirmed` and says so in its text and note. Pain around or behind the kneecap
 * reads as patellofemoral pain, pain on the outside of the knee as iliotibial band pain (seed 004, seed 000).
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
  "Reported by the person in the HipCheck symptom intake, not examined by a clinician: this is not a diagnosis " +
  "(verification status: unconfirmed).";

function sidesOf(knee: "left" | "right" | "both"): KneeSide[] {
  return knee === "both" ? ["right", "left"] : [knee];
}

function reportedCondition(
  kind: ReportedKind,
  side: KneeSide,
  patientRef: string,
  answeredOn: string,
): Condition {
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
    subject: { reference: patientRef },
    recordedDate: answeredOn,
    note: [{ text: NOT_A_DIAGNOSIS }],
  };
}

/** One Condition per reported kind and knee; none when the person reported no knee pain. */
export function toReportedConditions(answers: Answers, patientRef: string, answeredOn: string): Condition[] {
  const symptoms = answers.symptoms;
  if (symptoms === null) return [];
  const kinds = (Object.keys(KIND_LOCATIONS) as ReportedKind[]).filter((kind) =>
    KIND_LOCATIONS[kind].some((location) => symptoms.locations.includes(location)),
  );
  return kinds.flatMap((kind) =>
    sidesOf(symptoms.knee).map((side) => reportedCondition(kind, side, patientRef, answeredOn)),
  );
}
