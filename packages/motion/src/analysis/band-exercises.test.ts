import { describe, expect, it } from "vitest";
import type { Joint, KeypointFrame } from "../skeleton/joints.js";
import { syntheticFrame } from "../testing/synthetic-frame.js";
import { analyzeMovement } from "./analyze-movement.js";

const FRAME_MS = 100;

/** Moves the right leg sideways (toward image left when facing the camera) by `outPx`, lifted by `upPx`. */
function withRightLegOut(frame: KeypointFrame, outPx: number, upPx: number): KeypointFrame {
  const move = (joint: Joint | undefined, share: number): Joint | undefined =>
    joint === undefined
      ? undefined
      : { x: joint.x - outPx * share, y: joint.y - upPx * share, score: joint.score };
  const keypoints = { ...frame.keypoints };
  const knee = move(frame.keypoints.rightKnee, 0.5);
  const ankle = move(frame.keypoints.rightAnkle, 1);
  if (knee !== undefined) keypoints.rightKnee = knee;
  if (ankle !== undefined) keypoints.rightAnkle = ankle;
  return { timeMs: frame.timeMs, keypoints };
}

/** `steps` sideways movements of the right leg, 1.5 s each, with the trunk rocking ±`rockDeg` in time. */
function bandClip(steps: number, lift: boolean, rockDeg: number): KeypointFrame[] {
  return Array.from({ length: steps * 15 + 10 }, (_, index) => {
    const moving = index >= 5 && index < steps * 15 + 5;
    const out = moving ? Math.sin((Math.PI * (index - 5)) / 15) ** 2 : 0;
    const frame = syntheticFrame({
      timeMs: index * FRAME_MS,
      trunkLeanDeg: rockDeg * (2 * out - 1),
      leanSide: "left",
      fppaDeg: { left: 4, right: 0 },
    });
    return withRightLegOut(frame, 150 * out, lift ? 60 * out : 0);
  });
}

describe("band exercises from seed 003, as measurable cues", () => {
  it("counts Gus's lateral band-walk steps and measures the upper-body rocking the cue asks him to avoid", () => {
    const report = analyzeMovement(bandClip(6, false, 4), { test: "lateral-walk" });
    expect(report.status).toBe("scored");
    expect(report.repCount).toBe(6);
    const rocking = report.findings.find((finding) => finding.id === "trunk-rocking");
    // A window runs from rest to rest at a quarter of the step, so it sees most, not all, of the ±4° swing.
    expect(rocking?.valueDeg).toBeGreaterThan(5);
    expect(rocking?.valueDeg).toBeLessThan(8.5);
    const still = analyzeMovement(bandClip(6, false, 0), { test: "lateral-walk" });
    expect(still.findings.find((finding) => finding.id === "trunk-rocking")?.valueDeg).toBeCloseTo(0, 6);
  });

  it("counts Hana's band side kicks on her left standing leg and checks that the standing knee stays over the ankle", () => {
    const report = analyzeMovement(bandClip(5, true, 0), { test: "band-side-kick", side: "left" });
    expect(report.repCount).toBe(5);
    const knee = report.findings.find((finding) => finding.id === "knee-fppa");
    expect(knee?.side).toBe("left");
    expect(Math.abs((knee?.valueDeg ?? 0) - 4)).toBeLessThan(0.5);
    expect(report.reps.every((rep) => rep.side === "left")).toBe(true);
  });
});

describe("floor exercises, best effort", () => {
  it("counts Ivo's clamshells from the knee gap, with an honest low confidence", () => {
    const score = 0.8;
    const frames: KeypointFrame[] = Array.from({ length: 70 }, (_, index) => {
      const open = index >= 5 && index < 65 ? Math.sin((Math.PI * (index - 5)) / 15) ** 2 : 0;
      // Lying on the left side, head to the left of the picture, knees bent; the top (right) knee opens upward.
      return {
        timeMs: index * FRAME_MS,
        keypoints: {
          leftShoulder: { x: 200, y: 600, score },
          rightShoulder: { x: 205, y: 560, score },
          leftHip: { x: 450, y: 610, score },
          rightHip: { x: 452, y: 580, score },
          leftKnee: { x: 580, y: 640, score },
          rightKnee: { x: 580, y: 620 - 90 * open, score },
          leftAnkle: { x: 470, y: 700, score },
          rightAnkle: { x: 470, y: 690, score },
        },
      };
    });
    const report = analyzeMovement(frames, { test: "clamshell", side: "right" });
    expect(report.status).toBe("scored");
    expect(report.repCount).toBe(4);
    expect(report.confidence).toBeLessThanOrEqual(0.5);
    expect(report.findings).toEqual([]);
  });
});
