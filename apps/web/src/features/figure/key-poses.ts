/**
 * Key poses of every exercise illustration. The data lives in key-poses.json (one entry per library exercise
 * id, pointing at a shared movement template) and is parsed here, so a typo fails a test, not a page.
 */
import { z } from "zod";
import type { FigurePose, FigureView } from "./figure-pose.js";
import keyPosesJson from "./key-poses.json";

const LegSchema = z.object({ thighDeg: z.number(), shinDeg: z.number(), footDeg: z.number() }).strict();
const ArmSchema = z.object({ upperArmDeg: z.number(), forearmDeg: z.number() }).strict();
const PoseSchema = z
  .object({
    pelvis: z.tuple([z.number(), z.number()]),
    trunkDeg: z.number(),
    left: LegSchema,
    right: LegSchema,
    leftArm: ArmSchema,
    rightArm: ArmSchema,
  })
  .strict();

const TemplateSchema = z
  .object({
    view: z.enum(["front", "side"]),
    transitionMs: z.number().int().positive(),
    poses: z.array(PoseSchema).min(1),
  })
  .strict();

const KeyPosesSchema = z
  .object({
    templates: z.record(z.string(), TemplateSchema),
    /** exercise id → name of the movement template that shows it. */
    exercises: z.record(z.string(), z.object({ template: z.string() }).strict()),
  })
  .strict();

export type FigureAnimation = {
  readonly view: FigureView;
  readonly transitionMs: number;
  readonly poses: readonly FigurePose[];
};

export const KEY_POSES = KeyPosesSchema.parse(keyPosesJson);

/** The animation for an exercise, or undefined when the id has no entry (a test keeps that from happening). */
export function animationFor(exerciseId: string): FigureAnimation | undefined {
  const entry = KEY_POSES.exercises[exerciseId];
  return entry === undefined ? undefined : KEY_POSES.templates[entry.template];
}
