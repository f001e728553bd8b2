import { useState } from "react";

/**
 * Runs one task at a time: a task asked for while another is on its way is not run at all. A double tap on a
 * button that creates something (an invitation, a note, a share link) would otherwise create it twice, since
 * the second click arrives before a re-render can disable the button.
 */
export class OneAtATime {
  #running = false;

  get running(): boolean {
    return this.#running;
  }

  /** The task's answer, or null when another task was still on its way and this one was not run. */
  async run<T>(task: () => Promise<T>): Promise<T | null> {
    if (this.#running) return null;
    this.#running = true;
    try {
      return await task();
    } finally {
      this.#running = false;
    }
  }
}

/** A component's `OneAtATime`, with `busy` to disable its button while a task is on its way. */
export function useOneAtATime(): {
  readonly busy: boolean;
  readonly run: <T>(task: () => Promise<T>) => Promise<T | null>;
} {
  const [gate] = useState(() => new OneAtATime());
  const [busy, setBusy] = useState(false);
  async function run<T>(task: () => Promise<T>): Promise<T | null> {
    if (gate.running) return null;
    setBusy(true);
    try {
      return await gate.run(task);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
