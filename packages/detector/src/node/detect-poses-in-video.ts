import { closeSync, openSync, writeSync } from "node:fs";
import { pictureChecksOf } from "@hipcheck/motion";
import { detected, type DetectorResult } from "../detector-error.js";
import type { WatchedFrame } from "../frame-watch.js";
import type { DetectedClip } from "./detect-poses-in-file.js";
import { DEFAULT_DECODE, decodeFrames, type DecodeOptions } from "./frame-decoder.js";
import type { MediaInfo } from "./media-probe.js";
import type { DecodedFrame } from "./frame-decoder.js";
import { POSE_SEGMENT_MS, POSE_WARM_UP_FRAMES, type PoseThreads } from "./pose-threads.js";

/** The decoded frames of a video kept in one file: raw RGBA, `width` × `height`, one frame after the other. */
export type DecodedFramesFile = {
  readonly path: string;
  readonly width: number;
  readonly height: number;
  readonly frameCount: number;
  /** Multiply coordinates in these frames by this to get pixels of the original file. */
  readonly toSourceScale: number;
};

export type VideoDetectOptions = DecodeOptions & {
  /** Called as frames are read, with the count done and the expected total (from the file's duration). */
  readonly onProgress?: (doneFrames: number, expectedFrames: number) => void;
  /**
   * Keeps the decoded frames in this file, for an overlay drawn on them after the analysis without decoding the
   * video a second time (decision 0471). The caller removes it.
   */
  readonly keepFramesIn?: string;
  /**
   * Reads the whole video as one segment, on one thread: the model follows the body from the first frame to the
   * last as the in-process path does, with no segment starts (decision 0470).
   */
  readonly unbroken?: boolean;
};

export type DetectedVideo = DetectedClip & {
  /** The frames as decoded, when `keepFramesIn` was given. */
  readonly keptFrames?: DecodedFramesFile;
};

/**
 * Decodes a video once and reads it through the model `threads`, segment after segment handed to the next thread
 * (decision 0470). The frames come back in their order, so the analysis sees the same sequence whatever the number
 * of threads. Decoding stays a few segments ahead of the slowest thread, so memory stays bounded whatever the
 * length. A damaged video keeps the frames decoded before the damage, and says where it stopped.
 */
export async function detectPosesInVideo(
  path: string,
  media: MediaInfo,
  threads: PoseThreads,
  options: VideoDetectOptions = {},
): Promise<DetectorResult<DetectedVideo>> {
  const frameRate = Math.min(media.frameRate, options.maxFrameRate ?? DEFAULT_DECODE.maxFrameRate);
  const framesPerSegment =
    options.unbroken === true
      ? Number.POSITIVE_INFINITY
      : Math.max(1, Math.round((POSE_SEGMENT_MS / 1000) * frameRate));
  const expectedFrames = Math.max(1, Math.round((media.durationMs / 1000) * frameRate));
  // Every thread has a whole segment waiting while it reads its current one.
  const maxWaitingFrames = 2 * threads.count * Math.max(1, Math.round((POSE_SEGMENT_MS / 1000) * frameRate));
  const watched: WatchedFrame[] = [];
  const inFlight: Promise<void>[] = [];
  let doneFrames = 0;
  // Copies of the last frames decoded: at a segment's start, the next thread reads them first.
  let warmUp: DecodedFrame[] = [];
  let size: { width: number; height: number; toSourceScale: number } | undefined;
  const kept = options.keepFramesIn === undefined ? undefined : openSync(options.keepFramesIn, "w");
  try {
    const decoded = await decodeFrames(
      path,
      media,
      async (frame) => {
        size ??= { width: frame.frame.width, height: frame.frame.height, toSourceScale: frame.toSourceScale };
        // Written before its pixels move to a thread.
        if (kept !== undefined) writeSync(kept, frame.frame.data);
        const segment = Math.floor(frame.index / framesPerSegment);
        const thread = segment % threads.count;
        const startsSegment = frame.index % framesPerSegment === 0;
        if (startsSegment) {
          for (const earlier of warmUp) threads.warmUp(thread, earlier);
          warmUp = [];
        }
        warmUp.push({ ...frame, frame: { ...frame.frame, data: new Uint8Array(frame.frame.data) } });
        if (warmUp.length > POSE_WARM_UP_FRAMES) warmUp.shift();
        const role = frame.index === 0 ? "starts-clip" : startsSegment ? "starts-segment" : "continues";
        const reading = threads.read(thread, frame, role).then((result) => {
          watched[frame.index] = result;
          doneFrames += 1;
          options.onProgress?.(doneFrames, Math.max(expectedFrames, doneFrames));
        });
        // Awaited below; this only keeps a failure from counting as unhandled before then.
        reading.catch(() => undefined);
        inFlight.push(reading);
        while (inFlight.length > maxWaitingFrames) await inFlight.shift();
      },
      options,
    );
    await Promise.all(inFlight);
    if (!decoded.ok) return decoded;
    const { people, light } = pictureChecksOf(watched.map(({ look }) => look));
    const damaged = decoded.value.damaged;
    return detected({
      media,
      frameRate: decoded.value.frameRate,
      frames: watched.map(({ frame }) => frame),
      ...(damaged === undefined ? {} : { stoppedAtMs: damaged.stoppedAtMs }),
      ...(people === undefined ? {} : { people }),
      ...(light === undefined ? {} : { light }),
      ...(options.keepFramesIn === undefined || size === undefined
        ? {}
        : { keptFrames: { path: options.keepFramesIn, frameCount: watched.length, ...size } }),
    });
  } finally {
    if (kept !== undefined) closeSync(kept);
  }
}
