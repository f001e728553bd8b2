import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectPosesInVideo, type DetectedVideo, type VideoDetectOptions } from "./detect-poses-in-video.js";
import { probeMedia } from "./media-probe.js";
import { POSE_SEGMENT_FRAMES, startPoseThreads, type PoseThreads } from "./pose-threads.js";
import { testdataPath } from "../../../../testdata/testdata-path.js";

/**
 * Specification: BlazePose read by two threads on alternating segments gives exactly the frames of one unbroken
 * pass, as MoveNet does (`pose-threads.int.test.ts`, decision 0520). BlazePose follows the body with its own region
 * (from the landmarks of the frame before), kept on whole pixels like MoveNet's box; a segment starts from the
 * person detector's region instead, and is settled from the state the segment before ended in. One short clip:
 * tfjs-models' pose_1 at 10 frames a second, 42 frames, two segments.
 */
const LIFTED_LEG = testdataPath("videos/tfjsmodels_pose_1.mp4");
let threads: PoseThreads;
beforeAll(async () => {
  threads = await startPoseThreads({ modelId: "blazepose-full", threads: 2, people: false });
}, 120_000);
afterAll(async () => {
  await threads.close();
});

async function read(options: VideoDetectOptions): Promise<DetectedVideo> {
  const probed = await probeMedia(LIFTED_LEG);
  if (!probed.ok) throw new Error(probed.error.message);
  const detected = await detectPosesInVideo(LIFTED_LEG, probed.value, threads, {
    maxFrameRate: 10,
    ...options,
  });
  if (!detected.ok) throw new Error(detected.error.message);
  return detected.value;
}

describe("BlazePose on two pose threads, against one unbroken pass", () => {
  it("gives every frame, in order, with the very landmarks and light of one unbroken pass", async () => {
    const unbroken = await read({ unbroken: true });
    const segmented = await read({});
    expect(segmented.frames).toHaveLength(42);
    expect(Math.ceil(42 / POSE_SEGMENT_FRAMES)).toBe(2);
    // The model found the body in every frame: the comparison is between two readings of a person, not of nothing.
    expect(unbroken.frames.every((frame) => frame.keypoints.leftKnee !== undefined)).toBe(true);
    expect(segmented.frames).toEqual(unbroken.frames);
    expect(segmented.light).toEqual(unbroken.light);
  }, 180_000);
});
