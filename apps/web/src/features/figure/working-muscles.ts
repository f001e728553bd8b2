/**
 * Which drawn segments light up as "working" for an exercise. Muscles are drawn over the bone they move:
 * the hip stabilisers (gluteals, TFL, deep rotators) around the pelvis–thigh junction, the thigh muscles and
 * the IT band along the thigh. The drawn working leg is always the figure's left leg.
 */
import type { Exercise } from "@hipcheck/core";
import type { BoneHighlight } from "./skeleton-svg.js";

const THIGH_STRUCTURES =
  /(it-band|iliotibial|quadriceps|vastus|rectus|hamstring|biceps-femoris|semi|adductor|sartorius|gracilis)/;

const HIP_BAND: readonly BoneHighlight[] = [["leftHip", "rightHip"]];
const THIGH_BAND: readonly BoneHighlight[] = [["leftHip", "leftKnee"]];

export function workingSegments(exercise: Pick<Exercise, "targets">): readonly BoneHighlight[] {
  const working = exercise.targets.filter(
    (target) => target.role !== "stabiliser" && target.role !== "stretched",
  );
  if (working.length === 0) return [];
  const hip = working.some((target) => !THIGH_STRUCTURES.test(target.structureId));
  return hip ? [...HIP_BAND, ...THIGH_BAND] : THIGH_BAND;
}
