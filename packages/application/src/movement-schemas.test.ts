import type { KeypointFrame } from "@hipcheck/motion";
import { describe, expect, it } from "vitest";
import { KeypointSeriesSchema, parseMovementReport } from "./movement-schemas.js";

/** Dana standing still, facing the camera, 30 frames a second for one second (image pixels). */
const danaStanding: KeypointFrame[] = Array.from({ length: 30 }, (_, i) => ({
  timeMs: Math.round((i * 1000) / 30),
  keypoints: {
    nose: { x: 320, y: 80, score: 0.95 },
    leftHip: { x: 345, y: 320, score: 0.9 },
    rightHip: { x: 295, y: 320, score: 0.9 },
    leftKnee: { x: 348, y: 440, score: 0.9 },
    rightKnee: { x: 292, y: 440, score: 0.9 },
  },
}));

/** The shape of a motion-module report for Dana's right single-leg squat, as stored. */
const danaSquatReport = {
  test: "single-leg-squat",
  status: "scored",
  problems: [],
  repCount: 3,
  sides: [{ side: "right", peakFppa: { meanDeg: 11.5, sdDeg: 2.1, n: 3 }, band: "borderline" }],
  asymmetry: null,
  stance: null,
  findings: [{ id: "knee-valgus", side: "right", valueDeg: 11.5, errorDeg: 3 }],
  confidence: 0.82,
  framesUsed: 88,
  framesTotal: 90,
};

describe("what a movement screen stores", () => {
  it("a report is read back with every field it was written with", () => {
    const stored = JSON.parse(JSON.stringify(danaSquatReport)) as unknown;
    expect(parseMovementReport(stored)).toEqual(danaSquatReport);
  });

  it("a report must say which test it is and whether it was scored", () => {
    expect(() => parseMovementReport({ ...danaSquatReport, status: "maybe" })).toThrow();
    expect(() => parseMovementReport({ status: "scored" })).toThrow();
  });

  it("keypoint series keep joints by name; unknown joints and scores outside 0–1 are refused", () => {
    expect(KeypointSeriesSchema.parse(danaStanding)).toEqual(danaStanding);
    const unknownJoint = [{ timeMs: 0, keypoints: { tail: { x: 1, y: 1, score: 0.5 } } }];
    const scoreTooHigh = [{ timeMs: 0, keypoints: { nose: { x: 1, y: 1, score: 2 } } }];
    expect(KeypointSeriesSchema.safeParse(unknownJoint).success).toBe(false);
    expect(KeypointSeriesSchema.safeParse(scoreTooHigh).success).toBe(false);
  });
});
