/**
 * A recorded strength check: one test, both sides, on one day. The plausibility limits refuse typing and timing
 * mistakes (a 20-minute hold, 3,000 N, a lever arm no leg has) so that nothing absurd is stored (docs/clinical §10.5).
 */
import { z } from "zod";
import { IsoDateSchema } from "../intake/answers.js";
import type { HipError } from "../shared/error-kind.js";
import { parseWith } from "../shared/parse.js";
import { err, type Result } from "../shared/result.js";
import { HOLD_STOP_REASONS, STRENGTH_SIDES, TIMED_BY, type StrengthSide } from "./strength-tests.js";

/** Plausibility limits (derived, docs/clinical §10.5): published mean holds are 60–120 s. */
export const HOLD_SECONDS_MIN = 1;
export const HOLD_SECONDS_MAX = 600;
/** Handheld devices read hip abduction at about 100–400 N (docs/clinical §10.5). */
export const FORCE_N_MIN = 1;
export const FORCE_N_MAX = 1000;
/** Greater trochanter to the knee or ankle in adults (docs/clinical §10.5). */
export const LEVER_ARM_M_MIN = 0.2;
export const LEVER_ARM_M_MAX = 1.2;
export const BODY_MASS_KG_MIN = 20;
export const BODY_MASS_KG_MAX = 300;
/** Standard gravity: a device showing kilograms-force reads this many newtons per kilogram. */
export const NEWTONS_PER_KGF = 9.80665;

export const HOLD_QUALITIES = ["good", "fair", "poor"] as const;
export type HoldQuality = (typeof HOLD_QUALITIES)[number];

export const HoldSideSchema = z
  .object({
    holdSeconds: z
      .number()
      .min(HOLD_SECONDS_MIN)
      .max(HOLD_SECONDS_MAX)
      .describe("Seconds held, 1–600 (longer is a timing mistake)"),
    timedBy: z.enum(TIMED_BY),
    stopReason: z.enum(HOLD_STOP_REASONS).optional(),
    /** How steady the hold was, as the camera judged it. */
    quality: z.enum(HOLD_QUALITIES).optional(),
  })
  .strict();
export type HoldSide = z.infer<typeof HoldSideSchema>;

export const DynamometerSideSchema = z
  .object({
    forceN: z
      .number()
      .min(FORCE_N_MIN)
      .max(FORCE_N_MAX)
      .describe("Best of 3 pushes, newtons, 1–1000 (1 kgf = 9.80665 N)"),
  })
  .strict();
export type DynamometerSide = z.infer<typeof DynamometerSideSchema>;

/** What a person reads when a check does not say which side was tested first (decision 0530). */
export const FIRST_SIDE_MISSING =
  "the side tested first is missing, so the check was not saved. The same side first each time is part of the " +
  "check (docs/clinical §10.4), and HipCheck does not guess it: enter the check again with the side tested first, " +
  "left or right";

const common = {
  date: IsoDateSchema,
  /** The side tested first: the same order each time (docs/clinical §10.4). */
  firstSide: z.enum(STRENGTH_SIDES, {
    error: (issue) => (issue.input === undefined ? FIRST_SIDE_MISSING : undefined),
  }),
  /** Local time of day, HH:MM, so the next check can be done at about the same time. */
  timeOfDay: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "must be a time written HH:MM" })
    .optional(),
  notes: z.string().trim().max(500).optional(),
};

export const HoldCheckSchema = z
  .object({
    test: z.enum(["abductor-endurance-hold", "side-bridge-hold"]),
    ...common,
    left: HoldSideSchema,
    right: HoldSideSchema,
  })
  .strict();
export type HoldCheck = z.infer<typeof HoldCheckSchema>;

export const DynamometerCheckSchema = z
  .object({
    test: z.literal("hip-abduction-dynamometer"),
    ...common,
    left: DynamometerSideSchema,
    right: DynamometerSideSchema,
    leverArmM: z
      .number()
      .min(LEVER_ARM_M_MIN)
      .max(LEVER_ARM_M_MAX)
      .describe("Greater trochanter to the pad's centre, metres, 0.2–1.2"),
    bodyMassKg: z.number().min(BODY_MASS_KG_MIN).max(BODY_MASS_KG_MAX),
    /** Values are device-specific: the make and model, as written on it. */
    device: z.string().trim().min(1).max(120),
    /** Where the pad sat and how the person lay ("side-lying, above the lateral knee"). */
    placement: z.string().trim().min(1).max(200),
  })
  .strict();
export type DynamometerCheck = z.infer<typeof DynamometerCheckSchema>;

export const StrengthCheckSchema = z.discriminatedUnion("test", [HoldCheckSchema, DynamometerCheckSchema]);
export type StrengthCheck = z.infer<typeof StrengthCheckSchema>;

/**
 * A strength check from outside (a form, a queued offline entry, a file), parsed by its schema. One that does not say
 * which side was tested first, as files and devices from before HipCheck recorded it, is refused in words that say
 * so rather than stored with a guessed order (docs/clinical §10.4; decision 0530).
 */
export function parseStrengthCheck(input: unknown): Result<StrengthCheck, HipError> {
  const parsed = parseWith(StrengthCheckSchema, input);
  const given = typeof input === "object" && input !== null ? (input as { firstSide?: unknown }) : {};
  if (!parsed.ok && parsed.error.field === "firstSide" && given.firstSide === undefined) {
    return err({ kind: "invalid-input", message: `firstSide: ${FIRST_SIDE_MISSING}.`, field: "firstSide" });
  }
  return parsed;
}

/**
 * The value a check is compared on, per side: seconds held, or torque normalised to body mass
 * (force × lever arm ÷ mass, N·m/kg, two decimals; docs/clinical §10.3).
 */
export function strengthValue(check: StrengthCheck, side: StrengthSide): number {
  if (check.test === "hip-abduction-dynamometer") {
    return torquePerKg(check[side].forceN, check.leverArmM, check.bodyMassKg);
  }
  return check[side].holdSeconds;
}

export function torquePerKg(forceN: number, leverArmM: number, bodyMassKg: number): number {
  return Math.round(((forceN * leverArmM) / bodyMassKg) * 100) / 100;
}

/** A reading in kilograms-force, as many devices show it, in newtons (one decimal). */
export function kgfToNewtons(kgf: number): number {
  return Math.round(kgf * NEWTONS_PER_KGF * 10) / 10;
}
