import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Option, type Command } from "commander";
import type { DetectedClip } from "@hipcheck/detector";
import { DEFAULT_POSE_MODEL, POSE_MODEL_IDS, type PoseModelId } from "@hipcheck/detector/model-ids";
import {
  HOLD_TESTS,
  MOVEMENT_TESTS,
  analyzeMovement,
  type HoldTest,
  type CameraView,
  type MovementReport,
  type MovementTest,
  type Side,
} from "@hipcheck/motion";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, langOption, parseLang, printJson } from "../output.js";
import { SIDE_HOLD_TEST, analyzeHold } from "./analyze-hold.js";
import { overlayLabelsOf } from "./overlay-labels.js";
import { readClip } from "./read-clip.js";
import { cliProblemMessage, renderMovementReport } from "./render-movement-report.js";

export type AnalyzeOptions = {
  test: MovementTest | typeof SIDE_HOLD_TEST;
  /** Which hold a `side-hold` clip shows. */
  hold?: HoldTest;
  side?: Side;
  view: CameraView;
  model: PoseModelId;
  json?: boolean;
  overlay?: string;
  threads?: "1" | "2";
  lang?: string;
};

const TEXT = {
  en: {
    sameFile: "the overlay would overwrite the input: choose another file name.",
    overlayWritten: (path: string) => `Overlay written to ${path}`,
    stopped: (seconds: string) =>
      `The video is damaged or cut short: it could be read up to ${seconds} s, and only that part was analysed.`,
  },
  fr: {
    sameFile: "l’image annotée écraserait le fichier analysé\u00a0: choisissez un autre nom.",
    overlayWritten: (path: string) => `Image annotée écrite dans ${path}`,
    stopped: (seconds: string) =>
      `La vidéo est endommagée ou coupée\u00a0: elle a pu être lue jusqu’à ${seconds} s, et seule cette partie a été analysée.`,
  },
} as const;

/** `{ input, frames, reps, findings, … }`: keypoints in pixels of the input, then the whole movement report. */
function clipJson(clip: DetectedClip, model: PoseModelId, report: MovementReport): unknown {
  const { kind, width, height } = clip.media;
  const stopped = clip.stoppedAtMs === undefined ? {} : { stoppedAtMs: clip.stoppedAtMs };
  return {
    input: { kind, width, height, frameRate: clip.frameRate, model, ...stopped },
    frames: clip.frames,
    ...report,
    problems: report.problems.map((problem) => ({
      ...problem,
      message: cliProblemMessage(problem),
    })),
  };
}

export async function analyze(file: string, options: AnalyzeOptions, io: CliIo): Promise<ExitCode> {
  if (options.test === SIDE_HOLD_TEST) return analyzeHold(file, options, io);
  const movement = { ...options, test: options.test };
  if (options.overlay === undefined) return analyzeMovementIn(file, movement, io);
  // The overlay is drawn on the frames the analysis decoded, kept meanwhile in a private folder (decision 0471).
  const keptIn = await mkdtemp(join(tmpdir(), "hipcheck-frames-"));
  try {
    return await analyzeMovementIn(file, movement, io, join(keptIn, "frames.rgba"));
  } finally {
    await rm(keptIn, { recursive: true, force: true });
  }
}

async function analyzeMovementIn(
  file: string,
  options: AnalyzeOptions & { test: MovementTest },
  io: CliIo,
  keepFramesIn?: string,
): Promise<ExitCode> {
  const lang = parseLang(options.lang);
  const inputPath = resolve(io.cwd, file);
  const overlayPath = options.overlay === undefined ? undefined : resolve(io.cwd, options.overlay);
  if (overlayPath === inputPath) {
    return failWith(io, { kind: "invalid-input", message: TEXT[lang].sameFile, field: "overlay" });
  }
  const read = await readClip(inputPath, options.model, io, lang, {
    ...(keepFramesIn === undefined ? {} : { keepFramesIn }),
    ...(options.threads === undefined ? {} : { threads: Number(options.threads) }),
  });
  if (!read.ok) return read.exitCode;
  const { clip, model } = read.value;
  const report = analyzeMovement(clip.frames, {
    test: options.test,
    side: options.side,
    view: options.view,
    frameSize: { widthPx: clip.media.width, heightPx: clip.media.height },
    people: clip.people,
    light: clip.light,
    source: clip.media.kind === "image" ? "photo" : "video",
  });
  if (overlayPath !== undefined) {
    const { writeOverlay } = await import("@hipcheck/detector");
    const written = await writeOverlay({
      inputPath,
      media: clip.media,
      frames: clip.frames,
      frameRate: clip.frameRate,
      labelsOf: (frameIndex) => overlayLabelsOf(clip.frames[frameIndex], report),
      outputPath: overlayPath,
      ...(clip.keptFrames === undefined ? {} : { decoded: clip.keptFrames }),
    });
    if (!written.ok) return failWith(io, written.error);
  }
  if (options.json === true) printJson(io, clipJson(clip, model, report));
  else {
    const source = {
      frameCount: clip.frames.length,
      // A video cut short was read up to where it stopped, not for the length its header announces.
      durationMs: clip.stoppedAtMs ?? clip.media.durationMs,
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
      "screen a movement from a photo or a video: knee, pelvis and trunk angles per repetition and side; or time a strength hold from a video (--test side-hold)",
    )
    .argument("<file>", "image (jpg, png) or video (mp4, mov, webm…)")
    .addOption(
      new Option(
        "--test <test>",
        "which movement the clip shows; side-hold times a strength hold (see --hold)",
      )
        .choices([...MOVEMENT_TESTS, SIDE_HOLD_TEST])
        .default("single-leg-squat"),
    )
    .addOption(
      new Option(
        "--side <side>",
        "the standing leg, for one-leg tests; for a hold, the side tested (abductor hold: the top leg; side bridge: the side on the floor)",
      ).choices(["left", "right"]),
    )
    .addOption(
      new Option("--hold <hold>", "with --test side-hold: which hold the video shows").choices(HOLD_TESTS),
    )
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
    .addOption(
      new Option(
        "--threads <count>",
        "read a video with this many pose models in worker threads, on alternating 2 s segments (default: 2, or 1 on a single core); the findings are the same either way, 2 is faster",
      ).choices(["1", "2"]),
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
