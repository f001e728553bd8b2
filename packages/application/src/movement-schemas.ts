/**
 * Runtime checks for what a movement screen stores. The motion module is dependency-free, so its shapes have no
 * zod schemas there; these check them at the edge (on save and when read back from the database).
 */
import { FINDING_IDS, JOINT_NAMES, MOVEMENT_TESTS, type Band, type KeypointFrame } from "@hipcheck/motion";
import { z } from "zod";

const JointSchema = z.object({ x: z.number(), y: z.number(), score: z.number().min(0).max(1) }).strict();

export const KeypointFrameSchema = z
  .object({
    timeMs: z.number().min(0),
    keypoints: z.partialRecord(z.enum(JOINT_NAMES), JointSchema),
  })
  .strict();

/** A keypoint series of at most 10 minutes at 30 fps: screens are short clips. */
export const MAX_KEYPOINT_FRAMES = 18_000;
export const KeypointSeriesSchema = z.array(KeypointFrameSchema).max(MAX_KEYPOINT_FRAMES);

/**
 * The report is the motion module's `MovementReport` (from `analyzeMovement`); its detailed shape belongs to
 * it. What storage relies on is which test it is and whether it was scored; every other field is kept as given,
 * so a report is stored and given back unchanged. A stored report is read back with this check only, so a screen
 * saved before the fuller check below can still be listed and deleted.
 */
export const MovementReportShapeSchema = z.looseObject({
  test: z.string().min(1).max(60),
  status: z.enum(["scored", "not-scorable"]),
});
export type MovementReportDocument = z.infer<typeof MovementReportShapeSchema>;

const SideSchema = z.enum(["left", "right"]);
const LocalizedSchema = z.looseObject({ en: z.string().min(1), fr: z.string().min(1) });

/** Angles the motion module measures in a 2D picture; the exports refuse anything outside these. */
const AngleDegSchema = z.number().min(-180).max(180);
const ErrorDegSchema = z.number().min(0).max(90);

const FindingSchema = z.looseObject({
  id: z.enum(FINDING_IDS),
  side: z.enum(["left", "right", "both"]),
  valueDeg: AngleDegSchema,
  errorDeg: ErrorDegSchema,
  band: z.enum(["typical", "borderline", "elevated", "no-norm"] as const satisfies readonly Band[]),
  bandConfidence: z.enum(["derived", "none"]),
  message: LocalizedSchema,
  source: z.string(),
});

const SetupProblemSchema = z.looseObject({
  code: z.string().min(1),
  severity: z.enum(["blocking", "warning"]),
  message: LocalizedSchema,
});

/**
 * A scored report, checked at save for every field something downstream reads: the web's report and chart
 * (findings with their error, problems, repetition count, disclaimer) and the exports (`@hipcheck/interop`
 * reads view, reference side, repetitions, frame counts and each finding's id, side, value, error and band).
 * Objects are loose so that fields added by a newer motion module pass through unchanged. A report that could
 * not be scored has no findings to read, so only what storage relies on is checked.
 */
const ScoredReportSchema = z.looseObject({
  test: z.enum(MOVEMENT_TESTS),
  status: z.literal("scored"),
  view: z.enum(["front", "back"]),
  referenceSide: SideSchema,
  problems: z.array(SetupProblemSchema),
  reps: z.array(z.looseObject({})),
  repCount: z.number().int().min(0),
  findings: z.array(FindingSchema),
  confidence: z.number().min(0).max(1),
  framesUsed: z.number().int().min(0),
  framesTotal: z.number().int().min(0),
  disclaimer: LocalizedSchema,
});

const NotScorableReportSchema = MovementReportShapeSchema.extend({ status: z.literal("not-scorable") });

/** What the application accepts as a new movement report (on save). */
export const MovementReportSchema = z.discriminatedUnion("status", [
  ScoredReportSchema,
  NotScorableReportSchema,
]);

export function parseKeypointSeries(value: unknown): KeypointFrame[] {
  return KeypointSeriesSchema.parse(value);
}

export function parseMovementReport(value: unknown): MovementReportDocument {
  return MovementReportShapeSchema.parse(value);
}
