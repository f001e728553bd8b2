import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPO, paceAt, repsCounted, tempoOf } from "./pace.js";

describe("the follow-along pace", () => {
  it("lifts for two seconds and lowers for two by default, counting down each phase", () => {
    expect(paceAt(DEFAULT_TEMPO, 12, 0)).toEqual({ kind: "rep", rep: 1, phase: "up", secondsLeft: 2 });
    expect(paceAt(DEFAULT_TEMPO, 12, 1200)).toEqual({ kind: "rep", rep: 1, phase: "up", secondsLeft: 1 });
    expect(paceAt(DEFAULT_TEMPO, 12, 2000)).toEqual({ kind: "rep", rep: 1, phase: "down", secondsLeft: 2 });
    expect(paceAt(DEFAULT_TEMPO, 12, 4000)).toEqual({ kind: "rep", rep: 2, phase: "up", secondsLeft: 2 });
  });

  it("holds at the top where the exercise's steps say so: the bridge holds two seconds", () => {
    const bridge = tempoOf("bridge");
    expect(paceAt(bridge, 10, 2500)).toEqual({ kind: "rep", rep: 1, phase: "hold", secondsLeft: 2 });
    expect(paceAt(bridge, 10, 4000)).toMatchObject({ phase: "down" });
    expect(tempoOf("step-down").downMs).toBe(3000);
  });

  it("ends after the dose's repetitions and counts only whole repetitions done", () => {
    expect(paceAt(DEFAULT_TEMPO, 3, 12_000)).toEqual({ kind: "done", reps: 3 });
    expect(repsCounted(DEFAULT_TEMPO, 12, 9_900)).toBe(2);
    expect(repsCounted(DEFAULT_TEMPO, 3, 60_000)).toBe(3);
    expect(repsCounted(DEFAULT_TEMPO, 3, -5)).toBe(0);
  });
});
