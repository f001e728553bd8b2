import { mapFrame, syntheticFrame } from "@hipcheck/motion/testing";
import type { KeypointFrame } from "@hipcheck/motion";
import { describe, expect, it } from "vitest";
import type { CropBox } from "./crop-box.js";
import { refineBoxOf } from "./refine-box.js";

/** Mia squats with 10° valgus, her body in a 1000 × 1200 picture (hips about y 460, ankles y 800). */
const mia = syntheticFrame({ timeMs: 0, fppaDeg: { left: 10, right: 10 }, hipDropRatio: 0.15 });

function holds(box: CropBox, point: { x: number; y: number }, marginPx: number): boolean {
  return (
    point.x >= box.xMin + marginPx &&
    point.x <= box.xMin + box.size - marginPx &&
    point.y >= box.yMin + marginPx &&
    point.y <= box.yMin + box.size - marginPx
  );
}

describe("refineBoxOf: where the finer model reads a tracked frame again", () => {
  it("is a square around the hips that holds every leg joint with a margin, smaller than the picture", () => {
    const box = refineBoxOf(mia, 1000, 1200, 1);
    expect(box).toBeDefined();
    if (box === undefined) return;
    const hipY = ((mia.keypoints.leftHip?.y ?? 0) + (mia.keypoints.rightHip?.y ?? 0)) / 2;
    expect(box.xMin + box.size / 2).toBeCloseTo(500, 6);
    expect(box.yMin + box.size / 2).toBeCloseTo(hipY, 6);
    for (const name of ["leftHip", "rightHip", "leftKnee", "rightKnee", "leftAnkle", "rightAnkle"] as const) {
      const joint = mia.keypoints[name];
      expect(joint).toBeDefined();
      // At least a tenth of the hip-to-ankle distance between each leg joint and the crop's edge.
      if (joint !== undefined) expect(holds(box, joint, 0.1 * (800 - hipY))).toBe(true);
    }
    expect(box.size).toBeLessThan(1200);
  });

  it("works in the decoded picture's pixels: a file twice as large gives the same crop of the decoded frame", () => {
    const inFile = mapFrame(mia, ({ x, y }) => ({ x: 2 * x, y: 2 * y }));
    expect(refineBoxOf(inFile, 1000, 1200, 2)).toEqual(refineBoxOf(mia, 1000, 1200, 1));
  });

  it("follows the person where the fast model found them, not the middle of the picture", () => {
    const onTheLeft = mapFrame(mia, ({ x, y }) => ({ x: x - 300, y }));
    const box = refineBoxOf(onTheLeft, 1000, 1200, 1);
    expect((box?.xMin ?? 0) + (box?.size ?? 0) / 2).toBeCloseTo(200, 6);
  });

  it("gives no crop when the fast model saw no hip or no shoulder, so the frame keeps its first reading", () => {
    const without = (frame: KeypointFrame, names: readonly string[]): KeypointFrame => ({
      timeMs: frame.timeMs,
      keypoints: Object.fromEntries(
        Object.entries(frame.keypoints).filter(([name]) => !names.includes(name)),
      ),
    });
    expect(refineBoxOf(without(mia, ["leftHip", "rightHip"]), 1000, 1200, 1)).toBeUndefined();
    expect(refineBoxOf(without(mia, ["leftShoulder", "rightShoulder"]), 1000, 1200, 1)).toBeUndefined();
    const unsure = mapFrame(mia, (point) => point);
    const faint = {
      timeMs: 0,
      keypoints: Object.fromEntries(
        Object.entries(unsure.keypoints).map(([name, joint]) => [name, { ...joint, score: 0.1 }]),
      ),
    };
    expect(refineBoxOf(faint, 1000, 1200, 1)).toBeUndefined();
  });
});
