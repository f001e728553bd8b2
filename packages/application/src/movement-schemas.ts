/**
 * Runtime checks for what a movement screen stores. The motion module is dependency-free, so its shapes have no
 * zod schemas there; these check them at the edge (on save and when read back from the database).
 */
import { JOINT_NAMES, type KeypointFrame } from "@hipcheck/motion";
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
 * it. We check what storage relies on (which test, and whether it was scored) and keep every other field as
 * given, so a report is stored and given back unchanged, and an edge that checks only these two fields (the
 * HTTP wire schema) can pass it on.
 */
export const MovementReportShapeSchema = z.looseObject({
  test: z.string().min(1).max(60),
  status: z.enum(["scored", "not-scorable"]),
});
export type MovementReportDocument = z.infer<typeof MovementReportShapeSchema>;

export function parseKeypointSeries(value: unknown): KeypointFrame[] {
  return KeypointSeriesSchema.parse(value);
}

export function parseMovementReport(value: unknown): MovementReportDocument {
  return MovementReportShapeSchema.parse(value);
}
