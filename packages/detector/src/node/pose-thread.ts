/**
 * One pose model in a worker thread (decision 0470): `PoseThreads` starts one per core, each with its own TFJS
 * backend, pose model and person detector, and sends it the frames of whole segments. A segment is read after a
 * short warm-up on the frames just before it; once the segment before is settled, the frames whose reading did not
 * start from the state one unbroken pass would have are read again from it (decision 0520), so what the threads
 * give is what one unbroken pass gives.
 */
import { isDeepStrictEqual } from "node:util";
import { parentPort, workerData } from "node:worker_threads";
import { createFrameWatch, FRESH_WATCH_STATE, type WatchState } from "../frame-watch.js";
import { createPeopleFinder } from "../people-finder.js";
import type { PixelFrame } from "../pixel-frame.js";
import { createPoseEstimator } from "../pose-estimator.js";
import type { PoseModelId } from "../pose-model-id.js";
import { fileModelSource } from "./file-model-source.js";
import { initNodeBackend } from "./node-backend.js";
import type {
  CorrectedFrame,
  PoseThreadRead,
  PoseThreadReply,
  PoseThreadRequest,
  PoseThreadSettle,
} from "./pose-thread-messages.js";

export type PoseThreadSetup = {
  readonly modelId: PoseModelId;
  readonly modelsDir: string;
  /** Whether the person detector counts people (on a clip's first frame, then about once a second). */
  readonly people: boolean;
};

/** A frame of a segment not settled yet: its pixels, kept to be read again, and the state its reading started from. */
type HeldFrame = {
  readonly index: number;
  readonly timeMs: number;
  readonly toSourceScale: number;
  readonly frame: PixelFrame;
  readonly before: WatchState;
};

/**
 * A segment not settled yet. One that starts the clip starts from the state one unbroken pass starts from, so it
 * is settled as it was read: its pixels are not kept (`exact`).
 */
type HeldSegment = { readonly frames: HeldFrame[]; after: WatchState; readonly exact: boolean };

async function start(port: NonNullable<typeof parentPort>, setup: PoseThreadSetup): Promise<void> {
  await initNodeBackend();
  const source = fileModelSource(setup.modelsDir);
  const estimator = await createPoseEstimator(setup.modelId, source);
  // A frame read again when its segment is settled keeps the people found the first time (decision 0570).
  const people = setup.people ? await createPeopleFinder(source, { remember: true }) : undefined;
  const watch = createFrameWatch(estimator, people);
  const held = new Map<number, HeldSegment>();
  // Between the first warm-up frame of a segment and the segment's first frame.
  let warming = false;

  const release = (buffers: ArrayBuffer[]): void => {
    if (buffers.length === 0) return;
    const reply: PoseThreadReply = { kind: "released", buffers };
    port.postMessage(reply, buffers);
  };

  const read = async (request: PoseThreadRead): Promise<void> => {
    const frame = { width: request.width, height: request.height, data: new Uint8Array(request.data) };
    if (request.role === "warms-up") {
      if (!warming) watch.reset();
      warming = true;
      await watch.warmUp(frame, request.timeMs);
      release([request.data]);
      return;
    }
    warming = false;
    if (request.role === "starts-clip") watch.reset();
    const before = watch.state();
    const watched = await watch.read(frame, request.timeMs, request.toSourceScale);
    const segment = held.get(request.segment) ?? {
      frames: [],
      after: before,
      exact: request.role === "starts-clip",
    };
    if (segment.exact) {
      release([request.data]);
    } else {
      segment.frames.push({
        index: request.index,
        timeMs: request.timeMs,
        toSourceScale: request.toSourceScale,
        frame,
        before,
      });
    }
    segment.after = watch.state();
    held.set(request.segment, segment);
    const reply: PoseThreadReply = { kind: "read", index: request.index, ...watched };
    port.postMessage(reply);
  };

  const settle = async (request: PoseThreadSettle): Promise<void> => {
    const segment = held.get(request.segment);
    held.delete(request.segment);
    if (segment?.exact === true && !isDeepStrictEqual(request.state, FRESH_WATCH_STATE)) {
      throw new Error(`Segment ${request.segment} starts the clip: it cannot be settled from another state.`);
    }
    const carriedOn = watch.state();
    const corrected: CorrectedFrame[] = [];
    let state = request.state;
    let merged = false;
    for (const kept of segment?.frames ?? []) {
      // From the same state, the same pixels give the same reading: the rest of the segment stands as it was read.
      if (isDeepStrictEqual(state, kept.before)) {
        merged = true;
        break;
      }
      watch.restore(state);
      corrected.push({
        index: kept.index,
        ...(await watch.read(kept.frame, kept.timeMs, kept.toSourceScale)),
      });
      state = watch.state();
    }
    watch.restore(carriedOn);
    const reply: PoseThreadReply = {
      kind: "settled",
      segment: request.segment,
      corrected,
      state: (merged || segment?.exact === true) && segment !== undefined ? segment.after : state,
    };
    port.postMessage(reply);
    release((segment?.frames ?? []).map(({ frame }) => frame.data.buffer as ArrayBuffer));
  };

  // Requests are handled one after the other, in the order they came: the model keeps the body box between frames.
  let working: Promise<void> = Promise.resolve();
  port.on("message", (request: PoseThreadRequest) => {
    working = working.then(async () => {
      try {
        await (request.kind === "read" ? read(request) : settle(request));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const reply: PoseThreadReply =
          request.kind === "read"
            ? { kind: "failed", index: request.index, message }
            : { kind: "failed", index: -2, segment: request.segment, message };
        port.postMessage(reply);
      }
    });
  });
  const ready: PoseThreadReply = { kind: "ready" };
  port.postMessage(ready);
}

if (parentPort !== null) {
  const port = parentPort;
  start(port, workerData as PoseThreadSetup).catch((error: unknown) => {
    const reply: PoseThreadReply = {
      kind: "failed",
      index: -1,
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
  });
}
