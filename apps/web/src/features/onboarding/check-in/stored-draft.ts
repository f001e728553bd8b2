/**
 * The check-in in progress, kept on the device so that a reload, a closed tab or a phone call does not lose it.
 * It is read back through a schema built from the core's own vocabularies: a draft written by an older version of
 * the app, or damaged, is dropped rather than trusted.
 */
import {
  AGGRAVATORS,
  ActivitySchema,
  EQUIPMENT,
  KNEE_SIDES,
  PAIN_LOCATIONS,
  PainScoreSchema,
  RED_FLAG_QUESTIONS,
  SELF_CHECK_QUESTIONS,
  SPORTS,
  WeekdaySchema,
} from "@hipcheck/core";
import { z } from "zod";
import type { AnswersDraft } from "../answers-draft.js";

const answerOrNull = z.boolean().nullable();

function answersFor<K extends string>(keys: readonly K[]) {
  return z.object(
    Object.fromEntries(keys.map((key) => [key, answerOrNull])) as Record<K, typeof answerOrNull>,
  );
}

const DraftSchema = z
  .object({
    ageYears: z.number().int().nullable(),
    sex: z.enum(["female", "male", "other"]).nullable(),
    selfCheck: answersFor(Object.keys(SELF_CHECK_QUESTIONS) as (keyof typeof SELF_CHECK_QUESTIONS)[]),
    hasPain: answerOrNull,
    knee: z.enum(KNEE_SIDES),
    locations: z.array(z.enum(PAIN_LOCATIONS)),
    aggravators: z.array(z.enum(AGGRAVATORS)),
    durationWeeks: z.number().int().min(0),
    painNow: PainScoreSchema.nullable(),
    painUsual: PainScoreSchema.nullable(),
    painWorst: PainScoreSchema.nullable(),
    redFlags: answersFor(Object.keys(RED_FLAG_QUESTIONS) as (keyof typeof RED_FLAG_QUESTIONS)[]),
    injured: answerOrNull,
    injury: z.object({
      daysAgo: z.number().int().min(0),
      tenderOnlyOnKneecap: answerOrNull,
      tenderAtFibulaHead: answerOrNull,
      cannotBendTo90: answerOrNull,
      couldNotTakeFourSteps: answerOrNull,
    }),
    activities: z.partialRecord(z.enum(SPORTS), ActivitySchema),
    equipment: z.array(z.enum(EQUIPMENT)),
    availableDays: z.array(WeekdaySchema),
    psfs: z.array(z.object({ activity: z.string().max(120), score: PainScoreSchema })),
  })
  .strict();

/** Version 1: the first draft kept on the device. A new shape gets a new version and an upgrade or a drop. */
export const StoredDraftSchema = z.object({ version: z.literal(1), draft: DraftSchema }).strict();

export type StoredDraft = { readonly version: 1; readonly draft: AnswersDraft };

export function storedDraft(draft: AnswersDraft): StoredDraft {
  return { version: 1, draft };
}

/** The draft read back, or undefined when there is none or it cannot be trusted. */
export function parseStoredDraft(value: unknown): StoredDraft | undefined {
  const parsed = StoredDraftSchema.safeParse(value);
  return parsed.success ? (parsed.data satisfies StoredDraft) : undefined;
}
