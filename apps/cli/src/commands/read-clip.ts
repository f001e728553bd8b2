import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "@hipcheck/core";
import type { DetectedVideo } from "@hipcheck/detector";
import { PHOTO_MODEL_OF, type PoseModelId } from "@hipcheck/detector/model-ids";
import type { CliIo, ExitCode } from "../io.js";
import { failWith } from "../output.js";

const TEXT = {
  en: {
    modelsMissing: "the pose models are not installed: run `node scripts/fetch-models.mjs` (or `npm start`).",
    analysing: "Analysing",
  },
  fr: {
    modelsMissing:
      "les modèles de pose ne sont pas installés\u00a0: lancez `node scripts/fetch-models.mjs` (ou `npm start`).",
    analysing: "Analyse",
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

/** A clip read through the pose model, and the model that read it (a photo may be refined by a finer one). */
export type ReadClip = { readonly clip: DetectedVideo; readonly model: PoseModelId };

export type ReadClipOptions = {
  /** For a video: keeps its decoded frames in this file, for the overlay (decision 0471). */
  readonly keepFramesIn?: string;
  /**
   * For a video: how many pose models read it, each in a worker thread (decision 0470); one per core, up to two,
   * when not given. The frames are the same whatever the count (decision 0520).
   */
  readonly threads?: number;
};

/**
 * Reads a photo or a video through the person detector and the pose model, with a progress bar at a terminal; an
 * expected failure (models not installed, a file that is not a picture) is printed and its exit code returned.
 */
export async function readClip(
  inputPath: string,
  modelId: PoseModelId,
  io: CliIo,
  lang: Lang,
  options: ReadClipOptions = {},
): Promise<{ ok: true; value: ReadClip } | { ok: false; exitCode: ExitCode }> {
  // Loaded here, not at the top: TFJS takes a noticeable part of a second to load, and only this command needs it.
  const detector = await import("@hipcheck/detector");
  const {
    DEFAULT_MODELS_DIR,
    MODEL_FILES,
    PERSON_DETECTOR_FILE,
    createPeopleFinder,
    createPoseEstimator,
    detectPosesInFile,
    detectPosesInVideo,
    fileModelSource,
    initNodeBackend,
    probeMedia,
    startPoseThreads,
  } = detector;
  const modelFiles = [...MODEL_FILES[modelId], PERSON_DETECTOR_FILE];
  if (!modelFiles.every((name) => existsSync(resolve(DEFAULT_MODELS_DIR, name)))) {
    return { ok: false, exitCode: failWith(io, { kind: "not-found", message: TEXT[lang].modelsMissing }) };
  }
  const probed = await probeMedia(inputPath);
  if (!probed.ok) return { ok: false, exitCode: failWith(io, probed.error) };
  const progress = progressBar(io, lang);
  if (probed.value.kind === "video") {
    // A video is read by a model in each of two worker threads on alternating segments, settled so that the frames
    // are those of one unbroken pass; with one thread, in one unbroken pass (decisions 0470, 0520).
    const threadCount = options.threads ?? detector.defaultPoseThreadCount();
    const threads = await startPoseThreads({ modelId, people: true, threads: threadCount });
    const read = await detectPosesInVideo(inputPath, probed.value, threads, {
      unbroken: threadCount === 1,
      ...(options.keepFramesIn === undefined ? {} : { keepFramesIn: options.keepFramesIn }),
      ...(io.isInteractive ? { onProgress: progress.update } : {}),
    }).finally(async () => {
      progress.clear();
      await threads.close();
    });
    if (!read.ok) return { ok: false, exitCode: failWith(io, read.error) };
    return { ok: true, value: { clip: read.value, model: modelId } };
  }
  await initNodeBackend();
  const estimator = await createPoseEstimator(modelId, fileModelSource());
  const people = await createPeopleFinder(fileModelSource());
  // A photo is read by the higher-resolution model when it is installed (decision 0301).
  const photoModel = PHOTO_MODEL_OF[modelId];
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
  if (!detected.ok) return { ok: false, exitCode: failWith(io, detected.error) };
  const clip = detected.value;
  return {
    ok: true,
    value: { clip, model: clip.refined && photoModel !== undefined ? photoModel : modelId },
  };
}
