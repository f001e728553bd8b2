/**
 * How each exercise is drawn: its key poses. The data lives in `knowledge/data/key-poses.json` (one entry per
 * library exercise id, pointing at a shared movement template) and is parsed when this module loads, so a typo
 * fails a test, not a page or a printed handout.
 */
import { z } from "zod";
import keyPosesJson from "../knowledge/data/key-poses.json" with { type: "json" };
import type { FigurePose, FigureView } from "./figure-pose.js";

/** The out-of-plane angles are rare, so the data leaves them out when they are 0. */
const LegSchema = z
  .object({
    thighDeg: z.number(),
    shinDeg: z.number(),
    footDeg: z.number(),
    thighDepthDeg: z.number().default(0),
    shinDepthDeg: z.number().default(0),
  })
  .strict();
const ArmSchema = z.object({ upperArmDeg: z.number(), forearmDeg: z.number() }).strict();
const PoseSchema = z
  .object({
    pelvis: z.tuple([z.number(), z.number()]),
    trunkDeg: z.number(),
    pelvisTiltDeg: z.number().default(0),
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
    /** The first pose is where the exercise starts; the second is the movement's end (or first step). */
    poses: z.tuple([PoseSchema, PoseSchema], PoseSchema),
  })
  .strict();

const KeyPosesSchema = z
  .object({
    templates: z.record(z.string(), TemplateSchema),
    /** exercise id → name of the movement template that shows it. */
    exercises: z.record(z.string(), z.object({ template: z.string() }).strict()),
  })
  .strict();

export type ExerciseIllustration = {
  readonly view: FigureView;
  readonly transitionMs: number;
  readonly poses: readonly [FigurePose, FigurePose, ...FigurePose[]];
};

export const KEY_POSES = KeyPosesSchema.parse(keyPosesJson);

/** The drawing of an exercise, or undefined for an id the library lacks (a test covers every library exercise). */
export function illustrationOf(exerciseId: string): ExerciseIllustration | undefined {
  const entry = KEY_POSES.exercises[exerciseId];
  return entry === undefined ? undefined : KEY_POSES.templates[entry.template];
}
