import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeMovement, type MovementReport } from "@hipcheck/motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectPosesInVideo, type DetectedVideo } from "./detect-poses-in-video.js";
import { probeMedia, type MediaInfo } from "./media-probe.js";
import { POSE_SEGMENT_MS, startPoseThreads } from "./pose-threads.js";
import { testdataPath } from "../../../../testdata/testdata-path.js";

/**
 * Specification: a video read by two model threads on alternating segments gives the analysis the same frames, in
 * the same order, as one thread reading every segment, so the findings are the same (decision 0470). On the first
 * 5.6 s of Lena's squat video (28 frames at 5 fps: segments of 10 frames, so each thread reads one or two).
 */
const VIDEO = testdataPath("videos/tfjsmodels_pose_squats_first.mp4");
const work = mkdtempSync(join(tmpdir(), "hipcheck-threads-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Numbers may differ by floating-point rounding only; everything else must be equal. */
function expectSameWithin(actual: unknown, expected: unknown, path = "report"): void {
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(expected)),
    );
    return;
  }
  if (typeof expected !== "object" || expected === null) {
    expect(actual, path).toEqual(expected);
    return;
  }
  expect(typeof actual, path).toBe("object");
  const actualObject = actual as Record<string, unknown>;
  const expectedObject = expected as Record<string, unknown>;
  expect(Object.keys(actualObject).sort(), path).toEqual(Object.keys(expectedObject).sort());
  for (const key of Object.keys(expectedObject)) {
    expectSameWithin(actualObject[key], expectedObject[key], `${path}.${key}`);
  }
}

function reportOf(clip: DetectedVideo): MovementReport {
  return analyzeMovement(clip.frames, {
    test: "squat",
    frameSize: { widthPx: clip.media.width, heightPx: clip.media.height },
    people: clip.people,
    light: clip.light,
  });
}

async function readWith(
  threadCount: number,
  media: MediaInfo,
  keepFramesIn?: string,
): Promise<DetectedVideo> {
  const threads = await startPoseThreads({
    modelId: "movenet-lightning",
    threads: threadCount,
    people: true,
  });
  try {
    const read = await detectPosesInVideo(
      VIDEO,
      media,
      threads,
      keepFramesIn === undefined ? {} : { keepFramesIn },
    );
    if (!read.ok) throw new Error(read.error.message);
    return read.value;
  } finally {
    await threads.close();
  }
}

describe("detectPosesInVideo with pose threads", () => {
  let one: DetectedVideo;
  let two: DetectedVideo;
  const kept = join(work, "frames.rgba");
  beforeAll(async () => {
    const probed = await probeMedia(VIDEO);
    if (!probed.ok) throw new Error(probed.error.message);
    one = await readWith(1, probed.value);
    two = await readWith(2, probed.value, kept);
  }, 180_000);

  it("gives every frame, in order, with the same keypoints from two threads as from one", () => {
    expect(POSE_SEGMENT_MS / 200).toBe(10);
    expect(two.frames.map(({ timeMs }) => timeMs)).toEqual(
      Array.from({ length: 28 }, (_, index) => index * 200),
    );
    expectSameWithin(two.frames, one.frames, "frames");
    expect(two.people).toEqual(one.people);
    expect(two.light).toEqual(one.light);
  });

  it("finds the same repetitions and findings from two threads as from one", () => {
    const fromOne = reportOf(one);
    expect(fromOne.reps.length).toBeGreaterThan(0);
    expectSameWithin(reportOf(two), fromOne);
  });

  it("keeps the decoded frames, whole, for the overlay", () => {
    expect(two.keptFrames).toMatchObject({
      path: kept,
      frameCount: 28,
      width: 360,
      height: 640,
      toSourceScale: 2,
    });
    expect(statSync(kept).size).toBe(28 * 360 * 640 * 4);
  });
});
