import { closeSync, openSync, writeSync } from "node:fs";
import { pictureChecksOf } from "@hipcheck/motion";
import { detected, type DetectorResult } from "../detector-error.js";
import { FRESH_WATCH_STATE, type WatchedFrame, type WatchState } from "../frame-watch.js";
import type { DetectedClip } from "./detect-poses-in-file.js";
import { DEFAULT_DECODE, decodeFrames, type DecodeOptions } from "./frame-decoder.js";
import type { MediaInfo } from "./media-probe.js";
import type { DecodedFrame } from "./frame-decoder.js";
import { POSE_SEGMENT_FRAMES, POSE_WARM_UP_FRAMES, type PoseThreads } from "./pose-threads.js";

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
   * Reads the whole video as one segment, on one thread, with no warm-up: the model follows the body from the first
   * frame to the last as the in-process path does. The threads give the same frames either way (decision 0520);
   * this is what one thread does best.
   */
  readonly unbroken?: boolean;
  /** Frames per segment; `POSE_SEGMENT_FRAMES` when not given. */
  readonly segmentFrames?: number;
};

export type DetectedVideo = DetectedClip & {
  /** The frames as decoded, when `keepFramesIn` was given. */
  readonly keptFrames?: DecodedFramesFile;
};

/**
 * Decodes a video once and reads it through the model `threads`, segment after segment handed to the next thread
 * (decision 0470). Each segment is then settled in turn from the state the segment before ended in, which reads
 * again the frames a segment start changed (decision 0520): the frames are those of one unbroken pass, in their
 * order, whatever the number of threads. Decoding stays a few segments ahead of the slowest thread, so memory stays
 * bounded whatever the length. A damaged video keeps the frames decoded before the damage, and says where it
 * stopped.
 */
export async function detectPosesInVideo(
  path: string,
  media: MediaInfo,
  threads: PoseThreads,
  options: VideoDetectOptions = {},
): Promise<DetectorResult<DetectedVideo>> {
  const frameRate = Math.min(media.frameRate, options.maxFrameRate ?? DEFAULT_DECODE.maxFrameRate);
  const segmentFrames = Math.max(1, options.segmentFrames ?? POSE_SEGMENT_FRAMES);
  const framesPerSegment = options.unbroken === true ? Number.POSITIVE_INFINITY : segmentFrames;
  const expectedFrames = Math.max(1, Math.round((media.durationMs / 1000) * frameRate));
  // Every thread has a whole segment waiting while it reads its current one.
  const maxWaitingFrames = 2 * threads.count * segmentFrames;
  const watched: WatchedFrame[] = [];
  const inFlight: Promise<void>[] = [];
  let doneFrames = 0;
  // Copies of the last frames decoded: at a segment's start, the next thread reads them first.
  let warmUp: DecodedFrame[] = [];
  let size: { width: number; height: number; toSourceScale: number } | undefined;
  // Segments are settled one after the other, each from the state the one before ended in.
  let settled: Promise<WatchState> = Promise.resolve(FRESH_WATCH_STATE);
  const settling: Promise<unknown>[] = [];
  const settleSegment = (segment: number): void => {
    const thread = segment % threads.count;
    settled = settled.then(async (state) => {
      const { corrected, state: after } = await threads.settle(thread, segment, state);
      for (const { index, frame, look } of corrected) watched[index] = { frame, look };
      return after;
    });
    // Awaited below; this only keeps a failure from counting as unhandled before then.
    settled.catch(() => undefined);
    settling.push(settled);
  };
  // A segment's frames are held by its thread until it is settled: settling keeps up with decoding.
  const maxUnsettledSegments = 2 * threads.count;
  let segments = 0;
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
          // Every frame of the segment before has been sent.
          if (segment > 0) settleSegment(segment - 1);
          segments = segment + 1;
          for (const earlier of warmUp) threads.warmUp(thread, segment, earlier);
          warmUp = [];
        }
        // Only the last frames of a segment lead into the next one: the others are not copied (decision 0570).
        if (frame.index % framesPerSegment >= framesPerSegment - POSE_WARM_UP_FRAMES) {
          warmUp.push({ ...frame, frame: { ...frame.frame, data: new Uint8Array(frame.frame.data) } });
        }
        const role = frame.index === 0 ? "starts-clip" : startsSegment ? "starts-segment" : "continues";
        const reading = threads.read(thread, segment, frame, role).then((result) => {
          watched[frame.index] ??= result;
          doneFrames += 1;
          options.onProgress?.(doneFrames, Math.max(expectedFrames, doneFrames));
        });
        // Awaited below; this only keeps a failure from counting as unhandled before then.
        reading.catch(() => undefined);
        inFlight.push(reading);
        while (inFlight.length > maxWaitingFrames) await inFlight.shift();
        while (settling.length > maxUnsettledSegments) await settling.shift();
      },
      // Decoded into the buffers the threads give back (decision 0570).
      { frameBuffer: threads.frameBuffer, ...options },
    );
    await Promise.all(inFlight);
    if (segments > 0) settleSegment(segments - 1);
    await Promise.all(settling);
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
