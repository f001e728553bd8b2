/**
 * The printable program handout (PDF): the person's name, the weekly schedule, each exercise with its drawing,
 * dose, cues and common errors, and the pain rule, in English or French. PDFKit with its built-in Helvetica, so the
 * file needs no font files and opens in any PDF reader.
 */
import {
  describeDose,
  findExercise,
  illustrationOf,
  type Exercise,
  type Lang,
  type PlannedExercise,
  type PlannedSession,
  type Program,
} from "@hipcheck/core";
import PDFDocument from "pdfkit";
import { drawIllustration } from "./draw-figure.js";
import { HANDOUT_TEXT, PAIN_RULE, PHASE_NAMES, SESSION_KIND_NAMES } from "./handout-text.js";
import { toWinAnsi } from "./win-ansi-text.js";

export type HandoutInput = {
  readonly program: Program;
  /** Null for a program handed on through a share link: the handout then names no one. */
  readonly personName: string | null;
  readonly lang: Lang;
};

const MARGIN = 50;
const FIGURE_WIDTH = 110;
const FIGURE_HEIGHT = 88;
const GAP = 12;

type Page = { readonly doc: PDFKit.PDFDocument; readonly lang: Lang };

/** French sets a space before a colon. */
function colon(lang: Lang): string {
  return lang === "fr" ? " : " : ": ";
}

function words(page: Page, key: keyof typeof HANDOUT_TEXT): string {
  return HANDOUT_TEXT[key][page.lang];
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - 2 * MARGIN;
}

function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN;
}

function heading(page: Page, text: string): void {
  const { doc } = page;
  if (doc.y + 60 > bottom(doc)) doc.addPage();
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(14).fillColor("#1f3b57").text(toWinAnsi(text), MARGIN);
  doc.moveDown(0.3).font("Helvetica").fontSize(10).fillColor("black");
}

function formatDate(date: string, lang: Lang, withYear = false): string {
  const format = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  });
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** A blank name counts as none, so no handout ever prints "Prepared for" with nothing after it. */
function nameOf(input: HandoutInput): string | null {
  const name = input.personName?.trim() ?? "";
  return name === "" ? null : name;
}

function writeHeader(page: Page, input: HandoutInput): void {
  const { doc } = page;
  const { program } = input;
  doc
    .font("Helvetica-Bold")
    .fontSize(22)
    .fillColor("#1f3b57")
    .text(toWinAnsi(words(page, "title")), MARGIN, MARGIN);
  doc.font("Helvetica").fontSize(12).fillColor("black");
  const name = nameOf(input);
  doc.text(toWinAnsi(name === null ? words(page, "sharedProgram") : `${words(page, "preparedFor")} ${name}`));
  const starts = formatDate(program.startDate, page.lang, true);
  doc.text(toWinAnsi(`${words(page, "starts")} ${starts} · ${program.weeks} ${words(page, "weeks")}`));
  doc
    .moveDown(0.5)
    .fontSize(9)
    .fillColor("#555555")
    .text(toWinAnsi(words(page, "notADiagnosis")));
  doc.fillColor("black");
}

function writePainRule(page: Page): void {
  const { doc } = page;
  heading(page, words(page, "painRuleTitle"));
  const text = toWinAnsi(PAIN_RULE[page.lang]);
  const width = contentWidth(doc) - 20;
  const height = doc.heightOfString(text, { width }) + 16;
  const top = doc.y;
  doc.save().rect(MARGIN, top, contentWidth(doc), height).fill("#fdf1dc").restore();
  doc.fillColor("black").text(text, MARGIN + 10, top + 8, { width });
  doc.y = top + height;
}

function sessionLine(session: PlannedSession, lang: Lang): string {
  return `${formatDate(session.date, lang)}${colon(lang)}${SESSION_KIND_NAMES[session.kind][lang]}`;
}

function writeSchedule(page: Page, program: Program): void {
  const { doc } = page;
  heading(page, words(page, "scheduleTitle"));
  for (let week = 1; week <= program.weeks; week += 1) {
    const phase = program.phases.find((span) => span.fromWeek <= week && week <= span.toWeek);
    const title = `${words(page, "week")} ${week}${phase === undefined ? "" : ` (${PHASE_NAMES[phase.phase][page.lang]})`}`;
    const sessions = program.sessions.filter((session) => session.week === week);
    doc.font("Helvetica-Bold").text(toWinAnsi(title), MARGIN, undefined, { continued: true });
    doc.font("Helvetica").text(toWinAnsi(`  ${sessions.map((s) => sessionLine(s, page.lang)).join(" · ")}`));
  }
}

function exerciseLabel(planned: PlannedExercise, lang: Lang): string {
  const exercise = findExercise(planned.exerciseId);
  return `${exercise?.name[lang] ?? planned.exerciseId}${colon(lang)}${describeDose(planned.dose, lang)}`;
}

function writeWarmUp(page: Page, program: Program): void {
  if (program.warmUp.length === 0) return;
  heading(page, words(page, "warmUpTitle"));
  for (const planned of program.warmUp) {
    page.doc.text(toWinAnsi(`• ${exerciseLabel(planned, page.lang)}`), MARGIN);
  }
}

type FirstUse = { readonly exercise: Exercise; readonly planned: PlannedExercise; readonly week: number };

/** Each exercise once, in the order the program first uses it, with the dose it starts at. */
function exercisesInOrder(program: Program): FirstUse[] {
  const seen = new Map<string, FirstUse>();
  const uses = [
    ...program.sessions.flatMap((s) => s.exercises.map((planned) => ({ planned, week: s.week }))),
    ...program.warmUp.map((planned) => ({ planned, week: 1 })),
  ];
  for (const { planned, week } of uses) {
    const exercise = findExercise(planned.exerciseId);
    if (exercise !== undefined && !seen.has(exercise.id)) seen.set(exercise.id, { exercise, planned, week });
  }
  return [...seen.values()];
}

function exerciseText(page: Page, use: FirstUse): { title: string; body: string } {
  const { lang } = page;
  const list = (items: readonly { en: string; fr: string }[]) =>
    items.map((item) => `• ${item[lang]}`).join("\n");
  const dose = `${words(page, "dose")} (${words(page, "fromWeek")} ${use.week})${colon(lang)}${describeDose(use.planned.dose, lang)}`;
  const body = [
    use.exercise.summary[lang],
    dose,
    `${words(page, "cues")}${colon(lang).trimEnd()}\n${list(use.exercise.cues)}`,
    `${words(page, "commonErrors")}${colon(lang).trimEnd()}\n${list(use.exercise.commonErrors)}`,
  ].join("\n");
  return { title: toWinAnsi(use.exercise.name[lang]), body: toWinAnsi(body) };
}

function writeExercise(page: Page, use: FirstUse): void {
  const { doc } = page;
  const textX = MARGIN + FIGURE_WIDTH + GAP;
  const width = contentWidth(doc) - FIGURE_WIDTH - GAP;
  const { title, body } = exerciseText(page, use);
  doc.font("Helvetica").fontSize(9);
  const height = Math.max(FIGURE_HEIGHT, doc.heightOfString(body, { width }) + 18) + GAP;
  if (doc.y + height > bottom(doc)) doc.addPage();
  const top = doc.y;
  const illustration = illustrationOf(use.exercise.id);
  if (illustration !== undefined) {
    drawIllustration(doc, illustration, { x: MARGIN, y: top, width: FIGURE_WIDTH, height: FIGURE_HEIGHT });
  }
  doc.font("Helvetica-Bold").fontSize(11).fillColor("black").text(title, textX, top, { width });
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(body, textX, doc.y + 2, { width });
  doc.y = Math.max(doc.y, top + FIGURE_HEIGHT) + GAP;
  doc.fontSize(10);
}

function toBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export function renderHandoutPdf(input: HandoutInput): Promise<Uint8Array> {
  const name = nameOf(input);
  const title =
    name === null
      ? HANDOUT_TEXT.title[input.lang]
      : `${HANDOUT_TEXT.title[input.lang]}${colon(input.lang)}${name}`;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    lang: input.lang,
    info: { Title: toWinAnsi(title), Subject: toWinAnsi(HANDOUT_TEXT.notADiagnosis[input.lang]) },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => {
      chunks.push(chunk);
    });
    doc.on("end", () => {
      resolve(toBytes(chunks));
    });
    doc.on("error", reject);
  });
  const page: Page = { doc, lang: input.lang };
  writeHeader(page, input);
  writePainRule(page);
  writeSchedule(page, input.program);
  writeWarmUp(page, input.program);
  heading(page, words(page, "exercisesTitle"));
  doc
    .fontSize(9)
    .fillColor("#555555")
    .text(toWinAnsi(words(page, "drawingKey")), MARGIN);
  doc.moveDown(0.5).fontSize(10).fillColor("black");
  for (const use of exercisesInOrder(input.program)) writeExercise(page, use);
  doc.end();
  return done;
}
