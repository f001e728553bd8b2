import { describe, expect, it } from "vitest";
import { KNEE_FPPA_ERROR_DEG, type KeypointFrame } from "@hipcheck/motion";
import { liveKneeAngles } from "./live-knee-angles.js";

const joint = (x: number, y: number, score = 0.9) => ({ x, y, score });

/** Chloé faces the camera; her right knee (on the left of the picture) drifts toward the midline. */
const chloe: KeypointFrame = {
  timeMs: 0,
  keypoints: {
    rightHip: joint(280, 300),
    rightKnee: joint(300, 400),
    rightAnkle: joint(280, 500),
    leftHip: joint(360, 300),
    leftKnee: joint(360, 400),
    leftAnkle: joint(360, 500, 0.2),
  },
};

describe("the live knee angles over the camera", () => {
  it("labels the knee that caves in with a positive (valgus) angle", () => {
    const [right] = liveKneeAngles(chloe);
    expect(right?.side).toBe("right");
    expect(right?.fppaDeg).toBeGreaterThan(10);
  });

  it("carries the same error band as the report's knee angles", () => {
    const [right] = liveKneeAngles(chloe);
    expect(right?.errorDeg).toBe(KNEE_FPPA_ERROR_DEG);
  });

  it("leaves out a knee whose ankle is not seen confidently", () => {
    expect(liveKneeAngles(chloe).map((label) => label.side)).toEqual(["right"]);
  });

  it("reads the same picture as an outward knee when the camera is behind her (her right is then on the right)", () => {
    const [right] = liveKneeAngles(chloe, "back");
    expect(right?.fppaDeg).toBeLessThan(-10);
  });
});
