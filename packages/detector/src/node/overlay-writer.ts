import { spawn } from "node:child_process";
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { createCanvas, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";
import type { JointName, KeypointFrame } from "@hipcheck/motion";
import { detected, detectorError, type DetectorResult } from "../detector-error.js";
import type { DecodedFramesFile } from "./detect-poses-in-video.js";
import { decodeFrames, type DecodedFrame, type DecodeSummary } from "./frame-decoder.js";
import type { MediaInfo } from "./media-probe.js";
import { pixelFrameBytes } from "../pixel-frame.js";

/** A short text drawn next to a joint, e.g. a knee angle. */
export type OverlayLabel = { readonly joint: JointName; readonly text: string };

export type OverlayRequest = {
  readonly inputPath: string;
  readonly media: MediaInfo;
  readonly frames: readonly KeypointFrame[];
  /** Frame rate of `frames` (the analysis rate); the overlay video plays at it. */
  readonly frameRate: number;
  readonly labelsOf: (frameIndex: number) => readonly OverlayLabel[];
  readonly outputPath: string;
  /**
   * The frames as the analysis decoded them: drawn on directly, so the video is not decoded a second time
   * (decision 0471). Without it, the input is decoded again, at up to OVERLAY_MAX_SIDE_PX.
   */
  readonly decoded?: DecodedFramesFile;
};

const BONES: readonly (readonly [JointName, JointName])[] = [
  ["leftShoulder", "rightShoulder"],
  ["leftShoulder", "leftElbow"],
  ["leftElbow", "leftWrist"],
  ["rightShoulder", "rightElbow"],
  ["rightElbow", "rightWrist"],
  ["leftShoulder", "leftHip"],
  ["rightShoulder", "rightHip"],
  ["leftHip", "rightHip"],
  ["leftHip", "leftKnee"],
  ["leftKnee", "leftAnkle"],
  ["rightHip", "rightKnee"],
  ["rightKnee", "rightAnkle"],
  ["leftAnkle", "leftHeel"],
  ["leftHeel", "leftFootIndex"],
  ["rightAnkle", "rightHeel"],
  ["rightHeel", "rightFootIndex"],
];

/** Joints drawn faint below this score, so an unsure skeleton looks unsure. */
const SURE_SCORE = 0.3;
/** Overlays are drawn at most this size: enough to read the angles, small enough to encode fast. */
const OVERLAY_MAX_SIDE_PX = 1280;

const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg"];

function colourOf(joint: JointName, score: number): string {
  const alpha = score >= SURE_SCORE ? 1 : 0.35;
  if (joint.startsWith("left")) return `rgba(0, 200, 255, ${alpha})`;
  if (joint.startsWith("right")) return `rgba(255, 140, 0, ${alpha})`;
  return `rgba(255, 255, 255, ${alpha})`;
}

function drawSkeleton(
  context: SKRSContext2D,
  frame: KeypointFrame,
  labels: readonly OverlayLabel[],
  scale: number,
): void {
  const lineWidth = Math.max(2, 4 * scale * (context.canvas.width / 640));
  context.lineWidth = lineWidth;
  for (const [from, to] of BONES) {
    const a = frame.keypoints[from];
    const b = frame.keypoints[to];
    if (a === undefined || b === undefined) continue;
    context.strokeStyle = colourOf(to, Math.min(a.score, b.score));
    context.beginPath();
    context.moveTo(a.x * scale, a.y * scale);
    context.lineTo(b.x * scale, b.y * scale);
    context.stroke();
  }
  for (const [joint, point] of Object.entries(frame.keypoints) as [
    JointName,
    { x: number; y: number; score: number },
  ][]) {
    context.fillStyle = colourOf(joint, point.score);
    context.beginPath();
    context.arc(point.x * scale, point.y * scale, lineWidth * 1.2, 0, 2 * Math.PI);
    context.fill();
  }
  context.font = `bold ${Math.round(lineWidth * 5)}px sans-serif`;
  context.lineWidth = lineWidth;
  for (const label of labels) {
    const point = frame.keypoints[label.joint];
    if (point === undefined) continue;
    const x = point.x * scale + lineWidth * 3;
    const y = point.y * scale;
    context.strokeStyle = "black";
    context.strokeText(label.text, x, y);
    context.fillStyle = "white";
    context.fillText(label.text, x, y);
  }
}

function encoderArgs(
  kind: MediaInfo["kind"],
  width: number,
  height: number,
  frameRate: number,
  output: string,
): string[] {
  const input = [
    "-v",
    "error",
    "-nostdin",
    "-y",
    "-f",
    "rawvideo",
    "-pix_fmt",
    "rgba",
    "-s",
    `${width}x${height}`,
  ];
  if (kind === "image") {
    return [...input, "-i", "pipe:0", "-frames:v", "1", "-f", "image2", "-update", "1", output];
  }
  return [
    ...input,
    // H.264 in yuv420p needs even sizes: an odd row or column is padded.
    ...["-r", String(frameRate), "-i", "pipe:0", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"],
    ...["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"],
    ...["-movflags", "+faststart", "-f", "mp4", output],
  ];
}

function checkOutputPath(request: OverlayRequest): DetectorResult<undefined> {
  const extension = extname(request.outputPath).toLowerCase();
  if (request.media.kind === "image" && !IMAGE_EXTENSIONS.includes(extension)) {
    return detectorError(
      "invalid-input",
      `The overlay of an image is an image: name it .png or .jpg (not ${basename(request.outputPath)}).`,
    );
  }
  if (request.media.kind === "video" && extension !== ".mp4") {
    return detectorError(
      "invalid-input",
      `The overlay of a video is a video: name it .mp4 (not ${basename(request.outputPath)}).`,
    );
  }
  return detected(undefined);
}

/** Hands the kept frames to `onFrame` one after the other, read from their file into one reused buffer. */
async function readKeptFrames(
  kept: DecodedFramesFile,
  frameRate: number,
  onFrame: (decoded: DecodedFrame) => Promise<void>,
): Promise<DetectorResult<DecodeSummary>> {
  const file = await open(kept.path, "r");
  try {
    const data = new Uint8Array(pixelFrameBytes(kept.width, kept.height));
    for (let index = 0; index < kept.frameCount; index++) {
      const { bytesRead } = await file.read(data, 0, data.byteLength, index * data.byteLength);
      if (bytesRead < data.byteLength) throw new Error(`The kept frames end before frame ${index}.`);
      await onFrame({
        index,
        timeMs: (index * 1000) / frameRate,
        frame: { width: kept.width, height: kept.height, data },
        toSourceScale: kept.toSourceScale,
      });
    }
  } finally {
    await file.close();
  }
  return detected({ frameCount: kept.frameCount, frameRate });
}

/**
 * Writes the input again with the skeleton and the labels drawn on each frame, encoded by ffmpeg from raw
 * RGBA. The file appears whole or not at all: ffmpeg writes a hidden temporary file that is renamed at the end.
 */
export async function writeOverlay(request: OverlayRequest): Promise<DetectorResult<{ frameCount: number }>> {
  const pathCheck = checkOutputPath(request);
  if (!pathCheck.ok) return pathCheck;
  const folder = await stat(dirname(request.outputPath)).catch(() => undefined);
  if (folder?.isDirectory() !== true) {
    return detectorError("not-found", `The folder of ${basename(request.outputPath)} does not exist.`);
  }
  const extension = extname(request.outputPath);
  const partial = join(
    dirname(request.outputPath),
    `.${basename(request.outputPath, extension)}.partial${extension}`,
  );
  let encoder: ReturnType<typeof spawn> | undefined;
  let encoderExit: Promise<number | null> | undefined;
  let encoderError = "";
  // One canvas for every frame: they all have the size of the first.
  let canvas: Canvas | undefined;
  try {
    const drawAndEncode = async ({ index, frame, toSourceScale }: DecodedFrame): Promise<void> => {
      if (encoder === undefined) {
        encoder = spawn(
          "ffmpeg",
          encoderArgs(request.media.kind, frame.width, frame.height, request.frameRate, partial),
          {
            stdio: ["pipe", "ignore", "pipe"],
          },
        );
        encoder.stderr?.setEncoding("utf8").on("data", (text: string) => (encoderError += text));
        // A dead encoder shows in its exit code; the broken pipe itself must not crash the process.
        encoder.stdin?.on("error", () => undefined);
        const started = encoder;
        encoderExit = new Promise((resolve, reject) => {
          started.on("error", reject);
          started.on("close", resolve);
        });
      }
      canvas ??= createCanvas(frame.width, frame.height);
      const context = canvas.getContext("2d");
      const image = context.createImageData(frame.width, frame.height);
      image.data.set(frame.data);
      context.putImageData(image, 0, 0);
      const keypoints = request.frames[index];
      if (keypoints !== undefined) {
        drawSkeleton(context, keypoints, request.labelsOf(index), 1 / toSourceScale);
      }
      const pixels = context.getImageData(0, 0, frame.width, frame.height).data;
      const stdin = encoder.stdin;
      if (stdin === null) throw new Error("ffmpeg encoder has no stdin");
      if (!stdin.write(pixels)) await new Promise((resolve) => stdin.once("drain", resolve));
    };
    const decoded =
      request.decoded === undefined
        ? await decodeFrames(request.inputPath, request.media, drawAndEncode, {
            maxSidePx: OVERLAY_MAX_SIDE_PX,
            maxFrameRate: request.frameRate,
          })
        : await readKeptFrames(request.decoded, request.frameRate, drawAndEncode);
    encoder?.stdin?.end();
    const exitCode = encoderExit === undefined ? null : await encoderExit;
    if (!decoded.ok) {
      await rm(partial, { force: true });
      return decoded;
    }
    if (exitCode !== 0) {
      await rm(partial, { force: true });
      return detectorError(
        "unprocessable",
        `The overlay could not be encoded: ${encoderError.trim().split("\n")[0] ?? ""}`,
      );
    }
    await rename(partial, request.outputPath);
    return detected({ frameCount: decoded.value.frameCount });
  } catch (error) {
    encoder?.kill("SIGKILL");
    await rm(partial, { force: true });
    throw error;
  }
}
