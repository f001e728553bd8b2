import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import type { Lang } from "@hipcheck/core";
import type { DetectedClip, OverlayLabel } from "@hipcheck/detector";
import { DEFAULT_POSE_MODEL, POSE_MODEL_IDS, type PoseModelId } from "@hipcheck/detector/model-ids";
import type { KeypointFrame, MovementReport, Side } from "@hipcheck/motion";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, langOption, parseLang, printJson } from "../output.js";

/** The movement tests of the camera screen (`analyzeMovement` knows how to read each). */
const MOVEMENT_TESTS = ["single-leg-squat", "single-leg-stance", "squat", "step-down", "lateral-walk"] as const;
type MovementTest = (typeof MOVEMENT_TESTS)[number];

export type AnalyzeOptions = {
  test: MovementTest;
  side?: Side;
  model: PoseModelId;
  json?: boolean;
  overlay?: string;
  lang?: string;
};

const TEXT = {
  en: {
    modelsMissing: "the pose models are not installed: run `node scripts/fetch-models.mjs` (or `npm start`).",
    sameFile: "the overlay would overwrite the input: choose another file name.",
    analysing: "Analysing",
    overlayWritten: (path: string) => `Overlay written to ${path}`,
    heading: (frames: number, seconds: string, model: string) => `${frames} frame${frames === 1 ? "" : "s"} (${seconds} s) read with ${model}.`,
    repetition: "Repetition",
    findings: "Findings",
    screening: "Screening signals, not a diagnosis: each angle carries the measurement error shown.",
  },
  fr: {
    modelsMissing: "les modèles de pose ne sont pas installés : lancez `node scripts/fetch-models.mjs` (ou `npm start`).",
    sameFile: "l'image annotée écraserait le fichier analysé : choisissez un autre nom.",
    analysing: "Analyse",
    overlayWritten: (path: string) => `Image annotée écrite dans ${path}`,
    heading: (frames: number, seconds: string, model: string) => `${frames} image${frames === 1 ? "" : "s"} (${seconds} s) lue${frames === 1 ? "" : "s"} avec ${model}.`,
    repetition: "Répétition",
    findings: "Constats",
    screening: "Signaux de dépistage, pas un diagnostic : chaque angle porte l'erreur de mesure indiquée.",
  },
} as const;

/** A one-line progress bar on stderr, redrawn only when the shown percentage changes. */
function progressBar(io: CliIo, lang: Lang): { update: (done: number, total: number) => void; clear: () => void } {
  let shown = -1;
  return {
    update: (done, total) => {
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round(percent / 5);
      io.stderr(`\r${TEXT[lang].analysing} [${"#".repeat(filled)}${".".repeat(20 - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`);
    },
    clear: () => {
      if (shown >= 0) io.stderr("\r\x1b[2K");
    },
  };
}

function isLocalized(value: unknown): value is Record<Lang, string> {
  return typeof value === "object" && value !== null && typeof (value as { en?: unknown }).en === "string" && typeof (value as { fr?: unknown }).fr === "string";
}

/** camelCase field names as words: "pelvicDropDeg" → "pelvic drop deg". */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * Lines describing a part of the movement report, whatever its shape: texts in the chosen language, numbers to
 * one decimal, nested records indented (so "left" and "right" appear side by side under each measure).
 */
function describe(value: unknown, lang: Lang, indent: string): string[] {
  if (isLocalized(value)) return [`${indent}${value[lang]}`];
  if (typeof value === "number") return [`${indent}${Number.isInteger(value) ? value : value.toFixed(1)}`];
  if (Array.isArray(value)) return value.flatMap((item) => describe(item, lang, indent));
  if (typeof value !== "object" || value === null) return [`${indent}${String(value)}`];
  return Object.entries(value).flatMap(([key, field]) => {
    const inner = describe(field, lang, `${indent}  `);
    if (inner.length === 1 && typeof field !== "object") return [`${indent}${words(key)}: ${inner[0]?.trim() ?? ""}`];
    if (inner.length === 1 && isLocalized(field)) return [`${indent}${words(key)}: ${inner[0]?.trim() ?? ""}`];
    return [`${indent}${words(key)}:`, ...inner];
  });
}

function renderMovementReport(report: MovementReport, clip: DetectedClip, model: PoseModelId, lang: Lang): string {
  const text = TEXT[lang];
  const seconds = (clip.media.durationMs / 1000).toFixed(1);
  const lines = [text.heading(clip.frames.length, seconds, model), text.screening, ""];
  report.reps.forEach((rep, index) => {
    lines.push(`${text.repetition} ${index + 1}`, ...describe(rep, lang, "  "), "");
  });
  lines.push(text.findings, ...describe(report.findings, lang, "  "));
  return lines.join("\n");
}

/** The frontal angle between thigh and shank of each leg, drawn at the knees of the overlay. */
function overlayLabelsOf(frame: KeypointFrame | undefined): OverlayLabel[] {
  if (frame === undefined) return [];
  return (["left", "right"] as const).flatMap((side) => {
    const hip = frame.keypoints[`${side}Hip`];
    const knee = frame.keypoints[`${side}Knee`];
    const ankle = frame.keypoints[`${side}Ankle`];
    if (hip === undefined || knee === undefined || ankle === undefined) return [];
    const thigh = Math.atan2(knee.y - hip.y, knee.x - hip.x);
    const shank = Math.atan2(ankle.y - knee.y, ankle.x - knee.x);
    const degrees = Math.abs(((shank - thigh) * 180) / Math.PI);
    return [{ joint: `${side}Knee` as const, text: `${Math.round(degrees > 180 ? 360 - degrees : degrees)}°` }];
  });
}

function clipJson(clip: DetectedClip, report: MovementReport): unknown {
  return {
    input: { kind: clip.media.kind, width: clip.media.width, height: clip.media.height, frameRate: clip.frameRate },
    frames: clip.frames,
    reps: report.reps,
    findings: report.findings,
  };
}

export async function analyze(file: string, options: AnalyzeOptions, io: CliIo): Promise<ExitCode> {
  // Loaded here, not at the top: TFJS takes a noticeable part of a second to load, and only this command needs it.
  const detector = await import("@hipcheck/detector");
  const { analyzeMovement } = await import("@hipcheck/motion");
  const { DEFAULT_MODELS_DIR, MODEL_FILES, createPoseEstimator, detectPosesInFile, fileModelSource, initNodeBackend, writeOverlay } = detector;
  const lang = parseLang(options.lang);
  const inputPath = resolve(io.cwd, file);
  const overlayPath = options.overlay === undefined ? undefined : resolve(io.cwd, options.overlay);
  if (overlayPath === inputPath) return failWith(io, { kind: "invalid-input", message: TEXT[lang].sameFile, field: "overlay" });
  if (!MODEL_FILES[options.model].every((name) => existsSync(resolve(DEFAULT_MODELS_DIR, name)))) {
    return failWith(io, { kind: "not-found", message: TEXT[lang].modelsMissing });
  }
  await initNodeBackend();
  const estimator = await createPoseEstimator(options.model, fileModelSource());
  const progress = progressBar(io, lang);
  const detected = await detectPosesInFile(inputPath, estimator, {
    ...(io.isInteractive ? { onProgress: progress.update } : {}),
  }).finally(() => {
    progress.clear();
    estimator.dispose();
  });
  if (!detected.ok) return failWith(io, detected.error);
  const clip = detected.value;
  const report = analyzeMovement(clip.frames, { test: options.test, ...(options.side === undefined ? {} : { side: options.side }) });
  if (overlayPath !== undefined) {
    const written = await writeOverlay({
      inputPath,
      media: clip.media,
      frames: clip.frames,
      frameRate: clip.frameRate,
      labelsOf: (frameIndex) => overlayLabelsOf(clip.frames[frameIndex]),
      outputPath: overlayPath,
    });
    if (!written.ok) return failWith(io, written.error);
  }
  if (options.json === true) printJson(io, clipJson(clip, report));
  else io.stdout(`${renderMovementReport(report, clip, options.model, lang)}\n`);
  if (overlayPath !== undefined && options.json !== true) io.stdout(`${TEXT[lang].overlayWritten(overlayPath)}\n`);
  return 0;
}

export function registerAnalyzeCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  program
    .command("analyze")
    .description("screen a movement from a photo or a video: knee, pelvis and trunk angles per repetition and side")
    .argument("<file>", "image (jpg, png) or video (mp4, mov, webm…)")
    .addOption(new Option("--test <test>", "which movement the clip shows").choices(MOVEMENT_TESTS).default("single-leg-squat"))
    .addOption(new Option("--side <side>", "the standing leg, for one-leg tests").choices(["left", "right"]))
    .addOption(new Option("--model <model>", "pose model").choices(POSE_MODEL_IDS).default(DEFAULT_POSE_MODEL))
    .option("--json", "print keypoints per frame, repetitions and findings as JSON")
    .option("--overlay <file>", "write the input with the skeleton and angles drawn (.png/.jpg for a photo, .mp4 for a video)")
    .addOption(langOption())
    .action(async (file: string, options: AnalyzeOptions) => {
      finish(await analyze(file, options, io));
    });
}
