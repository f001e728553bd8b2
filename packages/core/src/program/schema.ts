/**
 * Stored shape of a personal hip program and of its revisions. The server stores these, the web app and the
 * CLI display them, so they are zod schemas and the TypeScript types are inferred from them.
 */
import { z } from "zod";
import { IsoDateSchema } from "../intake/answers.js";
import { DoseSchema, LocalizedSchema, PROGRAM_PHASES } from "../knowledge/schema.js";
import { LANGUAGES } from "../shared/i18n.js";

/** Session blocks, in the order they are done (seed 000: release, then tone; seed 002: strengthen, then stretch). */
export const BLOCKS = ["release", "activation", "balance", "strength", "stretch"] as const;
export type Block = (typeof BLOCKS)[number];

export const SESSION_KINDS = ["strength", "warm-up"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

const idSchema = z.string().min(1).max(120);

export const PlannedExerciseSchema = z
  .object({
    exerciseId: idSchema,
    dose: DoseSchema,
    block: z.enum(BLOCKS),
    /** The progression ladder the exercise sits on, when it has one (the 2-for-2 rule climbs it). */
    ladderId: idSchema.optional(),
  })
  .strict();
export type PlannedExercise = z.infer<typeof PlannedExerciseSchema>;

export const PlannedSessionSchema = z
  .object({
    /** Deterministic: `w{week}-s{n}`, so logs can refer to a planned session across revisions. */
    id: idSchema,
    date: IsoDateSchema,
    week: z.number().int().min(1),
    kind: z.enum(SESSION_KINDS),
    exercises: z.array(PlannedExerciseSchema).min(1),
    /** Estimated duration including rests, to keep sessions within 20–35 minutes. */
    estimatedMinutes: z.number().int().min(1),
  })
  .strict();
export type PlannedSession = z.infer<typeof PlannedSessionSchema>;

export const PhaseSpanSchema = z
  .object({
    phase: z.enum(PROGRAM_PHASES),
    fromWeek: z.number().int().min(1),
    toWeek: z.number().int().min(1),
  })
  .strict()
  .refine((span) => span.fromWeek <= span.toWeek, { message: "fromWeek must not be after toWeek" });
export type PhaseSpan = z.infer<typeof PhaseSpanSchema>;

export const CheckpointSchema = z.object({ week: z.number().int().min(1), date: IsoDateSchema }).strict();
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const PROGRAM_WEEKS_MIN = 3;
export const PROGRAM_WEEKS_MAX = 12;
export const PROGRAM_WEEKS_DEFAULT = 6;

export const ProgramSchema = z
  .object({
    id: idSchema,
    createdOn: IsoDateSchema,
    startDate: IsoDateSchema,
    weeks: z.number().int().min(PROGRAM_WEEKS_MIN).max(PROGRAM_WEEKS_MAX),
    language: z.enum(LANGUAGES),
    /** 0 for the generated program; each revision adds one. */
    revision: z.number().int().min(0).default(0),
    /** Day of the latest revision by the rules (for display: what was acted on is `actedOn`). */
    lastRevisedOn: IsoDateSchema.optional(),
    /**
     * The pain signals and 2-for-2 counts the rules have acted on (progression/acted-on.ts): each is acted on once,
     * whatever arrives in between.
     */
    actedOn: z.array(z.string().min(1).max(300)).optional(),
    /**
     * Set when a sharp rise in morning pain stopped the exercises: paused on that check-in's day (at the instant of
     * that revision), resumed at a smaller dose once a red-flag screen made after it showed no warning sign.
     */
    rescreen: z
      .object({
        pausedOn: IsoDateSchema,
        pausedAt: z.iso.datetime({ offset: true }),
        resumedOn: IsoDateSchema.optional(),
      })
      .strict()
      .optional(),
    phases: z.array(PhaseSpanSchema).min(1),
    checkpoints: z.array(CheckpointSchema),
    sessions: z.array(PlannedSessionSchema),
    /** The short version before runs and rides (seed 003), at most 8 minutes. */
    warmUp: z.array(PlannedExerciseSchema),
    rationale: z.array(LocalizedSchema),
  })
  .strict();
export type Program = z.infer<typeof ProgramSchema>;

/** One change: an exercise swapped for another on its ladder, or its dose changed. */
export const ProgramChangeSchema = z
  .object({
    exerciseId: idSchema,
    from: z.union([idSchema, DoseSchema]),
    to: z.union([idSchema, DoseSchema]),
  })
  .strict();
export type ProgramChange = z.infer<typeof ProgramChangeSchema>;

export const CHANGE_AUTHORS = ["rules", "coach", "person"] as const;
export type ChangeAuthor = (typeof CHANGE_AUTHORS)[number];

export const ProgramRevisionSchema = z
  .object({
    revision: z.number().int().min(1),
    changedAt: z.iso.datetime({ offset: true }),
    changedBy: z.enum(CHANGE_AUTHORS),
    reason: LocalizedSchema,
    /**
     * Set when the author wrote the reason in one language only: both fields then hold those words, and a reader
     * of the other language is told it is the original (decision 0273).
     */
    reasonWrittenIn: z.enum(LANGUAGES).optional(),
    changes: z.array(ProgramChangeSchema),
  })
  .strict();
export type ProgramRevision = z.infer<typeof ProgramRevisionSchema>;
