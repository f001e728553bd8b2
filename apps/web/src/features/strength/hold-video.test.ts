import { describe, expect, it } from "vitest";
import { createFrameWatch } from "@hipcheck/detector/browser";
import type { PeopleFinder, PixelFrame, PoseEstimator } from "@hipcheck/detector/browser";
import { COCO17_ORDER, timeHold } from "@hipcheck/motion";
import type { KeypointFrame } from "@hipcheck/motion";
import { syntheticHoldClip } from "@hipcheck/motion/testing";
import { readVideo } from "../movement-screen/read-video.js";
import type { VideoRead, VideoSource } from "../movement-screen/read-video.js";
import { HOLD_VIDEO_SAMPLING, timeHoldVideo } from "./hold-video.js";

/**
 * Inès films her side-lying hold with her phone's camera app and chooses the film on the strength page. The film's
 * pictures carry the synthetic body they show (its index in the first pixels), and the pose model answers with that
 * body, so the reading by seeking, the sampling and the timing are the page's own.
 */
const SIDE_PX = 4;

function pictureOf(index: number): PixelFrame {
  const data = new Uint8ClampedArray(SIDE_PX * SIDE_PX * 4).fill(110);
  data[0] = index % 256;
  data[1] = Math.floor(index / 256);
  return { width: SIDE_PX, height: SIDE_PX, data };
}

/**
 * A film of `bodies` at `fps`. With `stillPictures`, a body identical to an earlier one shows the earlier one's
 * picture, as a film of a person held still (or a photo shown for seconds) shows the same pixels again.
 */
function filmOf(bodies: readonly KeypointFrame[], fps: number, stillPictures = false) {
  const pictureIndex = bodies.map((body, index) => {
    if (!stillPictures) return index;
    const same = bodies.findIndex(
      (other) => JSON.stringify(other.keypoints) === JSON.stringify(body.keypoints),
    );
    return same;
  });
  const source: VideoSource = {
    durationMs: (bodies.length * 1000) / fps,
    pictureAt: (timeMs) => {
      const index = Math.min(bodies.length - 1, Math.floor((timeMs * fps) / 1000 + 1e-9));
      return Promise.resolve({ frame: pictureOf(pictureIndex[index] ?? 0), toSourceScale: 1 });
    },
  };
  const estimate = (frame: PixelFrame) => {
    const body = bodies[(frame.data[0] ?? 0) + 256 * (frame.data[1] ?? 0)];
    const points = COCO17_ORDER.map((name) => body?.keypoints[name] ?? { x: 0, y: 0, score: 0 });
    return Promise.resolve({ layout: "coco17" as const, points });
  };
  const estimator: PoseEstimator = {
    modelId: "movenet-lightning",
    estimate,
    estimateIn: (frame) => estimate(frame),
    reset: () => undefined,
    tracking: () => undefined,
    follow: () => undefined,
    dispose: () => undefined,
  };
  const people: PeopleFinder = {
    look: () => Promise.resolve({ found: 1, someoneElse: false, target: undefined }),
    seen: () => ({ framesChecked: 0, framesWithNobody: 0, framesWithSomeoneElse: 0 }),
    reset: () => undefined,
    dispose: () => undefined,
  };
  return { source, watch: createFrameWatch(estimator, people) };
}

function readOf(read: VideoRead) {
  if (read.kind !== "read") throw new Error(`expected pictures, got ${read.kind}`);
  return read;
}

/**
 * Lying at rest for 2 s, the top leg lifted to 22° in 0.3 s, held 8 s, dropped in 0.3 s, at rest 2 s. The signal
 * crosses the start threshold (10°) 0.19 s into the lift and falls 10° below the level held 0.09 s into the drop:
 * the hold runs from 2.19 s to 10.39 s, 8.2 s.
 */
function inesHold(frameRateHz: number, jitterPx: number): KeypointFrame[] {
  return syntheticHoldClip({
    test: "abductor-endurance-hold",
    side: "right",
    frameRateHz,
    jitterPx,
    phases: [
      { durationMs: 2000, to: {} },
      { durationMs: 300, to: { liftDeg: 22 } },
      { durationMs: 8000, to: { liftDeg: 22 } },
      { durationMs: 300, to: { liftDeg: -10 } },
      { durationMs: 2000, to: {} },
    ],
  });
}
const HELD = { startMs: 2190, endMs: 10_390, durationMs: 8200 };

async function timedFilm(bodies: readonly KeypointFrame[], fps: number, stillPictures = false) {
  const { source, watch } = filmOf(bodies, fps, stillPictures);
  const read = readOf(await readVideo(source, watch, { sampling: HOLD_VIDEO_SAMPLING }));
  return { read, timing: timeHoldVideo(read, { test: "abductor-endurance-hold", side: "right" }) };
}

describe("a hold filmed with the phone's camera app, timed on the device", () => {
  it.each([30, 60])(
    "times a %i fps film from its own frame times, within half a second, as the command line would",
    async (fps) => {
      const bodies = inesHold(fps, 2);
      const { read, timing } = await timedFilm(bodies, fps);
      // Ten pictures a second of film, whatever its own rate.
      expect(read.frames).toHaveLength(Math.ceil((bodies.length * 10) / fps));
      expect(read.frames[1]?.timeMs).toBeCloseTo(100, 6);
      expect(timing).toMatchObject({ status: "timed", stopReason: "leg-dropped" });
      if (timing.status !== "timed") throw new Error("not timed");
      expect(Math.abs(timing.startMs - HELD.startMs)).toBeLessThanOrEqual(500);
      expect(Math.abs(timing.endMs - HELD.endMs)).toBeLessThanOrEqual(500);
      expect(Math.abs(timing.durationMs - HELD.durationMs)).toBeLessThanOrEqual(500);
      // The same frames timed whole, as `hipcheck analyze --test side-hold` times a file: the same hold.
      expect(timeHold(read.frames, { test: "abductor-endurance-hold", side: "right" })).toEqual(timing);
    },
  );

  it("times a hold held so still that the film shows the same picture for seconds, reading it once", async () => {
    const bodies = inesHold(10, 0);
    const { source, watch } = filmOf(bodies, 10, true);
    const reads: number[] = [];
    const counted = {
      ...watch,
      read: (frame: PixelFrame, timeMs: number, scale: number) => {
        reads.push(timeMs);
        return watch.read(frame, timeMs, scale);
      },
    };
    const read = readOf(await readVideo(source, counted, { sampling: HOLD_VIDEO_SAMPLING }));
    // Each sampled time has its frame; the still picture went through the pose model once.
    expect(read.frames).toHaveLength(bodies.length);
    expect(reads.length).toBeLessThan(30);
    const timing = timeHoldVideo(read, { test: "abductor-endurance-hold", side: "right" });
    if (timing.status !== "timed") throw new Error(`not timed: ${JSON.stringify(timing)}`);
    expect(Math.abs(timing.durationMs - HELD.durationMs)).toBeLessThanOrEqual(500);
  });

  it("refuses a film with nobody holding anything, and says why in French", async () => {
    const empty = inesHold(10, 0).map((frame) => ({ ...frame, keypoints: {} }));
    const { timing } = await timedFilm(empty, 10);
    expect(timing.status).toBe("refused");
    if (timing.status !== "refused") throw new Error("timed");
    expect(timing.problems.map((problem) => problem.code)).toEqual(["no-person"]);
    expect(timing.problems[0]?.message.fr).toMatch(/^Personne n’a été vu/);
  });
});
