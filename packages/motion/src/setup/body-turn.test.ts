import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { analyzeMovement } from "../analysis/analyze-movement.js";
import { TURNED_BODY_MIN_DEG } from "../analysis/movement-thresholds.js";
import { fromBlazePose33 } from "../skeleton/blazepose33.js";
import type { Joint, JointName, KeypointFrame } from "../skeleton/joints.js";
import { syntheticFrame } from "../testing/synthetic-frame.js";
import { bodyTurnDeg, thighLengthsOf } from "./body-turn.js";
import { checkSetup } from "./check-setup.js";

/** The published BlazePose keypoints of tfjs-models' squat clip (5 fps); they carry no score. */
const lenaSquats = (): KeypointFrame[] => {
  const path = testdataPath("annotations/tfjsmodels_pose_squats.full.json");
  const raw = JSON.parse(readFileSync(path, "utf8")) as [number, number, number][][];
  return raw.map((points, index) =>
    fromBlazePose33(
      points.map(([x, y]) => ({ x, y, score: 0.9 })),
      index * 200,
    ),
  );
};

type Vec3 = { readonly lateral: number; readonly down: number; readonly forward: number };

/**
 * A body squatting in three dimensions (body axes: `lateral` toward the person's left, `down`, `forward` out of the
 * chest), turned `turnDeg` about the vertical axis and seen by a camera in front of it (orthographic projection).
 * The shanks tilt forward up to 35°, the thighs back up to 75° from vertical and the trunk forward up to 30°, as in
 * a deep squat; `kneeInPx` moves both knees toward each other (valgus), in the body's own frontal plane.
 */
function squatIn3d(depth: number, turnDeg: number, timeMs: number, kneeInPx = 0): KeypointFrame {
  const rad = (deg: number): number => (deg * Math.PI) / 180;
  const [shank, thigh, torso] = [200, 200, 250];
  const shankTilt = rad(35 * depth);
  const thighTilt = rad(75 * depth);
  const trunkTilt = rad(30 * depth);
  const body: Partial<Record<JointName, Vec3>> = {};
  for (const [side, sign] of [
    ["left", 1],
    ["right", -1],
  ] as const) {
    const ankle: Vec3 = { lateral: sign * 60, down: 0, forward: 0 };
    const knee: Vec3 = {
      lateral: ankle.lateral - sign * kneeInPx,
      down: -shank * Math.cos(shankTilt),
      forward: shank * Math.sin(shankTilt),
    };
    const hip: Vec3 = {
      lateral: sign * 55,
      down: knee.down - thigh * Math.cos(thighTilt),
      forward: knee.forward - thigh * Math.sin(thighTilt),
    };
    const shoulder: Vec3 = {
      lateral: sign * 90,
      down: hip.down - torso * Math.cos(trunkTilt),
      forward: hip.forward + torso * Math.sin(trunkTilt),
    };
    Object.assign(body, {
      [`${side}Ankle`]: ankle,
      [`${side}Knee`]: knee,
      [`${side}Hip`]: hip,
      [`${side}Shoulder`]: shoulder,
    });
  }
  const turn = rad(turnDeg);
  const keypoints: Partial<Record<JointName, Joint>> = {};
  for (const [name, point] of Object.entries(body) as [JointName, Vec3][]) {
    // Facing the camera the person's left is on the image right; a turn brings some of `forward` into the picture.
    keypoints[name] = {
      x: 500 + point.lateral * Math.cos(turn) + point.forward * Math.sin(turn),
      y: 1000 + point.down,
      score: 0.9,
    };
  }
  return { timeMs, keypoints };
}

/** Three squats of 2 s at 10 frames per second, standing 0.5 s before and after. */
function squats3d(turnDeg: number, maxDepth = 1, kneeInPx = 0): KeypointFrame[] {
  return Array.from({ length: 70 }, (_, index) => {
    const phase = index < 5 || index >= 65 ? 0 : ((index - 5) % 20) / 20;
    return squatIn3d(maxDepth * Math.sin(Math.PI * phase) ** 2, turnDeg, index * 100, kneeInPx);
  });
}

describe("bodyTurnDeg", () => {
  it("sees Lena turned about 30° from the camera in the published squat clip (her world landmarks say 30–37°)", () => {
    const turnDeg = bodyTurnDeg(lenaSquats());
    expect(turnDeg).not.toBeNull();
    expect(Math.abs(turnDeg ?? 0)).toBeGreaterThanOrEqual(TURNED_BODY_MIN_DEG);
    expect(Math.abs(turnDeg ?? 0)).toBeLessThan(45);
  });

  it("recovers the turn of a three-dimensional squat seen from a camera 30° off, either way", () => {
    expect(bodyTurnDeg(squats3d(30))).toBeCloseTo(30, 0);
    expect(bodyTurnDeg(squats3d(-30))).toBeCloseTo(-30, 0);
  });

  it("reads Mia's square-on squats with both knees caving in by 40 px as facing the camera", () => {
    expect(Math.abs(bodyTurnDeg(squats3d(0, 1, 40)) ?? Number.NaN)).toBeLessThan(1);
  });

  it("cannot tell a turn while the knees stay straight, and says so with null", () => {
    const still = Array.from({ length: 20 }, (_, index) => squatIn3d(0, 30, index * 100));
    expect(bodyTurnDeg(still)).toBeNull();
    expect(
      bodyTurnDeg(Array.from({ length: 20 }, (_, index) => syntheticFrame({ timeMs: index * 100 }))),
    ).toBeNull();
  });

  it("does not call a turn of under 10° turned, whatever the depth and the knees' sideways bend", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -9.9, max: 9.9, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: -40, max: 40, noNaN: true }),
        (turnDeg, depth, kneeInPx) => {
          const clip = squats3d(turnDeg, depth, kneeInPx);
          expect(Math.abs(bodyTurnDeg(clip) ?? 0)).toBeLessThan(TURNED_BODY_MIN_DEG);
          expect(checkSetup(clip, { test: "squat" }).map((problem) => problem.code)).not.toContain(
            "turned-from-camera",
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("checkSetup on a turned body", () => {
  it("tells Lena to face the camera squarely, as a warning so her squats are still counted", () => {
    const turned = checkSetup(lenaSquats(), { test: "squat" }).find(
      (problem) => problem.code === "turned-from-camera",
    );
    expect(turned?.severity).toBe("warning");
    expect(turned?.message.en).toMatch(/face the camera squarely/i);
    expect(turned?.message.fr).toMatch(/bien face à la caméra/);
  });

  it("catches a squat filmed 30° off, seen from the front or from behind", () => {
    expect(checkSetup(squats3d(30), { test: "squat" }).map((problem) => problem.code)).toContain(
      "turned-from-camera",
    );
    const fromBehind = squats3d(-30).map((frame) => ({
      ...frame,
      keypoints: Object.fromEntries(
        Object.entries(frame.keypoints).map(([name, joint]) => [name, { ...joint, x: 1000 - joint.x }]),
      ),
    }));
    expect(checkSetup(fromBehind, { test: "squat", view: "back" }).map((problem) => problem.code)).toContain(
      "turned-from-camera",
    );
    const report = analyzeMovement(squats3d(30), { test: "squat" });
    expect(report.repCount).toBe(3);
    expect(report.findings.map((finding) => finding.id)).toEqual([]);
  });
});

describe("thighLengthsOf", () => {
  it("gives each of Lena's thighs its full length facing the camera, though it looks shorter at the bottom of each squat", () => {
    const squats = squats3d(0);
    const lengths = thighLengthsOf(squats);
    expect(lengths.left).toBeCloseTo(200, 0);
    expect(lengths.right).toBeCloseTo(200, 0);
    const deepest = squats[15];
    const hip = deepest?.keypoints.leftHip;
    const knee = deepest?.keypoints.leftKnee;
    expect(Math.hypot((knee?.x ?? 0) - (hip?.x ?? 0), (knee?.y ?? 0) - (hip?.y ?? 0))).toBeLessThan(100);
  });

  it("is 0 for a thigh never seen", () => {
    const hidden = squats3d(0).map((frame) => ({
      ...frame,
      keypoints: { ...frame.keypoints, rightKnee: { x: 0, y: 0, score: 0.1 } },
    }));
    expect(thighLengthsOf(hidden).right).toBe(0);
  });
});
