import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { analyzeMovement } from "../analysis/analyze-movement.js";
import { TURNED_BODY_MIN_DEG } from "../analysis/movement-thresholds.js";
import { interiorAngleDeg } from "../geometry/angles.js";
import { fromBlazePose33 } from "../skeleton/blazepose33.js";
import { COCO17_ORDER } from "../skeleton/coco17.js";
import type { Joint, JointName, KeypointFrame } from "../skeleton/joints.js";
import { syntheticFrame } from "../testing/synthetic-frame.js";
import { bodyTurnDeg, kneesTurnedAside, thighLengthsOf } from "./body-turn.js";
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

/** A person of an mmpose annotation file (COCO-17 keypoints, x y visibility), as a frame of fully scored joints. */
function annotated(file: string, annotationId: number): KeypointFrame {
  const coco = JSON.parse(readFileSync(testdataPath(`annotations/${file}`), "utf8")) as {
    annotations: { id: number; keypoints: number[] }[];
  };
  const person = coco.annotations.find((annotation) => annotation.id === annotationId);
  if (person === undefined) throw new Error(`${file} has no person ${annotationId}`);
  const keypoints: Partial<Record<JointName, Joint>> = {};
  COCO17_ORDER.forEach((name, index) => {
    const [x, y, visible] = person.keypoints.slice(index * 3, index * 3 + 3);
    if (x !== undefined && y !== undefined && (visible ?? 0) > 0) keypoints[name] = { x, y, score: 0.9 };
  });
  return { timeMs: 0, keypoints };
}

const COCO = "mmpose_coco__test_coco.json";
const OCHUMAN = "mmpose_ochuman__test_ochuman.json";
type FrameSize = { readonly widthPx: number; readonly heightPx: number };
const PHOTO: FrameSize = { widthPx: 640, heightPx: 425 };
const photoCodes = (frame: KeypointFrame, view: "front" | "back" = "front", frameSize: FrameSize = PHOTO) =>
  checkSetup([frame], { test: "squat", source: "photo", view, frameSize }).map((problem) => problem.code);

describe("a photo of a body turned from the camera with its knees bent is refused as turned (decision 0675)", () => {
  it("sees the turn in every frame of Lena's published squat clip where her knees bend, and in none where she stands", () => {
    const frames = lenaSquats();
    const kneeAngle = (frame: KeypointFrame, side: "left" | "right") => {
      const hip = frame.keypoints[`${side}Hip`];
      const knee = frame.keypoints[`${side}Knee`];
      const ankle = frame.keypoints[`${side}Ankle`];
      return hip && knee && ankle ? interiorAngleDeg(hip, knee, ankle) : Number.NaN;
    };
    const bent = frames.filter(
      (frame) => Math.max(kneeAngle(frame, "left"), kneeAngle(frame, "right")) < 165,
    );
    const standing = frames.filter(
      (frame) => Math.min(kneeAngle(frame, "left"), kneeAngle(frame, "right")) > 172,
    );
    expect(bent.length).toBeGreaterThan(30);
    expect(standing.length).toBeGreaterThanOrEqual(8);
    expect(bent.every((frame) => kneesTurnedAside(frame, "front"))).toBe(true);
    expect(standing.some((frame) => kneesTurnedAside(frame, "front"))).toBe(false);
    // One of her deepest frames as a photo: refused as turned, with a photo's words, in English and French.
    const deepest = analyzeMovement([bent[10] as KeypointFrame], { test: "squat", source: "photo" });
    expect(deepest.status).toBe("not-scorable");
    const turned = deepest.problems.find((problem) => problem.code === "turned-from-camera");
    expect(turned?.severity).toBe("blocking");
    expect(turned?.message.en).toMatch(
      /one knee seems to bend inward.*face the camera squarely.*take the photo again/i,
    );
    expect(turned?.message.fr).toMatch(/un genou semble rentrer.*bien face à l’appareil.*reprenez la photo/);
    // A standing frame of the same clip as a photo: a straight knee is barely distorted by a turn, so it is scored.
    expect(analyzeMovement([standing[0] as KeypointFrame], { test: "squat", source: "photo" }).status).toBe(
      "scored",
    );
  });

  it("refuses the skier of COCO 785 as annotated: her knees bent, one reading 25° inward and the other 47° outward", () => {
    const skier = annotated(COCO, 442619);
    expect(kneesTurnedAside(skier, "front")).toBe(true);
    expect(photoCodes(skier)).toContain("turned-from-camera");
  });

  it("refuses the skier as MoveNet Thunder reads the photo (decision 0301): knees 32° inward and 52° outward", () => {
    const read: Partial<Record<JointName, readonly [number, number, number]>> = {
      nose: [370, 79, 0.63],
      leftShoulder: [410, 114, 0.77],
      rightShoulder: [364, 125, 0.7],
      leftHip: [430, 210, 0.7],
      rightHip: [401, 214, 0.55],
      leftKnee: [430, 288, 0.84],
      rightKnee: [372, 273, 0.78],
      leftAnkle: [475, 361, 0.54],
      rightAnkle: [404, 341, 0.79],
    };
    const skier: KeypointFrame = {
      timeMs: 0,
      keypoints: Object.fromEntries(
        Object.entries(read).map(([name, [x, y, score]]) => [name, { x, y, score }]),
      ),
    };
    const report = analyzeMovement([skier], { test: "squat", source: "photo", frameSize: PHOTO });
    expect(report.status).toBe("not-scorable");
    expect(report.problems.map((problem) => problem.code)).toEqual(["turned-from-camera"]);
    // The same reading in a video is left to the recording's turn estimate, which needs several bent frames.
    expect(analyzeMovement([skier], { test: "squat", frameSize: PHOTO }).status).toBe("scored");
  });

  it.each([
    ["the woman of OCHuman 000817 walking toward the camera", OCHUMAN, 2],
    ["the man behind her, one knee bent 28° outward and the other straight", OCHUMAN, 3],
    ["the umpire of COCO 196141", COCO, 1724673],
    ["the player behind him", COCO, 488308],
  ])("does not refuse %s, facing the camera", (_name, file, id) => {
    const person = annotated(file, id);
    expect(kneesTurnedAside(person, "front")).toBe(false);
    expect(photoCodes(person)).not.toContain("turned-from-camera");
  });

  it("catches a squat photographed 20° off at half depth, seen from the front or from behind", () => {
    const size = { widthPx: 1000, heightPx: 1100 };
    const deepest = squatIn3d(0.5, 20, 0);
    expect(photoCodes(deepest, "front", size)).toEqual(["turned-from-camera"]);
    const fromBehind: KeypointFrame = {
      ...deepest,
      keypoints: Object.fromEntries(
        Object.entries(squatIn3d(0.5, -20, 0).keypoints).map(([name, joint]) => [
          name,
          { ...joint, x: 1000 - joint.x },
        ]),
      ),
    };
    expect(photoCodes(fromBehind, "back", size)).toEqual(["turned-from-camera"]);
  });

  it("never refuses a squat photographed square-on, whatever the depth and however far the knees cave in or bow out", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        (depth, kneeInPx) => {
          expect(kneesTurnedAside(squatIn3d(depth, 0, 0, kneeInPx), "front")).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("leaves a video's turn to the recording's estimate: a turned clip is still counted, with a warning", () => {
    const codes = checkSetup(squats3d(30), { test: "squat", source: "video" });
    expect(codes.find((problem) => problem.code === "turned-from-camera")?.severity).toBe("warning");
  });
});
