/**
 * Answers ↔ QuestionnaireResponse items. The zod schema of the answers drives both directions: each field becomes
 * an item whose linkId is its dotted path and whose text is the field's description, lists become repeated answers
 * (or repeated groups for lists of objects), and absent or empty values are left out, as FHIR asks.
 */
import { z } from "zod";
import type { QuestionnaireAnswer, QuestionnaireItem } from "./fhir-resources.js";

type Wrapped = { unwrap(): z.ZodType };

function isWrapper(schema: z.ZodType): schema is z.ZodType & Wrapped {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault;
}

function unwrapped(schema: z.ZodType): z.ZodType {
  return isWrapper(schema) ? unwrapped(schema.unwrap()) : schema;
}

function descriptionOf(schema: z.ZodType): string | undefined {
  if (schema.description !== undefined) return schema.description;
  return isWrapper(schema) ? descriptionOf(schema.unwrap()) : undefined;
}

function linkIdOf(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

function toAnswer(value: unknown): QuestionnaireAnswer {
  if (typeof value === "boolean") return { valueBoolean: value };
  if (typeof value === "number") {
    return Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value };
  }
  if (typeof value === "string") return { valueString: value };
  throw new TypeError(`No questionnaire answer type for ${typeof value}`);
}

function fromAnswer(answer: Record<string, unknown> | undefined): unknown {
  if (answer === undefined) return undefined;
  return answer.valueBoolean ?? answer.valueInteger ?? answer.valueDecimal ?? answer.valueString;
}

function withText(item: QuestionnaireItem, text: string | undefined): QuestionnaireItem {
  return text === undefined ? item : { ...item, text };
}

function itemsOfField(value: unknown, schema: z.ZodType, linkId: string): QuestionnaireItem[] {
  const base = unwrapped(schema);
  const text = descriptionOf(schema);
  if (value === null || value === undefined) return [];
  if (Array.isArray(value) && base instanceof z.ZodArray) {
    const element = unwrapped(base.element as z.ZodType);
    if (element instanceof z.ZodObject) {
      return value.map((entry) =>
        withText({ linkId, item: toQuestionnaireItems(entry, element, linkId) }, text),
      );
    }
    return value.length === 0 ? [] : [withText({ linkId, answer: value.map(toAnswer) }, text)];
  }
  if (base instanceof z.ZodObject) {
    const item = toQuestionnaireItems(value, base, linkId);
    return item.length === 0 ? [] : [withText({ linkId, item }, text)];
  }
  return [withText({ linkId, answer: [toAnswer(value)] }, text)];
}

/** Items for an object valid under `schema`, in the schema's field order. */
export function toQuestionnaireItems(value: unknown, schema: z.ZodObject, prefix = ""): QuestionnaireItem[] {
  const record = value as Record<string, unknown>;
  return Object.entries(schema.shape).flatMap(([key, field]) =>
    itemsOfField(record[key], field as z.ZodType, linkIdOf(prefix, key)),
  );
}

export type ItemInput = {
  readonly linkId: string;
  readonly answer?: readonly Record<string, unknown>[] | undefined;
  readonly item?: readonly ItemInput[] | undefined;
};

function absentValue(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodOptional) return undefined;
  if (schema instanceof z.ZodNullable) return null;
  return unwrapped(schema) instanceof z.ZodArray ? [] : undefined;
}

function valueOfField(items: readonly ItemInput[], schema: z.ZodType, linkId: string): unknown {
  const matching = items.filter((item) => item.linkId === linkId);
  const first = matching[0];
  if (first === undefined) return absentValue(schema);
  const base = unwrapped(schema);
  if (base instanceof z.ZodArray) {
    const element = unwrapped(base.element as z.ZodType);
    if (element instanceof z.ZodObject) {
      return matching.map((item) => fromQuestionnaireItems(item.item ?? [], element, linkId));
    }
    return (first.answer ?? []).map(fromAnswer);
  }
  if (base instanceof z.ZodObject) return fromQuestionnaireItems(first.item ?? [], base, linkId);
  return fromAnswer(first.answer?.[0]);
}

/**
 * The object the items describe, shaped by `schema` but not yet validated: the caller parses it with the schema,
 * so a tampered or foreign response fails there with a message naming the field.
 */
export function fromQuestionnaireItems(
  items: readonly ItemInput[],
  schema: z.ZodObject,
  prefix = "",
): Record<string, unknown> {
  const entries = Object.entries(schema.shape)
    .map(([key, field]) => [key, valueOfField(items, field as z.ZodType, linkIdOf(prefix, key))] as const)
    .filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries);
}
