import { describe, expect, it } from "vitest";
import { syntheticHoldClip, type SyntheticHoldOptions } from "../testing.js";
import { HoldTracker, type HoldState } from "./hold-tracker.js";

/**
 * Specification of the live use of the hold timing: frames arrive one at a time from the camera, the screen shows
 * the phase and the running time, and the person may stop the timing by hand.
 */
const HOLDING: SyntheticHoldOptions = {
  test: "side-bridge-hold",
  side: "left",
  jitterPx: 2,
  phases: [
    { durationMs: 2000, to: {} },
    { durationMs: 600, to: { alignDeg: 0 } },
    { durationMs: 60_000, to: { alignDeg: 0 } },
  ],
};

describe("HoldTracker, fed live", () => {
  it("waits while she lies down, then counts the running time of the hold from when the hips came up", () => {
    const tracker = new HoldTracker("side-bridge-hold");
    const phases: HoldState["phase"][] = [];
    let last: HoldState = tracker.state;
    for (const frame of syntheticHoldClip(HOLDING).filter((one) => one.timeMs <= 12_600)) {
      last = tracker.push(frame);
      if (phases.at(-1) !== last.phase) phases.push(last.phase);
    }
    expect(phases).toEqual(["waiting", "holding"]);
    if (last.phase !== "holding") throw new Error("not holding");
    expect(Math.abs(last.startMs - 2600)).toBeLessThanOrEqual(500);
    expect(Math.abs(last.elapsedMs - 10_000)).toBeLessThanOrEqual(500);
  });

  it("ends when she taps stop, at the moment she tapped", () => {
    const tracker = new HoldTracker("side-bridge-hold");
    for (const frame of syntheticHoldClip(HOLDING).filter((one) => one.timeMs <= 20_000)) tracker.push(frame);
    const state = tracker.stop(20_100);
    if (state.phase !== "ended") throw new Error("not ended");
    expect(state.hold.stopReason).toBe("stopped-by-person");
    expect(state.hold.endMs).toBe(20_100);
    // Later frames change nothing.
    for (const frame of syntheticHoldClip(HOLDING).filter((one) => one.timeMs > 20_000)) tracker.push(frame);
    expect(tracker.state).toEqual(state);
  });

  it("dates the end at a drop already under way when she taps stop", () => {
    const dropping: SyntheticHoldOptions = {
      ...HOLDING,
      phases: [
        ...HOLDING.phases.slice(0, 2),
        { durationMs: 10_000, to: { alignDeg: 0 } },
        { durationMs: 300, to: { alignDeg: -17 } },
        { durationMs: 3000, to: {} },
      ],
    };
    const tracker = new HoldTracker("side-bridge-hold");
    for (const frame of syntheticHoldClip(dropping).filter((one) => one.timeMs <= 13_300)) {
      tracker.push(frame);
    }
    const state = tracker.stop(13_300);
    if (state.phase !== "ended") throw new Error("not ended");
    expect(state.hold.stopReason).toBe("hips-dropped");
    expect(Math.abs(state.hold.endMs - 12_600)).toBeLessThanOrEqual(500);
  });

  it("a stop before any hold has started times nothing", () => {
    const tracker = new HoldTracker("abductor-endurance-hold");
    expect(tracker.stop(1000)).toEqual({ phase: "waiting" });
  });
});
