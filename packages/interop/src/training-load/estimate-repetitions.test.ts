import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WALKING_STEPS_PER_MIN,
  estimateRepetitions,
  sportFromText,
  toCadencePerMin,
} from "./estimate-repetitions.js";

describe("estimateRepetitions", () => {
  it("prefers a counted total, then cadence × time, then the default cadence", () => {
    const base = { sport: "walking" as const, durationSeconds: 1800 };
    expect(estimateRepetitions({ ...base, cadencePerMin: 110, recordedTotal: 3100 })).toEqual({
      kind: "steps",
      count: 3100,
      source: "recorded-total",
    });
    expect(estimateRepetitions({ ...base, cadencePerMin: 110, recordedTotal: null })).toEqual({
      kind: "steps",
      count: 3300,
      source: "recorded-cadence",
    });
    expect(estimateRepetitions({ ...base, cadencePerMin: null, recordedTotal: null })).toEqual({
      kind: "steps",
      count: DEFAULT_WALKING_STEPS_PER_MIN * 30,
      source: "default-cadence",
    });
  });

  it("counts nothing for sports whose repetitions are not steps or pedal strokes", () => {
    expect(
      estimateRepetitions({ sport: "other", durationSeconds: 3600, cadencePerMin: 30, recordedTotal: null }),
    ).toBeNull();
  });

  it("never counts fewer repetitions for a longer session at the same cadence (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 36_000 }),
        fc.integer({ min: 0, max: 36_000 }),
        fc.integer({ min: 1, max: 200 }),
        (a, b, cadence) => {
          const count = (seconds: number) =>
            estimateRepetitions({
              sport: "cycling",
              durationSeconds: seconds,
              cadencePerMin: cadence,
              recordedTotal: null,
            })?.count ?? 0;
          expect(count(Math.max(a, b))).toBeGreaterThanOrEqual(count(Math.min(a, b)));
        },
      ),
    );
  });
});

describe("toCadencePerMin", () => {
  it("doubles running and walking cadences counted in full gait cycles, and leaves step counts and rpm alone", () => {
    expect(toCadencePerMin("running", 84)).toBe(168);
    expect(toCadencePerMin("running", 170)).toBe(170);
    expect(toCadencePerMin("walking", 55)).toBe(110);
    expect(toCadencePerMin("walking", 105)).toBe(105);
    expect(toCadencePerMin("cycling", 85)).toBe(85);
  });
});

describe("sportFromText", () => {
  it("reads the words files use", () => {
    expect(
      ["Running", "trail_running", "Biking", "Ride", "cycling", "Hiking", "Walk", "Swim"].map(sportFromText),
    ).toEqual(["running", "running", "cycling", "cycling", "cycling", "walking", "walking", "other"]);
  });
});
