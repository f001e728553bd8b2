import { describe, expect, it } from "vitest";
import { trainingLoadRows } from "./training-load-rows.js";
import type { LoadWeek } from "./training-load-rows.js";

const noPain = { entries: 0, usualAverage: null, worstMax: null };

function week(from: string, to: string, repetitions: number, extra: Partial<LoadWeek> = {}): LoadWeek {
  return {
    from,
    to,
    activities: 2,
    durationMinutes: 90,
    steps: repetitions,
    pedalStrokes: 0,
    repetitions,
    estimatedShare: 0,
    pain: noPain,
    loadRatio: null,
    signal: "not-enough-history",
    ...extra,
  };
}

/** Dana trains for a half marathon: a steady month of runs, then a week when she doubles her long run. */
const danaWeeks: LoadWeek[] = [
  week("2026-02-24", "2026-03-02", 14_000, { signal: "not-enough-history" }),
  week("2026-03-03", "2026-03-09", 15_000, {
    loadRatio: 1.0714285,
    signal: "steady",
    pain: { entries: 3, usualAverage: 2.3333333, worstMax: 4 },
  }),
  week("2026-03-10", "2026-03-16", 18_500.6, {
    steps: 12_000.4,
    pedalStrokes: 6_500.2,
    loadRatio: 1.4,
    signal: "rising",
    estimatedShare: 0.3512,
  }),
  week("2026-03-17", "2026-03-23", 26_000, {
    loadRatio: 1.6,
    signal: "spike",
    pain: { entries: 2, usualAverage: 4.5, worstMax: 7 },
  }),
  week("2026-03-24", "2026-03-30", 9_000, { loadRatio: 0.5, signal: "lower" }),
];

describe("Dana's weekly load shaped for the chart", () => {
  it("gives one row per week, oldest first, labelled by its last day in her language", () => {
    const rows = trainingLoadRows(danaWeeks, "en");
    expect(rows.map((row) => row.label)).toEqual(["Mar 2", "Mar 9", "Mar 16", "Mar 23", "Mar 30"]);
    expect(rows[0]?.range).toBe("Feb 24 – Mar 2");
    expect(trainingLoadRows(danaWeeks, "fr").map((row) => row.label)).toEqual([
      "2 mars",
      "9 mars",
      "16 mars",
      "23 mars",
      "30 mars",
    ]);
  });

  it("marks the rising and the spike weeks only", () => {
    expect(trainingLoadRows(danaWeeks, "en").map((row) => [row.signal, row.marked])).toEqual([
      ["not-enough-history", false],
      ["steady", false],
      ["rising", true],
      ["spike", true],
      ["lower", false],
    ]);
  });

  it("rounds counts, pain to one decimal, the ratio to two and the estimated share to a percent", () => {
    const [, steady, rising] = trainingLoadRows(danaWeeks, "en");
    expect(steady).toMatchObject({ painUsual: 2.3, painWorst: 4, loadRatio: 1.07 });
    expect(rising).toMatchObject({
      repetitions: 18_501,
      steps: 12_000,
      pedalStrokes: 6_500,
      estimatedPercent: 35,
      painUsual: null,
      painWorst: null,
    });
  });

  it("keeps a week without history or pain as gaps, not zeros", () => {
    expect(trainingLoadRows(danaWeeks, "en")[0]).toMatchObject({
      loadRatio: null,
      painUsual: null,
      painWorst: null,
    });
  });
});
