import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentReps, type SignalSample } from "./segment-reps.js";

/** `count` dips of height `amplitude`, 2 s each at 10 frames per second, with rests before and after. */
function dips(count: number, amplitude: number, noise: readonly number[] = []): SignalSample[] {
  const samples: SignalSample[] = [];
  const total = count * 20 + 10;
  for (let index = 0; index < total; index += 1) {
    const phase = index < 5 || index >= total - 5 ? 0 : ((index - 5) % 20) / 20;
    samples.push({
      timeMs: index * 100,
      value: amplitude * Math.sin(Math.PI * phase) ** 2 + (noise[index] ?? 0),
    });
  }
  return samples;
}

describe("segmentReps", () => {
  it("counts every dip, with small jitter on top", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.double({ min: -0.02, max: 0.02, noNaN: true }), { maxLength: 300 }),
        (count, noise) => {
          const windows = segmentReps(dips(count, 0.2, noise), { minAmplitude: 0.05 });
          expect(windows).toHaveLength(count);
          for (const window of windows) {
            expect(window.startMs).toBeLessThanOrEqual(window.peakMs);
            expect(window.peakMs).toBeLessThanOrEqual(window.endMs);
            expect(window.complete).toBe(true);
          }
        },
      ),
    );
  });

  it("finds nothing in a still signal or in movement smaller than the minimum", () => {
    expect(segmentReps(dips(0, 0.2), { minAmplitude: 0.05 })).toEqual([]);
    expect(segmentReps(dips(4, 0.03), { minAmplitude: 0.05 })).toEqual([]);
    expect(segmentReps([], { minAmplitude: 0.05 })).toEqual([]);
  });

  it("counts a last rep cut by the clip's end once the person is on the way back, not while still going down", () => {
    const full = dips(3, 0.2);
    const risingAtEnd = full.slice(0, 5 + 2 * 20 + 15);
    const goingDown = full.slice(0, 5 + 2 * 20 + 8);
    expect(segmentReps(risingAtEnd, { minAmplitude: 0.05 }).map((window) => window.complete)).toEqual([
      true,
      true,
      false,
    ]);
    expect(segmentReps(goingDown, { minAmplitude: 0.05 })).toHaveLength(2);
  });

  it("skips non-finite samples", () => {
    const samples = dips(2, 0.2).map((sample, index) =>
      index % 7 === 0 ? { ...sample, value: Number.NaN } : sample,
    );
    expect(segmentReps(samples, { minAmplitude: 0.05 })).toHaveLength(2);
  });
});
