import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { fromBlazePose33 } from "../skeleton/blazepose33.js";
import type { JointName, KeypointFrame, Side } from "../skeleton/joints.js";
import { JOINT_NAMES } from "../skeleton/joints.js";
import { mapFrame, mirrorFrame, syntheticFrame, type SyntheticPose } from "../testing/synthetic-frame.js";
import { analyzeMovement } from "./analyze-movement.js";
import { compareReports } from "./compare-reports.js";
import { MOVEMENT_TESTS } from "./movement-tests.js";
import { KNEE_FPPA_ERROR_DEG } from "./movement-thresholds.js";

const FRAME_MS = 100;

/** `reps` smooth dips of the hips, each with the given knee angle at the bottom; 1 s standing between dips. */
function squatClip(
  reps: number,
  pose: (depth: number) => Omit<SyntheticPose, "timeMs" | "hipDropRatio">,
  depthRatio = 0.15,
): KeypointFrame[] {
  const frames: KeypointFrame[] = [];
  const perRep = 20;
  const total = reps * perRep + 10;
  for (let index = 0; index < total; index += 1) {
    const phase = index < 5 || index >= total - 5 ? 0 : ((index - 5) % perRep) / perRep;
    const depth = Math.sin(Math.PI * phase) ** 2;
    frames.push(
      syntheticFrame({ ...pose(depth), timeMs: index * FRAME_MS, hipDropRatio: depthRatio * depth }),
    );
  }
  return frames;
}

function everyNumberIsFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(everyNumberIsFinite);
  if (value !== null && typeof value === "object") return Object.values(value).every(everyNumberIsFinite);
  return true;
}

const blazeSquats = (): KeypointFrame[] => {
  const path = testdataPath("annotations/tfjsmodels_pose_squats.full.json");
  const raw = JSON.parse(readFileSync(path, "utf8")) as [number, number, number][][];
  // 5 frames per second; the published keypoints carry no score, so every point counts as seen.
  return raw.map((points, index) =>
    fromBlazePose33(
      points.map(([x, y]) => ({ x, y, score: 0.9 })),
      index * 200,
    ),
  );
};

describe("analyzeMovement", () => {
  it("counts the three squats of the published BlazePose series (the third is cut off by the clip's end)", () => {
    const report = analyzeMovement(blazeSquats(), { test: "squat" });
    expect(report.status).toBe("scored");
    expect(report.repCount).toBe(3);
    expect(report.reps.map((rep) => rep.complete)).toEqual([true, true, false]);
    // The hips are lowest at frames 10, 34 and 59–60 of the published keypoints.
    [2000, 6800, 11900].forEach((deepestMs, index) => {
      expect(Math.abs((report.reps[index]?.bottomMs ?? 0) - deepestMs)).toBeLessThanOrEqual(200);
    });
    expect(everyNumberIsFinite(report)).toBe(true);
  });

  it("tells Lena, turned about 30° from the camera, to face it squarely, and reports no knee valgus from the wrong view", () => {
    const report = analyzeMovement(blazeSquats(), { test: "squat" });
    const turned = report.problems.find((problem) => problem.code === "turned-from-camera");
    expect(turned?.message.en).toMatch(/face the camera squarely/i);
    expect(turned?.message.fr).toMatch(/face à la caméra/);
    // Before this check her right knee read +37° FPPA: the turn, not valgus.
    expect(
      report.findings.filter((finding) => finding.id === "knee-fppa" || finding.id === "knee-fppa-asymmetry"),
    ).toEqual([]);
    expect(report.findings.some((finding) => finding.band === "elevated")).toBe(false);
    expect(
      report.findings.filter((finding) => finding.id === "trunk-lean" || finding.id === "pelvic-drop"),
    ).toEqual([]);
    expect(report.perSide.map((summary) => summary.peakFppa)).toEqual([null, null]);
    expect(report.reps.flatMap((rep) => rep.knees.map((knee) => knee.peakFppaDeg))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(report.repCount).toBe(3);
    expect(report.findings).toEqual([]);
    expect(report.noFindingsReason?.en).toMatch(/turned away from the camera/);
    expect(report.noFindingsReason?.fr).toMatch(/tourné par rapport à la caméra/);
  });

  it("still scores and flags Nora's square-on squats with 15° of valgus on both knees", () => {
    const clip = squatClip(4, (depth) => ({ fppaDeg: { left: 15 * depth, right: 15 * depth } }), 0.3);
    const report = analyzeMovement(clip, { test: "squat" });
    expect(report.problems.map((problem) => problem.code)).not.toContain("turned-from-camera");
    const knees = report.findings.filter((finding) => finding.id === "knee-fppa");
    expect(knees.map((finding) => finding.side)).toEqual(["left", "right"]);
    for (const knee of knees) expect(Math.abs(knee.valueDeg - 15)).toBeLessThan(0.5);
    const sls = analyzeMovement(
      squatClip(4, (depth) => ({ fppaDeg: { left: 0, right: 16 * depth } }), 0.3),
      { test: "single-leg-squat", side: "right" },
    );
    expect(sls.findings.find((finding) => finding.id === "knee-fppa")?.band).toBe("elevated");
  });

  it("Bea's single-leg squats on the right leg at 12° valgus read as borderline, with the 3° SEM", () => {
    const clip = squatClip(5, (depth) => ({
      fppaDeg: { left: 0, right: 12 * depth },
      pelvicDropDeg: 4 * depth,
      dropSide: "left",
      trunkLeanDeg: 3 * depth,
      leanSide: "right",
    }));
    const report = analyzeMovement(clip, { test: "single-leg-squat", side: "right", sex: "female" });
    expect(report.repCount).toBe(5);
    const knee = report.findings.find((finding) => finding.id === "knee-fppa");
    expect(knee?.side).toBe("right");
    expect(Math.abs((knee?.valueDeg ?? 0) - 12)).toBeLessThan(0.5);
    expect(knee?.errorDeg).toBe(KNEE_FPPA_ERROR_DEG);
    expect(knee?.band).toBe("borderline");
    expect(knee?.bandConfidence).toBe("derived");
    expect(knee?.message.en).toMatch(/\(right\): 1[12]\.\d° ± 5\.0°, borderline/);
    expect(knee?.message.fr).toMatch(/\(droite\)\u00a0: 1[12],\d° ± 5,0°, limite/);
    expect(
      Math.abs((report.findings.find((finding) => finding.id === "pelvic-drop")?.valueDeg ?? 0) - 4),
    ).toBeLessThan(0.5);
    expect(
      Math.abs((report.findings.find((finding) => finding.id === "trunk-lean")?.valueDeg ?? 0) - 3),
    ).toBeLessThan(0.5);
  });

  it("the same 12° is above the men's band for Carl", () => {
    const clip = squatClip(3, (depth) => ({ fppaDeg: { left: 0, right: 13 * depth } }));
    const report = analyzeMovement(clip, { test: "single-leg-squat", side: "right", sex: "male" });
    expect(report.findings.find((finding) => finding.id === "knee-fppa")?.band).toBe("elevated");
  });

  it("leaves Marco's right knee, tracked at 50° valgus, out of the findings and asks him to check the camera view", () => {
    const report = analyzeMovement(
      squatClip(4, (depth) => ({ fppaDeg: { left: 6 * depth, right: 50 * depth } })),
      { test: "squat" },
    );
    expect(report.status).toBe("scored");
    const knees = report.findings.filter((finding) => finding.id === "knee-fppa");
    expect(knees.map((finding) => finding.side)).toEqual(["left"]);
    // The 44° left–right gap comes from the mis-tracked knee: it is no finding either, elevated or not.
    expect(report.findings.map((finding) => finding.id)).not.toContain("knee-fppa-asymmetry");
    expect(report.implausible.map(({ id, side }) => [id, side])).toEqual([
      ["knee-fppa", "right"],
      ["knee-fppa-asymmetry", "both"],
    ]);
    const [knee, gap] = report.implausible;
    expect(Math.abs((knee?.valueDeg ?? 0) - 50)).toBeLessThan(2);
    expect(knee?.errorDeg).toBe(KNEE_FPPA_ERROR_DEG);
    expect(knee?.message.en).toMatch(
      /^Knee angle \(FPPA, \+ = inward\) \(right\): (4[89]|5[01])\.\d° ± 5\.0°, beyond/,
    );
    expect(knee?.message.en).toMatch(/-45\.0° to 40\.0°.*not a finding: check the camera view/);
    expect(knee?.message.fr).toMatch(
      /^Angle du genou \(FPPA, \+ = vers l’intérieur\) \(droite\)\s: (4[89]|5[01]),\d° ± 5,0°/,
    );
    expect(knee?.message.fr).toMatch(/de -45,0° à 40,0°.*pas un constat\s: vérifiez le cadrage de la caméra/);
    expect(knee?.source).toMatch(/derived/);
    expect(gap?.message.en).toMatch(/-4[34]\.\d° ± 9\.0°\. This is not a finding/);
    expect(gap?.message.fr).toMatch(/-4[34],\d° ± 9,0°\. Ce n’est pas un constat/);
    expect(report.noFindingsReason).toBeNull();
  });

  it("also leaves out a knee read 50° outward all along, and keeps Priya's real 38° knee as an elevated finding", () => {
    // The peak is the most inward frame of a repetition, so only a knee read outward throughout has a peak this low.
    const varus = analyzeMovement(
      squatClip(4, () => ({ fppaDeg: { left: 0, right: -50 } })),
      { test: "single-leg-squat", side: "right" },
    );
    expect(varus.findings.map((finding) => finding.id)).not.toContain("knee-fppa");
    expect(varus.implausible.map((measure) => measure.side)).toEqual(["right"]);
    const priya = analyzeMovement(
      squatClip(4, (depth) => ({ fppaDeg: { left: 0, right: 38 * depth } })),
      { test: "single-leg-squat", side: "right", sex: "female" },
    );
    expect(priya.implausible).toEqual([]);
    const knee = priya.findings.find((finding) => finding.id === "knee-fppa");
    expect(Math.abs((knee?.valueDeg ?? 0) - 38)).toBeLessThan(2);
    expect(knee?.band).toBe("elevated");
  });

  it("reports a left–right gap under the 9° SDD as measurement noise, and a larger one as real", () => {
    const small = analyzeMovement(
      squatClip(4, (d) => ({ fppaDeg: { left: 8 * d, right: 4 * d } })),
      { test: "squat" },
    );
    expect(small.asymmetry?.beyondError).toBe(false);
    const large = analyzeMovement(
      squatClip(4, (d) => ({ fppaDeg: { left: 18 * d, right: 2 * d } })),
      { test: "squat" },
    );
    expect(large.asymmetry?.beyondError).toBe(true);
    expect(Math.abs((large.asymmetry?.fppaDifferenceDeg ?? 0) - 16)).toBeLessThan(1);
  });

  it("scores a mirrored clip with the sides swapped and the same values", () => {
    const clip = squatClip(3, (d) => ({
      fppaDeg: { left: 10 * d, right: 2 * d },
      trunkLeanDeg: 5 * d,
      leanSide: "left",
    }));
    const report = analyzeMovement(clip, { test: "squat" });
    const mirrored = analyzeMovement(
      clip.map((frame) => mirrorFrame(frame, 1000)),
      { test: "squat" },
    );
    const peak = (r: typeof report, side: Side) =>
      r.perSide.find((summary) => summary.side === side)?.peakFppa?.meanDeg ?? Number.NaN;
    expect(peak(mirrored, "right")).toBeCloseTo(peak(report, "left"), 6);
    expect(peak(mirrored, "left")).toBeCloseTo(peak(report, "right"), 6);
  });

  it("is unchanged when the whole clip is translated or scaled", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        (scale, shift) => {
          const clip = squatClip(3, (d) => ({
            fppaDeg: { left: 9 * d, right: -4 * d },
            pelvicDropDeg: 3 * d,
          }));
          const report = analyzeMovement(clip, { test: "squat" });
          const moved = analyzeMovement(
            clip.map((frame) => mapFrame(frame, (p) => ({ x: p.x * scale + shift, y: p.y * scale - shift }))),
            { test: "squat" },
          );
          expect(moved.repCount).toBe(report.repCount);
          moved.findings.forEach((finding, index) => {
            expect(finding.valueDeg).toBeCloseTo(report.findings[index]?.valueDeg ?? Number.NaN, 6);
          });
        },
      ),
      { numRuns: 20 },
    );
  });

  it("flags a Trendelenburg-like sign when Dana's pelvis drops on the lifted side while standing on her left leg", () => {
    const hold = Array.from({ length: 40 }, (_, index) =>
      syntheticFrame({ timeMs: index * FRAME_MS, pelvicDropDeg: 6, dropSide: "right" }),
    );
    const report = analyzeMovement(hold, { test: "single-leg-stance", side: "left" });
    const sign = report.findings.find((finding) => finding.id === "trendelenburg-sign");
    expect(sign?.band).toBe("elevated");
    expect(report.findings.find((finding) => finding.id === "sway")?.valueDeg).toBeCloseTo(0, 6);
    const level = analyzeMovement(
      hold.map((frame, index) =>
        syntheticFrame({ timeMs: frame.timeMs, pelvicDropDeg: -2 + (index % 2) * 0.1, dropSide: "right" }),
      ),
      { test: "single-leg-stance", side: "left" },
    );
    expect(level.findings.find((finding) => finding.id === "trendelenburg-sign")?.band).toBe("typical");
  });

  it("scores Jo's step-downs on the left leg without a band (no published norm for this task), seen from behind", () => {
    const clip = squatClip(4, (depth) => ({ view: "back", fppaDeg: { left: 14 * depth, right: 0 } }), 0.12);
    const report = analyzeMovement(clip, { test: "step-down", side: "left", view: "back" });
    expect(report.repCount).toBe(4);
    const knee = report.findings.find((finding) => finding.id === "knee-fppa");
    expect(Math.abs((knee?.valueDeg ?? 0) - 14)).toBeLessThan(0.5);
    expect(knee?.band).toBe("no-norm");
    const readAsFront = analyzeMovement(clip, { test: "step-down", side: "left", view: "front" });
    expect(readAsFront.status).toBe("not-scorable");
    expect(readAsFront.problems.map((problem) => problem.code)).toContain("view-mismatch");
  });

  it("needs the standing leg for a one-leg test", () => {
    const report = analyzeMovement(
      squatClip(2, () => ({})),
      { test: "single-leg-squat" },
    );
    expect(report.status).toBe("not-scorable");
    expect(report.problems.map((problem) => problem.code)).toContain("side-needed");
  });

  it("refuses to score a standing test on a person lying down, upside down or sitting on the floor", () => {
    const upright = squatClip(2, () => ({}));
    const rotate = (degrees: number) => (p: { x: number; y: number }) => {
      const r = (degrees * Math.PI) / 180;
      return {
        x: 500 + (p.x - 500) * Math.cos(r) - (p.y - 500) * Math.sin(r),
        y: 500 + (p.x - 500) * Math.sin(r) + (p.y - 500) * Math.cos(r),
      };
    };
    const lying = analyzeMovement(
      upright.map((frame) => mapFrame(frame, rotate(90))),
      { test: "squat" },
    );
    expect(lying.status).toBe("not-scorable");
    expect(lying.problems.map((problem) => problem.code)).toContain("lying-down");
    const upsideDown = analyzeMovement(
      upright.map((frame) => mapFrame(frame, rotate(180))),
      { test: "squat" },
    );
    expect(upsideDown.problems.map((problem) => problem.code)).toContain("upside-down");
    const sitting = upright.map((frame) => {
      const keypoints = { ...frame.keypoints };
      for (const side of ["left", "right"] as const) {
        const hip = frame.keypoints[`${side}Hip`];
        if (hip !== undefined) keypoints[`${side}Ankle`] = { x: hip.x + 10, y: hip.y + 20, score: 0.9 };
      }
      return { timeMs: frame.timeMs, keypoints };
    });
    const seated = analyzeMovement(sitting, { test: "squat" });
    expect(seated.problems.map((problem) => problem.code)).toContain("sitting-on-floor");
    for (const report of [lying, upsideDown, seated]) expect(report.reps).toEqual([]);
  });

  it("counts floor bridges with a halved confidence and says detection is weaker lying down", () => {
    const bridge: KeypointFrame[] = Array.from({ length: 60 }, (_, index) => {
      const lift = Math.sin((Math.PI * index) / 20) ** 2;
      const score = 0.9;
      // Side view of a person lying on the back, head to the left: the hips rise off the floor.
      return {
        timeMs: index * FRAME_MS,
        keypoints: {
          leftShoulder: { x: 200, y: 600, score },
          rightShoulder: { x: 205, y: 598, score },
          leftHip: { x: 450, y: 600 - 120 * lift, score },
          rightHip: { x: 452, y: 598 - 120 * lift, score },
          leftKnee: { x: 620, y: 450, score },
          rightKnee: { x: 622, y: 450, score },
          leftAnkle: { x: 700, y: 600, score },
          rightAnkle: { x: 702, y: 600, score },
        },
      };
    });
    const report = analyzeMovement(bridge, { test: "bridge" });
    expect(report.status).toBe("scored");
    expect(report.repCount).toBe(3);
    expect(report.confidence).toBeLessThanOrEqual(0.5);
    expect(report.problems.map((problem) => problem.code)).toContain("floor-view-weak");
    expect(report.findings).toEqual([]);
    expect(report.noFindingsReason?.en).toMatch(
      /counts its repetitions but measures no knee, pelvis or trunk angle/,
    );
    expect(report.noFindingsReason?.fr).toMatch(/compte ses répétitions/);
  });

  it("never produces NaN or infinity, whatever the frames", () => {
    const jointArb = fc.record({
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    const frameArb = fc.dictionary(fc.constantFrom<JointName>(...JOINT_NAMES), jointArb);
    fc.assert(
      fc.property(
        fc.array(frameArb, { maxLength: 30 }),
        fc.constantFrom(...MOVEMENT_TESTS),
        fc.constantFrom<Side | undefined>("left", "right", undefined),
        fc.constantFrom<"front" | "back">("front", "back"),
        (keypointSets, test, side, view) => {
          const frames = keypointSets.map((keypoints, index) => ({ timeMs: index * 33, keypoints }));
          const report = analyzeMovement(frames, { test, side, view });
          expect(everyNumberIsFinite(report)).toBe(true);
          expect(report.confidence).toBeGreaterThanOrEqual(0);
          expect(report.confidence).toBeLessThanOrEqual(1);
          for (const problem of report.problems) {
            expect(problem.message.en.length * problem.message.fr.length).toBeGreaterThan(0);
          }
          expect(report.noFindingsReason === null).toBe(report.findings.length > 0);
          for (const measure of report.implausible) {
            expect(measure.message.en.length * measure.message.fr.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("also keeps every number finite on noisy jittered squats", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -15, max: 15, noNaN: true }), { minLength: 60, maxLength: 60 }),
        (noise) => {
          const clip = squatClip(3, () => ({})).map((frame, index) =>
            mapFrame(frame, (p) => ({ x: p.x + (noise[index] ?? 0), y: p.y })),
          );
          expect(everyNumberIsFinite(analyzeMovement(clip, { test: "squat" }))).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("compareReports", () => {
  const screen = (valgusDeg: number) =>
    analyzeMovement(
      squatClip(5, (d) => ({ fppaDeg: { left: 0, right: valgusDeg * d } })),
      { test: "single-leg-squat", side: "right" },
    );

  it("calls a 6° change in Eve's knee angle no real change (under the 9° SDD)", () => {
    const comparison = compareReports(screen(16), screen(10));
    const knee = comparison.changes.find((change) => change.id === "knee-fppa");
    expect(knee?.verdict).toBe("no-real-change");
    expect(knee?.smallestRealChangeDeg).toBe(9);
  });

  it("calls a 12° drop a real decrease", () => {
    const knee = compareReports(screen(18), screen(6)).changes.find((change) => change.id === "knee-fppa");
    expect(knee?.verdict).toBe("decreased");
    expect(Math.abs((knee?.changeDeg ?? 0) + 12)).toBeLessThan(0.5);
  });

  it("tells Camille, in French sentences, what changed: the finding's name, the leg in words, decimal commas", () => {
    const comparison = compareReports(screen(18), screen(6));
    const knee = comparison.changes.find((change) => change.id === "knee-fppa");
    expect(knee?.message.en).toMatch(
      /^Knee angle \(FPPA, \+ = inward\), right leg: from 1[78]\.\d° to [56]\.\d°\. A decrease beyond measurement error \(a change under 9\.0° may be noise\)\.$/,
    );
    expect(knee?.message.fr).toMatch(
      /^Angle du genou \(FPPA, \+ = vers l’intérieur\), jambe droite\s: de 1[78],\d° à [56],\d°\. Une baisse au-delà de l’erreur de mesure \(un changement de moins de 9,0° peut venir de la mesure\)\.$/,
    );
    const lean = comparison.changes.find((change) => change.id === "trunk-lean");
    expect(lean?.message.en).toMatch(
      /^Trunk side lean, standing on the right leg: from .* No real change: a change under 5\.5°/,
    );
    expect(lean?.message.fr).toMatch(/^Inclinaison latérale du tronc, en appui sur la jambe droite\s: de /);
    expect(comparison.changes.length).toBeGreaterThan(1);
    for (const change of comparison.changes) {
      expect(change.message.fr).not.toMatch(/\d\.\d|\bright\b|\bleft\b|knee-fppa|trunk-lean|pelvic-drop/);
    }
    expect(comparison.message.en).toBe("1 measure changed beyond measurement error since the last screen.");
    expect(comparison.message.fr).toBe(
      "1 mesure a changé au-delà de l’erreur de mesure depuis le dernier dépistage.",
    );
  });

  it("does not compare different tests", () => {
    const other = analyzeMovement(
      squatClip(2, () => ({})),
      { test: "squat" },
    );
    expect(compareReports(screen(10), other).comparable).toBe(false);
  });
});
