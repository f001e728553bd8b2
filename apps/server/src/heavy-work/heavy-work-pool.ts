/**
 * Worker threads for the heavy work of requests (decision 0342). A handout PDF, a 30 MB GPX or a FHIR bundle of
 * thousands of entries takes the CPU for seconds; on the event loop that would stall every other request,
 * `/api/health` included. Here each such task runs in a pool of worker threads (piscina) with:
 * - a time limit: past it the task's thread is ended and the request answers `unprocessable`, with what to do. It
 *   counts the task's own CPU time from when a thread starts it (decision 0741), not the wait for a thread or for
 *   a core on a busy machine;
 * - a bounded queue: when every thread is busy and the queue is full, the request answers `unavailable` (503,
 *   with `retry-after`) at once instead of piling up memory.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { err, hipError } from "@hipcheck/core";
import type { HipError, Result } from "@hipcheck/core";
import { Piscina } from "piscina";
import { runHeavyTask } from "./heavy-tasks.js";
import type { HeavyOutput, HeavyTask } from "./heavy-tasks.js";
import { newTaskStart, taskTimeUsedMs } from "./task-clock.js";

export type HeavyWorkOptions = {
  /**
   * Worker threads; one less than the cores (at least one), so the event loop keeps a core. 0 runs the work on
   * the event loop with no time limit: for the tests of everything else, and a server only one person uses.
   */
  readonly threads?: number;
  /**
   * How much time one task may use before it is stopped: its thread's CPU time where the system gives it (Linux),
   * else the wall time since a thread started it (decision 0741).
   */
  readonly timeLimitMs?: number;
  /** Tasks waiting for a thread beyond which new ones are refused. */
  readonly maxQueue?: number;
};

export const DEFAULT_HEAVY_WORK: Required<HeavyWorkOptions> = {
  threads: Math.max(1, availableParallelism() - 1),
  timeLimitMs: 20_000,
  maxQueue: 16,
};

/**
 * The worker runs compiled JavaScript: beside this file when it is compiled, else the package's build (run from
 * the TypeScript sources, as under test, after `npm run build`); only without a build does it load the sources
 * through tsx, which is slow to start.
 */
function workerFile(): { filename: string; execArgv: string[] } {
  if (!import.meta.url.endsWith(".ts")) {
    return { filename: new URL("./heavy-tasks.js", import.meta.url).href, execArgv: [] };
  }
  const built = new URL("../../dist/heavy-work/heavy-tasks.js", import.meta.url);
  if (existsSync(built)) return { filename: built.href, execArgv: [] };
  return {
    filename: new URL("./heavy-tasks.ts", import.meta.url).href,
    execArgv: ["--conditions=@hipcheck/source", "--import", "tsx"],
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/**
 * A large body's bytes move to the worker instead of being copied, when they are a whole buffer of their own: a
 * small Buffer is a slice of Node's shared pool, which must never be handed away.
 */
function ownBufferOf(task: HeavyTask): ArrayBuffer | undefined {
  if (!("json" in task)) return undefined;
  const { buffer, byteOffset, byteLength } = task.json;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength
    ? buffer
    : undefined;
}

/** How often a running task's time is checked. */
const WATCH_INTERVAL_MS = 250;

/**
 * A task is also stopped when this many times its limit has passed on the clock since it started, whatever its CPU
 * time: nothing a file asks for should wait that long.
 */
const WALL_LIMIT_FACTOR = 5;

export class HeavyWorkPool {
  private readonly pool: Piscina | undefined;
  private readonly timeLimitMs: number;

  constructor(options: HeavyWorkOptions = {}) {
    const settings = { ...DEFAULT_HEAVY_WORK, ...options };
    this.timeLimitMs = settings.timeLimitMs;
    if (settings.threads === 0) return;
    this.pool = new Piscina({
      ...workerFile(),
      minThreads: 0,
      maxThreads: settings.threads,
      maxQueue: settings.maxQueue,
      idleTimeout: 30_000,
    });
  }

  async run<K extends HeavyTask["kind"]>(
    task: Extract<HeavyTask, { kind: K }>,
  ): Promise<Result<HeavyOutput<K>, HipError>> {
    if (this.pool === undefined) return (await runHeavyTask(task)) as Result<HeavyOutput<K>, HipError>;
    if (this.pool.queueSize >= this.pool.options.maxQueue) {
      return err(
        hipError("unavailable", "The server is busy with other files just now; send this again in a moment."),
      );
    }
    const start = newTaskStart();
    const stop = new AbortController();
    // Waiting for a thread does not count: the clock starts when a thread starts the task (decision 0741).
    const watch = setInterval(
      () => {
        const used = taskTimeUsedMs(start);
        if (used === undefined) return;
        if (used.usedMs >= this.timeLimitMs || used.wallMs >= this.timeLimitMs * WALL_LIMIT_FACTOR) {
          stop.abort();
        }
      },
      Math.max(1, Math.min(WATCH_INTERVAL_MS, this.timeLimitMs)),
    );
    try {
      const transferList = ownBufferOf(task);
      return (await this.pool.run(
        { task, start },
        {
          name: "runTimedHeavyTask",
          signal: stop.signal,
          ...(transferList === undefined ? {} : { transferList: [transferList] }),
        },
      )) as Result<HeavyOutput<K>, HipError>;
    } catch (error) {
      if (!isAbort(error)) throw error;
      const seconds = Math.round(this.timeLimitMs / 100) / 10;
      return err(
        hipError(
          "unprocessable",
          `This took longer than ${seconds} s and was stopped; send a smaller file, or fewer items at once.`,
        ),
      );
    } finally {
      clearInterval(watch);
    }
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
