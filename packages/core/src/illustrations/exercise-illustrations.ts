/**
 * How each exercise is drawn: its key poses. The data lives in `knowledge/data/key-poses.json` (one entry per
 * library exercise id, pointing at a shared movement template) and is parsed when this module loads, so a typo
 * fails a test, not a page or a printed handout.
 */
import { z } from "zod";
import keyPosesJson from "../knowledge/data/key-poses.json" with { type: "json" };
import { DrawnEquipmentSchema, floorYOf } from "./exercise-scene.js";
import type { DrawnEquipment } from "./exercise-scene.js";
import { findExercise } from "../knowledge/library.js";
import type { FigurePoints, FigurePose, FigureView } from "./figure-pose.js";
import { figurePointsFrom } from "./figure-pose.js";
import { secondViewOf } from "./second-view.js";
import type { SecondView } from "./second-view.js";

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
    /** The floor's height in the box, when it is not under the figure's lowest point (a foot on a step). */
    floorY: z.number().optional(),
  })
  .strict();

const KeyPosesSchema = z
  .object({
    templates: z.record(z.string(), TemplateSchema),
    /** exercise id → the movement template that shows it, and the equipment drawn with it. */
    exercises: z.record(
      z.string(),
      z
        .object({
          template: z.string(),
          equipment: z.array(DrawnEquipmentSchema).default([]),
          /**
           * Declared the same movement as another exercise, with the reason: only then may two exercises share
           * a drawing (a test checks every other pair differs).
           */
          sameMovementAs: z
            .object({ exercise: z.string(), reason: z.string().min(20) })
            .strict()
            .optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type ExerciseIllustration = {
  readonly view: FigureView;
  readonly transitionMs: number;
  readonly poses: readonly [FigurePose, FigurePose, ...FigurePose[]];
  /** The movement template's name: two exercises on one template move alike. */
  readonly template: string;
  readonly equipment: readonly DrawnEquipment[];
  /** Where the floor is drawn, in the box's units. */
  readonly floorY: number;
  /** The small drawing from the front or from above, where a cue is about alignment the main view cannot show. */
  readonly secondView: SecondView | undefined;
};

export const KEY_POSES = KeyPosesSchema.parse(keyPosesJson);

/** The drawing of an exercise, or undefined for an id the library lacks (a test covers every library exercise). */
export function illustrationOf(exerciseId: string): ExerciseIllustration | undefined {
  const entry = KEY_POSES.exercises[exerciseId];
  const template = entry === undefined ? undefined : KEY_POSES.templates[entry.template];
  const exercise = findExercise(exerciseId);
  if (entry === undefined || template === undefined || exercise === undefined) return undefined;
  return {
    view: template.view,
    transitionMs: template.transitionMs,
    poses: template.poses,
    template: entry.template,
    equipment: entry.equipment,
    floorY: template.floorY ?? floorYOf(template.poses, template.view),
    secondView: secondViewOf(exercise, template.view, template.poses),
  };
}

/** The figure of `pose` as the illustration's second view shows it; undefined when it has none. */
export function secondViewPoints(
  illustration: ExerciseIllustration,
  pose: FigurePose,
): FigurePoints | undefined {
  const second = illustration.secondView;
  return second === undefined
    ? undefined
    : figurePointsFrom(pose, illustration.view, second.viewpoint, second.shift);
}
