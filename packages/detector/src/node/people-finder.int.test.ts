import { loadGraphModel, type GraphModel } from "@tensorflow/tfjs-converter";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { PERSON_DETECTOR_FILE, peopleFinderOf } from "../people-finder.js";
import type { PixelFrame } from "../pixel-frame.js";
import { fileModelSource } from "./file-model-source.js";
import { decodeFrames } from "./frame-decoder.js";
import { probeMedia } from "./media-probe.js";
import { initNodeBackend } from "./node-backend.js";

/**
 * Specification: a picture read again when a segment is settled keeps the people the detector found in it the
 * first time (decision 0570): the detector runs once per picture, and whom to measure is chosen again from where
 * the pose model follows the body, exactly as a fresh look would choose.
 */
const TWO_PEOPLE = testdataPath("images/mmpose_ochuman_000817.jpg");

let detector: GraphModel;
let picture: PixelFrame;

beforeAll(async () => {
  await initNodeBackend();
  detector = await loadGraphModel(fileModelSource()(PERSON_DETECTOR_FILE));
  const probed = await probeMedia(TWO_PEOPLE);
  if (!probed.ok) throw new Error(probed.error.message);
  const frames: PixelFrame[] = [];
  const decoded = await decodeFrames(TWO_PEOPLE, probed.value, ({ frame }) => {
    frames.push(frame);
    return Promise.resolve();
  });
  if (!decoded.ok || frames[0] === undefined) throw new Error("the photo did not decode");
  picture = frames[0];
}, 60_000);

afterAll(() => {
  detector.dispose();
});

describe("a people finder that remembers each picture's people", () => {
  it("runs the detector once per picture and chooses as a fresh look does, near wherever the body is followed", async () => {
    const fresh = peopleFinderOf(detector);
    const first = await fresh.look(picture);
    expect(first.found).toBeGreaterThanOrEqual(2);
    const other = (await fresh.look(picture, { x: 0, y: 0 })).target;
    const near = other === undefined ? { x: 0, y: 0 } : other.hip;

    const runs = vi.spyOn(detector, "execute");
    try {
      const remembering = peopleFinderOf(detector, { remember: true });
      expect(await remembering.look(picture)).toEqual(first);
      expect(await remembering.look(picture, near)).toEqual(await fresh.look(picture, near));
      // The fresh finder ran the detector on its look; the remembering one only on its first.
      expect(runs).toHaveBeenCalledTimes(2);
      // Another picture, even with the same pixels, is looked at anew.
      await remembering.look({ ...picture });
      expect(runs).toHaveBeenCalledTimes(3);
    } finally {
      runs.mockRestore();
    }
  });
});
