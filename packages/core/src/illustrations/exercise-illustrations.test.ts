import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exercises } from "../knowledge/library.js";
import { KEY_POSES, illustrationOf } from "./exercise-illustrations.js";
import { FIGURE_BOX, SEGMENT_LENGTHS, blendPoses, figurePoints, poseAt } from "./figure-pose.js";

describe("exercise illustrations", () => {
  it("has key poses for every exercise in the library", () => {
    const missing = exercises
      .filter((exercise) => illustrationOf(exercise.id) === undefined)
      .map((exercise) => exercise.id);
    expect(missing).toEqual([]);
  });

  it("uses every movement template and names no exercise the library lacks", () => {
    const ids = new Set(exercises.map((exercise) => exercise.id));
    expect(Object.keys(KEY_POSES.exercises).filter((id) => !ids.has(id))).toEqual([]);
    const used = new Set(Object.values(KEY_POSES.exercises).map((entry) => entry.template));
    expect(Object.keys(KEY_POSES.templates).filter((name) => !used.has(name))).toEqual([]);
  });

  it("keeps every key pose of every template inside the drawing box", () => {
    for (const [name, template] of Object.entries(KEY_POSES.templates)) {
      for (const pose of template.poses) {
        const outside = Object.entries(figurePoints(pose, template.view)).filter(
          ([, joint]) =>
            joint.x < 0 || joint.x > FIGURE_BOX.width || joint.y < 0 || joint.y > FIGURE_BOX.height,
        );
        expect({ name, outside }).toEqual({ name, outside: [] });
      }
    }
  });
});

describe("the figure's kinematics", () => {
  const standing = KEY_POSES.templates["standing-abduction"]!.poses[0];
  const lifted = KEY_POSES.templates["standing-abduction"]!.poses[1];

  it("keeps bone lengths whatever the angles", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -360, max: 360, noNaN: true }),
        fc.double({ min: -360, max: 360, noNaN: true }),
        (thighDeg, shinDeg) => {
          const keypoints = figurePoints({ ...standing, left: { thighDeg, shinDeg, footDeg: 0 } }, "front");
          const hip = keypoints.leftHip;
          const knee = keypoints.leftKnee;
          const ankle = keypoints.leftAnkle;
          expect(Math.hypot(knee.x - hip.x, knee.y - hip.y)).toBeCloseTo(SEGMENT_LENGTHS.thigh, 6);
          expect(Math.hypot(ankle.x - knee.x, ankle.y - knee.y)).toBeCloseTo(SEGMENT_LENGTHS.shin, 6);
        },
      ),
    );
  });

  it("draws the figure's left side on the right of the screen in the front view", () => {
    const keypoints = figurePoints(standing, "front");
    expect(keypoints.leftHip.x).toBeGreaterThan(keypoints.rightHip.x);
  });

  it("starts the loop at the first key pose and passes through the second half-way", () => {
    expect(poseAt([standing, lifted], 1000, 0)).toEqual(blendPoses(standing, lifted, 0));
    expect(poseAt([standing, lifted], 1000, 1000)).toEqual(blendPoses(lifted, standing, 0));
    expect(poseAt([standing, lifted], 1000, 2000)).toEqual(poseAt([standing, lifted], 1000, 0));
  });

  it("moves the working leg away from the body at the top of a standing abduction", () => {
    const top = figurePoints(lifted, "front");
    const bottom = figurePoints(standing, "front");
    expect(top.leftAnkle.x - top.leftHip.x).toBeGreaterThan(bottom.leftAnkle.x - bottom.leftHip.x + 20);
  });
});
