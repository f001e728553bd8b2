/**
 * Check-in answers and PSFS entries as FHIR QuestionnaireResponses: the seed 001 self-check on its own, the rest
 * of the intake (symptoms, red-flag answers, injury, activities, equipment, days, baseline PSFS) in a second one,
 * and one per later PSFS rating. Question texts come from the answers schema itself, in French from
 * `questionnaire-texts.ts` for a French person.
 */
import {
  AnswersV2Schema,
  PsfsEntrySchema,
  SelfCheckSchema,
  type Answers,
  type Lang,
  type PsfsEntry,
} from "@hipcheck/core";
import { INTAKE_QUESTIONNAIRE, PSFS_QUESTIONNAIRE, SELF_CHECK_QUESTIONNAIRE } from "./fhir-codes.js";
import type { Identifier, QuestionnaireResponse } from "./fhir-resources.js";
import { itemsInLanguage } from "./questionnaire-texts.js";
import { fromQuestionnaireItems, toQuestionnaireItems, type ItemInput } from "./questionnaire-items.js";

export const IntakeSchema = AnswersV2Schema.omit({ selfCheck: true });
const PsfsRatingSchema = PsfsEntrySchema.omit({ date: true });

type ResponseParts = {
  readonly id: string;
  readonly identifier: Identifier;
  readonly patientRef: string;
  readonly authored: string;
  /** The language of the question texts (the person's). */
  readonly lang: Lang;
};

function response(
  parts: ResponseParts,
  questionnaire: string,
  item: QuestionnaireResponse["item"],
): QuestionnaireResponse {
  return {
    resourceType: "QuestionnaireResponse",
    id: parts.id,
    language: parts.lang,
    identifier: parts.identifier,
    questionnaire,
    status: "completed",
    subject: { reference: parts.patientRef },
    authored: parts.authored,
    item: itemsInLanguage(item, parts.lang),
  };
}

export function toSelfCheckResponse(answers: Answers, parts: ResponseParts): QuestionnaireResponse {
  return response(parts, SELF_CHECK_QUESTIONNAIRE, toQuestionnaireItems(answers.selfCheck, SelfCheckSchema));
}

export function toIntakeResponse(answers: Answers, parts: ResponseParts): QuestionnaireResponse {
  return response(parts, INTAKE_QUESTIONNAIRE, toQuestionnaireItems(answers, IntakeSchema));
}

export function toPsfsResponse(
  entry: PsfsEntry,
  parts: Omit<ResponseParts, "authored">,
): QuestionnaireResponse {
  return response(
    { ...parts, authored: entry.date },
    PSFS_QUESTIONNAIRE,
    toQuestionnaireItems(entry, PsfsRatingSchema),
  );
}

/** Unvalidated answers from the two check-in responses; the caller parses them with `AnswersSchema`. */
export function answersFromResponses(selfCheck: readonly ItemInput[], intake: readonly ItemInput[]): unknown {
  return {
    ...fromQuestionnaireItems(intake, IntakeSchema),
    selfCheck: fromQuestionnaireItems(selfCheck, SelfCheckSchema),
  };
}

/** An unvalidated PSFS entry; the caller parses it with `PsfsEntrySchema`. */
export function psfsEntryFromResponse(authored: string, items: readonly ItemInput[]): unknown {
  return { date: authored, ...fromQuestionnaireItems(items, PsfsRatingSchema) };
}
