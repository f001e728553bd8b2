import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cropPixels } from "./crop-pixels.js";
import type { PixelFrame } from "./pixel-frame.js";

/** A 4 × 2 picture: left half red, right half blue, fully opaque. */
function splitPicture(): PixelFrame {
  const data = new Uint8Array(4 * 2 * 4);
  for (let y = 0; y < 2; y++) {
    for (let x = 0; x < 4; x++) data.set(x < 2 ? [255, 0, 0, 255] : [0, 0, 255, 255], (y * 4 + x) * 4);
  }
  return { width: 4, height: 2, data };
}

describe("cropPixels, the model input of a square region", () => {
  it("reads a region at its own size pixel for pixel, dropping alpha", () => {
    const crop = cropPixels(splitPicture(), { xMin: 1, yMin: 0, size: 2 }, 2);
    expect([...crop]).toEqual([255, 0, 0, 0, 0, 255, 255, 0, 0, 0, 0, 255]);
  });

  it("reads black outside the picture (the padding of a tall or wide frame)", () => {
    const crop = cropPixels(splitPicture(), { xMin: 0, yMin: -2, size: 2 }, 2);
    expect([...crop.subarray(0, 6)]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("always yields size² RGB values within 0..255 (to float rounding), wherever the box lies", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (xMin, yMin, size, sizePx) => {
          const crop = cropPixels(splitPicture(), { xMin, yMin, size }, sizePx);
          expect(crop.length).toBe(sizePx * sizePx * 3);
          for (const value of crop) expect(value >= 0 && value <= 255 + 1e-3).toBe(true);
        },
      ),
    );
  });
});
