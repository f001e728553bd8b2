import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exercises } from "../knowledge/library.js";
import { KEY_POSES, illustrationOf } from "./exercise-illustrations.js";
import {
  FIGURE_BOX,
  SEGMENT_LENGTHS,
  blendPoses,
  figurePoints,
  poseAt,
  type FigurePoint,
  type FigurePoints,
} from "./figure-pose.js";

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
          const leg = { thighDeg, shinDeg, footDeg: 0, thighDepthDeg: 0, shinDepthDeg: 0 };
          const keypoints = figurePoints({ ...standing, left: leg }, "front");
          const hip = keypoints.leftHip;
          const knee = keypoints.leftKnee;
          const ankle = keypoints.leftAnkle;
          expect(Math.hypot(knee.x - hip.x, knee.y - hip.y)).toBeCloseTo(SEGMENT_LENGTHS.thigh, 6);
          expect(Math.hypot(ankle.x - knee.x, ankle.y - knee.y)).toBeCloseTo(SEGMENT_LENGTHS.shin, 6);
        },
      ),
    );
  });

  it("shortens a thigh that points toward the viewer, as a seated figure's thighs look from the front", () => {
    const seated = figurePoints({ ...standing, left: { ...standing.left, thighDepthDeg: 60 } }, "front");
    const thigh = Math.hypot(seated.leftKnee.x - seated.leftHip.x, seated.leftKnee.y - seated.leftHip.y);
    expect(thigh).toBeCloseTo(SEGMENT_LENGTHS.thigh / 2, 6);
  });

  it("tilts the hip line without tilting the shoulders, so a hip hike keeps the trunk upright", () => {
    const hiked = figurePoints({ ...standing, pelvisTiltDeg: 15 }, "front");
    expect(hiked.leftHip.y).toBeLessThan(hiked.rightHip.y - 3);
    expect(hiked.leftShoulder.y).toBeCloseTo(hiked.rightShoulder.y, 6);
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

/** The start (index 0) or the movement (index 1) of an exercise's drawing. */
function drawn(exerciseId: string, pose: 0 | 1): FigurePoints {
  const { view, poses } = illustrationOf(exerciseId)!;
  return figurePoints(poses[pose], view);
}

function midpoint(a: FigurePoint, b: FigurePoint): FigurePoint {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** The angle at `b` between the segments to `a` and `c`: 180° is a straight line. */
function angleAtDeg(a: FigurePoint, b: FigurePoint, c: FigurePoint): number {
  const turn = Math.atan2(c.y - b.y, c.x - b.x) - Math.atan2(a.y - b.y, a.x - b.x);
  const deg = Math.abs((turn * 180) / Math.PI) % 360;
  return deg > 180 ? 360 - deg : deg;
}

function kneeDeg(points: FigurePoints, side: "left" | "right"): number {
  return angleAtDeg(points[`${side}Hip`], points[`${side}Knee`], points[`${side}Ankle`]);
}

function distance(a: FigurePoint, b: FigurePoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/*
 * What each drawing must show. The web app highlights the figure's left leg as the working one, so single-leg
 * drawings stand on it; side views face the drawing's right.
 */
describe("what the exercise drawings show", () => {
  it("bends the standing knee of the single-leg squat while the other foot stays up in front", () => {
    const [start, squat] = [drawn("single-leg-squat", 0), drawn("single-leg-squat", 1)];
    expect(kneeDeg(start, "left")).toBeGreaterThan(175);
    expect(kneeDeg(squat, "left")).toBeLessThan(130);
    expect(distance(start.leftAnkle, squat.leftAnkle)).toBeLessThan(1);
    expect(squat.rightAnkle.y).toBeLessThan(squat.leftAnkle.y - 10);
    expect(squat.rightAnkle.x).toBeGreaterThan(squat.leftAnkle.x);
  });

  it("lowers the step-down's free heel below the standing foot by bending the standing knee", () => {
    const [start, down] = [drawn("step-down", 0), drawn("step-down", 1)];
    expect(kneeDeg(start, "left")).toBeGreaterThan(175);
    expect(kneeDeg(down, "left")).toBeLessThan(140);
    expect(distance(start.leftAnkle, down.leftAnkle)).toBeLessThan(1);
    expect(down.rightAnkle.y).toBeGreaterThan(down.leftAnkle.y + 5);
  });

  it("holds the side plank in one straight line off the floor, lifted from lying on the side", () => {
    const [lying, plank] = [drawn("side-plank", 0), drawn("side-plank", 1)];
    const line = (points: FigurePoints) => ({
      shoulders: midpoint(points.leftShoulder, points.rightShoulder),
      hips: midpoint(points.leftHip, points.rightHip),
      ankles: midpoint(points.leftAnkle, points.rightAnkle),
    });
    const body = line(plank);
    expect(angleAtDeg(body.shoulders, body.hips, body.ankles)).toBeGreaterThan(176);
    // The forearm lies on the floor: the hips hang well above it in the plank, and rest near it before.
    const floorY = plank.rightElbow.y;
    expect(plank.rightHip.y).toBeLessThan(floorY - 15);
    expect(lying.rightHip.y).toBeGreaterThan(plank.rightHip.y + 10);
    expect(distance(lying.rightElbow, plank.rightElbow)).toBeLessThan(1);
  });

  it("lifts the top leg in the side plank with hip abduction, and keeps the legs stacked in the side plank", () => {
    const apart = (exerciseId: string, pose: 0 | 1) => {
      const points = drawn(exerciseId, pose);
      return distance(points.leftAnkle, points.rightAnkle);
    };
    const stacked = 2 * SEGMENT_LENGTHS.pelvisHalfWidth + 1;
    expect([apart("side-plank", 0), apart("side-plank", 1)].every((gap) => gap <= stacked)).toBe(true);
    expect(apart("side-plank-abduction", 0)).toBeLessThanOrEqual(stacked);
    expect(apart("side-plank-abduction", 1)).toBeGreaterThan(stacked + 25);
    const top = drawn("side-plank-abduction", 1);
    expect(top.leftAnkle.y).toBeLessThan(top.leftHip.y);
  });

  it("drops and then lifts the free side of the pelvis in the hip hike, trunk upright and knees straight", () => {
    const [dropped, hiked] = [drawn("hip-hike", 0), drawn("hip-hike", 1)];
    expect(dropped.rightHip.y).toBeGreaterThan(dropped.leftHip.y);
    expect(hiked.rightHip.y).toBeLessThan(hiked.leftHip.y);
    for (const points of [dropped, hiked]) {
      expect(points.leftShoulder.y).toBeCloseTo(points.rightShoulder.y, 6);
      expect(Math.min(kneeDeg(points, "left"), kneeDeg(points, "right"))).toBeGreaterThan(178);
    }
  });

  it("seats the figure for the seated hip rotation and swings the working foot inward, the knee still", () => {
    const [start, turned] = [
      drawn("seated-hip-external-rotation", 0),
      drawn("seated-hip-external-rotation", 1),
    ];
    // Seen from the front, a seated thigh points at the viewer: the knee is barely below the hip.
    expect(start.leftKnee.y - start.leftHip.y).toBeLessThan(SEGMENT_LENGTHS.thigh / 2);
    expect(distance(start.leftKnee, turned.leftKnee)).toBeLessThan(1);
    // The figure's left side is on the drawing's right, so inward (external rotation) is toward smaller x.
    expect(turned.leftAnkle.x).toBeLessThan(start.leftAnkle.x - 15);
  });

  it("keeps the back leg straight in warrior 1 and puts the back knee on the floor in the low lunge", () => {
    const warrior = drawn("warrior-1", 1);
    expect(kneeDeg(warrior, "left")).toBeGreaterThan(178);
    expect(kneeDeg(warrior, "right")).toBeLessThan(120);
    expect(warrior.leftAnkle.y).toBeCloseTo(warrior.rightAnkle.y, 0);
    for (const pose of [0, 1] as const) {
      const lunge = drawn("low-lunge", pose);
      expect(Math.abs(lunge.leftKnee.y - lunge.rightAnkle.y)).toBeLessThan(3);
    }
  });

  it("holds the wall sit no lower than thighs parallel to the floor", () => {
    const sit = drawn("wall-sit", 1);
    expect(kneeDeg(sit, "left")).toBeLessThan(150);
    expect(sit.leftHip.y).toBeLessThan(sit.leftKnee.y);
  });
});
