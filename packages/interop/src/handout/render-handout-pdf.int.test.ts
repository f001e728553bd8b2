/** Needs poppler-utils (`pdftotext`, `pdfinfo`): the handout is checked the way a PDF reader opens it. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findExercise, type Lang, type Program } from "@hipcheck/core";
import { afterAll, describe, expect, it } from "vitest";
import { exampleRecord } from "../testing/example-records.js";
import type { Figure } from "./draw-figure.js";
import { PAIN_RULE } from "./handout-text.js";
import { renderHandoutPdf } from "./render-handout-pdf.js";

const workDir = mkdtempSync(join(tmpdir(), "hipcheck-handout-"));
afterAll(() => {
  if (process.env.KEEP_HANDOUTS === undefined) rmSync(workDir, { recursive: true, force: true });
});

type Leg = { thighDeg: number; shinDeg: number; footDeg: number };
type Arm = { upperArmDeg: number; forearmDeg: number };
type KeyPose = {
  pelvis: [number, number];
  trunkDeg: number;
  left: Leg;
  right: Leg;
  leftArm: Arm;
  rightArm: Arm;
};
type KeyPoses = {
  templates: Record<string, { view: "front" | "side"; poses: KeyPose[] }>;
  exercises: Record<string, { template: string }>;
};

/** The web app's key poses (owned by the web app, read here as data): angles from straight down, in degrees. */
const keyPoses = JSON.parse(
  readFileSync(new URL("../../../../apps/web/src/features/figure/key-poses.json", import.meta.url), "utf8"),
) as KeyPoses;

type Point = [number, number];
function step([x, y]: Point, deg: number, length: number): Point {
  const rad = (deg * Math.PI) / 180;
  return [x + Math.sin(rad) * length, y + Math.cos(rad) * length];
}

/** A stick figure from a key pose: the same segment lengths as the web app's drawing (200 × 160 box). */
function figureOf(pose: KeyPose, view: "front" | "side"): Figure {
  const segments: [number, number, number, number][] = [];
  const line = (a: Point, b: Point) => segments.push([a[0], a[1], b[0], b[1]]);
  const pelvis = pose.pelvis;
  const neck = step(pelvis, pose.trunkDeg, 50);
  line(pelvis, neck);
  line(neck, step(neck, pose.trunkDeg, 14));
  const halfHip = view === "front" ? 9 : 0;
  const halfShoulder = view === "front" ? 15 : 0;
  for (const [sign, leg, arm] of [
    [1, pose.left, pose.leftArm],
    [-1, pose.right, pose.rightArm],
  ] as const) {
    const hip = step(pelvis, pose.trunkDeg - 90 + (sign < 0 ? 180 : 0), halfHip);
    const knee = step(hip, leg.thighDeg, 40);
    const ankle = step(knee, leg.shinDeg, 38);
    line(pelvis, hip);
    line(hip, knee);
    line(knee, ankle);
    line(ankle, step(ankle, leg.footDeg, 10));
    const shoulder = step(neck, pose.trunkDeg - 90 + (sign < 0 ? 180 : 0), halfShoulder);
    const elbow = step(shoulder, arm.upperArmDeg, 25);
    line(neck, shoulder);
    line(shoulder, elbow);
    line(elbow, step(elbow, arm.forearmDeg, 23));
  }
  return { segments };
}

function illustrationsFor(program: Program, without: string): Record<string, Figure> {
  const ids = new Set(
    [...program.sessions.flatMap((s) => s.exercises), ...program.warmUp].map((e) => e.exerciseId),
  );
  const figures: Record<string, Figure> = {};
  for (const id of ids) {
    const template = keyPoses.templates[keyPoses.exercises[id]?.template ?? ""];
    const pose = template?.poses[0];
    if (id !== without && template !== undefined && pose !== undefined) {
      figures[id] = figureOf(pose, template.view);
    }
  }
  return figures;
}

async function writePdf(
  name: string,
  program: Program,
  personName: string | null,
  lang: Lang,
): Promise<string> {
  const firstExercise = program.sessions[0]!.exercises[0]!.exerciseId;
  const bytes = await renderHandoutPdf({
    program,
    personName,
    lang,
    illustrations: illustrationsFor(program, firstExercise),
  });
  const path = join(workDir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

function textOf(path: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("renderHandoutPdf, opened with poppler", () => {
  it("gives Dana an English handout with her name, every exercise and the pain rule", async () => {
    const program = exampleRecord("runnerPfp").program!;
    const path = await writePdf("dana", program, "Dana", "en");
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Your hip program: Dana/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    const text = textOf(path);
    expect(text).toContain("Prepared for Dana");
    expect(text).toContain(squeeze(PAIN_RULE.en));
    for (const id of new Set(program.sessions.flatMap((s) => s.exercises.map((e) => e.exerciseId)))) {
      expect(text).toContain(squeeze(findExercise(id)!.name.en));
    }
    expect(text).toContain("No drawing for this exercise");
    expect(text).toContain("Week 6");
  });

  it("gives Camille a French handout whose accents survive (é, è, à, ç, œ, ×)", async () => {
    const program = exampleRecord("frenchTriathlete").program!;
    const path = await writePdf("camille", program, "Camille Lefèvre", "fr");
    const text = textOf(path);
    expect(text).toContain("Préparé pour Camille Lefèvre");
    expect(text).toContain("La règle de la douleur");
    expect(text).toContain(squeeze(PAIN_RULE.fr));
    expect(text).toMatch(/\d+ × \d+ répétitions/);
    const names = new Set(
      program.sessions.flatMap((s) => s.exercises.map((e) => findExercise(e.exerciseId)!.name.fr)),
    );
    for (const name of names) expect(text).toContain(squeeze(name));
  });

  it("names no one on a handout passed on through a share link, in English and French", async () => {
    const program = exampleRecord("runnerPfp").program!;
    const english = await writePdf("shared-en", program, null, "en");
    expect(execFileSync("pdfinfo", [english], { encoding: "utf8" })).toMatch(/Title:\s+Your hip program\n/);
    const text = textOf(english);
    expect(text).toContain("Shared program");
    expect(text).not.toContain("Prepared for");
    const french = textOf(await writePdf("shared-fr", program, null, "fr"));
    expect(french).toContain("Programme partagé");
    expect(french).not.toContain("Préparé pour");
    // A blank name is no name either: never a "Prepared for" line with nothing after it.
    expect(textOf(await writePdf("blank", program, "  ", "en"))).not.toContain("Prepared for");
  });

  it("adds the stick figures to the file when drawings are given", async () => {
    const program = exampleRecord("runnerPfp").program!;
    const figures = illustrationsFor(program, "");
    const withFigures = await renderHandoutPdf({
      program,
      personName: "Dana",
      lang: "en",
      illustrations: figures,
    });
    const without = await renderHandoutPdf({ program, personName: "Dana", lang: "en" });
    expect(withFigures.length).toBeGreaterThan(without.length);
    expect(new TextDecoder("latin1").decode(withFigures.subarray(0, 5))).toBe("%PDF-");
  });
});
