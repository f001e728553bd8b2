import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { analyzeMovement } from "../analysis/analyze-movement.js";
import { fromBlazePose33 } from "../skeleton/blazepose33.js";
import { COCO17_ORDER } from "../skeleton/coco17.js";
import type { Joint, JointName, KeypointFrame } from "../skeleton/joints.js";
import { syntheticFrame, turnFrame } from "../testing/synthetic-frame.js";
import { checkSetup } from "./check-setup.js";
import { bodyWidthsOf, isSideOn, isTrunkEndOn } from "./side-on.js";

/** Fay standing square to the camera, feet hip-width apart, one picture a tenth of a second for 2 s. */
const fay = (): KeypointFrame[] =>
  Array.from({ length: 20 }, (_, index) => syntheticFrame({ timeMs: index * 100 }));

/** Fay in a batter's stance: her right foot a stride ahead of her left (the body's own depth, toward the camera). */
const STRIDE_PX: Partial<Record<JointName, number>> = {
  rightKnee: 150,
  rightAnkle: 150,
  leftKnee: -150,
  leftAnkle: -150,
};

const codes = (frames: readonly KeypointFrame[], view: "front" | "back" = "front") =>
  checkSetup(frames, { test: "squat", view }).map((problem) => problem.code);

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

/**
 * MoveNet Thunder's reading of the batter of COCO 196141 as `hipcheck analyze` reads the photo (decision 0301): a
 * boy seen from behind his left shoulder, side-on, his left foot a stride ahead of his right.
 */
const BATTER_READ: Partial<Record<JointName, readonly [number, number, number]>> = {
  nose: [300, 114, 0.45],
  leftEye: [303, 109, 0.54],
  rightEye: [301, 108, 0.29],
  leftEar: [319, 109, 0.47],
  rightEar: [323, 103, 0.09],
  leftShoulder: [324, 143, 0.55],
  rightShoulder: [354, 119, 0.46],
  leftElbow: [299, 169, 0.37],
  rightElbow: [307, 163, 0.33],
  leftWrist: [275, 152, 0.25],
  rightWrist: [277, 149, 0.25],
  leftHip: [329, 214, 0.6],
  rightHip: [343, 208, 0.66],
  leftKnee: [324, 298, 0.7],
  rightKnee: [282, 267, 0.81],
  leftAnkle: [394, 330, 0.56],
  rightAnkle: [288, 343, 0.65],
};
const batterRead = (): KeypointFrame => ({
  timeMs: 0,
  keypoints: Object.fromEntries(
    Object.entries(BATTER_READ).map(([name, [x, y, score]]) => [name, { x, y, score }]),
  ),
});
const PHOTO = { widthPx: 640, heightPx: 429 } as const;

describe("a body side-on to the camera is refused as turned sideways, not as left and right swapped", () => {
  it.each([0, 20, 40, 50, -50])("Fay turned %i° from the camera is not side-on", (turnDeg) => {
    const turned = fay().map((frame) => turnFrame(frame, turnDeg));
    expect(turned.map(bodyWidthsOf).every((widths) => widths !== undefined && !isSideOn(widths))).toBe(true);
    expect(codes(turned)).not.toContain("not-facing-camera");
  });

  it.each([65, 75, 90, -65])("Fay turned %i° is side-on, whichever view was chosen", (turnDeg) => {
    const turned = fay().map((frame) => turnFrame(frame, turnDeg));
    expect(codes(turned)).toEqual(["not-facing-camera"]);
    expect(codes(turned, "back")).toEqual(["not-facing-camera"]);
  });

  it("a stride ahead: turned 55° she is side-on (her legs cross her hips' order), turned 30° she is not", () => {
    const at = (turnDeg: number) => fay().map((frame) => turnFrame(frame, turnDeg, STRIDE_PX));
    expect(bodyWidthsOf(at(55)[0] as KeypointFrame)?.legsCrossHips).toBe(true);
    expect(codes(at(55))).toEqual(["not-facing-camera"]);
    // The same turn with her feet side by side is not narrow enough alone.
    expect(codes(fay().map((frame) => turnFrame(frame, 55)))).not.toContain("not-facing-camera");
    expect(bodyWidthsOf(at(30)[0] as KeypointFrame)?.legsCrossHips).toBe(true);
    expect(codes(at(30))).not.toContain("not-facing-camera");
  });

  it("a picture mirrored square-on is still told as left and right swapped, not as side-on", () => {
    const mirrored = fay().map((frame): KeypointFrame => ({
      timeMs: frame.timeMs,
      keypoints: Object.fromEntries(
        Object.entries(frame.keypoints).map(([name, joint]) => [name, { ...joint, x: 1000 - joint.x }]),
      ),
    }));
    expect(codes(mirrored)).toEqual(["view-mismatch"]);
  });

  it("the batter of COCO 196141 as MoveNet Thunder reads him: side-on, in a photo", () => {
    const widths = bodyWidthsOf(batterRead());
    expect(widths?.legsCrossHips).toBe(true);
    const report = analyzeMovement([batterRead()], { test: "squat", frameSize: PHOTO, source: "photo" });
    expect(report.status).toBe("not-scorable");
    expect(report.problems.map((problem) => problem.code)).toEqual(["not-facing-camera"]);
    expect(report.problems[0]?.message.en).toMatch(/turned sideways.*face the camera.*take the photo again/);
    expect(report.problems[0]?.message.fr).toMatch(/de profil.*face à l’appareil.*reprenez la photo/);
    // Taken for the back view, the advice is to turn one's back to the camera.
    const back = analyzeMovement([batterRead()], {
      test: "squat",
      frameSize: PHOTO,
      view: "back",
      source: "photo",
    });
    expect(back.problems.map((problem) => problem.code)).toEqual(["not-facing-camera"]);
    expect(back.problems[0]?.message.en).toMatch(/turned sideways.*turn your back squarely to the camera/);
    expect(back.problems[0]?.message.fr).toMatch(/de profil.*tournez bien le dos à l’appareil/);
  });

  it("the batter as the COCO annotators marked him is side-on too", () => {
    const batter = annotated("mmpose_coco__test_coco.json", 460541);
    expect(isSideOn(bodyWidthsOf(batter) ?? expect.fail("both girdles are marked"))).toBe(true);
  });

  it.each([
    ["the skier of COCO 785", "mmpose_coco__test_coco.json", 442619],
    [
      "the man in white facing the camera behind the batter (COCO 196141)",
      "mmpose_coco__test_coco.json",
      488308,
    ],
    [
      "the catcher crouched with his back to the camera (COCO 196141)",
      "mmpose_coco__test_coco.json",
      1717641,
    ],
    ["the coach far left facing the camera (COCO 196141)", "mmpose_coco__test_coco.json", 1724673],
    ["the woman facing the camera in OCHuman 000817", "mmpose_ochuman__test_ochuman.json", 2],
    ["the man beside her in OCHuman 000817", "mmpose_ochuman__test_ochuman.json", 3],
  ])("%s, as annotated, is not side-on", (_, file, id) => {
    expect(isSideOn(bodyWidthsOf(annotated(file, id)) ?? expect.fail("both girdles are marked"))).toBe(false);
  });
});

type Reading = Partial<Record<JointName, readonly [number, number, number]>>;
const frameOf = (reading: Reading): KeypointFrame => ({
  timeMs: 0,
  keypoints: Object.fromEntries(
    Object.entries(reading).map(([name, [x, y, score]]) => [name, { x, y, score }]),
  ),
});
const ACROBATS_PHOTO = { widthPx: 589, heightPx: 612 } as const;

/**
 * BlazePose Full's reading of Human-Art 590 (`hipcheck analyze --model blazepose-full`): two acrobats, the one who
 * fills the frame upside down on the other's feet. The model draws an upright body across both, every joint scored
 * 0.8 or more, its trunk 54 px long between shoulders 91 px and hips 45 px apart across it.
 */
const ACROBAT_BY_BLAZEPOSE: Reading = {
  nose: [290, 257, 1],
  leftEye: [283, 256, 1],
  rightEye: [295, 267, 1],
  leftEar: [267, 251, 1],
  rightEar: [291, 274, 1],
  leftShoulder: [206, 222, 1],
  rightShoulder: [297, 306, 1],
  leftElbow: [184, 140, 1],
  rightElbow: [353, 365, 1],
  leftWrist: [142, 96, 1],
  rightWrist: [424, 401, 1],
  leftHip: [221, 309, 1],
  rightHip: [266, 326, 1],
  leftKnee: [267, 412, 0.8],
  rightKnee: [340, 396, 0.99],
  leftAnkle: [264, 503, 0.9],
  rightAnkle: [353, 509, 1],
};
/** MoveNet Thunder's reading of the same photo, as `hipcheck analyze` reads it by default (decision 0301). */
const ACROBAT_BY_THUNDER: Reading = {
  nose: [251, 386, 0.54],
  leftEye: [254, 380, 0.53],
  rightEye: [246, 381, 0.67],
  leftEar: [245, 375, 0.29],
  rightEar: [228, 375, 0.42],
  leftShoulder: [247, 397, 0.35],
  rightShoulder: [209, 338, 0.21],
  leftElbow: [284, 412, 0.12],
  rightElbow: [217, 437, 0.52],
  leftWrist: [324, 425, 0.08],
  rightWrist: [294, 417, 0.1],
  leftHip: [270, 250, 0.41],
  rightHip: [227, 259, 0.34],
  leftKnee: [215, 340, 0.09],
  rightKnee: [212, 327, 0.14],
  leftAnkle: [139, 75, 0.46],
  rightAnkle: [206, 559, 0.27],
};

describe("a body that is not standing is refused as not standing, never as swapped sides (decision 0676)", () => {
  const photoReport = (frame: KeypointFrame) =>
    analyzeMovement([frame], {
      test: "squat",
      frameSize: ACROBATS_PHOTO,
      source: "photo",
      people: { framesChecked: 1, framesWithNobody: 0, framesWithSomeoneElse: 0 },
    });

  it("the acrobat of Human-Art 590 as BlazePose reads her: a trunk seen end-on, not standing, in a photo's words", () => {
    const widths = bodyWidthsOf(frameOf(ACROBAT_BY_BLAZEPOSE)) ?? expect.fail("both girdles are read");
    expect(isTrunkEndOn(widths)).toBe(true);
    const report = photoReport(frameOf(ACROBAT_BY_BLAZEPOSE));
    expect(report.status).toBe("not-scorable");
    expect(report.problems.map((problem) => problem.code)).toEqual(["not-standing"]);
    expect(report.problems[0]?.message.en).toMatch(
      /not seem to be standing upright.*stand up straight.*take the photo again/,
    );
    expect(report.problems[0]?.message.fr).toMatch(
      /ne semble pas debout.*tenez-vous droit.*reprenez la photo/,
    );
    // A video of the same: its own words.
    const video = analyzeMovement([frameOf(ACROBAT_BY_BLAZEPOSE)], { test: "squat" });
    expect(video.problems.map((problem) => problem.code)).toEqual(["not-standing"]);
    expect(video.problems[0]?.message.en).toMatch(/record again/);
  });

  it("the same acrobat as MoveNet Thunder reads her: upside down, the one reason, saying what to do in either case", () => {
    const report = photoReport(frameOf(ACROBAT_BY_THUNDER));
    // Her legs scored low and the picture read poorly because she is upside down: one reason, not three.
    expect(report.problems.map((problem) => problem.code)).toEqual(["upside-down"]);
    expect(report.problems[0]?.message.en).toMatch(
      /upside down.*If the photo is upside down, turn it the right way up; otherwise stand up.*take the photo again/,
    );
    expect(report.problems[0]?.message.fr).toMatch(
      /à l’envers.*Si la photo est à l’envers.*sinon levez-vous/,
    );
  });

  it("the acrobat as the Human-Art annotators marked her is upside down", () => {
    const acrobat = annotated("mmpose_humanart__test_humanart.json", 15000000092348);
    expect(photoReport(acrobat).problems.map((problem) => problem.code)).toEqual(["upside-down"]);
  });

  it("no annotated person standing or walking, and no frame of the published squat clip, has a trunk seen end-on", () => {
    const people = [
      ["mmpose_coco__test_coco.json", [442619, 460541, 488308, 1724673, 467657, 531914, 533949]],
      ["mmpose_ochuman__test_ochuman.json", [1, 2, 3, 4]],
    ] as const;
    for (const [file, ids] of people) {
      for (const id of ids) {
        const widths =
          bodyWidthsOf(annotated(file, id)) ?? expect.fail(`${file} ${id}: both girdles are marked`);
        expect(isTrunkEndOn(widths)).toBe(false);
      }
    }
    const raw = JSON.parse(
      readFileSync(testdataPath("annotations/tfjsmodels_pose_squats.full.json"), "utf8"),
    ) as [number, number][][];
    const squats = raw.map((points, index) =>
      fromBlazePose33(
        points.map(([x, y]) => ({ x, y, score: 0.9 })),
        index * 200,
      ),
    );
    expect(squats.every((frame) => !isTrunkEndOn(bodyWidthsOf(frame) ?? expect.fail("girdles seen")))).toBe(
      true,
    );
    expect(checkSetup(squats, { test: "squat" }).map((problem) => problem.code)).not.toContain(
      "not-standing",
    );
  });
});
