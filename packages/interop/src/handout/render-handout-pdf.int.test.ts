/** Needs poppler-utils (`pdftotext`, `pdfinfo`): the handout is checked the way a PDF reader opens it. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIGURE_BONES, findExercise, type Lang, type Program } from "@hipcheck/core";
import { afterAll, describe, expect, it } from "vitest";
import { exampleRecord } from "../testing/example-records.js";
import { FIGURE_INK } from "./draw-figure.js";
import { HANDOUT_TEXT, PAIN_RULE } from "./handout-text.js";
import { renderHandoutPdf } from "./render-handout-pdf.js";

const workDir = mkdtempSync(join(tmpdir(), "hipcheck-handout-"));
afterAll(() => {
  if (process.env.KEEP_HANDOUTS === undefined) rmSync(workDir, { recursive: true, force: true });
});

async function writePdf(
  name: string,
  program: Program,
  personName: string | null,
  lang: Lang,
): Promise<string> {
  const bytes = await renderHandoutPdf({ program, personName, lang });
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

  it("draws every exercise, its start pale and its movement dark, as a PDF reader renders it", async () => {
    const program = exampleRecord("runnerPfp").program!;
    const path = await writePdf("drawings", program, "Dana", "en");
    const svg = execFileSync("pdftocairo", ["-svg", path, "-"], { encoding: "utf8" });
    // pdftocairo writes each stroked line as `stroke:rgb(r%,g%,b%)`: count the lines drawn in an ink.
    const strokes = [...svg.matchAll(/stroke:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)/g)].map((match) =>
      match.slice(1, 4).map((percent) => Math.round((Number(percent) / 100) * 255)),
    );
    const strokesIn = (hex: string) => {
      const ink = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
      return strokes.filter((rgb) => rgb.every((channel, i) => channel === ink[i])).length;
    };
    const drawn = new Set(
      [...program.sessions.flatMap((s) => s.exercises), ...program.warmUp].map((e) => e.exerciseId),
    ).size;
    expect(strokesIn(FIGURE_INK.start)).toBe(drawn * FIGURE_BONES.length);
    expect(strokesIn(FIGURE_INK.movement)).toBe(drawn * FIGURE_BONES.length);
    expect(textOf(path)).toContain(squeeze(HANDOUT_TEXT.drawingKey.en));
  });
});
