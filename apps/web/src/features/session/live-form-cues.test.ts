import { describe, expect, it } from "vitest";
import { syntheticFrame } from "@hipcheck/motion/testing";
import type { KeypointFrame } from "@hipcheck/motion";
import type { SyntheticPose } from "@hipcheck/motion/testing";
import {
  KNEE_INWARD_CUE_DEG,
  PELVIC_DROP_CUE_DEG,
  TRUNK_LEAN_CUE_DEG,
  liveFormCues,
} from "./live-form-cues.js";

/** About a second and a half of camera frames at 10 per second, all in the same pose. */
function holding(pose: Omit<SyntheticPose, "timeMs">, fromMs = 0): KeypointFrame[] {
  return Array.from({ length: 15 }, (_, index) => syntheticFrame({ ...pose, timeMs: fromMs + index * 100 }));
}

function summary(frames: readonly KeypointFrame[], options: Parameters<typeof liveFormCues>[1]) {
  return liveFormCues(frames, options).map((cue) => ({
    id: cue.id,
    side: cue.side,
    state: cue.state,
    valueDeg: cue.valueDeg === null ? null : Math.round(cue.valueDeg),
  }));
}

describe("the live form cues over the camera", () => {
  it("tells Dana her left knee caves in on a step-down, and that her trunk and pelvis hold", () => {
    const frames = holding({ fppaDeg: { left: 16, right: 0 } });
    expect(summary(frames, { test: "step-down", side: "left" })).toEqual([
      { id: "knee", side: "left", state: "watch", valueDeg: 16 },
      { id: "trunk", side: "both", state: "steady", valueDeg: 0 },
      { id: "pelvis", side: "left", state: "steady", valueDeg: 0 },
    ]);
  });

  it("keeps quiet about a knee a few degrees inward, within measurement noise", () => {
    const frames = holding({ fppaDeg: { left: KNEE_INWARD_CUE_DEG - 4, right: 0 } });
    expect(liveFormCues(frames, { test: "single-leg-squat", side: "left" })[0]?.state).toBe("steady");
  });

  it("tells Priya her pelvis drops on the lifted-leg side in tree pose on her right leg", () => {
    const frames = holding({ pelvicDropDeg: PELVIC_DROP_CUE_DEG + 3, dropSide: "left" });
    const pelvis = liveFormCues(frames, { test: "single-leg-stance", side: "right" }).find(
      (cue) => cue.id === "pelvis",
    );
    expect(pelvis).toMatchObject({ side: "right", state: "watch", errorDeg: 2 });
  });

  it("watches both of Marco's knees in a banded squat, and his trunk leaning to one side", () => {
    const frames = holding({ trunkLeanDeg: TRUNK_LEAN_CUE_DEG + 4, leanSide: "right" });
    expect(summary(frames, { test: "squat" }).map((cue) => [cue.id, cue.side, cue.state])).toEqual([
      ["knee", "left", "steady"],
      ["knee", "right", "steady"],
      ["trunk", "both", "watch"],
    ]);
  });

  it("judges by the last second only: a knee that caved two seconds ago and is in line now is steady", () => {
    const frames = [...holding({ fppaDeg: { left: 20, right: 0 } }), ...holding({}, 2000)];
    expect(liveFormCues(frames, { test: "single-leg-squat", side: "left" })[0]?.state).toBe("steady");
  });

  it("tells Marco his knee is outside the hip–ankle line rather than in line, when it bows out", () => {
    const frames = holding({ fppaDeg: { left: 0, right: -(KNEE_INWARD_CUE_DEG + 6) } });
    expect(summary(frames, { test: "squat" })[1]).toEqual({
      id: "knee",
      side: "right",
      state: "other-way",
      valueDeg: -(KNEE_INWARD_CUE_DEG + 6),
    });
  });

  it("gives no knee angle at the bottom of a deep squat, where the thigh points at the camera", () => {
    const frames = [
      ...holding({}),
      ...holding({ hipDropRatio: 0.5, fppaDeg: { left: -40, right: -40 } }, 2000),
    ];
    expect(summary(frames, { test: "squat" }).slice(0, 2)).toEqual([
      { id: "knee", side: "left", state: "unseen", valueDeg: null },
      { id: "knee", side: "right", state: "unseen", valueDeg: null },
    ]);
  });

  it("says a knee is not seen rather than guessing, when the ankle is hidden", () => {
    const frames = holding({}).map((frame) => ({
      ...frame,
      keypoints: { ...frame.keypoints, leftAnkle: { x: 0, y: 0, score: 0.1 } },
    }));
    expect(liveFormCues(frames, { test: "single-leg-squat", side: "left" })[0]).toMatchObject({
      id: "knee",
      state: "unseen",
      valueDeg: null,
    });
  });

  it("gives no live cue lying down, nor before the first frame", () => {
    expect(liveFormCues(holding({}), { test: "clamshell" })).toEqual([]);
    expect(liveFormCues([], { test: "squat" })).toEqual([]);
  });
});
