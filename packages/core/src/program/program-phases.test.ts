import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planCheckpoints, planPhases, phaseOfWeek } from "./program-phases.js";

describe("planPhases", () => {
  it("splits the default 6 weeks into 1–2 wake-up, 3–4 strengthen, 5–6 integrate", () => {
    expect(planPhases(6)).toEqual([
      { phase: "wake-up", fromWeek: 1, toWeek: 2 },
      { phase: "strengthen", fromWeek: 3, toWeek: 4 },
      { phase: "integrate", fromWeek: 5, toWeek: 6 },
    ]);
  });

  it("property: for 3–12 weeks, the phases cover every week once, in order, each at least a week long", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 12 }), (weeks) => {
        const phases = planPhases(weeks);
        expect(phases.map((span) => span.phase)).toEqual(["wake-up", "strengthen", "integrate"]);
        expect(phases[0]?.fromWeek).toBe(1);
        expect(phases.at(-1)?.toWeek).toBe(weeks);
        phases.forEach((span, i) => {
          expect(span.toWeek).toBeGreaterThanOrEqual(span.fromWeek);
          if (i > 0) expect(span.fromWeek).toBe((phases[i - 1]?.toWeek ?? 0) + 1);
        });
        expect(phaseOfWeek(phases, 1)).toBe("wake-up");
        expect(phaseOfWeek(phases, weeks)).toBe("integrate");
      }),
    );
  });
});

describe("planCheckpoints", () => {
  it("checks at weeks 2, 4 and 6 of a 6-week program, on the last day of each week", () => {
    expect(planCheckpoints("2026-01-05", 6)).toEqual([
      { week: 2, date: "2026-01-18" },
      { week: 4, date: "2026-02-01" },
      { week: 6, date: "2026-02-15" },
    ]);
  });

  it("adds the last week of an odd-length program", () => {
    expect(planCheckpoints("2026-01-05", 3).map((checkpoint) => checkpoint.week)).toEqual([2, 3]);
  });
});
