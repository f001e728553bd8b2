import { describe, expect, it } from "vitest";
import type { Dose } from "../knowledge/schema.js";
import type { SessionEntry } from "../sessions/schema.js";
import { beatTarget, finalSetSurplus, requiredSurplus } from "./final-set.js";

const clamDose: Dose = { mode: "reps", sets: 2, reps: 10, perSide: true, restSeconds: 30 };
const plankDose: Dose = { mode: "hold", sets: 3, holdSeconds: 30, perSide: false, restSeconds: 30 };
const walkDose: Dose = { mode: "timed", sets: 1, durationSeconds: 60, perSide: false, restSeconds: 0 };

function entry(sets: SessionEntry["sets"]): SessionEntry {
  return { exerciseId: "clamshell", sets, painDuring: 2, rpe: 5 };
}

describe("final set against the target (2-for-2 rule)", () => {
  it("Rosa beats 10 reps per side by 2 on both legs: the final set counts", () => {
    const logged = entry([
      { side: "left", reps: 10 },
      { side: "right", reps: 10 },
      { side: "left", reps: 12 },
      { side: "right", reps: 13 },
    ]);
    expect(finalSetSurplus(logged, clamDose)).toBe(2);
    expect(beatTarget(logged, clamDose)).toBe(true);
  });

  it("per-side work: the weaker leg governs (right leg only 1 rep over)", () => {
    const logged = entry([
      { side: "left", reps: 14 },
      { side: "right", reps: 11 },
    ]);
    expect(finalSetSurplus(logged, clamDose)).toBe(1);
    expect(beatTarget(logged, clamDose)).toBe(false);
  });

  it("per-side work logged for one leg only cannot be judged", () => {
    expect(finalSetSurplus(entry([{ side: "left", reps: 15 }]), clamDose)).toBeUndefined();
  });

  it("a set logged for both legs counts for each", () => {
    expect(beatTarget(entry([{ side: "both", reps: 12 }]), clamDose)).toBe(true);
  });

  it("only the final set counts, not the best one", () => {
    const logged = entry([
      { side: "both", reps: 15 },
      { side: "both", reps: 11 },
    ]);
    expect(beatTarget(logged, clamDose)).toBe(false);
  });

  it("holds must go a fifth longer (30 s → 36 s), in seconds, not reps", () => {
    expect(requiredSurplus(plankDose)).toBe(6);
    expect(beatTarget(entry([{ side: "both", holdSeconds: 35 }]), plankDose)).toBe(false);
    expect(beatTarget(entry([{ side: "both", holdSeconds: 36 }]), plankDose)).toBe(true);
    expect(beatTarget(entry([{ side: "both", reps: 40 }]), plankDose)).toBe(false);
  });

  it("timed bouts use duration, at least 5 s more", () => {
    expect(requiredSurplus({ ...walkDose, durationSeconds: 20 })).toBe(5);
    expect(beatTarget(entry([{ side: "both", durationSeconds: 72 }]), walkDose)).toBe(true);
    expect(beatTarget(entry([{ side: "both", durationSeconds: 71 }]), walkDose)).toBe(false);
  });
});
