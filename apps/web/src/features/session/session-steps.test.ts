import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DoseSchema } from "@hipcheck/core";
import type { Dose } from "@hipcheck/core";
import { sessionSteps } from "./session-steps.js";

describe("the order of work in an exercise", () => {
  it("times a per-side clamshell as left, switch, right, rest, and no rest after the last set", () => {
    const clamshell: Dose = { mode: "reps", sets: 2, reps: 12, perSide: true, restSeconds: 30 };
    expect(
      sessionSteps(clamshell).map((step) => (step.kind === "work" ? `${step.kind}-${step.side}` : step.kind)),
    ).toEqual(["work-left", "switch", "work-right", "rest", "work-left", "switch", "work-right"]);
  });

  it("counts down a side-plank hold rather than counting reps", () => {
    const sidePlank: Dose = { mode: "hold", sets: 1, holdSeconds: 20, perSide: true, restSeconds: 0 };
    expect(sessionSteps(sidePlank)[0]).toEqual({
      kind: "work",
      set: 1,
      side: "left",
      target: { mode: "hold", seconds: 20 },
    });
  });

  it("always has one work step per set and side", () => {
    const doses = fc.record({
      mode: fc.constant("reps" as const),
      sets: fc.integer({ min: 1, max: 6 }),
      reps: fc.integer({ min: 1, max: 30 }),
      perSide: fc.boolean(),
      restSeconds: fc.integer({ min: 0, max: 120 }),
    });
    fc.assert(
      fc.property(doses, (dose) => {
        DoseSchema.parse(dose);
        const steps = sessionSteps(dose);
        expect(steps.filter((step) => step.kind === "work")).toHaveLength(dose.sets * (dose.perSide ? 2 : 1));
        expect(steps.filter((step) => step.kind === "rest")).toHaveLength(
          dose.restSeconds > 0 ? dose.sets - 1 : 0,
        );
        expect(steps.at(-1)?.kind).toBe("work");
      }),
    );
  });
});
