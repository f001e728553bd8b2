/**
 * Knee pain as the person reported it in the symptom intake, as health concerns a clinician can read: the symptom
 * (ICD-10-CM M25.561/M25.562, pain in right/left knee; docs/clinical/fhir-coding.md) with the location in words,
 * never a problem-list diagnosis. Every way FHIR R4 has of saying so is used: the `health-concern` category,
 * `unconfirmed`, the person as the asserter, the intake answers as the evidence, and a note in plain words. Pain
 * around or behind the kneecap and pain on the outside of the knee are the locations seed 004 and seed 000
 * describe. None is written when the red-flag screen stopped self-management: the screen says whom to see.
 */
import { screenRedFlags, type Answers, type Lang, type PainLocation } from "@hipcheck/core";
import {
  CONDITION_ACTIVE,
  CONDITION_UNCONFIRMED,
  HEALTH_CONCERN,
  HIPCHECK_ID_SYSTEMS,
  KNEE_PAIN_ICD,
} from "./fhir-codes.js";
import type { Condition } from "./fhir-resources.js";

/** The references a reported condition points at: who reported it and the answers it comes from. */
export type ReportedConditionParts = {
  readonly id: (key: string) => string;
  readonly patientRef: string;
  readonly personId: string;
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

const KIND_TEXT: Readonly<Record<ReportedKind, Readonly<Record<Lang, string>>>> = {
  patellofemoral: {
    en: "Pain around or behind the kneecap",
    fr: "Douleur autour ou en arrière de la rotule",
  },
  "iliotibial-band": { en: "Pain on the outside of the knee", fr: "Douleur à la face externe du genou" },
};

const SIDE_TEXT: Readonly<Record<KneeSide, Readonly<Record<Lang, string>>>> = {
  right: { en: "right knee", fr: "genou droit" },
  left: { en: "left knee", fr: "genou gauche" },
};

const AS_REPORTED = { en: "as reported by the person", fr: "selon la personne elle-même" } as const;

const NOT_A_DIAGNOSIS = {
  en:
    "Reported by the person themselves in HipCheck's check-in (self-check and symptom questions). No clinician has " +
    "examined the knee: this is not a diagnosis (verification status: unconfirmed).",
  fr:
    "Déclaré par la personne elle-même lors du bilan HipCheck (auto-test et questions sur les symptômes). Aucun " +
    "clinicien n’a examiné le genou\u00a0: ce n’est pas un diagnostic (statut de vérification\u00a0: non confirmé).",
} as const;

function sidesOf(knee: "left" | "right" | "both"): KneeSide[] {
  return knee === "both" ? ["right", "left"] : [knee];
}

function reportedCondition(
  kind: ReportedKind,
  side: KneeSide,
  lang: Lang,
  parts: ReportedConditionParts,
): Condition {
  const key = `${kind}-${side}`;
  return {
    resourceType: "Condition",
    id: parts.id(`condition.${key}`),
    language: lang,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.condition, value: `${parts.personId}.${key}` }],
    clinicalStatus: { coding: [CONDITION_ACTIVE] },
    verificationStatus: { coding: [CONDITION_UNCONFIRMED] },
    category: [{ coding: [HEALTH_CONCERN] }],
    code: {
      coding: [KNEE_PAIN_ICD[side]],
      text: `${KIND_TEXT[kind][lang]}, ${SIDE_TEXT[side][lang]}, ${AS_REPORTED[lang]}`,
    },
    bodySite: [{ text: SIDE_TEXT[side][lang] }],
    subject: { reference: parts.patientRef },
    recordedDate: parts.answeredOn,
    asserter: { reference: parts.patientRef },
    evidence: [{ detail: [{ reference: parts.intakeRef }] }],
    note: [{ text: NOT_A_DIAGNOSIS[lang] }],
  };
}

/**
 * One Condition per reported location and knee; none when the person reported no knee pain, and none when a red
 * flag stopped self-management.
 */
export function toReportedConditions(answers: Answers, parts: ReportedConditionParts): Condition[] {
  const symptoms = answers.symptoms;
  if (symptoms === null || !screenRedFlags(answers).selfManagementAllowed) return [];
  const kinds = (Object.keys(KIND_LOCATIONS) as ReportedKind[]).filter((kind) =>
    KIND_LOCATIONS[kind].some((location) => symptoms.locations.includes(location)),
  );
  return kinds.flatMap((kind) =>
    sidesOf(symptoms.knee).map((side) => reportedCondition(kind, side, answers.person.language, parts)),
  );
}
