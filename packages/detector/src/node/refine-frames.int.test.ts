import { readFileSync } from "node:fs";
import { interiorAngleDeg, jointOf, type KeypointFrame } from "@hipcheck/motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { createPoseEstimator, type PoseEstimator } from "../pose-estimator.js";
import { detectPosesInFile, type DetectedClip } from "./detect-poses-in-file.js";
import { fileModelSource } from "./file-model-source.js";
import { initNodeBackend } from "./node-backend.js";
import { refineFrames } from "./refine-frames.js";

/**
 * Specification: a frame the fast model tracked, read again by the higher-resolution model in the crop around the
 * same person (`refineFrames`, decision 0460), gives knee angles closer to the published keypoints. Checked on
 * COCO 785, a skier standing with both knees bent, against its COCO annotation: three model runs in all.
 */

type Annotation = { image_id: number; keypoints: number[] };
type Coco = { images: { id: number; file_name: string }[]; annotations: Annotation[] };

/** COCO-17 indices of hip, knee and ankle per side. */
const LEG_INDICES = { left: [11, 13, 15], right: [12, 14, 16] } as const;

function annotatedLegs(): Record<"left" | "right", { x: number; y: number }[]> {
  const coco = JSON.parse(
    readFileSync(testdataPath("annotations/mmpose_coco__test_coco.json"), "utf8"),
  ) as Coco;
  const image = coco.images.find((entry) => entry.file_name.endsWith("000000000785.jpg"));
  const [skier] = coco.annotations.filter((annotation) => annotation.image_id === image?.id);
  if (skier === undefined) throw new Error("COCO 785 has no annotated person");
  const at = (index: number) => ({
    x: skier.keypoints[index * 3] ?? 0,
    y: skier.keypoints[index * 3 + 1] ?? 0,
  });
  return { left: LEG_INDICES.left.map(at), right: LEG_INDICES.right.map(at) };
}

/** Summed absolute error of both knees' hip–knee–ankle angle against the annotation, degrees. */
function kneeAngleErrorDeg(frame: KeypointFrame): number {
  const legs = annotatedLegs();
  return (["left", "right"] as const).reduce((sum, side) => {
    const hip = jointOf(frame, `${side}Hip`);
    const knee = jointOf(frame, `${side}Knee`);
    const ankle = jointOf(frame, `${side}Ankle`);
    if (hip === undefined || knee === undefined || ankle === undefined) return Infinity;
    const [trueHip, trueKnee, trueAnkle] = legs[side];
    if (trueHip === undefined || trueKnee === undefined || trueAnkle === undefined) return Infinity;
    return (
      sum + Math.abs(interiorAngleDeg(hip, knee, ankle) - interiorAngleDeg(trueHip, trueKnee, trueAnkle))
    );
  }, 0);
}

const PHOTO = testdataPath("images/mmpose_coco_000000000785.jpg");
let finer: PoseEstimator;
/** COCO 785 as the fast model tracked it, read once for both tests. */
let tracked: DetectedClip;

beforeAll(async () => {
  await initNodeBackend();
  const fast = await createPoseEstimator("movenet-lightning", fileModelSource());
  const read = await detectPosesInFile(PHOTO, fast).finally(() => {
    fast.dispose();
  });
  if (!read.ok) throw new Error(read.error.message);
  tracked = read.value;
  finer = await createPoseEstimator("movenet-thunder", fileModelSource());
});

afterAll(() => {
  finer.dispose();
});

describe("refineFrames: the finer model reads a tracked frame again", () => {
  it("reads COCO 785's bent knees closer to their published keypoints than the fast model did", async () => {
    const [first] = tracked.frames;
    expect(first).toBeDefined();
    if (first === undefined) return;

    const refined = await refineFrames(PHOTO, tracked, finer, [0]);
    if (!refined.ok) throw new Error(refined.error.message);
    expect(refined.value.refined).toEqual([0]);
    const [again] = refined.value.frames;
    expect(again?.timeMs).toBe(first.timeMs);
    if (again === undefined) return;
    expect(kneeAngleErrorDeg(again)).toBeLessThan(kneeAngleErrorDeg(first));
  });

  it("reads nothing again when no chosen frame exists, and keeps the tracked frames as they were", async () => {
    const refined = await refineFrames(PHOTO, tracked, finer, [1, -1]);
    if (!refined.ok) throw new Error(refined.error.message);
    expect(refined.value).toEqual({ frames: tracked.frames, refined: [] });
  });
});
