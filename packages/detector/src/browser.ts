/**
 * The browser entry of @hipcheck/detector (`@hipcheck/detector/browser`): the same models and the same
 * pre/post-processing as in Node, on WebGL where a real GPU exists, else on WebAssembly with SIMD and, when the
 * page is cross-origin isolated (COOP/COEP headers), threads. Nothing here touches the file system or processes.
 */
import * as tf from "@tensorflow/tfjs-core";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import "@tensorflow/tfjs-backend-webgl";
import type { KeypointFrame } from "@hipcheck/motion";
import { keypointFrameOf } from "./keypoint-frame-of.js";
import type { FrameWatch, WatchedFrame } from "./frame-watch.js";
import { createPeopleFinder, type PeopleFinder } from "./people-finder.js";
import type { PixelFrame } from "./pixel-frame.js";
import { createPoseEstimator, type PoseEstimator } from "./pose-estimator.js";
import type { PoseModelId } from "./pose-model-id.js";

export * from "./pose-model-id.js";
export * from "./frame-watch.js";
export type { PeopleFinder } from "./people-finder.js";
export type { PixelFrame } from "./pixel-frame.js";
export type { PoseDetection, PoseEstimator } from "./pose-estimator.js";
export { keypointFrameOf } from "./keypoint-frame-of.js";

/** The part of an `HTMLVideoElement` (or `HTMLImageElement`, `ImageBitmap`) this entry needs. */
export type VideoLike = { readonly videoWidth: number; readonly videoHeight: number };

type Context2d = {
  drawImage(source: unknown, dx: number, dy: number, width: number, height: number): void;
  getImageData(x: number, y: number, width: number, height: number): PixelFrame;
};
type WebGlContext = { getExtension(name: string): unknown; getParameter(name: number): unknown };
type OffscreenCanvasLike = { getContext(kind: string, options?: object): unknown };
type CanvasConstructor = new (width: number, height: number) => OffscreenCanvasLike;

const UNMASKED_RENDERER_WEBGL = 0x9246;
/** Renderers that mean "no GPU": WebGL then runs on the CPU, slower than WebAssembly. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;
/** Video frames are read at most this large: the models look at 192–256 px crops. */
const FRAME_MAX_SIDE_PX = 640;

function offscreenCanvas(width: number, height: number): OffscreenCanvasLike {
  const constructor = (globalThis as { OffscreenCanvas?: CanvasConstructor }).OffscreenCanvas;
  if (constructor === undefined) throw new Error("This browser has no OffscreenCanvas.");
  return new constructor(width, height);
}

function hasHardwareWebGl(): boolean {
  try {
    const gl = offscreenCanvas(1, 1).getContext("webgl2") as WebGlContext | null;
    if (gl === null || gl.getExtension("WEBGL_debug_renderer_info") === null) return false;
    return !SOFTWARE_RENDERERS.test(String(gl.getParameter(UNMASKED_RENDERER_WEBGL)));
  } catch {
    return false;
  }
}

export type BrowserBackend = "webgl" | "wasm";

/**
 * Starts TFJS. `wasmBaseUrl` is where the page serves the .wasm files of @tensorflow/tfjs-backend-wasm
 * (ending in "/"). Returns the backend in use.
 */
export async function initBrowserBackend(wasmBaseUrl: string): Promise<BrowserBackend> {
  if (hasHardwareWebGl() && (await tf.setBackend("webgl"))) {
    await tf.ready();
    return "webgl";
  }
  setWasmPaths(wasmBaseUrl);
  if (!(await tf.setBackend("wasm"))) {
    throw new Error("Neither WebGL nor WebAssembly is available for pose detection.");
  }
  await tf.ready();
  return "wasm";
}

/** True when the WebAssembly backend can use threads (the page must be served cross-origin isolated). */
export function wasmUsesThreads(): boolean {
  return tf.env().getBool("WASM_HAS_MULTITHREAD_SUPPORT");
}

/** Loads a model from `modelBaseUrl` (where the page serves packages/detector/models/, ending in "/"). */
export function createBrowserPoseEstimator(
  modelId: PoseModelId,
  modelBaseUrl: string,
): Promise<PoseEstimator> {
  return createPoseEstimator(modelId, (fileName) => new URL(fileName, modelBaseUrl).href);
}

/** Loads the person detector from `modelBaseUrl`, to count the people in a live picture as in a file. */
export function createBrowserPeopleFinder(modelBaseUrl: string): Promise<PeopleFinder> {
  return createPeopleFinder((fileName) => new URL(fileName, modelBaseUrl).href);
}

function isPixelFrame(source: VideoLike | PixelFrame): source is PixelFrame {
  return "data" in source;
}

/**
 * The current picture of `video` as the models read it (at most FRAME_MAX_SIDE_PX a side), and the factor from its
 * pixels back to the video's: the live camera and a video file chosen in the page are read the same way.
 */
export function readVideoFrame(video: VideoLike): { frame: PixelFrame; toSourceScale: number } {
  const scale = Math.min(1, FRAME_MAX_SIDE_PX / Math.max(video.videoWidth, video.videoHeight));
  const width = Math.max(1, Math.round(video.videoWidth * scale));
  const height = Math.max(1, Math.round(video.videoHeight * scale));
  const context = offscreenCanvas(width, height).getContext("2d", {
    willReadFrequently: true,
  }) as Context2d | null;
  if (context === null) throw new Error("This browser cannot read video frames.");
  context.drawImage(video, 0, 0, width, height);
  return { frame: context.getImageData(0, 0, width, height), toSourceScale: video.videoWidth / width };
}

/**
 * The keypoints of the person in the current picture of `source` (a playing video element, or RGBA pixels such
 * as an `ImageData`), in pixels of the source. Frames of one video go through one estimator in order.
 */
export async function detectPose(
  estimator: PoseEstimator,
  source: VideoLike | PixelFrame,
  timeMs: number,
): Promise<KeypointFrame> {
  const { frame, toSourceScale } = isPixelFrame(source)
    ? { frame: source, toSourceScale: 1 }
    : readVideoFrame(source);
  return keypointFrameOf(await estimator.estimate(frame), timeMs, toSourceScale);
}

/**
 * The current picture of a playing `video` through `watch` (`createFrameWatch`): the keypoints, in pixels of the
 * video, and what else the picture showed (light, people), as the file path reads each frame.
 */
export function watchVideoFrame(watch: FrameWatch, video: VideoLike, timeMs: number): Promise<WatchedFrame> {
  const { frame, toSourceScale } = readVideoFrame(video);
  return watch.read(frame, timeMs, toSourceScale);
}
