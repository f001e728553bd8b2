/**
 * The time a heavy task has used, counted from when a worker thread starts it and, on Linux, in that thread's own
 * CPU time (decision 0741). A limit in wall time counted from the request would stop a file for waiting: in the
 * queue behind other files, or for a core on a machine busy with other work, where the largest allowed file then
 * failed with 422. The thread's CPU time is what the file itself costs, whatever else the machine does.
 *
 * The thread writes when it starts into a small shared buffer (`TaskStart`), which the event loop reads as often as
 * it checks the task; Linux gives each thread's CPU time in `/proc/self/task/<id>/stat`. Elsewhere, or if that
 * cannot be read, the time counted is the wall time since the task started.
 */
import { readFileSync } from "node:fs";

/** Shared between the event loop and the task's thread: [thread id or -1 unknown, 0 until started]. */
export type TaskStartBuffer = SharedArrayBuffer;

const THREAD_ID = 0;
const STARTED = 1;
/** Float64 slots after the two Int32 ones: the thread's CPU time and the wall clock when the task started. */
const CPU_AT_START = 1;
const WALL_AT_START = 2;

/** The kernel's unit for the times in `/proc/<pid>/stat` (USER_HZ), 100 on every architecture Linux runs Node on. */
const PROC_TICKS_PER_S = 100;

/** A new buffer for one task. */
export function newTaskStart(): TaskStartBuffer {
  return new SharedArrayBuffer(3 * Float64Array.BYTES_PER_ELEMENT);
}

/** The CPU time (user + system) of a thread of this process, in ms, from the `stat` text; undefined if unreadable. */
function cpuMsFromStat(stat: string): number | undefined {
  // The fields after the command's closing parenthesis: state is the first, utime the 12th, stime the 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1_000) / PROC_TICKS_PER_S : undefined;
}

function readStat(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The CPU time of thread `threadId` of this process, in ms, or undefined where it cannot be read. */
export function threadCpuMs(threadId: number): number | undefined {
  if (threadId <= 0) return undefined;
  const stat = readStat(`/proc/self/task/${String(threadId)}/stat`);
  return stat === undefined ? undefined : cpuMsFromStat(stat);
}

/** Called by the task's thread as the task starts. */
export function markTaskStart(buffer: TaskStartBuffer): void {
  const stat = readStat("/proc/thread-self/stat");
  const threadId = stat === undefined ? Number.NaN : Number.parseInt(stat, 10);
  const cpuMs = stat === undefined ? undefined : cpuMsFromStat(stat);
  const times = new Float64Array(buffer);
  const flags = new Int32Array(buffer, 0, 2);
  times[CPU_AT_START] = cpuMs ?? Number.NaN;
  times[WALL_AT_START] = Date.now();
  Atomics.store(flags, THREAD_ID, Number.isInteger(threadId) && cpuMs !== undefined ? threadId : -1);
  // Stored last: once the event loop sees it, the times above are there too.
  Atomics.store(flags, STARTED, 1);
}

/** How long the task has used so far: undefined while it waits for a thread. */
export function taskTimeUsedMs(
  buffer: TaskStartBuffer,
): { readonly usedMs: number; readonly wallMs: number } | undefined {
  const flags = new Int32Array(buffer, 0, 2);
  if (Atomics.load(flags, STARTED) === 0) return undefined;
  const times = new Float64Array(buffer);
  const wallMs = Date.now() - (times[WALL_AT_START] ?? Date.now());
  const cpuNowMs = threadCpuMs(Atomics.load(flags, THREAD_ID));
  const cpuAtStartMs = times[CPU_AT_START] ?? Number.NaN;
  return {
    usedMs: cpuNowMs === undefined || Number.isNaN(cpuAtStartMs) ? wallMs : cpuNowMs - cpuAtStartMs,
    wallMs,
  };
}
