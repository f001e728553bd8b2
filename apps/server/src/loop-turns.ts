/**
 * Long work on the event loop (writing an export, an import's use-case) lets the loop turn once it has held it for
 * `LOOP_MS_PER_TURN` (decisions 0673 and 0740). A fixed count of items per turn is a few milliseconds on a free core
 * and ten times that on a loaded one; a time budget bounds the wait of everyone else (`/api/health`, other
 * requests) whatever the load, the items' sizes or the format.
 */
import { performance } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";

export const LOOP_MS_PER_TURN = 8;

/** Measures the time since the loop last turned, and turns it when the budget is spent. */
export class LoopTurns {
  #since = performance.now();

  get due(): boolean {
    return performance.now() - this.#since >= LOOP_MS_PER_TURN;
  }

  async turn(): Promise<void> {
    // Whoever else is waiting gets the loop before the work goes on.
    await nextTurn();
    this.#since = performance.now();
  }
}

/** The pacing of one use-case's long loop (`HipCheckDeps.pacing`): turns the loop when the budget is spent. */
export function loopPacing(): () => Promise<void> {
  const turns = new LoopTurns();
  return () => (turns.due ? turns.turn() : Promise.resolve());
}
