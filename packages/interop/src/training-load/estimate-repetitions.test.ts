import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WALKING_STEPS_PER_MIN,
  SAMPLE_GAP_MAX_SECONDS,
  countRepetitions,
  sportFromText,
  sportFromTexts,
  type CadenceSample,
} from "./estimate-repetitions.js";

/** One reading a second for `seconds`, at `cadence`, from 08:00 UTC. */
function steady(seconds: number, cadence: number, fromMs = Date.UTC(2026, 2, 8, 8)): CadenceSample[] {
  return Array.from({ length: seconds + 1 }, (_, index) => ({ timeMs: fromMs + index * 1000, cadence }));
}

describe("countRepetitions", () => {
  it("integrates the records' cadence over time, and uses a device total only when it agrees with them", () => {
    // Marco's 30-minute ride at 90 rpm: 2,700 strokes in the records.
    const base = {
      sport: "cycling" as const,
      durationSeconds: 1800,
      samples: steady(1800, 90),
      averageCadence: 90,
    };
    expect(countRepetitions({ ...base, deviceTotal: 2750 }).repetitions).toEqual({
      kind: "pedal-strokes",
      count: 2750,
      source: "recorded-total",
    });
    // A head unit whose total is 1 (a triathlon bike leg) or far too many is not believed.
    for (const wrong of [1, 6000]) {
      expect(countRepetitions({ ...base, deviceTotal: wrong }).repetitions).toEqual({
        kind: "pedal-strokes",
        count: 2700,
        source: "recorded-cadence",
      });
    }
  });

  it("leaves pauses out of the integral and averages cadence over moving readings only", () => {
    const before = steady(600, 85);
    const after = steady(600, 85, before.at(-1)!.timeMs + (SAMPLE_GAP_MAX_SECONDS + 600) * 1000);
    const counted = countRepetitions({
      sport: "running",
      durationSeconds: 1200,
      samples: [...before, ...after.map((s, i) => (i < 60 ? { ...s, cadence: 0 } : s))],
      averageCadence: null,
      deviceTotal: null,
      footCadenceInCycles: true,
    });
    // 10 min + 9 min moving at 85 strides/min = 170 steps/min.
    expect(counted.repetitions).toEqual({ kind: "steps", count: 170 * 19, source: "recorded-cadence" });
    expect(counted.cadencePerMin).toBeCloseTo(170, 6);
  });

  it("without records: a plausible device total, then a plausible average cadence × time, then the default", () => {
    const base = { sport: "walking" as const, durationSeconds: 1800, samples: [] };
    expect(countRepetitions({ ...base, averageCadence: 110, deviceTotal: 3100 }).repetitions).toEqual({
      kind: "steps",
      count: 3100,
      source: "recorded-total",
    });
    expect(countRepetitions({ ...base, averageCadence: 110, deviceTotal: 2 }).repetitions).toEqual({
      kind: "steps",
      count: 3300,
      source: "recorded-cadence",
    });
    expect(countRepetitions({ ...base, averageCadence: null, deviceTotal: null }).repetitions).toEqual({
      kind: "steps",
      count: DEFAULT_WALKING_STEPS_PER_MIN * 30,
      source: "default-cadence",
    });
  });

  it("reads foot cadence in strides (FIT) or infers it from the values (GPX, TCX)", () => {
    const base = { sport: "running" as const, durationSeconds: 600, averageCadence: null, deviceTotal: null };
    expect(countRepetitions({ ...base, samples: steady(600, 84) }).cadencePerMin).toBeCloseTo(168, 6);
    expect(countRepetitions({ ...base, samples: steady(600, 172) }).cadencePerMin).toBeCloseTo(172, 6);
    expect(
      countRepetitions({ ...base, samples: steady(600, 84), footCadenceInCycles: true }).repetitions?.count,
    ).toBe(1680);
  });

  it("counts nothing for sports whose repetitions are not steps or pedal strokes", () => {
    expect(
      countRepetitions({
        sport: "other",
        durationSeconds: 3600,
        samples: [],
        averageCadence: 30,
        deviceTotal: null,
      }).repetitions,
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
            countRepetitions({
              sport: "cycling",
              durationSeconds: seconds,
              samples: [],
              averageCadence: cadence,
              deviceTotal: null,
            }).repetitions?.count ?? 0;
          expect(count(Math.max(a, b))).toBeGreaterThanOrEqual(count(Math.min(a, b)));
        },
      ),
    );
  });
});

describe("sportFromText", () => {
  it("reads the words files use, in English and French", () => {
    expect(
      [
        "Running",
        "trail_running",
        "Biking",
        "Ride",
        "cycling",
        "Hiking",
        "Walk",
        "Swim",
        "Course à pied",
        "Vélo",
        "VÉLO",
        "VTT",
        "Marche",
        "Randonnée",
        "Natation",
      ].map(sportFromText),
    ).toEqual([
      "running",
      "running",
      "cycling",
      "cycling",
      "cycling",
      "walking",
      "walking",
      "other",
      "running",
      "cycling",
      "cycling",
      "cycling",
      "walking",
      "walking",
      "other",
    ]);
  });

  it("reads Strava's numeric activity types, and falls back on the name when the type says nothing", () => {
    expect(["9", "1", "10", "4", "17", "53", "16"].map(sportFromText)).toEqual([
      "running",
      "cycling",
      "walking",
      "walking",
      "cycling",
      "running",
      "other",
    ]);
    expect(sportFromTexts(undefined, "Morning Run")).toBe("running");
    expect(sportFromTexts("9", "Sortie à vélo")).toBe("running");
  });
});
