import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { analyzeMovement } from "../analysis/analyze-movement.js";
import { fromBlazePose33 } from "./blazepose33.js";
import { fromCoco17 } from "./coco17.js";
import { jointOf } from "./joint-of.js";

type CocoAnnotation = { keypoints: number[]; num_keypoints: number };

function cocoPersons(): { points: { x: number; y: number; score: number }[]; visible: number }[] {
  const file = JSON.parse(readFileSync(testdataPath("annotations/mmpose_coco__test_coco.json"), "utf8")) as {
    annotations: CocoAnnotation[];
  };
  return file.annotations.map((annotation) => {
    const points = [];
    for (let index = 0; index < 17; index += 1) {
      const [x = 0, y = 0, visibility = 0] = annotation.keypoints.slice(index * 3, index * 3 + 3);
      // COCO visibility: 0 not labelled, 1 labelled but hidden, 2 visible; used as a score.
      points.push({ x, y, score: visibility / 2 });
    }
    return { points, visible: annotation.num_keypoints };
  });
}

describe("skeleton adapters", () => {
  it("reads mmpose COCO annotations joint by name, in source pixels", () => {
    const [first] = cocoPersons();
    if (first === undefined) throw new Error("no annotation");
    const frame = fromCoco17(first.points, 0);
    expect(frame.keypoints.leftShoulder?.x).toBe(first.points[5]?.x);
    expect(frame.keypoints.rightAnkle?.y).toBe(first.points[16]?.y);
    expect(frame.keypoints.leftHeel).toBeUndefined();
  });

  it("treats unlabelled COCO joints as not seen, and refuses to score naming the missing joints", () => {
    const partial = cocoPersons().find((person) => person.points[15]?.score === 0 && person.visible > 0);
    if (partial === undefined) throw new Error("the test set has a person with an unlabelled left ankle");
    const frame = fromCoco17(partial.points, 0);
    expect(jointOf(frame, "leftAnkle")).toBeUndefined();
    const report = analyzeMovement([frame], { test: "squat" });
    expect(report.status).toBe("not-scorable");
    const missing = report.problems.find((problem) => problem.code === "missing-joints");
    expect(missing?.joints).toContain("leftAnkle");
    expect(missing?.message.fr.length).toBeGreaterThan(0);
  });

  it("maps BlazePose-33 landmarks to names, dropping the ones we do not use and non-finite points", () => {
    const points = Array.from({ length: 33 }, (_, index) => ({ x: index, y: 100 + index, score: 0.9 }));
    points[31] = { x: Number.NaN, y: 0, score: 1 };
    const frame = fromBlazePose33(points, 40);
    expect(frame.timeMs).toBe(40);
    expect(frame.keypoints.leftHip).toEqual({ x: 23, y: 123, score: 0.9 });
    expect(frame.keypoints.rightAnkle?.x).toBe(28);
    expect(frame.keypoints.rightFootIndex?.x).toBe(32);
    expect(frame.keypoints.leftFootIndex).toBeUndefined();
    expect(Object.keys(frame.keypoints)).toHaveLength(20);
  });

  it("reads the COCO-named real series (tfjs pose_1) as standing frames", () => {
    const raw = JSON.parse(
      readFileSync(testdataPath("annotations/tfjsmodels_pose_1.json"), "utf8"),
    ) as Record<string, { x: number; y: number }>[];
    const order = [
      "nose",
      "left_eye",
      "right_eye",
      "left_ear",
      "right_ear",
      "left_shoulder",
      "right_shoulder",
      "left_elbow",
      "right_elbow",
      "left_wrist",
      "right_wrist",
      "left_hip",
      "right_hip",
      "left_knee",
      "right_knee",
      "left_ankle",
      "right_ankle",
    ];
    const frames = raw.map((named, index) =>
      fromCoco17(
        order.map((name) => ({ ...(named[name] ?? { x: Number.NaN, y: 0 }), score: 0.9 })),
        (index * 1000) / 30,
      ),
    );
    expect(frames).toHaveLength(120);
    const report = analyzeMovement(frames, { test: "squat" });
    expect(report.framesTotal).toBe(120);
    expect(
      report.problems.every((problem) => problem.code !== "lying-down" && problem.code !== "upside-down"),
    ).toBe(true);
  });
});
