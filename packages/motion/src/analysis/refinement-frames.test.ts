import { describe, expect, it } from "vitest";
import type { KeypointFrame } from "../skeleton/joints.js";
import { mapFrame, syntheticDips, syntheticFrame } from "../testing/synthetic-frame.js";
import { analyzeMovement } from "./analyze-movement.js";
import { REFINE_AROUND_BOTTOM_MS, refinementFramesOf } from "./refinement-frames.js";

/** Mid-hip height in the picture (larger = lower, the squat deeper). */
function hipYOf(frame: KeypointFrame): number {
  const left = frame.keypoints.leftHip;
  const right = frame.keypoints.rightHip;
  return ((left?.y ?? 0) + (right?.y ?? 0)) / 2;
}

describe("refinementFramesOf: which frames the finer model reads again", () => {
  it("takes each repetition's deepest frame and its neighbours within 100 ms, and no standing frame", () => {
    // Three squats at 10 frames a second, knees 8° valgus at the bottom.
    const frames = syntheticDips(3, (depth) => ({ fppaDeg: { left: 8 * depth, right: 8 * depth } }));
    const report = analyzeMovement(frames, { test: "squat" });
    expect(report.repCount).toBe(3);
    const chosen = refinementFramesOf(report, frames);
    // ± 100 ms at 100 ms a frame: three frames a repetition.
    expect(chosen).toHaveLength(3 * 3);
    for (const rep of report.reps) {
      const near = chosen.filter((index) => Math.abs((frames[index]?.timeMs ?? 0) - rep.bottomMs) <= 100);
      expect(near).toHaveLength(3);
    }
    const deepestY = Math.max(...frames.map(hipYOf));
    const standingY = Math.min(...frames.map(hipYOf));
    for (const index of chosen) {
      // Every chosen frame is within a tenth of the dip's depth from the bottom.
      expect(hipYOf(frames[index] ?? frames[0]!)).toBeGreaterThan(deepestY - 0.1 * (deepestY - standingY));
    }
    // The deepest frame of the clip is among them.
    const deepestIndex = frames.findIndex((frame) => hipYOf(frame) === deepestY);
    expect(chosen).toContain(deepestIndex);
  });

  it("returns indices in order, each once, even where two bottoms are closer than the window", () => {
    const frames = syntheticDips(2, () => ({}));
    const report = analyzeMovement(frames, { test: "squat" });
    const doubled = {
      ...report,
      reps: report.reps.flatMap((rep) => [rep, { ...rep, bottomMs: rep.bottomMs + REFINE_AROUND_BOTTOM_MS }]),
    };
    const chosen = refinementFramesOf(doubled, frames);
    expect(chosen).toEqual([...new Set(chosen)].sort((a, b) => a - b));
    expect(chosen).toHaveLength(2 * 4);
  });

  it("reads nothing again for a refused report or a still photo", () => {
    const lying = syntheticDips(3, () => ({})).map((frame) =>
      // The same squats turned on their side: a body lying down cannot take a standing test.
      mapFrame(frame, ({ x, y }) => ({ x: y, y: 1000 - x })),
    );
    const refused = analyzeMovement(lying, { test: "squat" });
    expect(refused.status).toBe("not-scorable");
    expect(refinementFramesOf(refused, lying)).toEqual([]);
    const photo = [syntheticFrame({ timeMs: 0 })];
    expect(refinementFramesOf(analyzeMovement(photo, { test: "squat" }), photo)).toEqual([]);
  });
});
