import { describe, expect, it } from "vitest";
import type { RawKeypoint } from "./crop-box.js";
import { averagedReadings, mirroredBack, mirroredPixelFrame } from "./mirror-reading.js";
import type { PoseDetection } from "./pose-estimator.js";

const point = (x: number, y: number, score: number): RawKeypoint => ({ x, y, score });

/** A COCO-17 reading where joint i sits at x = 10 + i, y = 100 + i, scored 0.5. */
const coco: PoseDetection = {
  layout: "coco17",
  points: Array.from({ length: 17 }, (_, index) => point(10 + index, 100 + index, 0.5)),
};

describe("mirroredPixelFrame", () => {
  it("reads each row from right to left, keeping each pixel's four channels together", () => {
    // 3 × 2 picture: pixel (x, y) has red 10 x + y, green 1, blue 2, alpha 255.
    const data = new Uint8Array(3 * 2 * 4);
    for (let y = 0; y < 2; y++) {
      for (let x = 0; x < 3; x++) data.set([10 * x + y, 1, 2, 255], (y * 3 + x) * 4);
    }
    const mirrored = mirroredPixelFrame({ width: 3, height: 2, data });
    expect([...mirrored.data]).toEqual([
      20, 1, 2, 255, 10, 1, 2, 255, 0, 1, 2, 255, 21, 1, 2, 255, 11, 1, 2, 255, 1, 1, 2, 255,
    ]);
    expect(mirroredPixelFrame(mirrored).data).toEqual(data);
  });
});

describe("mirroredBack", () => {
  it("mirrors x about the width and swaps each left joint with its right partner (COCO-17)", () => {
    const back = mirroredBack(coco, 640);
    // Nose (0) stays itself; left knee (13) takes the mirrored right knee (14), and the other way round.
    expect(back.points[0]).toEqual(point(630, 100, 0.5));
    expect(back.points[13]).toEqual(point(640 - 24, 114, 0.5));
    expect(back.points[14]).toEqual(point(640 - 23, 113, 0.5));
    expect(back.points[11]).toEqual(point(640 - 22, 112, 0.5));
    expect(mirroredBack(back, 640)).toEqual(coco);
  });

  it("swaps BlazePose-33's eyes (inner, eye, outer), ears, mouth and every limb pair up to the foot index", () => {
    const blaze: PoseDetection = {
      layout: "blazepose33",
      points: Array.from({ length: 33 }, (_, index) => point(index, 0, 1)),
    };
    const sources = mirroredBack(blaze, 100).points.map(({ x }) => 100 - x);
    expect(sources.slice(0, 11)).toEqual([0, 4, 5, 6, 1, 2, 3, 8, 7, 10, 9]);
    // Knees 25/26, ankles 27/28, foot index 31/32.
    expect(sources.slice(25, 33)).toEqual([26, 25, 28, 27, 30, 29, 32, 31]);
    expect(mirroredBack(mirroredBack(blaze, 100), 100)).toEqual(blaze);
  });
});

describe("averagedReadings", () => {
  it("weights each joint's position by the score each reading gave it, and keeps the mean score", () => {
    const sure: PoseDetection = { layout: "coco17", points: [point(100, 200, 0.9), point(0, 0, 0.5)] };
    const unsure: PoseDetection = { layout: "coco17", points: [point(110, 180, 0.1), point(10, 20, 0.5)] };
    const merged = averagedReadings(sure, unsure);
    expect(merged.points[0]?.x).toBeCloseTo(101, 9);
    expect(merged.points[0]?.y).toBeCloseTo(198, 9);
    expect(merged.points[0]?.score).toBeCloseTo(0.5, 9);
    expect(merged.points[1]).toEqual(point(5, 10, 0.5));
  });

  it("takes the midpoint of a joint neither reading saw", () => {
    const merged = averagedReadings(
      { layout: "coco17", points: [point(0, 0, 0)] },
      { layout: "coco17", points: [point(4, 8, 0)] },
    );
    expect(merged.points[0]).toEqual(point(2, 4, 0));
  });
});
