import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import type { Lang } from "@hipcheck/core";
import type { DetectedClip } from "@hipcheck/detector";
import {
  DEFAULT_POSE_MODEL,
  PHOTO_MODEL_OF,
  POSE_MODEL_IDS,
  type PoseModelId,
} from "@hipcheck/detector/model-ids";
import {
  MOVEMENT_TESTS,
  analyzeMovement,
  type CameraView,
  type MovementReport,
  type MovementTest,
  type Side,
} from "@hipcheck/motion";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, langOption, parseLang, printJson } from "../output.js";
import { overlayLabelsOf } from "./overlay-labels.js";
import { renderMovementReport } from "./render-movement-report.js";

export type AnalyzeOptions = {
  test: MovementTest;
  side?: Side;
  view: CameraView;
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
    stopped: (seconds: string) =>
      `The video is damaged or cut short: it could be read up to ${seconds} s, and only that part was analysed.`,
  },
  fr: {
    modelsMissing:
      "les modèles de pose ne sont pas installés : lancez `node scripts/fetch-models.mjs` (ou `npm start`).",
    sameFile: "l'image annotée écraserait le fichier analysé : choisissez un autre nom.",
    analysing: "Analyse",
    overlayWritten: (path: string) => `Image annotée écrite dans ${path}`,
    stopped: (seconds: string) =>
      `La vidéo est endommagée ou coupée : elle a pu être lue jusqu'à ${seconds} s, et seule cette partie a été analysée.`,
  },
} as const;

/** A one-line progress bar on stderr, redrawn only when the shown percentage changes. */
function progressBar(
  io: CliIo,
  lang: Lang,
): { update: (done: number, total: number) => void; clear: () => void } {
  let shown = -1;
  return {
    update: (done, total) => {
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round(percent / 5);
      io.stderr(
        `\r${TEXT[lang].analysing} [${"#".repeat(filled)}${".".repeat(20 - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
      );
    },
    clear: () => {
      if (shown >= 0) io.stderr("\r\x1b[2K");
    },
  };
}

/** `{ input, frames, reps, findings, … }`: keypoints in pixels of the input, then the whole movement report. */
function clipJson(clip: DetectedClip, model: PoseModelId, report: MovementReport): unknown {
  const { kind, width, height } = clip.media;
  const stopped = clip.stoppedAtMs === undefined ? {} : { stoppedAtMs: clip.stoppedAtMs };
  return {
    input: { kind, width, height, frameRate: clip.frameRate, model, ...stopped },
    frames: clip.frames,
    ...report,
  };
}

export async function analyze(file: string, options: AnalyzeOptions, io: CliIo): Promise<ExitCode> {
  // Loaded here, not at the top: TFJS takes a noticeable part of a second to load, and only this command needs it.
  const detector = await import("@hipcheck/detector");
  const {
    DEFAULT_MODELS_DIR,
    MODEL_FILES,
    PERSON_DETECTOR_FILE,
    createPeopleFinder,
    createPoseEstimator,
    detectPosesInFile,
    fileModelSource,
    initNodeBackend,
    writeOverlay,
  } = detector;
  const lang = parseLang(options.lang);
  const inputPath = resolve(io.cwd, file);
  const overlayPath = options.overlay === undefined ? undefined : resolve(io.cwd, options.overlay);
  if (overlayPath === inputPath) {
    return failWith(io, { kind: "invalid-input", message: TEXT[lang].sameFile, field: "overlay" });
  }
  const modelFiles = [...MODEL_FILES[options.model], PERSON_DETECTOR_FILE];
  if (!modelFiles.every((name) => existsSync(resolve(DEFAULT_MODELS_DIR, name)))) {
    return failWith(io, { kind: "not-found", message: TEXT[lang].modelsMissing });
  }
  await initNodeBackend();
  const estimator = await createPoseEstimator(options.model, fileModelSource());
  const people = await createPeopleFinder(fileModelSource());
  const progress = progressBar(io, lang);
  // A photo is read by the higher-resolution model when it is installed (decision 0301).
  const photoModel = PHOTO_MODEL_OF[options.model];
  const refinePhotos =
    photoModel !== undefined &&
    MODEL_FILES[photoModel].every((name) => existsSync(resolve(DEFAULT_MODELS_DIR, name)));
  const detected = await detectPosesInFile(inputPath, estimator, {
    people,
    ...(refinePhotos ? { photoEstimator: () => createPoseEstimator(photoModel, fileModelSource()) } : {}),
    ...(io.isInteractive ? { onProgress: progress.update } : {}),
  }).finally(() => {
    progress.clear();
    estimator.dispose();
    people.dispose();
  });
  if (!detected.ok) return failWith(io, detected.error);
  const clip = detected.value;
  const model = clip.refined && photoModel !== undefined ? photoModel : options.model;
  const report = analyzeMovement(clip.frames, {
    test: options.test,
    side: options.side,
    view: options.view,
    frameSize: { widthPx: clip.media.width, heightPx: clip.media.height },
    people: clip.people,
    light: clip.light,
  });
  if (overlayPath !== undefined) {
    const written = await writeOverlay({
      inputPath,
      media: clip.media,
      frames: clip.frames,
      frameRate: clip.frameRate,
      labelsOf: (frameIndex) => overlayLabelsOf(clip.frames[frameIndex], report),
      outputPath: overlayPath,
    });
    if (!written.ok) return failWith(io, written.error);
  }
  if (options.json === true) printJson(io, clipJson(clip, model, report));
  else {
    const source = {
      frameCount: clip.frames.length,
      durationMs: clip.media.durationMs,
      model,
    };
    io.stdout(`${renderMovementReport(report, source, lang)}\n`);
    if (clip.stoppedAtMs !== undefined) {
      const seconds = (clip.stoppedAtMs / 1000).toFixed(1);
      io.stdout(`${TEXT[lang].stopped(lang === "fr" ? seconds.replace(".", ",") : seconds)}\n`);
    }
  }
  if (overlayPath !== undefined && options.json !== true) {
    io.stdout(`${TEXT[lang].overlayWritten(overlayPath)}\n`);
  }
  return 0;
}

export function registerAnalyzeCommand(
  program: Command,
  io: CliIo,
  finish: (exitCode: number) => void,
): void {
  program
    .command("analyze")
    .description(
      "screen a movement from a photo or a video: knee, pelvis and trunk angles per repetition and side",
    )
    .argument("<file>", "image (jpg, png) or video (mp4, mov, webm…)")
    .addOption(
      new Option("--test <test>", "which movement the clip shows")
        .choices(MOVEMENT_TESTS)
        .default("single-leg-squat"),
    )
    .addOption(new Option("--side <side>", "the standing leg, for one-leg tests").choices(["left", "right"]))
    .addOption(
      new Option(
        "--view <view>",
        "where the camera is: in front of the person (front) or behind them (back); left and right follow",
      )
        .choices(["front", "back"])
        .default("front"),
    )
    .addOption(
      new Option("--model <model>", "pose model").choices(POSE_MODEL_IDS).default(DEFAULT_POSE_MODEL),
    )
    .option("--json", "print keypoints per frame, repetitions and findings as JSON")
    .option(
      "--overlay <file>",
      "write the input with the skeleton and angles drawn (.png/.jpg for a photo, .mp4 for a video)",
    )
    .addOption(langOption())
    .action(async (file: string, options: AnalyzeOptions) => {
      finish(await analyze(file, options, io));
    });
}
