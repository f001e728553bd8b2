import {
  AnswersSchema,
  EQUIPMENT,
  IsoDateSchema,
  PlausibleDateSchema,
  ProgramRevisionSchema,
  LANGUAGES,
  LocalizedSchema,
  RED_FLAG_TIERS,
  SPORTS,
  WeekdaySchema,
} from "@hipcheck/core";
import { z } from "zod";
import { ClientEntryIdSchema, IdSchema } from "./ids.js";

export const ProfileSchema = z
  .object({
    language: z.enum(LANGUAGES),
    sports: z.array(z.enum(SPORTS)).max(SPORTS.length * 4),
    equipment: z.array(z.enum(EQUIPMENT)).max(EQUIPMENT.length * 4),
    availableDays: z.array(WeekdaySchema).max(7 * 4),
  })
  .strict();

export const SubmitCheckInBodySchema = z
  .object({
    answers: AnswersSchema,
    date: PlausibleDateSchema.optional().describe("The day the answers are about; today when absent"),
    id: ClientEntryIdSchema,
  })
  .strict();

/**
 * The screen's verdict as the core computes it. The core owns its full shape (flags, Ottawa rules); the wire
 * checks the parts a client acts on or shows: whether self-management may go on, the advice in both languages,
 * and each sign with whom to see and how soon (the web app shows an earlier stop again from this).
 */
export const RedFlagScreenSchema = z.looseObject({
  tier: z.enum([...RED_FLAG_TIERS, "none"]),
  flags: z.array(
    z.looseObject({
      id: z.string(),
      tier: z.enum(RED_FLAG_TIERS),
      reason: LocalizedSchema,
      whoToSee: LocalizedSchema,
      howSoon: LocalizedSchema,
      // Absent from screens stored before each sign carried its own advice (decision 0170).
      stopsProgram: z.boolean().optional(),
      advice: LocalizedSchema.optional(),
    }),
  ),
  selfManagementAllowed: z.boolean(),
  advice: LocalizedSchema,
  /** What happens to the program now; absent from screens stored before decision 0170. */
  nextStep: LocalizedSchema.optional(),
  /** A teenager's caution, safety questions never asked: to show beside a program (decisions 0171, 0173). */
  cautions: z.array(LocalizedSchema).optional(),
  ottawa: z.looseObject({}),
});

export const SelfCheckResultSchema = z.looseObject({
  lookAtHipBalance: z.boolean(),
  yesTo: z.array(z.string()),
  doesHipBalanceWork: z.boolean(),
  explanation: LocalizedSchema,
});

export const CheckInViewSchema = z.object({
  checkInId: IdSchema,
  date: IsoDateSchema,
  screen: RedFlagScreenSchema,
  selfCheck: SelfCheckResultSchema,
});

/**
 * The check-in as sent back to the device that sent it: its screen, and what the progression rules changed because
 * of it. A clean screen after a sharp rise in pain had paused the program resumes it at a smaller dose.
 */
export const SubmitCheckInOutputSchema = CheckInViewSchema.extend({
  revision: ProgramRevisionSchema.nullable().describe(
    "The change it made to the current program (a paused program resuming at a smaller dose); null when none",
  ),
});

/**
 * The answers of the latest check-in, read as the current version of the answers (an older version is upgraded, its
 * never-asked safety questions listed in `redFlagsNotAsked`), so any device can start the next check-in from them.
 */
export const LatestAnswersSchema = z
  .object({
    checkInId: IdSchema,
    date: IsoDateSchema,
    answers: AnswersSchema,
  })
  .nullable();
