import { analyzeMovement, KNEE_FPPA_ERROR_DEG } from "@hipcheck/motion";
import { syntheticDips, syntheticFrame } from "@hipcheck/motion/testing";
import { describe, expect, it } from "vitest";
import { overlayLabelsOf } from "./overlay-labels.js";

/** Fay's three squats, her left knee caving in to 12° at the bottom, her right knee straight. */
const fay = syntheticDips(3, (depth) => ({ fppaDeg: { left: 12 * depth, right: 0 } }));

describe("the knee angles drawn on the overlay", () => {
  it("shows each scored knee's angle at the bottom of a squat, as the report measures it, with its error band", () => {
    const report = analyzeMovement(fay, { test: "squat" });
    expect(report.status).toBe("scored");
    const bottom = fay[15];
    expect(overlayLabelsOf(bottom, report)).toEqual([
      { joint: "leftKnee", text: `12° ± ${KNEE_FPPA_ERROR_DEG}°` },
      { joint: "rightKnee", text: `0° ± ${KNEE_FPPA_ERROR_DEG}°` },
    ]);
  });

  it("draws nothing on a report that refused to score", () => {
    const report = analyzeMovement(fay, {
      test: "squat",
      people: { framesChecked: 1, framesWithNobody: 0, framesWithSomeoneElse: 1 },
    });
    expect(report.status).toBe("not-scorable");
    expect(fay.flatMap((frame) => overlayLabelsOf(frame, report))).toEqual([]);
  });

  it("draws no value the report holds implausible, even inside a repetition", () => {
    const report = analyzeMovement(fay, { test: "squat" });
    const misTracked = syntheticFrame({ timeMs: fay[15]?.timeMs ?? 0, fppaDeg: { left: 68, right: -73 } });
    expect(overlayLabelsOf(misTracked, report)).toEqual([]);
  });

  it("reads the angle in the report's camera view: seen from behind, the same knee caves in too", () => {
    const fromBehind = syntheticDips(3, (depth) => ({
      view: "back",
      fppaDeg: { left: 12 * depth, right: 0 },
    }));
    const report = analyzeMovement(fromBehind, { test: "squat", view: "back" });
    expect(report.status).toBe("scored");
    expect(overlayLabelsOf(fromBehind[15], report)).toContainEqual({
      joint: "leftKnee",
      text: `12° ± ${KNEE_FPPA_ERROR_DEG}°`,
    });
  });

  it("draws nothing on a knee the report holds mis-tracked, even in a frame where it reads plausibly", () => {
    // Marco's right knee is tracked to 50° at the bottom: the report refuses that side, not only that frame.
    const marco = syntheticDips(3, (depth) => ({ fppaDeg: { left: 8 * depth, right: 50 * depth } }));
    const report = analyzeMovement(marco, { test: "squat" });
    expect(report.implausible).toContainEqual(expect.objectContaining({ id: "knee-fppa", side: "right" }));
    const partWay = marco.find((frame) =>
      report.reps.some((rep) => frame.timeMs > rep.startMs && frame.timeMs < rep.bottomMs),
    );
    expect(partWay).toBeDefined();
    const labels = overlayLabelsOf(partWay, report);
    expect(labels.map(({ joint }) => joint)).toEqual(["leftKnee"]);
  });

  it("draws no angle from a joint the model barely saw, which the report would not measure", () => {
    const report = analyzeMovement(fay, { test: "squat" });
    const bottom = fay[15];
    expect(bottom).toBeDefined();
    if (bottom === undefined) return;
    const ankle = bottom.keypoints.leftAnkle;
    expect(ankle).toBeDefined();
    if (ankle === undefined) return;
    const faint = { ...bottom, keypoints: { ...bottom.keypoints, leftAnkle: { ...ankle, score: 0.2 } } };
    expect(overlayLabelsOf(faint, report).map(({ joint }) => joint)).toEqual(["rightKnee"]);
  });
});
