import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { timeHold, type KeypointFrame } from "@hipcheck/motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrameWatch } from "../frame-watch.js";
import { keypointFrameOf } from "../keypoint-frame-of.js";
import { createPeopleFinder, type PeopleFinder } from "../people-finder.js";
import type { PixelFrame } from "../pixel-frame.js";
import { createPoseEstimator, type PoseEstimator } from "../pose-estimator.js";
import { fileModelSource } from "./file-model-source.js";
import { decodeFrames, type DecodedFrame } from "./frame-decoder.js";
import { probeMedia } from "./media-probe.js";
import { initNodeBackend } from "./node-backend.js";
import { renderHoldFilm } from "../../../../testdata/hold-film.js";

/**
 * Specification: a body that comes into the picture after pictures with nobody in them is read on its first
 * picture as closely as on a clip's first picture: the whole picture, then the body's box (decision 0750). The
 * film is the web app's side-lying hold (`apps/web/e2e/support/fake-camera.ts`): tfjs-models' pose photo turned on
 * its side, shown still from 1.5 s to 5.5 s between grey pictures, 334 × 500 at 10 frames a second. The web app
 * reads each distinct picture of a film once (decision 0580), so that still body has one reading, the first: with
 * the body box on a grid (decision 0701) it was read in one coarse run over the whole picture, moved onto the grid,
 * lost an ankle, and the hold was refused.
 */
const work = mkdtempSync(join(tmpdir(), "hipcheck-found-again-"));
const HOLD_FILM = join(work, "hold.mp4");
const HELD_FROM_MS = 1500;
const HELD_UNTIL_MS = 5500;
let estimator: PoseEstimator;
let people: PeopleFinder;
let pictures: DecodedFrame[];

beforeAll(async () => {
  renderHoldFilm(HOLD_FILM, {
    greySeconds: 1.5,
    holdSeconds: 4,
    framesPerSecond: 10,
    everyPictureWhole: true,
  });
  await initNodeBackend();
  [estimator, people] = await Promise.all([
    createPoseEstimator("movenet-lightning", fileModelSource()),
    createPeopleFinder(fileModelSource()),
  ]);
  const probed = await probeMedia(HOLD_FILM);
  if (!probed.ok) throw new Error(probed.error.message);
  pictures = [];
  const decoded = await decodeFrames(
    HOLD_FILM,
    probed.value,
    (picture) => {
      pictures.push(picture);
      return Promise.resolve();
    },
    { maxFrameRate: 10 },
  );
  if (!decoded.ok) throw new Error(decoded.error.message);
}, 120_000);

afterAll(() => {
  estimator.dispose();
  people.dispose();
  rmSync(work, { recursive: true, force: true });
});

function pictureAt(timeMs: number): PixelFrame {
  const picture = pictures.find((one) => one.timeMs === timeMs);
  if (picture === undefined) throw new Error(`no picture at ${String(timeMs)} ms`);
  return picture.frame;
}

function samePixels(a: PixelFrame, b: PixelFrame): boolean {
  return a.data.length === b.data.length && a.data.every((value, index) => value === b.data[index]);
}

describe("a body found again after pictures with nobody in them", () => {
  it("is read on its first picture exactly as a clip's first picture is", async () => {
    estimator.reset();
    await estimator.estimate(pictureAt(0));
    await estimator.estimate(pictureAt(HELD_FROM_MS - 100));
    const foundAgain = await estimator.estimate(pictureAt(HELD_FROM_MS));
    estimator.reset();
    const first = await estimator.estimate(pictureAt(HELD_FROM_MS));
    expect(foundAgain).toEqual(first);
    expect(estimator.tracking()).toBeDefined();
    // And when the body is lost again, the next picture looks for it afresh.
    await estimator.estimate(pictureAt(HELD_UNTIL_MS));
    expect(estimator.tracking()).toBeUndefined();
  });

  it("lets a hold filmed still be timed when each distinct picture is read once, as the web app reads a film", async () => {
    const watch = createFrameWatch(estimator, people);
    watch.reset();
    const frames: KeypointFrame[] = [];
    let shown: PixelFrame | undefined;
    for (const { frame, timeMs, toSourceScale } of pictures) {
      const last = frames.at(-1);
      if (shown !== undefined && last !== undefined && samePixels(shown, frame)) {
        frames.push({ ...last, timeMs });
      } else {
        frames.push((await watch.read(frame, timeMs, toSourceScale)).frame);
        shown = frame;
      }
    }
    const timing = timeHold(frames, { test: "abductor-endurance-hold", side: "left" });
    expect(timing.status).toBe("timed");
    if (timing.status !== "timed") return;
    expect(timing.startMs).toBe(HELD_FROM_MS);
    expect(timing.durationMs).toBe(HELD_UNTIL_MS - HELD_FROM_MS);
  });

  it("lets the same hold be timed from its first picture when every picture is read, as the command line reads a file", async () => {
    estimator.reset();
    const frames: KeypointFrame[] = [];
    for (const { frame, timeMs, toSourceScale } of pictures) {
      frames.push(keypointFrameOf(await estimator.estimate(frame), timeMs, toSourceScale));
    }
    const timing = timeHold(frames, { test: "abductor-endurance-hold", side: "left" });
    expect(timing.status).toBe("timed");
    if (timing.status !== "timed") return;
    expect(timing.startMs).toBe(HELD_FROM_MS);
    expect(timing.durationMs).toBe(HELD_UNTIL_MS - HELD_FROM_MS);
  });
});
