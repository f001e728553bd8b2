import { describe, expect, it } from "vitest";
import { OneAtATime } from "./one-at-a-time.js";

/** A task that waits until the test finishes it, counting how often it was started. */
function slowTask() {
  let started = 0;
  let finish: (value: string) => void = () => undefined;
  const task = () =>
    new Promise<string>((resolve) => {
      started += 1;
      finish = resolve;
    });
  return {
    task,
    started: () => started,
    finish: (value: string) => {
      finish(value);
    },
  };
}

describe("one task at a time", () => {
  it("runs a double tap's second task not at all while the first is on its way", async () => {
    const gate = new OneAtATime();
    const invite = slowTask();
    const first = gate.run(invite.task);
    const second = gate.run(invite.task);
    expect(gate.running).toBe(true);
    invite.finish("HIP-1234-ABCD");
    expect(await first).toBe("HIP-1234-ABCD");
    expect(await second).toBeNull();
    expect(invite.started()).toBe(1);
  });

  it("runs the next task once the first has its answer, and after one that failed", async () => {
    const gate = new OneAtATime();
    await expect(gate.run(() => Promise.reject(new Error("server gone")))).rejects.toThrow("server gone");
    expect(gate.running).toBe(false);
    const note = slowTask();
    const again = gate.run(note.task);
    note.finish("saved");
    expect(await again).toBe("saved");
    expect(note.started()).toBe(1);
  });
});
