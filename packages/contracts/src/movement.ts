import { z } from "zod";
import { ClientEntryIdSchema, IdSchema, InstantSchema } from "./ids.js";

/**
 * Wire shape of a keypoint frame (`KeypointFrame` of the motion module, which has no runtime schemas): joints by
 * name, image pixels, detector score 0..1. The application checks joint names against the motion module.
 */
export const KeypointFrameWireSchema = z
  .object({
    timeMs: z.number().min(0),
    keypoints: z.record(
      z.string().max(40),
      z.object({ x: z.number(), y: z.number(), score: z.number().min(0).max(1) }).strict(),
    ),
  })
  .strict();

/** Ten minutes at 30 frames per second: screens are short clips. */
export const MOVEMENT_FRAMES_MAX = 18_000;

/**
 * The motion module owns the report's full shape; the wire checks which test it is and whether it was scored,
 * and the application checks the rest on save.
 */
export const MovementReportWireSchema = z.looseObject({
  test: z.string().min(1).max(60),
  status: z.enum(["scored", "not-scorable"]),
});

export const SaveMovementScreenBodySchema = z
  .object({
    report: MovementReportWireSchema,
    keypoints: z.array(KeypointFrameWireSchema).max(MOVEMENT_FRAMES_MAX),
    recordedAt: InstantSchema.optional().describe("When it was filmed; now when absent"),
    id: ClientEntryIdSchema,
  })
  .strict();

export const MovementScreenSummarySchema = z.object({
  screenId: IdSchema,
  ownerId: IdSchema,
  recordedAt: InstantSchema,
  report: MovementReportWireSchema,
});

export const MovementScreenViewSchema = MovementScreenSummarySchema.extend({
  keypoints: z.array(KeypointFrameWireSchema),
});

export const ScreenIdParamsSchema = z.object({ screenId: IdSchema }).strict();
