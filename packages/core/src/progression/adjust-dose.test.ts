import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DoseSchema, type Dose } from "../knowledge/schema.js";
import { increaseDose, reduceDose } from "./adjust-dose.js";

const doseArb: fc.Arbitrary<Dose> = fc.oneof(
  fc.record({
    mode: fc.constant("reps" as const),
    sets: fc.integer({ min: 1, max: 5 }),
    reps: fc.integer({ min: 1, max: 30 }),
    perSide: fc.boolean(),
    restSeconds: fc.integer({ min: 0, max: 120 }),
  }),
  fc.record({
    mode: fc.constant("hold" as const),
    sets: fc.integer({ min: 1, max: 5 }),
    holdSeconds: fc.integer({ min: 1, max: 120 }),
    perSide: fc.boolean(),
    restSeconds: fc.integer({ min: 0, max: 120 }),
  }),
  fc.record({
    mode: fc.constant("timed" as const),
    sets: fc.integer({ min: 1, max: 5 }),
    durationSeconds: fc.integer({ min: 1, max: 300 }),
    perSide: fc.boolean(),
    restSeconds: fc.integer({ min: 0, max: 120 }),
  }),
);

const amount = (dose: Dose): number =>
  dose.mode === "reps" ? dose.reps : dose.mode === "hold" ? dose.holdSeconds : dose.durationSeconds;

describe("dose changes", () => {
  it("adds 2 reps, or a fifth of the time (at least 5 s), keeping sets, sides and rest", () => {
    expect(increaseDose({ mode: "reps", sets: 3, reps: 10, perSide: true, restSeconds: 30 })).toEqual({
      mode: "reps",
      sets: 3,
      reps: 12,
      perSide: true,
      restSeconds: 30,
    });
    expect(increaseDose({ mode: "hold", sets: 2, holdSeconds: 30, perSide: false, restSeconds: 20 })).toEqual(
      { mode: "hold", sets: 2, holdSeconds: 36, perSide: false, restSeconds: 20 },
    );
    expect(
      increaseDose({ mode: "timed", sets: 1, durationSeconds: 10, perSide: false, restSeconds: 0 }),
    ).toEqual({ mode: "timed", sets: 1, durationSeconds: 15, perSide: false, restSeconds: 0 });
  });

  it("takes about a quarter off: 12 reps → 9, 40 s → 30 s", () => {
    expect(reduceDose({ mode: "reps", sets: 3, reps: 12, perSide: true, restSeconds: 30 })).toMatchObject({
      reps: 9,
    });
    expect(
      reduceDose({ mode: "hold", sets: 3, holdSeconds: 40, perSide: true, restSeconds: 30 }),
    ).toMatchObject({ holdSeconds: 30 });
  });

  it("has nothing left to take from a single rep or a 5-second hold", () => {
    expect(reduceDose({ mode: "reps", sets: 1, reps: 1, perSide: false, restSeconds: 0 })).toBeUndefined();
    expect(
      reduceDose({ mode: "hold", sets: 1, holdSeconds: 5, perSide: false, restSeconds: 0 }),
    ).toBeUndefined();
  });

  it("property: increases grow and reductions shrink the amount, and stay valid doses of the same mode", () => {
    fc.assert(
      fc.property(doseArb, (dose) => {
        const up = increaseDose(dose);
        expect(DoseSchema.parse(up)).toEqual(up);
        expect(up.mode).toBe(dose.mode);
        expect(amount(up)).toBeGreaterThan(amount(dose));
        const down = reduceDose(dose);
        if (down !== undefined) {
          expect(DoseSchema.parse(down)).toEqual(down);
          expect(amount(down)).toBeLessThan(amount(dose));
        }
      }),
    );
  });
});
