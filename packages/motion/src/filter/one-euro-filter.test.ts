import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OneEuroFilter } from "./one-euro-filter.js";

const FRAME_MS = 33;

describe("OneEuroFilter (Casiez et al. 2012)", () => {
  it("passes a still signal through unchanged", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (value) => {
        const filter = new OneEuroFilter();
        for (let index = 0; index < 30; index += 1) {
          expect(filter.apply(value, index * FRAME_MS)).toBeCloseTo(value, 9);
        }
      }),
    );
  });

  it("reduces frame-to-frame jitter of a still joint", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 30, maxLength: 90 }),
        (noise) => {
          const filter = new OneEuroFilter({ minCutoffHz: 1, beta: 0, derivativeCutoffHz: 1 });
          const smoothed = noise.map((value, index) => filter.apply(100 + value, index * FRAME_MS));
          const roughness = (values: readonly number[]) =>
            values
              .slice(1)
              .reduce((sum, value, index) => sum + Math.abs(value - (values[index] ?? value)), 0);
          expect(roughness(smoothed)).toBeLessThanOrEqual(
            roughness(noise.map((value) => 100 + value)) + 1e-9,
          );
        },
      ),
    );
  });

  it("starts afresh after reset, and does not divide by a zero time step", () => {
    const filter = new OneEuroFilter();
    filter.apply(0, 0);
    filter.apply(10, 33);
    filter.reset();
    expect(filter.apply(50, 66)).toBe(50);
    expect(filter.apply(60, 66)).toBe(60);
  });

  it("follows a fast movement closely (the speed term raises the cutoff)", () => {
    const slow = new OneEuroFilter({ minCutoffHz: 1, beta: 0, derivativeCutoffHz: 1 });
    const adaptive = new OneEuroFilter({ minCutoffHz: 1, beta: 1, derivativeCutoffHz: 1 });
    let lagSlow = 0;
    let lagAdaptive = 0;
    for (let index = 0; index < 15; index += 1) {
      const value = index * 10;
      lagSlow = value - slow.apply(value, index * FRAME_MS);
      lagAdaptive = value - adaptive.apply(value, index * FRAME_MS);
    }
    expect(lagAdaptive).toBeLessThan(lagSlow);
  });
});
