import { describe, expect, it } from "vitest";
import { syntheticHoldClip } from "@hipcheck/motion/testing";
import { timeHold } from "@hipcheck/motion";
import { renderHoldTiming } from "./render-hold-timing.js";

/** How the CLI words a hold's timing, from a synthetic 30 s side bridge. */
const timing = timeHold(
  syntheticHoldClip({
    test: "side-bridge-hold",
    side: "left",
    phases: [
      { durationMs: 2000, to: {} },
      { durationMs: 600, to: { alignDeg: 0 } },
      { durationMs: 30_000, to: { alignDeg: 0 } },
      { durationMs: 600, to: { alignDeg: -17 } },
      { durationMs: 2000, to: {} },
    ],
  }),
  { test: "side-bridge-hold", side: "left" },
);

describe("renderHoldTiming", () => {
  it("gives the time, its span in the video, why it ended and its quality, in English", () => {
    const lines = renderHoldTiming(timing, "en").split("\n");
    expect(lines[0]).toBe("Side bridge hold, left side");
    expect(lines[1]).toMatch(/^Timed by the camera: 3\d\.\d s$/);
    expect(lines[2]).toMatch(/^ {2}from 2\.\d s to 3\d\.\d s into the video$/);
    expect(lines[3]).toBe("  ended because the hips dropped");
    expect(lines[4]).toMatch(
      /^ {2}quality: good \(steadiness ± \d\.\d°, trunk rotation \d+°; angles ± 5°\)$/,
    );
    expect(lines.at(-1)).toMatch(/not a diagnosis/);
  });

  it("in French, with decimal commas and a space before the colon", () => {
    const lines = renderHoldTiming(timing, "fr").split("\n");
    expect(lines[0]).toBe("Gainage latéral (planche latérale), côté gauche");
    expect(lines[1]).toMatch(/^Chronométré par la caméra\s: 3\d,\d s$/);
    expect(lines[3]).toBe("  arrêt\u00a0: le bassin est descendu");
    expect(lines[4]).toMatch(/^ {2}qualité\s: bonne \(stabilité ± \d,\d°/);
  });
});
