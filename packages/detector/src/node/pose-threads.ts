import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { EventLoopUtilization } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import type { WatchedFrame, WatchState } from "../frame-watch.js";
import type { PoseModelId } from "../pose-model-id.js";
import { DEFAULT_MODELS_DIR } from "./file-model-source.js";
import type { DecodedFrame } from "./frame-decoder.js";
import type { PoseThreadSetup } from "./pose-thread.js";
import type {
  CorrectedFrame,
  PoseThreadFrameRole,
  PoseThreadReply,
  PoseThreadRequest,
} from "./pose-thread-messages.js";

/**
 * A video is read in segments of this many frames, one after the other handed to the next thread (decision 0470):
 * 2 s at the 15 frames per second the screen analyses. Settling a segment reads again its first few frames at
 * most (decision 0520), so longer segments cost less of that, and shorter ones spread a short clip over both threads.
 */
export const POSE_SEGMENT_FRAMES = 30;

/**
 * Frames read before a segment (the last ones of the segment before), so that the model follows the body into the
 * segment as one unbroken pass would instead of looking for it in the whole picture: the body box of a frame is
 * found from the keypoints of the one before. The frames whose reading still starts from another state than one
 * unbroken pass's are read again when the segment is settled (decision 0520); the warm-up only makes that rare.
 */
export const POSE_WARM_UP_FRAMES = 2;

/** Two threads fill two cores; a third would only compete with ffmpeg's decoding and the main thread. */
const MAX_POSE_THREADS = 2;

/**
 * Threads for this machine: two, or one when it has a single core. A neighbour keeping one core busy does not make
 * one thread better: the system shares both cores among all runnable threads, so two threads still get more than
 * one would (measured in `npm run bench`, decision 0470).
 */
export function defaultPoseThreadCount(): number {
  return Math.max(1, Math.min(MAX_POSE_THREADS, availableParallelism()));
}

export type PoseThreadsOptions = {
  readonly modelId: PoseModelId;
  /** How many model instances; `defaultPoseThreadCount()` when not given. */
  readonly threads?: number;
  /** Whether the people are counted (the person detector is loaded in each thread). */
  readonly people?: boolean;
  readonly modelsDir?: string;
};

/** What settling a segment changed: the frames read again, and the state after the segment's last frame. */
export type SettledSegment = { readonly corrected: readonly CorrectedFrame[]; readonly state: WatchState };

/** Model instances in worker threads, each reading the frames it is given in order. */
export type PoseThreads = {
  readonly count: number;
  /** Reads `frame` on thread `thread`; its pixels move to that thread and are unusable here afterwards. */
  readonly read: (
    thread: number,
    segment: number,
    frame: DecodedFrame,
    role: Exclude<PoseThreadFrameRole, "warms-up">,
  ) => Promise<WatchedFrame>;
  /** Reads `frame` on thread `thread` only to follow the body into `segment`; its pixels move too. */
  readonly warmUp: (thread: number, segment: number, frame: DecodedFrame) => void;
  /**
   * Settles `segment`, read on `thread`, given `state`, the state one unbroken pass has after the segment before
   * (decision 0520); call it once every frame of the segment has been sent.
   */
  readonly settle: (thread: number, segment: number, state: WatchState) => Promise<SettledSegment>;
  /**
   * How busy each thread's event loop has been since it started (Node's `eventLoopUtilization`): the share of time a
   * thread worked rather than waited for frames, for the benchmark (decision 0570).
   */
  readonly utilization: () => readonly EventLoopUtilization[];
  /**
   * A pixel buffer of `bytes` that a thread has given back, to decode the next frame into (its content is stale),
   * or a new one: frames move to the threads, and decoding each into fresh memory cost the main thread more than
   * everything else it does (decision 0570).
   */
  readonly frameBuffer: (bytes: number) => Uint8Array;
  readonly close: () => Promise<void>;
};

/**
 * The thread runs compiled JavaScript: beside this file when it is compiled, else the package's build (run from
 * the TypeScript sources, as under test, after `npm run build`); only without a build does it load the sources
 * through tsx, which is slow to start.
 */
function threadFile(): { file: URL; execArgv: string[] } {
  if (!import.meta.url.endsWith(".ts")) {
    return { file: new URL("./pose-thread.js", import.meta.url), execArgv: [] };
  }
  const built = new URL("../../dist/node/pose-thread.js", import.meta.url);
  if (existsSync(built)) return { file: built, execArgv: [] };
  return {
    file: new URL("./pose-thread.ts", import.meta.url),
    execArgv: ["--conditions=@hipcheck/source", "--import", "tsx"],
  };
}

type Waiting = { readonly resolve: (frame: WatchedFrame) => void; readonly reject: (error: Error) => void };

type SettleWaiting = {
  readonly resolve: (settled: SettledSegment) => void;
  readonly reject: (error: Error) => void;
};

type PoseThread = {
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
  readonly settling: Map<number, SettleWaiting>;
  readonly ready: Promise<void>;
  /** Why the thread stopped, once it has. */
  readonly failure: () => Error | undefined;
};

function startThread(
  setup: PoseThreadSetup,
  released: (buffers: readonly ArrayBuffer[]) => void,
): PoseThread {
  const { file, execArgv } = threadFile();
  const worker = new Worker(file, { workerData: setup, execArgv });
  const waiting = new Map<number, Waiting>();
  const settling = new Map<number, SettleWaiting>();
  let failure: Error | undefined;
  const failAll = (error: Error): void => {
    failure ??= error;
    for (const pending of [...waiting.values(), ...settling.values()]) pending.reject(error);
    waiting.clear();
    settling.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (reply: PoseThreadReply) => {
      if (reply.kind === "ready") {
        resolve();
        return;
      }
      if (reply.kind === "released") {
        released(reply.buffers);
        return;
      }
      if (reply.kind === "settled") {
        settling.get(reply.segment)?.resolve({ corrected: reply.corrected, state: reply.state });
        settling.delete(reply.segment);
        return;
      }
      if (reply.kind === "failed" && reply.segment !== undefined) {
        settling.get(reply.segment)?.reject(new Error(reply.message));
        settling.delete(reply.segment);
        return;
      }
      if (reply.kind === "failed" && reply.index < 0) {
        const error = new Error(`The pose model could not start in its thread: ${reply.message}`);
        reject(error);
        failAll(error);
        return;
      }
      const pending = waiting.get(reply.index);
      waiting.delete(reply.index);
      if (reply.kind === "read") pending?.resolve({ frame: reply.frame, look: reply.look });
      else pending?.reject(new Error(reply.message));
    });
    worker.on("error", (error) => {
      reject(error);
      failAll(error);
    });
    worker.on("exit", (exitCode) => {
      const error =
        failure ?? new Error(`A pose thread ended (exit code ${exitCode}) before its frames were read.`);
      reject(error);
      failAll(error);
    });
  });
  // A thread that fails to start is reported by `startPoseThreads`; this keeps it from counting as unhandled first.
  ready.catch(() => undefined);
  return { worker, waiting, settling, ready, failure: () => failure };
}

/** The frame's pixels as a buffer of their own, which can move to a thread without taking anything else along. */
function ownBufferOf(data: Uint8Array | Uint8ClampedArray): ArrayBuffer {
  if (
    data.byteOffset === 0 &&
    data.byteLength === data.buffer.byteLength &&
    data.buffer instanceof ArrayBuffer
  ) {
    return data.buffer;
  }
  return new Uint8Array(data).buffer;
}

/** Starts the threads and loads a model in each (in parallel); resolves once every one can read frames. */
export async function startPoseThreads(options: PoseThreadsOptions): Promise<PoseThreads> {
  const count = Math.max(1, options.threads ?? defaultPoseThreadCount());
  const setup: PoseThreadSetup = {
    modelId: options.modelId,
    modelsDir: options.modelsDir ?? DEFAULT_MODELS_DIR,
    people: options.people ?? false,
  };
  // Buffers given back by the threads, all of one frame size: the size of the clip being read.
  let spare: ArrayBuffer[] = [];
  const keep = (buffers: readonly ArrayBuffer[]): void => {
    spare.push(...buffers);
  };
  const threads = Array.from({ length: count }, () => startThread(setup, keep));
  const close = async (): Promise<void> => {
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
  };
  try {
    await Promise.all(threads.map(({ ready }) => ready));
  } catch (error) {
    await close();
    throw error;
  }
  const threadAt = (thread: number): PoseThread => {
    const target = threads[thread % count];
    if (target === undefined) throw new Error(`No pose thread ${thread}.`);
    return target;
  };
  const send = (
    target: PoseThread,
    segment: number,
    decoded: DecodedFrame,
    role: PoseThreadFrameRole,
  ): void => {
    const data = ownBufferOf(decoded.frame.data);
    const request: PoseThreadRequest = {
      kind: "read",
      index: decoded.index,
      segment,
      timeMs: decoded.timeMs,
      toSourceScale: decoded.toSourceScale,
      width: decoded.frame.width,
      height: decoded.frame.height,
      data,
      role,
    };
    target.worker.postMessage(request, [data]);
  };
  return {
    count,
    read: (thread, segment, decoded, role) => {
      const target = threadAt(thread);
      const failure = target.failure();
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise<WatchedFrame>((resolve, reject) => {
        target.waiting.set(decoded.index, { resolve, reject });
        send(target, segment, decoded, role);
      });
    },
    warmUp: (thread, segment, decoded) => {
      send(threadAt(thread), segment, decoded, "warms-up");
    },
    settle: (thread, segment, state) => {
      const target = threadAt(thread);
      const failure = target.failure();
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise<SettledSegment>((resolve, reject) => {
        target.settling.set(segment, { resolve, reject });
        const request: PoseThreadRequest = { kind: "settle", segment, state };
        target.worker.postMessage(request);
      });
    },
    utilization: () => threads.map(({ worker }) => worker.performance.eventLoopUtilization()),
    frameBuffer: (bytes) => {
      if (spare[0] !== undefined && spare[0].byteLength !== bytes) spare = [];
      const buffer = spare.pop();
      return buffer === undefined || buffer.byteLength !== bytes
        ? new Uint8Array(bytes)
        : new Uint8Array(buffer);
    },
    close,
  };
}
