/** Needs poppler-utils (`pdftotext`, `pdfinfo`): the handout is checked the way a PDF reader opens it. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  FIGURE_BONES,
  figurePoints,
  findExercise,
  illustrationOf,
  movementArrow,
  PAIN_RULE,
  sceneParts,
  compareAllStrength,
  secondViewParts,
  secondViewPoints,
  type Lang,
  type Program,
  type StrengthCheck,
} from "@hipcheck/core";
import { afterAll, describe, expect, it } from "vitest";
import { exampleRecord } from "../testing/example-records.js";
import { FIGURE_INK, SCENE_INK } from "./draw-figure.js";
import { HANDOUT_TEXT } from "./handout-text.js";
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

function pagesOf(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))?.[1]);
}

function pageText(path: string, page: number): string {
  const args = ["-enc", "UTF-8", "-f", String(page), "-l", String(page), path, "-"];
  return squeeze(execFileSync("pdftotext", args, { encoding: "utf8" }));
}

type Word = {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
};
type PageWords = { readonly width: number; readonly height: number; readonly words: readonly Word[] };

/** Every word of every page with its box, in points from the top left, as poppler lays the page out. */
function wordsByPage(path: string): PageWords[] {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  return html
    .split("<page ")
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const words = [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, xMin, yMin, xMax, yMax, text]) => ({
        text: text!,
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      }));
      return { width: Number(size[1]), height: Number(size[2]), words };
    });
}

/** The words of a page grouped into printed lines, top to bottom, each line left to right. */
function linesOf(words: readonly Word[]): Word[][] {
  const lines = new Map<number, Word[]>();
  for (const word of words) {
    const key = Math.round(word.yMin);
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, line]) => [...line].sort((a, b) => a.xMin - b.xMin));
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

  it("prints the strength checks' change since the start, with the check's error, after the pain rule", async () => {
    const program = exampleRecord("runnerPfp").program!;
    const hold = (date: string, left: number, right: number): StrengthCheck => ({
      test: "abductor-endurance-hold",
      date,
      firstSide: "left",
      left: { holdSeconds: left, timedBy: "stopwatch" },
      right: { holdSeconds: right, timedBy: "stopwatch" },
    });
    const strength = compareAllStrength(
      [hold("2026-03-01", 40, 62), hold("2026-03-15", 80, 70)],
      "2026-03-02",
      "2026-03-16",
    );
    const bytes = await renderHandoutPdf({ program, personName: "Dana", lang: "fr", strength });
    const path = join(workDir, "dana-strength.pdf");
    writeFileSync(path, bytes);
    const text = textOf(path);
    expect(text).toContain("Force de la hanche depuis le début");
    expect(text).toContain(squeeze(strength[0]!.explanation.fr));
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

  it("writes the first of a month as French writes it, « 1er »", async () => {
    const camille = exampleRecord("frenchTriathlete").program!;
    const [first, ...rest] = camille.sessions;
    const program = {
      ...camille,
      startDate: "2027-01-01",
      sessions: [{ ...first!, date: "2027-01-01" }, ...rest],
    };
    const text = textOf(await writePdf("camille-first-of-month", program, null, "fr"));
    expect(text).toContain("1er janv.");
    expect(text).not.toMatch(/\b1 janv/);
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
    // The embedded font's glyphs make the SVG larger than execFileSync's default buffer.
    const svg = execFileSync("pdftocairo", ["-svg", path, "-"], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    // pdftocairo writes each stroked line as `stroke:rgb(r%,g%,b%)`: count the lines drawn in an ink.
    const strokes = [...svg.matchAll(/stroke:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)/g)].map((match) =>
      match.slice(1, 4).map((percent) => Math.round((Number(percent) / 100) * 255)),
    );
    const strokesIn = (hex: string) => {
      const ink = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
      return strokes.filter((rgb) => rgb.every((channel, i) => channel === ink[i])).length;
    };
    const ids = [
      ...new Set(
        [...program.sessions.flatMap((s) => s.exercises), ...program.warmUp].map((e) => e.exerciseId),
      ),
    ];
    const drawn = ids.length;
    // A second small drawing, from the front or above, where a cue is about alignment.
    const secondViews = ids.filter((id) => illustrationOf(id)?.secondView !== undefined);
    expect(secondViews.length).toBeGreaterThan(0);
    expect(strokesIn(FIGURE_INK.start)).toBe((drawn + secondViews.length) * FIGURE_BONES.length);
    expect(strokesIn(FIGURE_INK.movement)).toBe((drawn + secondViews.length) * FIGURE_BONES.length);
    expect(textOf(path)).toContain(squeeze(HANDOUT_TEXT.drawingKey.en));
    // The same scene as on screen: an arrow for each exercise that moves, its bands, and a floor under each.
    const scenes = ids.map((id) => {
      const drawing = illustrationOf(id)!;
      const [start, movement] = drawing.poses;
      const second = drawing.secondView;
      const secondPoints = secondViewPoints(drawing, movement);
      return {
        arrow: movementArrow(figurePoints(start, drawing.view), figurePoints(movement, drawing.view)),
        parts: [
          ...sceneParts(drawing.equipment, movement, drawing.view, drawing.floorY),
          ...(second === undefined || secondPoints === undefined
            ? []
            : secondViewParts(drawing.equipment, secondPoints, second.viewpoint, drawing.floorY)),
        ],
      };
    });
    expect(strokesIn(SCENE_INK.arrow)).toBe(scenes.filter((scene) => scene.arrow !== undefined).length);
    expect(strokesIn(SCENE_INK.arrow)).toBeGreaterThan(0);
    expect(strokesIn(SCENE_INK.band)).toBe(
      scenes.flatMap((scene) => scene.parts).filter((part) => part.role === "band" || part.role === "strap")
        .length,
    );
    expect(strokesIn(SCENE_INK.ground)).toBeGreaterThanOrEqual(drawn);
  });
});

describe("the handout's pages, as a reader holds them", () => {
  const HANDOUTS = [
    { who: "Dana", persona: "runnerPfp", name: "Dana", lang: "en", of: "of" },
    { who: "Camille", persona: "frenchTriathlete", name: "Camille Lefèvre", lang: "fr", of: "sur" },
  ] as const;

  it.each(HANDOUTS.map((h) => [h.who, h] as const))(
    "numbers every page of %s's handout and repeats the not-a-diagnosis line on each",
    async (_who, h) => {
      const path = await writePdf(`footer-${h.lang}`, exampleRecord(h.persona).program!, h.name, h.lang);
      const pages = pagesOf(path);
      expect(pages).toBeGreaterThanOrEqual(2);
      for (let page = 1; page <= pages; page += 1) {
        const text = pageText(path, page);
        expect(text).toContain(`Page ${page} ${h.of} ${pages}`);
        expect(text).toContain(squeeze(HANDOUT_TEXT.notADiagnosis[h.lang]));
        // No page holds only its footer: writing the footers added no page.
        const rest = text
          .replace(`Page ${page} ${h.of} ${pages}`, "")
          .split(squeeze(HANDOUT_TEXT.notADiagnosis[h.lang]));
        expect(rest.join("").trim().length).toBeGreaterThan(100);
      }
    },
  );

  it.each(HANDOUTS.map((h) => [h.who, h] as const))(
    "keeps every word of %s's handout inside the margins and clear of the footer",
    async (_who, h) => {
      const path = await writePdf(`margins-${h.lang}`, exampleRecord(h.persona).program!, h.name, h.lang);
      const marginPt = 50;
      for (const { width, height, words } of wordsByPage(path)) {
        const outside = words.filter(
          (w) =>
            w.xMin < marginPt - 1 ||
            w.xMax > width - marginPt + 1 ||
            w.yMin < marginPt - 1 ||
            w.yMax > height - marginPt + 1,
        );
        expect(outside).toEqual([]);
        const lines = linesOf(words);
        const footer = lines.at(-1)!;
        expect(footer.map((w) => w.text).join(" ")).toMatch(new RegExp(`Page \\d+ ${h.of} \\d+$`));
        const footerTop = Math.min(...footer.map((w) => w.yMin));
        const contentBottom = Math.max(
          ...lines
            .slice(0, -1)
            .flat()
            .map((w) => w.yMax),
        );
        expect(contentBottom).toBeLessThan(footerTop - 10);
      }
    },
  );

  it("names the phases as the web app does and gives each exercise its starting dose, in English", async () => {
    const text = textOf(await writePdf("phases-en", exampleRecord("runnerPfp").program!, "Dana", "en"));
    expect(text).toContain("Week 1 (Wake up)");
    expect(text).toContain("Week 3 (Strengthen)");
    expect(text).toContain("Week 5 (Integrate)");
    expect(text).toMatch(/Starting dose \(week 3\): \d+ × /);
    expect(text).toMatch(/In the warm-up: \d+ × /);
    // The pace of a repetition comes from core, as in the player and the CLI.
    expect(text).toMatch(/Pace of one rep: \d s (up|down), (\d s hold, )?\d s (down|up)/);
    expect(text).not.toContain("as first planned");
  });

  it("names the phases as the web app does and gives each exercise its starting dose, in French", async () => {
    const text = textOf(
      await writePdf("phases-fr", exampleRecord("frenchTriathlete").program!, "Camille", "fr"),
    );
    expect(text).toContain("Semaine 1 (Réveil)");
    expect(text).toContain("Semaine 3 (Renforcement)");
    expect(text).toContain("Semaine 5 (Intégration)");
    expect(text).toMatch(/Dose de départ \(semaine 3\)\s: \d+ × /);
    expect(text).toMatch(/À l’échauffement\s: \d+ × /);
    expect(text).toMatch(
      /Rythme d’une répétition\s: (montée|descente) \d s, (maintien \d s, )?(descente|montée) \d s/,
    );
    expect(text).not.toContain("tel que prévu d'abord");
  });

  it("wraps Camille's longer French week rows under the sessions, not under the week's title", async () => {
    const path = await writePdf("schedule-fr", exampleRecord("frenchTriathlete").program!, "Camille", "fr");
    const lines = linesOf(wordsByPage(path)[0]!.words);
    const words = (line: Word[]) => line.map((w) => w.text).join(" ");
    const from = lines.findIndex((line) => words(line) === "Programme de la semaine");
    const to = lines.findIndex((line) => words(line).startsWith(squeeze(HANDOUT_TEXT.warmUpTitle.fr)));
    const rows = lines.slice(from + 1, to);
    const titled = rows.filter((line) => line[0]!.text === "Semaine");
    expect(titled).toHaveLength(6);
    // Where each week's sessions start: the first word after "Semaine N (phase)".
    const sessionsX = titled[0]!.find((w) => /^(lun|mar|mer|jeu|ven|sam|dim)\.$/.test(w.text))!.xMin;
    const wrapped = rows.filter((line) => line[0]!.text !== "Semaine");
    expect(wrapped.length).toBeGreaterThan(0);
    for (const line of wrapped) expect(line[0]!.xMin).toBeCloseTo(sessionsX, 0);
  });

  it("describes the warm-up's exercises first, in the order the warm-up lists them, then the sessions'", async () => {
    const program = exampleRecord("runnerPfp").program!;
    const path = await writePdf("order", program, "Dana", "en");
    // pdftotext ends each page with a form feed, so a page's first line starts after one.
    const lines = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }).split(
      /[\n\f]/,
    );
    const names = new Set(
      [...program.warmUp, ...program.sessions.flatMap((s) => s.exercises)].map(
        (e) => findExercise(e.exerciseId)!.name.en,
      ),
    );
    const titles = lines
      .slice(lines.indexOf(HANDOUT_TEXT.exercisesTitle.en))
      .filter((line) => names.has(line));
    const warmUp = program.warmUp.map((e) => findExercise(e.exerciseId)!.name.en);
    expect(titles.slice(0, warmUp.length)).toEqual(warmUp);
    expect(new Set(titles).size).toBe(names.size);
  });
});

describe("the handout prints every name and reads as a tagged document", () => {
  it("prints Łucja Wąsowska-Nguyễn's name exactly, in an embedded font, in a tagged PDF", async () => {
    const path = await writePdf(
      "unicode-name",
      exampleRecord("runnerPfp").program!,
      "Łucja Wąsowska-Nguyễn",
      "en",
    );
    expect(textOf(path)).toContain("Prepared for Łucja Wąsowska-Nguyễn");
    const fonts = execFileSync("pdffonts", [path], { encoding: "utf8" });
    expect(fonts).toMatch(/DejaVuSans/);
    // pdffonts' "emb" column: every font is embedded.
    const rows = fonts
      .split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "");
    expect(rows.length).toBeGreaterThan(0);
    // Columns emb, sub, uni: embedded, subset, with a Unicode map (so the text can be copied and searched).
    expect(rows.every((line) => /\syes\s+yes\s+yes\s/.test(line))).toBe(true);
    expect(execFileSync("pdfinfo", [path], { encoding: "utf8" })).toMatch(/Tagged:\s+yes/);
  });

  it("has a week-by-week table: each exercise and dose, with one tick box per session of its weeks", async () => {
    const program = exampleRecord("runnerPfp").program!;
    const path = await writePdf("week-table", program, "Dana", "en");
    const text = textOf(path);
    expect(text).toContain(HANDOUT_TEXT.weekTableTitle.en);
    const firstStrength = program.sessions.find((session) => session.kind !== "warm-up")!;
    const name = findExercise(firstStrength.exercises[0]!.exerciseId)!.name.en;
    expect(text).toContain(name);
    for (let week = 1; week <= program.weeks; week += 1) expect(text).toContain(`W${week}`);
    const french = textOf(await writePdf("week-table-fr", program, "Dana", "fr"));
    expect(french).toContain("Semaine par semaine : cochez chaque séance");
  });
});

describe("the handout has no orphan pages", () => {
  const LONG_NAME = "Łucja Wąsowska-Nguyễn de la Tour d'Auvergne-Montmorency, épouse Kowalczyk-Sainte-Marie";
  /** Two weeks of sessions and no warm-up: a handout of few exercises. */
  function shortProgram(program: Program): Program {
    return { ...program, weeks: 2, sessions: program.sessions.filter((s) => s.week <= 2), warmUp: [] };
  }
  const CASES = (["en", "fr"] as const).flatMap((lang) =>
    (["runnerPfp", "cyclistItb", "deskWorker", "frenchTriathlete"] as const).flatMap((persona) =>
      (["short", "long"] as const).flatMap((length) =>
        [null, "Dana", LONG_NAME].map((name) => ({ lang, persona, length, name })),
      ),
    ),
  );
  const footerTopPt = (height: number) => height - 50 - 30;

  it.each(CASES.map((c) => [`${c.persona} ${c.length} ${c.lang} ${c.name ?? "no name"}`, c] as const))(
    "%s: every page holds more than a line, and no heading ends a page",
    async (label, c) => {
      const full = exampleRecord(c.persona).program!;
      const program = c.length === "short" ? shortProgram(full) : full;
      const path = await writePdf(`orphans-${label.replace(/\W+/g, "-")}`, program, c.name, c.lang);
      const headings = new Set<string>([
        ...(
          ["painRuleTitle", "scheduleTitle", "warmUpTitle", "weekTableTitle", "exercisesTitle"] as const
        ).map((key) => HANDOUT_TEXT[key][c.lang]),
        ...[...program.warmUp, ...program.sessions.flatMap((s) => s.exercises)].map(
          (planned) => findExercise(planned.exerciseId)!.name[c.lang],
        ),
      ]);
      const pages = wordsByPage(path);
      expect(pages.length).toBe(pagesOf(path));
      for (const [index, { height, words }] of pages.entries()) {
        const content = linesOf(words)
          .filter((line) => Math.min(...line.map((w) => w.yMin)) < footerTopPt(height))
          .map((line) => line.map((w) => w.text).join(" "));
        // A page of only the footer, a lone line or a heading with one line under it is an orphan.
        expect(
          content.length,
          `page ${index + 1} of ${pages.length}: ${content.join(" / ")}`,
        ).toBeGreaterThan(2);
        content.forEach((line, at) => {
          if (!headings.has(line)) return;
          expect(content.length - at - 1, `"${line}" near the foot of page ${index + 1}`).toBeGreaterThan(1);
        });
      }
    },
  );
});
