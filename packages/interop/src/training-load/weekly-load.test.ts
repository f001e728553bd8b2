import { addDays, type PainEntry } from "@hipcheck/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordedActivity } from "./recorded-activity.js";
import { weeklyLoad } from "./weekly-load.js";

const TODAY = "2026-04-26";

function run(
  date: string,
  steps: number,
  source: "recorded-cadence" | "default-cadence" = "recorded-cadence",
): RecordedActivity {
  return {
    source: "gpx",
    date,
    startTime: `${date}T07:00:00.000Z`,
    sport: "running",
    durationSeconds: 3000,
    distanceMeters: 9000,
    cadencePerMin: source === "default-cadence" ? null : 168,
    repetitions: { kind: "steps", count: steps, source },
  };
}

function ride(date: string, strokes: number): RecordedActivity {
  return {
    ...run(date, 0),
    sport: "cycling",
    repetitions: { kind: "pedal-strokes", count: strokes, source: "recorded-total" },
  };
}

function pain(date: string, usual: number, worst: number): PainEntry {
  return { date, painNow: usual, painUsual: usual, painWorst: worst };
}

/** Dana runs 3 × 8,000 steps a week for four weeks, then doubles it in the week ending today. */
const steadyThenJump: RecordedActivity[] = [
  ...[34, 27, 20, 13].flatMap((back) => [0, 2, 4].map((day) => run(addDays(TODAY, -back + day), 8000))),
  ...[0, 1, 2, 4, 5, 6].map((back) => run(addDays(TODAY, -back), 8000)),
];

describe("weeklyLoad", () => {
  it("shows Dana's load doubling in the week ending today as a spike, beside her pain rising", () => {
    const painEntries = [pain(addDays(TODAY, -10), 2, 3), pain(addDays(TODAY, -1), 4, 6), pain(TODAY, 5, 7)];
    const { weeks } = weeklyLoad(steadyThenJump, painEntries, TODAY, { weeks: 2 });
    const [before, now] = weeks;
    expect(now).toMatchObject({
      from: addDays(TODAY, -6),
      to: TODAY,
      steps: 48_000,
      repetitions: 48_000,
      activities: 6,
    });
    expect(now?.loadRatio).toBe(2);
    expect(now?.signal).toBe("spike");
    expect(now?.pain).toEqual({ entries: 2, usualAverage: 4.5, worstMax: 7 });
    // The week before has only three weeks of files before it.
    expect(before?.signal).toBe("not-enough-history");
    expect(before?.pain).toEqual({ entries: 1, usualAverage: 2, worstMax: 3 });
  });

  it("says there is not enough history when the files do not reach back four weeks", () => {
    const recent = [run(addDays(TODAY, -9), 8000), run(TODAY, 20_000)];
    const { weeks } = weeklyLoad(recent, [], TODAY, { weeks: 1 });
    expect(weeks[0]).toMatchObject({ loadRatio: null, signal: "not-enough-history", repetitions: 20_000 });
  });

  it("adds Marco's pedal strokes and his runs' steps into one repetition count", () => {
    const { weeks } = weeklyLoad(
      [ride(TODAY, 9600), run(addDays(TODAY, -3), 5000, "default-cadence")],
      [],
      TODAY,
      { weeks: 1 },
    );
    expect(weeks[0]).toMatchObject({ steps: 5000, pedalStrokes: 9600, repetitions: 14_600 });
    expect(weeks[0]?.estimatedShare).toBeCloseTo(5000 / 14_600);
  });

  it("reads a lighter week as 'lower' and an unchanged one as 'steady'", () => {
    const steady = [34, 27, 20, 13].flatMap((back) => [run(addDays(TODAY, -back + 1), 10_000)]);
    expect(weeklyLoad([...steady, run(TODAY, 10_000)], [], TODAY, { weeks: 1 }).weeks[0]?.signal).toBe(
      "steady",
    );
    expect(weeklyLoad([...steady, run(TODAY, 5000)], [], TODAY, { weeks: 1 }).weeks[0]?.signal).toBe("lower");
  });

  it("counts every repetition in the shown weeks exactly once (property)", () => {
    const activity = fc.record({
      back: fc.integer({ min: 0, max: 83 }),
      steps: fc.integer({ min: 0, max: 50_000 }),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 40 }), (items) => {
        const activities = items.map(({ back, steps }) => run(addDays(TODAY, -back), steps));
        const { weeks } = weeklyLoad(activities, [], TODAY, { weeks: 12 });
        const shown = weeks.reduce((sum, week) => sum + week.repetitions, 0);
        expect(shown).toBe(items.reduce((sum, item) => sum + item.steps, 0));
        expect(weeks.at(-1)?.to).toBe(TODAY);
      }),
    );
  });
});
