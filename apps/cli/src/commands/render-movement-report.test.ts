import { readFileSync } from "node:fs";
import { analyzeMovement, fromBlazePose33, type KeypointFrame } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { cliProblemMessage, renderMovementReport } from "./render-movement-report.js";

/** Specification of the words `hipcheck analyze` prints for a movement report (reports from the motion module). */
const FRAME_MS = 100;
const SOURCE = { frameCount: 90, durationMs: 9000, model: "movenet-lightning" } as const;

/** Marco's four squats: his left knee caves 8°, his right one is tracked at 50°, far beyond a knee's range. */
const marcoSquats = () =>
  analyzeMovement(
    syntheticDips(4, (depth) => ({ fppaDeg: { left: 8 * depth, right: 50 * depth } })),
    { test: "squat" },
  );

/** Priya's single-leg squats on her right leg, 12° of valgus, leaning 3° toward it. */
const priyaSingleLegSquats = () =>
  analyzeMovement(
    syntheticDips(4, (depth) => ({
      fppaDeg: { left: 0, right: 12 * depth },
      trunkLeanDeg: 3 * depth,
      leanSide: "right",
      pelvicDropDeg: 3 * depth,
    })),
    { test: "single-leg-squat", side: "right", sex: "female" },
  );

/** Lena's three squats from the published BlazePose keypoints: she stands about 30° turned from the camera. */
function lenaTurnedSquats() {
  const path = testdataPath("annotations/tfjsmodels_pose_squats.full.json");
  const raw = JSON.parse(readFileSync(path, "utf8")) as [number, number, number][][];
  const frames = raw.map((points, index) =>
    fromBlazePose33(
      points.map(([x, y]) => ({ x, y, score: 0.9 })),
      index * 200,
    ),
  );
  return analyzeMovement(frames, { test: "squat" });
}

/** Ruth's floor bridges, seen from the side: the hips rise off the floor three times. */
function ruthBridges() {
  const frames = Array.from({ length: 60 }, (_, index): KeypointFrame => {
    const lift = Math.sin((Math.PI * index) / 20) ** 2;
    const at = (x: number, y: number) => ({ x, y, score: 0.9 });
    return {
      timeMs: index * FRAME_MS,
      keypoints: {
        leftShoulder: at(200, 600),
        rightShoulder: at(205, 598),
        leftHip: at(450, 600 - 120 * lift),
        rightHip: at(452, 598 - 120 * lift),
        leftKnee: at(620, 450),
        rightKnee: at(622, 450),
        leftAnkle: at(700, 600),
        rightAnkle: at(702, 600),
      },
    };
  });
  return analyzeMovement(frames, { test: "bridge" });
}

const linesOf = (text: string): string[] => text.split("\n");
const count = (text: string, part: string): number => text.split(part).length - 1;

describe("the analyze command's report", () => {
  it("prints each of Priya's findings once, as the motion module words it, value and error included", () => {
    const report = priyaSingleLegSquats();
    const lines = linesOf(renderMovementReport(report, SOURCE, "en"));
    const findingLines = lines.slice(
      lines.indexOf("Findings:") + 1,
      lines.indexOf("", lines.indexOf("Findings:")),
    );
    expect(findingLines).toEqual(report.findings.map((finding) => `- ${finding.message.en}`));
    expect(findingLines.length).toBeGreaterThanOrEqual(3);
    for (const line of findingLines) expect(count(line, "° ± ")).toBe(1);
  });

  it("shows every repetition's angle with its measurement error", () => {
    const text = renderMovementReport(priyaSingleLegSquats(), SOURCE, "en");
    const repLines = linesOf(text).filter((line) => line.startsWith("  "));
    expect(repLines.length).toBeGreaterThanOrEqual(16);
    for (const line of repLines) expect(count(line, "°")).toBe(2 * count(line, "° ± "));
    expect(text).toMatch(/^ {2}right knee: peak FPPA 1[12]\.\d° ± 5\.0°, at depth -?\d+\.\d° ± 5\.0°$/m);
    expect(text).toMatch(/^ {2}trunk lean \d\.\d° ± 2\.0°$/m);
    expect(text).toMatch(/^ {2}pelvic drop -?\d\.\d° ± 2\.0°$/m);
  });

  it("says what FPPA is the first time it appears, in English and in Camille's French", () => {
    const report = priyaSingleLegSquats();
    const english = linesOf(renderMovementReport(report, SOURCE, "en"));
    const explained = english.findIndex((line) => line.startsWith("FPPA (frontal plane projection angle)"));
    expect(english[explained]).toMatch(/inward or outward from the hip–ankle line, seen from the front/);
    expect(english.findIndex((line) => line.includes("FPPA"))).toBe(explained);
    expect(english.filter((line) => line.includes("frontal plane projection angle"))).toHaveLength(1);
    const french = linesOf(renderMovementReport(report, SOURCE, "fr"));
    const explainedInFrench = french.findIndex((line) =>
      line.startsWith("FPPA (angle de projection dans le plan frontal)"),
    );
    expect(french[explainedInFrench]).toMatch(
      /vers l’intérieur ou vers l’extérieur de la ligne hanche–cheville, vu de face/,
    );
    expect(french.findIndex((line) => line.includes("FPPA"))).toBe(explainedInFrench);
  });

  it("prints no empty findings heading for Lena, turned from the camera, and says why in her language", () => {
    const report = lenaTurnedSquats();
    expect(report.findings).toEqual([]);
    const english = renderMovementReport(report, SOURCE, "en");
    expect(english).not.toContain("Findings");
    expect(english).toContain(
      "No findings: the body was turned away from the camera, so no knee, pelvis or trunk angle was measured",
    );
    const french = renderMovementReport(report, SOURCE, "fr");
    expect(french).not.toContain("Constats");
    expect(french).toContain("Aucun constat\u00a0: le corps était tourné par rapport à la caméra");
  });

  it("says why Ruth's floor bridges have no findings, and does not explain an FPPA it never shows", () => {
    const text = renderMovementReport(ruthBridges(), SOURCE, "en");
    expect(text).not.toContain("Findings");
    expect(text).not.toContain("FPPA");
    expect(text).toContain("No findings for this floor exercise: the camera counts its repetitions");
  });

  it("shows Marco's right knee, tracked at 50°, as a tracking problem to fix, not as a finding", () => {
    const text = renderMovementReport(marcoSquats(), SOURCE, "en");
    const lines = linesOf(text);
    const findings = lines.slice(lines.indexOf("Findings:"));
    expect(findings.join("\n")).not.toMatch(/\(right\)|Left–right|above the typical range/);
    expect(lines.filter((line) => line.startsWith("~ "))).toEqual([
      expect.stringMatching(/^~ Knee angle .*\(right\): (4[89]|5[01])\.\d° ± 5\.0°.*check the camera view/),
      expect.stringMatching(/^~ Left–right knee angle difference: .*probably tracked wrongly\.$/),
    ]);
    expect(text).toMatch(
      /^Right knee: mean peak FPPA .* — probably tracked wrongly, not a finding \(see above\)$/m,
    );
    expect(text).toMatch(/^Left minus right: .* — from a knee probably tracked wrongly, not a finding/m);
    expect(text).toMatch(/^- Knee angle \(FPPA, \+ = inward\) \(left\): \d\.\d° ± 5\.0°/m);
  });

  it("gives Camille the same report in French, numbers with a decimal comma", () => {
    const text = renderMovementReport(marcoSquats(), SOURCE, "fr");
    expect(text).toMatch(/^~ Angle du genou .*\(droite\)\s: .*vérifiez le cadrage de la caméra/m);
    expect(text).toMatch(
      /^Genou droit\u00a0: FPPA maximal moyen .* — probablement mal suivi, pas un constat/m,
    );
    expect(text).toMatch(/^ {2}genou gauche\u00a0: FPPA maximal \d,\d° ± 5,0°/m);
    expect(text).toContain("Constats\u00a0:");
    expect(text).toMatch(/^90 images \(9,0 s\) lues avec movenet-lightning\.$/m);
    expect(text).not.toMatch(/\d\.\d/);
    expect(text).not.toMatch(/\b(left|right|knee|Findings)\b/);
  });

  it("tells Sam how to name his standing leg at the command line", () => {
    const report = analyzeMovement(
      syntheticDips(2, () => ({})),
      { test: "single-leg-squat" },
    );
    expect(renderMovementReport(report, SOURCE, "en")).toContain(
      "! Say which leg is the standing leg with --side left or --side right",
    );
    expect(renderMovementReport(report, SOURCE, "fr")).toContain(
      "! Indiquez la jambe d’appui avec --side left ou --side right",
    );
  });

  it("names what was refused, a photo or a video, and points to the reason above it, in both languages", () => {
    const report = analyzeMovement(
      syntheticDips(2, () => ({})),
      { test: "single-leg-squat" },
    );
    const photo = { frameCount: 1, durationMs: 0, model: "movenet-thunder" } as const;
    expect(linesOf(renderMovementReport(report, photo, "en")).at(-1)).toBe(
      "Not scored: the photo cannot be measured reliably, for the reason above.",
    );
    expect(linesOf(renderMovementReport(report, SOURCE, "en")).at(-1)).toBe(
      "Not scored: the video cannot be measured reliably, for the reason above.",
    );
    expect(linesOf(renderMovementReport(report, photo, "fr")).at(-1)).toBe(
      "Non évalué\u00a0: la photo ne permet pas une mesure fiable, pour la raison ci-dessus.",
    );
    expect(linesOf(renderMovementReport(report, SOURCE, "fr")).at(-1)).toBe(
      "Non évalué\u00a0: la vidéo ne permet pas une mesure fiable, pour la raison ci-dessus.",
    );
  });

  it("prints the motion module's words for a photo or a video as they are, in both languages", () => {
    const crowdedIn = (source: "photo" | "video") =>
      analyzeMovement(syntheticDips(1, () => ({})).slice(0, 1), {
        test: "squat",
        people: { framesChecked: 1, framesWithNobody: 0, framesWithSomeoneElse: 1 },
        source,
      });
    const photo = { frameCount: 1, durationMs: 0, model: "movenet-thunder" } as const;
    expect(renderMovementReport(crowdedIn("photo"), photo, "en")).toContain(
      "! Someone else is in the photo, in front of or behind the person being screened: take it with only that person in view",
    );
    expect(renderMovementReport(crowdedIn("photo"), photo, "fr")).toContain(
      "! Quelqu’un d’autre est sur la photo, devant ou derrière la personne évaluée\u00a0: reprenez-la avec cette personne seule",
    );
    const video = { frameCount: 30, durationMs: 2000, model: "movenet-lightning" } as const;
    expect(renderMovementReport(crowdedIn("video"), video, "fr")).toContain("filmez-la seule dans le cadre");
    // `--json` carries the same words as the text report: the motion module's, unless an option is the fix.
    for (const source of ["photo", "video"] as const) {
      const [someoneElse] = crowdedIn(source).problems;
      expect(someoneElse).toBeDefined();
      if (someoneElse !== undefined) expect(cliProblemMessage(someoneElse)).toEqual(someoneElse.message);
    }
  });
});
