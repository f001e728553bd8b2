import { describe, expect, it } from "vitest";
import { CROP_GRID_STEPS_PER_BOX, cropGridStepPx, snappedCropBox } from "./crop-box.js";

describe("cropGridStepPx: the grid of a tracked body box, proportional to its size", () => {
  it("steps a power of two pixels, spanned by the box between one and two times CROP_GRID_STEPS_PER_BOX", () => {
    for (const sizePx of [20, 31, 32, 63, 64, 300, 401, 512, 700, 1280]) {
      const step = cropGridStepPx(sizePx);
      expect(Number.isInteger(Math.log2(step))).toBe(true);
      if (sizePx >= CROP_GRID_STEPS_PER_BOX) {
        expect(sizePx / step).toBeGreaterThanOrEqual(CROP_GRID_STEPS_PER_BOX);
        expect(sizePx / step).toBeLessThan(2 * CROP_GRID_STEPS_PER_BOX);
      } else {
        expect(step).toBe(1);
      }
    }
  });
});

describe("snappedCropBox: a box on a grid, position and size alike", () => {
  it("moves each of position and size by at most half a step onto the grid", () => {
    const box = { xMin: 135.4, yMin: 171.9, size: 305.3 };
    const step = cropGridStepPx(box.size);
    const snapped = snappedCropBox(box, step);
    for (const key of ["xMin", "yMin", "size"] as const) {
      expect(snapped[key] % step).toBe(0);
      expect(Math.abs(snapped[key] - box[key])).toBeLessThanOrEqual(step / 2);
    }
  });

  it("gives one box for two readings a few pixels apart that whole pixels kept apart", () => {
    // Two chains of boxes following one body from different starts, 2–3 px apart (decisions 0701, 0750).
    const unbroken = { xMin: 135.2, yMin: 173.9, size: 306.6 };
    const segment = { xMin: 137.4, yMin: 176.2, size: 303.9 };
    expect(snappedCropBox(segment, 1)).not.toEqual(snappedCropBox(unbroken, 1));
    expect(snappedCropBox(segment, cropGridStepPx(segment.size))).toEqual(
      snappedCropBox(unbroken, cropGridStepPx(unbroken.size)),
    );
  });

  it("keeps a box that is already on its grid, and rounds to whole pixels with a step of one", () => {
    const box = { xMin: -32, yMin: 160, size: 512 };
    expect(snappedCropBox(box, cropGridStepPx(box.size))).toEqual(box);
    expect(snappedCropBox({ xMin: 1.4, yMin: -2.6, size: 99.5 }, 1)).toEqual({
      xMin: 1,
      yMin: -3,
      size: 100,
    });
  });
});
