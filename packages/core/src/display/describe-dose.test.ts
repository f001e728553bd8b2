import { describe, expect, it } from "vitest";
import { describeDose } from "./describe-dose.js";

describe("describeDose", () => {
  it("says reps per side and rest, in English and French", () => {
    const dose = { mode: "reps", sets: 1, reps: 20, perSide: true, restSeconds: 30 } as const;
    expect(describeDose(dose, "en")).toBe("1 × 20 reps per side, rest 30 s");
    expect(describeDose(dose, "fr")).toBe("1 × 20 répétitions de chaque côté, repos 30 s");
  });

  it("writes whole minutes as minutes for timed work", () => {
    const dose = { mode: "timed", sets: 2, durationSeconds: 60, perSide: false, restSeconds: 0 } as const;
    expect(describeDose(dose, "en")).toBe("2 sets × 1 min");
  });

  it("describes holds in seconds", () => {
    const dose = { mode: "hold", sets: 3, holdSeconds: 45, perSide: true, restSeconds: 15 } as const;
    expect(describeDose(dose, "fr")).toBe("3 × 45 s de chaque côté, repos 15 s");
  });
});
