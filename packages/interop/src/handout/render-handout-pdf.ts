/**
 * The printable program handout (PDF): the person's name, the weekly schedule, each exercise with its drawing,
 * dose, cues and common errors, the pain rule, and a week-by-week table (which exercises, which dose, which weeks)
 * with a tick box per session, in English or French. The text is set in DejaVu Sans, embedded from the
 * `dejavu-fonts-ttf` package (subset), so every name prints ("Łucja Wąsowska-Nguyễn"), not only the WinAnsi
 * characters of PDF's standard fonts; the PDF is tagged (PDF/UA-style marked content, document language). Every
 * page ends with its number and the not-a-diagnosis line, since a page read or photocopied on its own must still
 * say what the handout is not.
 */
import {
  describeDose,
  describeTempo,
  exerciseTempo,
  PAIN_RULE,
  findExercise,
  illustrationOf,
  writtenDate,
  type Exercise,
  type Lang,
  type PlannedExercise,
  type PlannedSession,
  type Program,
  type StrengthComparison,
  type SeenFrom,
} from "@hipcheck/core";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import PDFDocument from "pdfkit";
import { drawIllustration, drawSecondView } from "./draw-figure.js";
import { HANDOUT_TEXT, PHASE_NAMES, SESSION_KIND_NAMES, pageNumberLine } from "./handout-text.js";

/** DejaVu Sans covers Latin (with Polish, Vietnamese, …), Greek and Cyrillic: any name a person types here. */
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);
const REGULAR = "body";
const BOLD = "body-bold";

export type HandoutInput = {
  readonly program: Program;
  /** Null for a program handed on through a share link: the handout then names no one. */
  readonly personName: string | null;
  readonly lang: Lang;
  /**
   * Each strength check's baseline against its latest check (docs/clinical §10), printed after the pain rule so
   * a clinician reading the page sees the change and the check's error; none when absent or empty.
   */
  readonly strength?: readonly StrengthComparison[];
};

const MARGIN = 50;
const FIGURE_WIDTH = 110;
const FIGURE_HEIGHT = 88;
/** The small second view under the drawing, where a cue is about alignment seen from the front or above. */
const SECOND_VIEW_HEIGHT = 56;
const GAP = 12;
/** The band above the bottom margin that holds each page's footer; the content stops above it. */
const FOOTER_BAND = 30;
const FOOTER_FONT_SIZE = 8;

type Page = { readonly doc: PDFKit.PDFDocument; readonly lang: Lang };

/** French sets a space before a colon. */
function colon(lang: Lang): string {
  return lang === "fr" ? "\u00a0: " : ": ";
}

function words(page: Page, key: keyof typeof HANDOUT_TEXT): string {
  return HANDOUT_TEXT[key][page.lang];
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - 2 * MARGIN;
}

/** Where the content of a page must end: above the footer band. */
function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN - FOOTER_BAND;
}

/** A new page when a block of this height would run into the footer. */
function ensureRoom(doc: PDFKit.PDFDocument, heightPt: number): void {
  if (doc.y + heightPt > bottom(doc)) doc.addPage();
}

/** The height of `text` in `font` at `sizePt`, wrapped to `widthPt`; the document is left in that font and size. */
function measure(
  doc: PDFKit.PDFDocument,
  font: string,
  sizePt: number,
  text: string,
  widthPt: number,
): number {
  return doc.font(font).fontSize(sizePt).heightOfString(text, { width: widthPt });
}

const HEADING_SIZE_PT = 14;
const BODY_SIZE_PT = 10;

/** The height a heading takes: the space above it, its own lines, the space below it. */
function headingHeight(doc: PDFKit.PDFDocument, text: string): number {
  const above = 0.8 * doc.font(REGULAR).fontSize(BODY_SIZE_PT).currentLineHeight(true);
  const lines = measure(doc, BOLD, HEADING_SIZE_PT, text, contentWidth(doc));
  return above + lines + 0.3 * doc.currentLineHeight(true);
}

/**
 * A section heading, kept with what follows it: `keepWithPt` is the height of the section's first block (its
 * first row, line or exercise), so a heading never ends a page on its own nor with only its first line under it.
 */
function heading(page: Page, text: string, keepWithPt: number): void {
  const { doc } = page;
  ensureRoom(doc, headingHeight(doc, text) + keepWithPt);
  doc.font(REGULAR).fontSize(BODY_SIZE_PT);
  doc.moveDown(0.8).font(BOLD).fontSize(HEADING_SIZE_PT).fillColor("#1f3b57").text(text, MARGIN);
  doc.moveDown(0.3).font(REGULAR).fontSize(BODY_SIZE_PT).fillColor("black");
}

function formatDate(date: string, lang: Lang, withYear = false): string {
  const format = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  });
  return writtenDate(format, new Date(`${date}T00:00:00Z`), lang);
}

/** A blank name counts as none, so no handout ever prints "Prepared for" with nothing after it. */
function nameOf(input: HandoutInput): string | null {
  const name = input.personName?.trim() ?? "";
  return name === "" ? null : name;
}

function writeHeader(page: Page, input: HandoutInput): void {
  const { doc } = page;
  const { program } = input;
  doc.font(BOLD).fontSize(22).fillColor("#1f3b57").text(words(page, "title"), MARGIN, MARGIN);
  doc.font(REGULAR).fontSize(12).fillColor("black");
  const name = nameOf(input);
  doc.text(name === null ? words(page, "sharedProgram") : `${words(page, "preparedFor")} ${name}`);
  const starts = formatDate(program.startDate, page.lang, true);
  doc.text(`${words(page, "starts")} ${starts} · ${program.weeks} ${words(page, "weeks")}`);
  doc.moveDown(0.5).fontSize(9).fillColor("#555555").text(words(page, "notADiagnosis"));
  doc.fillColor("black");
}

function writePainRule(page: Page): void {
  const { doc } = page;
  const text = PAIN_RULE[page.lang];
  const width = contentWidth(doc) - 20;
  const height = measure(doc, REGULAR, BODY_SIZE_PT, text, width) + 16;
  heading(page, words(page, "painRuleTitle"), height);
  const top = doc.y;
  doc.save().rect(MARGIN, top, contentWidth(doc), height).fill("#fdf1dc").restore();
  doc.fillColor("black").text(text, MARGIN + 10, top + 8, { width });
  doc.y = top + height;
}

function writeStrength(page: Page, comparisons: readonly StrengthComparison[]): void {
  const { doc } = page;
  const width = contentWidth(doc);
  const texts = comparisons.map((comparison) => comparison.explanation[page.lang]);
  heading(page, words(page, "strengthTitle"), measure(doc, REGULAR, BODY_SIZE_PT, texts[0] ?? "", width));
  for (const text of texts) {
    ensureRoom(doc, measure(doc, REGULAR, BODY_SIZE_PT, text, width));
    doc.text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  }
}

/** Non-breaking spaces inside a session's words, so a wrapped week breaks between sessions, never inside one. */
function sessionLine(session: PlannedSession, lang: Lang): string {
  const line = `${formatDate(session.date, lang)}${colon(lang)}${SESSION_KIND_NAMES[session.kind][lang]}`;
  return line.replace(/ /g, "\u00a0");
}

function weekTitle(page: Page, program: Program, week: number): string {
  const phase = program.phases.find((span) => span.fromWeek <= week && week <= span.toWeek);
  const name = phase === undefined ? "" : ` (${PHASE_NAMES[phase.phase][page.lang]})`;
  return `${words(page, "week")} ${week}${name}`;
}

/**
 * One row per week: its title in a first column and its sessions in a second, so a list that wraps (French dates
 * and words are longer) continues under the sessions rather than under the week's title.
 */
function writeSchedule(page: Page, program: Program): void {
  const { doc } = page;
  const weeks = Array.from({ length: program.weeks }, (_, index) => index + 1);
  doc.font(BOLD).fontSize(BODY_SIZE_PT);
  const titleWidth = Math.max(...weeks.map((week) => doc.widthOfString(weekTitle(page, program, week))));
  const sessionsX = MARGIN + titleWidth + GAP;
  const sessionsWidth = contentWidth(doc) - titleWidth - GAP;
  const rows = weeks.map((week) => {
    const sessions = program.sessions.filter((session) => session.week === week);
    const list = sessions.map((s) => sessionLine(s, page.lang)).join(" · ");
    const height = measure(doc, REGULAR, BODY_SIZE_PT, list === "" ? " " : list, sessionsWidth);
    return { week, list, height };
  });
  heading(page, words(page, "scheduleTitle"), (rows[0]?.height ?? 0) + 2);
  for (const { week, list, height } of rows) {
    ensureRoom(doc, height);
    const top = doc.y;
    doc.font(BOLD).text(weekTitle(page, program, week), MARGIN, top, { lineBreak: false });
    doc.font(REGULAR).text(list, sessionsX, top, { width: sessionsWidth });
    doc.x = MARGIN;
    doc.y = top + height + 2;
  }
}

type TableRow = {
  readonly label: string;
  /** Sessions per week (index 0 = week 1) that have this exercise at this dose. */
  readonly sessionsByWeek: readonly number[];
};

/** One row per exercise and dose of the hip sessions, in the order the program first uses them. */
function tableRows(program: Program, lang: Lang): TableRow[] {
  const rows = new Map<string, number[]>();
  for (const session of program.sessions.filter((s) => s.kind !== "warm-up")) {
    for (const planned of session.exercises) {
      const label = exerciseLabel(planned, lang);
      const weeks = rows.get(label) ?? Array<number>(program.weeks).fill(0);
      weeks[session.week - 1] = (weeks[session.week - 1] ?? 0) + 1;
      rows.set(label, weeks);
    }
  }
  return [...rows.entries()].map(([label, sessionsByWeek]) => ({ label, sessionsByWeek }));
}

const BOX_PT = 7;
const TABLE_FONT_SIZE = 8;
const CELL_PAD = 3;

/**
 * Which exercise, at which dose, in which weeks: a row per exercise and dose, a column per week, and in each cell
 * one tick box per session of that week, for the person to tick as they go. A dose that changes starts a new row,
 * so the weeks a row covers are the weeks that dose applies.
 */
function writeWeekTable(page: Page, program: Program): void {
  const rows = tableRows(program, page.lang);
  const firstRow = rows[0];
  if (firstRow === undefined) return;
  const { doc } = page;
  const weekWidth = Math.min(34, (contentWidth(doc) * 0.55) / program.weeks);
  const labelWidth = contentWidth(doc) - weekWidth * program.weeks;
  const headerHeight = 14;
  const rowHeight = (row: TableRow) => {
    const textHeight = measure(doc, REGULAR, TABLE_FONT_SIZE, row.label, labelWidth - 2 * CELL_PAD);
    const boxesPerLine = Math.max(1, Math.floor((weekWidth - CELL_PAD) / (BOX_PT + 2)));
    const boxHeight = Math.ceil(Math.max(...row.sessionsByWeek) / boxesPerLine) * (BOX_PT + 2);
    return Math.max(textHeight, boxHeight) + 2 * CELL_PAD;
  };
  const key = words(page, "weekTableKey");
  const keyHeight = measure(doc, REGULAR, 9, key, contentWidth(doc)) + 0.4 * doc.currentLineHeight(true);
  heading(page, words(page, "weekTableTitle"), keyHeight + headerHeight + rowHeight(firstRow));
  doc.font(REGULAR).fontSize(9).fillColor("#555555").text(key, MARGIN);
  doc.moveDown(0.4).fillColor("black").fontSize(TABLE_FONT_SIZE);
  const writeHeaderRow = () => {
    const top = doc.y;
    doc.font(BOLD).fontSize(TABLE_FONT_SIZE);
    doc.text(words(page, "exerciseAndDose"), MARGIN + CELL_PAD, top + CELL_PAD, { lineBreak: false });
    for (let week = 1; week <= program.weeks; week += 1) {
      const x = MARGIN + labelWidth + (week - 1) * weekWidth;
      doc.text(`${words(page, "weekShort")}${week}`, x, top + CELL_PAD, {
        width: weekWidth,
        align: "center",
      });
    }
    doc.font(REGULAR);
    doc.y = top + headerHeight;
  };
  ensureRoom(doc, headerHeight + rowHeight(firstRow));
  writeHeaderRow();
  const boxesPerLine = Math.max(1, Math.floor((weekWidth - CELL_PAD) / (BOX_PT + 2)));
  for (const row of rows) {
    const height = rowHeight(row);
    doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      writeHeaderRow();
    }
    const top = doc.y;
    doc.save().lineWidth(0.4).strokeColor("#bbbbbb");
    doc.rect(MARGIN, top, contentWidth(doc), height).stroke();
    doc.restore();
    doc
      .fillColor("black")
      .text(row.label, MARGIN + CELL_PAD, top + CELL_PAD, { width: labelWidth - 2 * CELL_PAD });
    row.sessionsByWeek.forEach((count, index) => {
      const x = MARGIN + labelWidth + index * weekWidth;
      doc
        .save()
        .lineWidth(0.4)
        .strokeColor("#bbbbbb")
        .moveTo(x, top)
        .lineTo(x, top + height)
        .stroke()
        .restore();
      for (let box = 0; box < count; box += 1) {
        const bx = x + CELL_PAD + (box % boxesPerLine) * (BOX_PT + 2);
        const by = top + CELL_PAD + Math.floor(box / boxesPerLine) * (BOX_PT + 2);
        doc.save().lineWidth(0.7).strokeColor("#333333").rect(bx, by, BOX_PT, BOX_PT).stroke().restore();
      }
    });
    doc.x = MARGIN;
    doc.y = top + height;
  }
  doc.fontSize(10);
}

function exerciseLabel(planned: PlannedExercise, lang: Lang): string {
  const exercise = findExercise(planned.exerciseId);
  return `${exercise?.name[lang] ?? planned.exerciseId}${colon(lang)}${describeDose(planned.dose, lang)}`;
}

const BULLET_INDENT = 10;

function writeWarmUp(page: Page, program: Program): void {
  const labels = program.warmUp.map((planned) => exerciseLabel(planned, page.lang));
  const firstLabel = labels[0];
  if (firstLabel === undefined) return;
  const { doc } = page;
  const width = contentWidth(doc) - BULLET_INDENT;
  heading(page, words(page, "warmUpTitle"), measure(doc, REGULAR, BODY_SIZE_PT, firstLabel, width));
  for (const label of labels) {
    ensureRoom(doc, measure(doc, REGULAR, BODY_SIZE_PT, label, width));
    const top = doc.y;
    doc.text("•", MARGIN, top, { lineBreak: false });
    doc.text(label, MARGIN + BULLET_INDENT, top, { width });
    doc.x = MARGIN;
  }
}

type ExerciseUse = {
  readonly exercise: Exercise;
  /** Its dose in the warm-up before runs and rides, when it is part of it. */
  readonly warmUp: PlannedExercise | null;
  /** The first hip session that has it: the dose it starts at, and in which week. */
  readonly firstSession: { readonly planned: PlannedExercise; readonly week: number } | null;
};

/**
 * Each exercise once, in the order the handout introduces them: the warm-up's first, as its section comes first,
 * then the hip sessions' in the order the program first uses them.
 */
function exercisesInOrder(program: Program): ExerciseUse[] {
  const uses = new Map<string, ExerciseUse>();
  const record = (planned: PlannedExercise, use: (previous: ExerciseUse) => ExerciseUse) => {
    const exercise = findExercise(planned.exerciseId);
    if (exercise === undefined) return;
    const previous = uses.get(exercise.id) ?? { exercise, warmUp: null, firstSession: null };
    uses.set(exercise.id, use(previous));
  };
  const warmUps = [
    ...program.warmUp,
    ...program.sessions.filter((s) => s.kind === "warm-up").flatMap((s) => s.exercises),
  ];
  for (const planned of warmUps) record(planned, (use) => ({ ...use, warmUp: use.warmUp ?? planned }));
  for (const session of program.sessions.filter((s) => s.kind !== "warm-up")) {
    for (const planned of session.exercises) {
      record(planned, (use) => ({
        ...use,
        firstSession: use.firstSession ?? { planned, week: session.week },
      }));
    }
  }
  return [...uses.values()];
}

function doseLines(page: Page, use: ExerciseUse): string[] {
  const { lang } = page;
  const lines: string[] = [];
  if (use.warmUp !== null) {
    lines.push(`${words(page, "warmUpDose")}${colon(lang)}${describeDose(use.warmUp.dose, lang)}`);
  }
  if (use.firstSession !== null) {
    const when = `${words(page, "week").toLowerCase()} ${use.firstSession.week}`;
    lines.push(
      `${words(page, "startingDose")} (${when})${colon(lang)}${describeDose(use.firstSession.planned.dose, lang)}`,
    );
  }
  return lines;
}

function exerciseText(page: Page, use: ExerciseUse): { title: string; body: string } {
  const { lang } = page;
  const list = (items: readonly { en: string; fr: string }[]) =>
    items.map((item) => `• ${item[lang]}`).join("\n");
  const body = [
    use.exercise.summary[lang],
    ...doseLines(page, use),
    ...(use.exercise.dose.mode === "reps"
      ? [`${words(page, "pace")}${colon(lang)}${describeTempo(exerciseTempo(use.exercise), lang)}`]
      : []),
    `${words(page, "cues")}${colon(lang).trimEnd()}\n${list(use.exercise.cues)}`,
    `${words(page, "commonErrors")}${colon(lang).trimEnd()}\n${list(use.exercise.commonErrors)}`,
  ].join("\n");
  return { title: use.exercise.name[lang], body: body };
}

function exerciseTextWidth(doc: PDFKit.PDFDocument): number {
  return contentWidth(doc) - FIGURE_WIDTH - GAP;
}

/** The whole block: the drawing beside the title (which may wrap) and the text, and the gap under it. */
function exerciseHeight(page: Page, use: ExerciseUse): number {
  const { doc } = page;
  const width = exerciseTextWidth(doc);
  const { title, body } = exerciseText(page, use);
  const textHeight = measure(doc, BOLD, 11, title, width) + 2 + measure(doc, REGULAR, 9, body, width);
  return Math.max(figureHeight(use), textHeight) + GAP;
}

/** The drawing's height, with its second view under it when it has one. */
function figureHeight(use: ExerciseUse): number {
  return illustrationOf(use.exercise.id)?.secondView === undefined
    ? FIGURE_HEIGHT
    : FIGURE_HEIGHT + GAP / 2 + SECOND_VIEW_HEIGHT;
}

const SEEN_FROM_WORDS = {
  front: "seenFromFront",
  feet: "seenFromFeet",
  head: "seenFromHead",
  above: "seenFromAbove",
} as const satisfies Readonly<Record<SeenFrom, keyof typeof HANDOUT_TEXT>>;

function writeExercise(page: Page, use: ExerciseUse): void {
  const { doc } = page;
  const textX = MARGIN + FIGURE_WIDTH + GAP;
  const width = exerciseTextWidth(doc);
  const { title, body } = exerciseText(page, use);
  ensureRoom(doc, exerciseHeight(page, use));
  const top = doc.y;
  const illustration = illustrationOf(use.exercise.id);
  if (illustration !== undefined) {
    drawIllustration(doc, illustration, { x: MARGIN, y: top, width: FIGURE_WIDTH, height: FIGURE_HEIGHT });
    if (illustration.secondView !== undefined) {
      drawSecondView(
        doc,
        illustration,
        { x: MARGIN, y: top + FIGURE_HEIGHT + GAP / 2, width: FIGURE_WIDTH, height: SECOND_VIEW_HEIGHT },
        words(page, SEEN_FROM_WORDS[illustration.secondView.seenFrom]),
      );
    }
  }
  doc.font(BOLD).fontSize(11).fillColor("black").text(title, textX, top, { width });
  doc
    .font(REGULAR)
    .fontSize(9)
    .text(body, textX, doc.y + 2, { width });
  doc.y = Math.max(doc.y, top + figureHeight(use)) + GAP;
  doc.fontSize(10);
}

/**
 * "Page N of M" and the not-a-diagnosis line at the foot of every page, written once all pages exist. The footer
 * sits inside the page's margins, above the bottom one: PDFKit starts a new page for text below that margin.
 */
function writeFooters(page: Page): void {
  const { doc } = page;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const number = pageNumberLine(index - range.start + 1, range.count, page.lang);
    doc.font(REGULAR).fontSize(FOOTER_FONT_SIZE);
    const numberWidth = doc.widthOfString(number);
    const noteWidth = contentWidth(doc) - numberWidth - GAP;
    const note = words(page, "notADiagnosis");
    const noteHeight = doc.heightOfString(note, { width: noteWidth });
    const top = doc.page.height - MARGIN - noteHeight;
    const ruleY = doc.page.height - MARGIN - FOOTER_BAND + 6;
    doc
      .save()
      .moveTo(MARGIN, ruleY)
      .lineTo(doc.page.width - MARGIN, ruleY);
    doc.lineWidth(0.5).strokeColor("#bbbbbb").stroke().restore();
    doc.fillColor("#555555").text(note, MARGIN, top, { width: noteWidth, height: noteHeight });
    doc.text(number, doc.page.width - MARGIN - numberWidth, top, { lineBreak: false });
  }
  doc.fillColor("black");
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
    bufferPages: true,
    lang: input.lang,
    tagged: true,
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: title, Subject: HANDOUT_TEXT.notADiagnosis[input.lang] },
  });
  doc.registerFont(REGULAR, join(FONT_DIR, "DejaVuSans.ttf"));
  doc.registerFont(BOLD, join(FONT_DIR, "DejaVuSans-Bold.ttf"));
  doc.font(REGULAR);
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
  if (input.strength !== undefined && input.strength.length > 0) writeStrength(page, input.strength);
  writeSchedule(page, input.program);
  writeWarmUp(page, input.program);
  writeWeekTable(page, input.program);
  const uses = exercisesInOrder(input.program);
  const key = words(page, "drawingKey");
  const keyHeight = measure(doc, REGULAR, 9, key, contentWidth(doc)) + 0.5 * doc.currentLineHeight(true);
  const first = uses[0] === undefined ? 0 : exerciseHeight(page, uses[0]);
  heading(page, words(page, "exercisesTitle"), keyHeight + first);
  doc.fontSize(9).fillColor("#555555").text(key, MARGIN);
  doc.moveDown(0.5).fontSize(BODY_SIZE_PT).fillColor("black");
  for (const use of uses) writeExercise(page, use);
  writeFooters(page);
  doc.end();
  return done;
}
