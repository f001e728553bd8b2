import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapFrame, mirrorFrame, syntheticFrame } from "../testing/synthetic-frame.js";
import type { Joint, KeypointFrame, Side } from "../skeleton/joints.js";
import {
  fppaDeg,
  interiorAngleDeg,
  midpoint,
  pelvicDropDeg,
  trunkLeanDeg,
  type CameraView,
} from "./angles.js";

function joint(frame: KeypointFrame, name: keyof KeypointFrame["keypoints"]): Joint {
  const found = frame.keypoints[name];
  if (found === undefined) throw new Error(`synthetic frame lacks ${name}`);
  return found;
}

function anglesOf(frame: KeypointFrame, view: CameraView, stance: Side) {
  const hips = { left: joint(frame, "leftHip"), right: joint(frame, "rightHip") };
  const midHip = midpoint(hips.left, hips.right);
  const midShoulder = midpoint(joint(frame, "leftShoulder"), joint(frame, "rightShoulder"));
  return {
    left: fppaDeg(hips.left, joint(frame, "leftKnee"), joint(frame, "leftAnkle"), "left", view),
    right: fppaDeg(hips.right, joint(frame, "rightKnee"), joint(frame, "rightAnkle"), "right", view),
    drop: pelvicDropDeg(hips, stance === "left" ? "right" : "left"),
    lean: trunkLeanDeg(midHip, midShoulder, stance, view),
  };
}

const angle = fc.double({ min: -25, max: 25, noNaN: true });
const viewArb = fc.constantFrom<CameraView>("front", "back");
const sideArb = fc.constantFrom<Side>("left", "right");

describe("angles from keypoints", () => {
  it("Ada's synthetic single-leg squat reproduces the chosen FPPA, pelvic drop and trunk lean within 0.5°", () => {
    fc.assert(
      fc.property(angle, angle, angle, angle, viewArb, sideArb, (left, right, drop, lean, view, stance) => {
        const lifted: Side = stance === "left" ? "right" : "left";
        const frame = syntheticFrame({
          timeMs: 0,
          view,
          fppaDeg: { left, right },
          pelvicDropDeg: drop,
          dropSide: lifted,
          trunkLeanDeg: lean,
          leanSide: stance,
        });
        const measured = anglesOf(frame, view, stance);
        expect(Math.abs(measured.left - left)).toBeLessThan(0.5);
        expect(Math.abs(measured.right - right)).toBeLessThan(0.5);
        expect(Math.abs(measured.drop - drop)).toBeLessThan(0.5);
        expect(Math.abs(measured.lean - lean)).toBeLessThan(0.5);
      }),
    );
  });

  it("translating or uniformly scaling the picture changes no angle", () => {
    fc.assert(
      fc.property(
        angle,
        angle,
        angle,
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (left, right, lean, dx, dy, scale) => {
          const frame = syntheticFrame({
            timeMs: 0,
            fppaDeg: { left, right },
            trunkLeanDeg: lean,
            pelvicDropDeg: lean / 2,
          });
          const moved = mapFrame(frame, (p) => ({ x: p.x * scale + dx, y: p.y * scale + dy }));
          const before = anglesOf(frame, "front", "left");
          const after = anglesOf(moved, "front", "left");
          for (const key of ["left", "right", "drop", "lean"] as const) {
            expect(after[key]).toBeCloseTo(before[key], 6);
          }
        },
      ),
    );
  });

  it("a mirror image swaps the sides and keeps the values", () => {
    fc.assert(
      fc.property(angle, angle, angle, (left, right, lean) => {
        const frame = syntheticFrame({
          timeMs: 0,
          fppaDeg: { left, right },
          trunkLeanDeg: lean,
          leanSide: "left",
          pelvicDropDeg: lean / 3,
          dropSide: "right",
        });
        const mirrored = mirrorFrame(frame, 1000);
        const before = anglesOf(frame, "front", "left");
        const after = anglesOf(mirrored, "front", "right");
        expect(after.right).toBeCloseTo(before.left, 6);
        expect(after.left).toBeCloseTo(before.right, 6);
        expect(after.lean).toBeCloseTo(before.lean, 6);
        expect(after.drop).toBeCloseTo(before.drop, 6);
      }),
    );
  });

  it("the same picture read as a back view flips the FPPA sign", () => {
    fc.assert(
      fc.property(angle, angle, (left, right) => {
        const frame = syntheticFrame({ timeMs: 0, fppaDeg: { left, right } });
        const front = anglesOf(frame, "front", "left");
        const back = anglesOf(frame, "back", "left");
        expect(back.left).toBeCloseTo(-front.left, 6);
        expect(back.right).toBeCloseTo(-front.right, 6);
      }),
    );
  });

  it("a knee drawn medial to the hip–ankle line is valgus (positive) for a woman facing the camera", () => {
    // Facing the camera the left leg is on the image right; medial is toward image left.
    const hip = { x: 550, y: 300 };
    const ankle = { x: 550, y: 700 };
    expect(fppaDeg(hip, { x: 520, y: 500 }, ankle, "left", "front")).toBeGreaterThan(0);
    expect(fppaDeg(hip, { x: 580, y: 500 }, ankle, "left", "front")).toBeLessThan(0);
    expect(interiorAngleDeg(hip, hip, ankle)).toBe(180);
  });
});
