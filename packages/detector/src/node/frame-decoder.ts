import { spawn } from "node:child_process";
import { basename } from "node:path";
import { detected, detectorError, type DetectorResult } from "../detector-error.js";
import { pixelFrameBytes, type PixelFrame } from "../pixel-frame.js";
import type { MediaInfo } from "./media-probe.js";

export type DecodeOptions = {
  /** Frames are scaled down so that their longer side is at most this (models read 192–256 px crops). */
  readonly maxSidePx?: number;
  /**
   * Frames are resampled to at most this rate. A squat or step-down repetition lasts 1–3 s and the knee is
   * nearly still at its deepest point, so 15 frames per second catch that point within 33 ms; faster sampling
   * costs model time without changing the angles (decision 0050).
   */
  readonly maxFrameRate?: number;
  /**
   * Gives the buffer the next frame is decoded into (`bytes` long; any content, it is overwritten whole): a buffer a
   * pose thread has given back, so that the pages of a new one are not faulted in for every frame (decision 0570).
   * A new buffer for each frame when not given.
   */
  readonly frameBuffer?: (bytes: number) => Uint8Array;
};

export type DecodedFrame = {
  readonly index: number;
  readonly timeMs: number;
  readonly frame: PixelFrame;
  /** Multiply coordinates in `frame` by this to get pixels of the original file. */
  readonly toSourceScale: number;
};

export type DecodeSummary = {
  readonly frameCount: number;
  readonly frameRate: number;
  /** Set when decoding stopped early on damaged data: the frames before it were decoded and handed on. */
  readonly damaged?: { readonly stoppedAtMs: number; readonly detail: string };
};

export const DEFAULT_DECODE = { maxSidePx: 640, maxFrameRate: 15 } as const;

/**
 * Frames decoded ahead of the one being analysed: ffmpeg (its own process) decodes while the model runs, and
 * memory stays bounded at a few frames whatever the length of the video.
 */
const READ_AHEAD_FRAMES = 2;

function decodedSize(info: MediaInfo, maxSidePx: number): { width: number; height: number } {
  const scale = Math.min(1, maxSidePx / Math.max(info.width, info.height));
  return {
    width: Math.max(1, Math.round(info.width * scale)),
    height: Math.max(1, Math.round(info.height * scale)),
  };
}

/**
 * Streams the frames of an image or a video through `onFrame`, one at a time and in order, as raw RGBA from
 * Debian's ffmpeg. Memory stays at a few frames whatever the length: ffmpeg's output is not read further while
 * `onFrame` is READ_AHEAD_FRAMES behind. A damaged or truncated file stops at the first error (ffmpeg's
 * `-xerror`): the frames decoded before it are kept and `damaged` says where it stopped; a file of which no frame
 * decodes is `unprocessable`.
 */
export async function decodeFrames(
  path: string,
  info: MediaInfo,
  onFrame: (decoded: DecodedFrame) => Promise<void>,
  options: DecodeOptions = {},
): Promise<DetectorResult<DecodeSummary>> {
  const { width, height } = decodedSize(info, options.maxSidePx ?? DEFAULT_DECODE.maxSidePx);
  const frameRate = Math.min(info.frameRate, options.maxFrameRate ?? DEFAULT_DECODE.maxFrameRate);
  const timing = info.kind === "video" ? ["-fps_mode", "cfr", "-r", String(frameRate)] : ["-frames:v", "1"];
  const args = [
    // One thread to decode and one to scale: with several, how many frames come out before `-xerror` stops on
    // damaged data depends on the threads' timing, so one damaged file gave different reports from run to run
    // (decision 0900).
    ...["-v", "error", "-nostdin", "-xerror", "-threads", "1", "-i", path, "-threads", "1"],
    ...["-map", "0:v:0", "-an", "-sn", "-vf", `scale=${width}:${height}`, ...timing],
    ...["-f", "rawvideo", "-pix_fmt", "rgba", "pipe:1"],
  ];
  const child = spawn("ffmpeg", args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => {
    if (stderr.length < 4096) stderr += text;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const frameBytes = pixelFrameBytes(width, height);
  const toSourceScale = info.width / width;
  const nextBuffer = options.frameBuffer ?? ((bytes: number) => new Uint8Array(bytes));
  let buffer = nextBuffer(frameBytes);
  let filled = 0;
  let index = 0;
  // Frames handed to `onFrame`, one after the other; ffmpeg decodes the next ones meanwhile.
  let lastHandled: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - offset);
        buffer.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === frameBytes) {
          const decoded = {
            index,
            timeMs: (index * 1000) / frameRate,
            frame: { width, height, data: buffer },
            toSourceScale,
          };
          lastHandled = lastHandled.then(() => onFrame(decoded));
          // Awaited below; this only keeps a failure from counting as unhandled before then.
          lastHandled.catch(() => undefined);
          inFlight.push(lastHandled);
          if (inFlight.length >= READ_AHEAD_FRAMES) await inFlight.shift();
          index += 1;
          buffer = nextBuffer(frameBytes);
          filled = 0;
        }
      }
    }
    await lastHandled;
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const exitCode = await exited;
  const name = basename(path);
  if (exitCode !== 0) {
    const firstLine = stderr.split("\n").find((line) => line.trim() !== "") ?? "";
    if (index > 0) {
      return detected({
        frameCount: index,
        frameRate,
        damaged: { stoppedAtMs: (index * 1000) / frameRate, detail: firstLine.trim() },
      });
    }
    return detectorError(
      "unprocessable",
      `${name} could not be decoded after ${index} frames: the file is damaged or truncated (${firstLine.trim()}).`,
    );
  }
  if (index === 0) return detectorError("unprocessable", `${name} holds no picture.`);
  return detected({ frameCount: index, frameRate });
}
