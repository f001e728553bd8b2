import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeMovement, type MovementReport, type MovementTest } from "@hipcheck/motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectPosesInVideo, type DetectedVideo, type VideoDetectOptions } from "./detect-poses-in-video.js";
import { probeMedia } from "./media-probe.js";
import {
  POSE_SEGMENT_FRAMES,
  startPoseThreads,
  type PoseThreads,
  type SettledSegment,
} from "./pose-threads.js";
import { testdataPath } from "../../../../testdata/testdata-path.js";

/**
 * Specification: a video read by two model threads on alternating segments gives the analysis exactly the frames
 * of one unbroken pass, so the findings are the same whatever the number of threads (decisions 0470, 0520). On
 * tfjs-models' pose_1 (62 frames at 15 fps: three segments, the first frames of the second and third read again
 * when they are settled), the clip where a segment start once turned a refused knee into a reported one.
 */
const LIFTED_LEG = testdataPath("videos/tfjsmodels_pose_1.mp4");
const work = mkdtempSync(join(tmpdir(), "hipcheck-threads-"));
let threads: PoseThreads;
beforeAll(async () => {
  threads = await startPoseThreads({ modelId: "movenet-lightning", threads: 2, people: true });
}, 120_000);
afterAll(async () => {
  await threads.close();
  rmSync(work, { recursive: true, force: true });
});

function reportOf(clip: DetectedVideo, test: MovementTest, side?: "left" | "right"): MovementReport {
  return analyzeMovement(clip.frames, {
    test,
    side,
    frameSize: { widthPx: clip.media.width, heightPx: clip.media.height },
    people: clip.people,
    light: clip.light,
  });
}

async function read(path: string, options: VideoDetectOptions): Promise<DetectedVideo> {
  const probed = await probeMedia(path);
  if (!probed.ok) throw new Error(probed.error.message);
  const detected = await detectPosesInVideo(path, probed.value, threads, options);
  if (!detected.ok) throw new Error(detected.error.message);
  return detected.value;
}

describe("detectPosesInVideo with two pose threads, against one unbroken pass", () => {
  const kept = join(work, "frames.rgba");
  let unbroken: DetectedVideo;
  let segmented: DetectedVideo;
  beforeAll(async () => {
    unbroken = await read(LIFTED_LEG, { unbroken: true });
    segmented = await read(LIFTED_LEG, { keepFramesIn: kept });
  }, 180_000);

  it("gives every frame of pose_1, in order, with the very keypoints, people and light of one unbroken pass", () => {
    expect(segmented.frames).toHaveLength(62);
    expect(Math.ceil(62 / POSE_SEGMENT_FRAMES)).toBe(3);
    expect(segmented.frames.map(({ timeMs }) => timeMs)).toEqual(
      Array.from({ length: 62 }, (_, index) => (index * 1000) / 15),
    );
    expect(segmented.frames).toEqual(unbroken.frames);
    expect(segmented.people).toEqual(unbroken.people);
    expect(segmented.light).toEqual(unbroken.light);
  });

  it("refuses the lifted leg as a squat and scores it as a stance on the left leg, from two threads as from one", () => {
    const asSquat = reportOf(unbroken, "squat");
    expect(asSquat.problems.map(({ code }) => code)).toContain("foot-raised");
    expect(reportOf(segmented, "squat")).toEqual(asSquat);
    const asStance = reportOf(unbroken, "single-leg-stance", "left");
    expect(asStance.status).toBe("scored");
    expect(reportOf(segmented, "single-leg-stance", "left")).toEqual(asStance);
  });

  it("keeps the decoded frames, whole, for the overlay", () => {
    expect(segmented.keptFrames).toMatchObject({ path: kept, frameCount: 62 });
    const { width, height } = segmented.keptFrames ?? { width: 0, height: 0 };
    expect(statSync(kept).size).toBe(62 * width * height * 4);
  });
});

describe("settling the segments of a clip that loops back to its start", () => {
  // The bench's clip: pose_1 four times over (242 frames at 15 fps, eight segments). With the body box on whole
  // pixels, the three segments starting where the clip loops back never met one unbroken pass's chain and were
  // read again whole (decision 0570); on a grid proportional to the box they meet within a few frames (decisions 0701, 0750).
  const looped = join(work, "pose_1-x4.mp4");
  const readAgain: number[] = [];
  let unbroken: DetectedVideo;
  let segmented: DetectedVideo;
  beforeAll(async () => {
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-y",
      "-stream_loop",
      "3",
      "-i",
      LIFTED_LEG,
      "-c",
      "copy",
      "-an",
      looped,
    ]);
    unbroken = await read(looped, { unbroken: true });
    const counted: PoseThreads = {
      ...threads,
      settle: async (thread, segment, state): Promise<SettledSegment> => {
        const settled = await threads.settle(thread, segment, state);
        readAgain[segment] = settled.corrected.length;
        return settled;
      },
    };
    const probed = await probeMedia(looped);
    if (!probed.ok) throw new Error(probed.error.message);
    const detected = await detectPosesInVideo(looped, probed.value, counted);
    if (!detected.ok) throw new Error(detected.error.message);
    segmented = detected.value;
  }, 600_000);

  it("reads no segment again whole, and still gives the frames of one unbroken pass", () => {
    expect(segmented.frames).toHaveLength(242);
    expect(readAgain).toHaveLength(9);
    for (const [segment, frames] of readAgain.entries()) {
      const length = Math.min(POSE_SEGMENT_FRAMES, 242 - segment * POSE_SEGMENT_FRAMES);
      expect(frames, `segment ${segment}`).toBeLessThan(length > 2 ? length / 2 : length + 1);
    }
    expect(segmented.frames).toEqual(unbroken.frames);
    expect(segmented.people).toEqual(unbroken.people);
  });
});
