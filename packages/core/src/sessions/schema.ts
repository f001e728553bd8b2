/**
 * Stored shapes of what a person actually did and felt: session logs, morning check-ins (the next-morning rule of
 * the pain-monitoring model), pain entries and Patient-Specific Functional Scale entries.
 */
import { z } from "zod";
import { IsoDateSchema, PainScoreSchema, PsfsSchema } from "../intake/answers.js";
import { SESSION_KINDS } from "../program/schema.js";

export const SET_SIDES = ["left", "right", "both"] as const;
export type SetSide = (typeof SET_SIDES)[number];

export const LoggedSetSchema = z
  .object({
    side: z.enum(SET_SIDES),
    reps: z.number().int().min(0).optional(),
    holdSeconds: z.number().min(0).optional(),
    durationSeconds: z.number().min(0).optional(),
    /** Band colour ("red") or external load ("4 kg"). */
    load: z.string().trim().min(1).max(40).optional(),
  })
  .strict();
export type LoggedSet = z.infer<typeof LoggedSetSchema>;

/** Borg CR10 rating of perceived exertion: 0 = nothing at all, 10 = maximal. */
export const RpeSchema = z.number().min(0).max(10).describe("Effort on the Borg CR10 scale, 0–10");

export const SessionEntrySchema = z
  .object({
    exerciseId: z.string().min(1).max(120),
    sets: z.array(LoggedSetSchema),
    painDuring: PainScoreSchema,
    rpe: RpeSchema,
    notes: z.string().max(2000).optional(),
  })
  .strict();
export type SessionEntry = z.infer<typeof SessionEntrySchema>;

export const SessionLogSchema = z
  .object({
    id: z.string().min(1).max(120),
    programId: z.string().min(1).max(120),
    plannedSessionId: z.string().min(1).max(120).nullable(),
    date: IsoDateSchema,
    kind: z.enum(SESSION_KINDS),
    entries: z.array(SessionEntrySchema),
    painBefore: PainScoreSchema.optional(),
    painAfter: PainScoreSchema.optional(),
    completed: z.boolean(),
  })
  .strict();
export type SessionLog = z.infer<typeof SessionLogSchema>;

export const MorningCheckInSchema = z
  .object({
    date: IsoDateSchema,
    pain: PainScoreSchema,
    /** Pain is back to the person's usual baseline (the next-morning rule, Silbernagel 2007). */
    settled: z.boolean(),
  })
  .strict();
export type MorningCheckIn = z.infer<typeof MorningCheckInSchema>;

export const PainEntrySchema = z
  .object({
    date: IsoDateSchema,
    painNow: PainScoreSchema,
    painUsual: PainScoreSchema,
    painWorst: PainScoreSchema,
    /**
     * Only the pain now was rated (one 0-10 reading from another system, LOINC 72514-3; docs/clinical §8): usual and
     * worst pain repeat it to keep the shape, and no rule reads them as a week's usual or worst (decision 0281).
     */
    singleReading: z.literal(true).optional(),
  })
  .strict();
export type PainEntry = z.infer<typeof PainEntrySchema>;

export const PsfsEntrySchema = z.object({ date: IsoDateSchema, items: PsfsSchema }).strict();
export type PsfsEntry = z.infer<typeof PsfsEntrySchema>;
