import { HoldTracker } from "@hipcheck/motion";
import { syntheticHoldClip, type SyntheticHoldOptions } from "@hipcheck/motion/testing";
import { describe, expect, it } from "vitest";
import { drainFrames, stopByHand, type HoldCue } from "./camera-hold-run.js";

/**
 * Camille times her side plank with the phone on the floor. Her phone renders the page when it can: sometimes every
 * frame, sometimes a dozen at once. The timer hears "go" once and "stop" once, and the time is the same however the
 * frames were batched, within ±0.5 s of the clip's known start (2.6 s) and end (32.6 s).
 */
const CLIP: SyntheticHoldOptions = {
  test: "side-bridge-hold",
  side: "left",
  frameRateHz: 15,
  jitterPx: 2,
  phases: [
    { durationMs: 2000, to: {} },
    { durationMs: 600, to: { alignDeg: 0 } },
    { durationMs: 30_000, to: { alignDeg: 0 } },
    { durationMs: 300, to: { alignDeg: -17 } },
    { durationMs: 3000, to: {} },
  ],
};

type Run = {
  readonly cues: HoldCue["kind"][];
  readonly durationMs: number | null;
  readonly cueBatch: number[];
};

/** Feeds the clip in batches of the given sizes (cycled), as renders would, collecting the cues. */
function timeInBatches(sizes: readonly number[]): Run {
  const frames = syntheticHoldClip(CLIP);
  const tracker = new HoldTracker("side-bridge-hold");
  const cues: HoldCue["kind"][] = [];
  const cueBatch: number[] = [];
  let durationMs: number | null = null;
  let lastFrameMs = 0;
  let index = 0;
  for (let batch = 0; index < frames.length; batch += 1) {
    const size = sizes[batch % sizes.length] ?? 1;
    const drained = drainFrames(tracker, frames.slice(index, index + size), lastFrameMs);
    index += size;
    lastFrameMs = drained.lastFrameMs;
    for (const cue of drained.cues) {
      cues.push(cue.kind);
      cueBatch.push(batch);
      if (cue.kind === "end") durationMs = cue.hold.durationMs;
    }
  }
  return { cues, durationMs, cueBatch };
}

describe("the camera hold timer fed by renders of any size", () => {
  it.each([
    ["every frame", [1]],
    ["a dozen frames at a time", [12]],
    ["uneven renders, with empty ones", [1, 0, 7, 3, 0, 25, 2]],
  ])("%s: one start, one end, and the clip's time within ±0.5 s", (_name, sizes) => {
    const run = timeInBatches(sizes);
    expect(run.cues).toEqual(["start", "end"]);
    expect(Math.abs((run.durationMs ?? 0) - 30_000)).toBeLessThanOrEqual(500);
  });

  it("a render holding the whole clip still says the start before the end", () => {
    const run = timeInBatches([10_000]);
    expect(run.cues).toEqual(["start", "end"]);
    expect(run.cueBatch).toEqual([0, 0]);
  });

  it("a tap on stop ends the hold at the last frame seen, and says it once", () => {
    const frames = syntheticHoldClip(CLIP).filter((frame) => frame.timeMs <= 12_600);
    const tracker = new HoldTracker("side-bridge-hold");
    const drained = drainFrames(tracker, frames, 0);
    expect(drained.cues.map((cue) => cue.kind)).toEqual(["start"]);
    const stopped = stopByHand(tracker, drained.lastFrameMs);
    const end = stopped.cues[0];
    expect(stopped.cues).toHaveLength(1);
    if (end?.kind !== "end") throw new Error("no end");
    expect(end.hold.stopReason).toBe("stopped-by-person");
    expect(Math.abs(end.hold.durationMs - 10_000)).toBeLessThanOrEqual(500);
    // Frames arriving after the tap change nothing and say nothing.
    const later = syntheticHoldClip(CLIP).filter((frame) => frame.timeMs > 12_600);
    expect(drainFrames(tracker, later, stopped.lastFrameMs).cues).toEqual([]);
  });

  it("a tap before the hold started times nothing and says nothing", () => {
    const tracker = new HoldTracker("side-bridge-hold");
    const early = syntheticHoldClip(CLIP).filter((frame) => frame.timeMs <= 1000);
    const drained = drainFrames(tracker, early, 0);
    expect(stopByHand(tracker, drained.lastFrameMs)).toMatchObject({ state: { phase: "waiting" }, cues: [] });
  });
});
