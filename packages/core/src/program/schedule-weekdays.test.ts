import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKDAYS, type Weekday } from "../shared/dates.js";
import { planWeekdays } from "./schedule-weekdays.js";

const daysArb = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 });
const next = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7] ?? day;

function consecutivePairs(days: readonly Weekday[]): number {
  if (days.length < 2) return 0;
  return days.filter((day) => days.includes(next(day))).length;
}

/** Smallest number of consecutive pairs any 2- or 3-day choice from `available` can have (brute force). */
function fewestConsecutive(available: readonly Weekday[]): number {
  const subsets: Weekday[][] = [];
  for (const a of available) for (const b of available) if (a < b) subsets.push([a, b]);
  return Math.min(...subsets.map(consecutivePairs));
}

describe("planWeekdays", () => {
  it("gives Rosa the runner, free every weekday with a Sunday long run, three spread sessions away from Sunday", () => {
    const plan = planWeekdays(["mon", "tue", "wed", "thu", "fri", "sat"], ["sun"]);
    expect(plan.days).toHaveLength(3);
    expect(plan.days).not.toContain("sun");
    expect(plan.consecutivePairs).toBe(0);
    expect(plan.hardDaysUsed).toEqual([]);
  });

  it("keeps Tom the cyclist, free only on Saturday and Sunday (both ride days), on those days and says so", () => {
    const plan = planWeekdays(["sat", "sun"], ["sat", "sun"]);
    expect(plan.days).toEqual(["sat", "sun"]);
    expect(plan.consecutivePairs).toBe(1);
    expect(plan.hardDaysUsed).toEqual(["sat", "sun"]);
  });

  it("prefers a free day over a hard day when both are available", () => {
    const plan = planWeekdays(["tue", "fri", "sun"], ["sun"]);
    expect(plan.days).toEqual(["tue", "fri"]);
  });

  it("counts Sunday → Monday as consecutive", () => {
    expect(planWeekdays(["mon", "sun"], []).consecutivePairs).toBe(1);
  });

  it("schedules one day when only one is available", () => {
    expect(planWeekdays(["wed"], []).days).toEqual(["wed"]);
  });

  it("property: chooses only available days, 2–3 of them when 2 or more are available", () => {
    fc.assert(
      fc.property(daysArb, fc.uniqueArray(fc.constantFrom(...WEEKDAYS)), (available, hard) => {
        const plan = planWeekdays(available, hard);
        expect(plan.days.every((day) => available.includes(day))).toBe(true);
        if (available.length >= 2) {
          expect(plan.days.length).toBeGreaterThanOrEqual(2);
          expect(plan.days.length).toBeLessThanOrEqual(3);
        }
      }),
    );
  });

  it("property: never two days in a row when a choice without them exists", () => {
    fc.assert(
      fc.property(
        daysArb.filter((days) => days.length >= 2),
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS)),
        (available, hard) => {
          const plan = planWeekdays(available, hard);
          expect(plan.consecutivePairs).toBe(consecutivePairs(plan.days));
          if (fewestConsecutive(available) === 0) expect(plan.consecutivePairs).toBe(0);
        },
      ),
    );
  });

  it("property: uses a hard day only when every non-consecutive choice needs one", () => {
    fc.assert(
      fc.property(
        daysArb.filter((days) => days.length >= 2),
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS)),
        (available, hard) => {
          const plan = planWeekdays(available, hard);
          const free = available.filter((day) => !hard.includes(day));
          const freeHasRestfulPair = free.some((a) =>
            free.some((b) => a !== b && next(a) !== b && next(b) !== a),
          );
          if (freeHasRestfulPair) expect(plan.hardDaysUsed).toEqual([]);
        },
      ),
    );
  });

  it("property: is deterministic", () => {
    fc.assert(
      fc.property(daysArb, fc.uniqueArray(fc.constantFrom(...WEEKDAYS)), (available, hard) => {
        expect(planWeekdays(available, hard)).toEqual(
          planWeekdays([...available].reverse(), [...hard].reverse()),
        );
      }),
    );
  });
});
