import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKDAYS, type Weekday } from "../shared/dates.js";
import { hardDayClashes, planWeekdays } from "./schedule-weekdays.js";

const daysArb = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 });
const next = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7] ?? day;

function consecutivePairs(days: readonly Weekday[]): number {
  if (days.length < 2) return 0;
  return days.filter((day) => days.includes(next(day))).length;
}

/** Every choice of `size` days from `available` (brute force, for checking the planner). */
function choices(available: readonly Weekday[], size: number): Weekday[][] {
  if (size === 0) return [[]];
  const [first, ...rest] = available;
  if (first === undefined) return [];
  return [...choices(rest, size - 1).map((choice) => [first, ...choice]), ...choices(rest, size)];
}
describe("planWeekdays", () => {
  it("gives Rosa the runner, free every weekday with a Sunday long run, two spread sessions away from Sunday and Saturday", () => {
    const plan = planWeekdays(["mon", "tue", "wed", "thu", "fri", "sat"], ["sun"]);
    expect(plan.days).toHaveLength(2);
    expect(plan.days).not.toContain("sun");
    expect(plan.days).not.toContain("sat");
    expect(plan.consecutivePairs).toBe(0);
    expect(plan.hardDaysUsed).toEqual([]);
    expect(plan.daysBeforeHardUsed).toEqual([]);
  });

  it("gives Rosa three sessions only when she asks for three, still clear of Saturday and Sunday", () => {
    const plan = planWeekdays(["mon", "tue", "wed", "thu", "fri", "sat"], ["sun"], 3);
    expect(plan.days).toEqual(["mon", "wed", "fri"]);
    expect(plan.requested).toBe(3);
  });

  it("keeps the strength sessions off the day before the long run, even if that means two days in a row", () => {
    const plan = planWeekdays(["thu", "fri", "sat"], ["sun"]);
    expect(plan.days).toEqual(["thu", "fri"]);
    expect(plan.consecutivePairs).toBe(1);
    expect(plan.daysBeforeHardUsed).toEqual([]);
  });

  it("says which day falls before a hard day when nothing else is free", () => {
    const plan = planWeekdays(["wed", "sat"], ["sun"]);
    expect(plan.days).toEqual(["wed", "sat"]);
    expect(plan.daysBeforeHardUsed).toEqual(["sat"]);
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

  it("property: chooses only available days, two of them by default and three only when asked", () => {
    fc.assert(
      fc.property(
        daysArb,
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS)),
        fc.constantFrom(undefined, 2, 3),
        (available, hard, asked) => {
          const plan = planWeekdays(available, hard, asked);
          expect(plan.days.every((day) => available.includes(day))).toBe(true);
          expect(plan.days).toHaveLength(Math.min(asked ?? 2, available.length));
        },
      ),
    );
  });

  it("property: no session on or the day before a hard day when another choice of days avoids it", () => {
    fc.assert(
      fc.property(
        daysArb,
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS)),
        fc.constantFrom(2, 3),
        (available, hard, asked) => {
          const plan = planWeekdays(available, hard, asked);
          const hardSet = new Set(hard);
          const fewest = Math.min(
            ...choices(available, plan.days.length).map((days) => hardDayClashes(days, hardSet).length),
          );
          expect(hardDayClashes(plan.days, hardSet)).toHaveLength(fewest);
          expect([...plan.hardDaysUsed, ...plan.daysBeforeHardUsed].sort()).toEqual(
            hardDayClashes(plan.days, hardSet).sort(),
          );
        },
      ),
    );
  });

  it("property: never two days in a row when a choice as clear of hard days exists without them", () => {
    fc.assert(
      fc.property(
        daysArb.filter((days) => days.length >= 2),
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS)),
        (available, hard) => {
          const plan = planWeekdays(available, hard);
          const hardSet = new Set(hard);
          expect(plan.consecutivePairs).toBe(consecutivePairs(plan.days));
          const clashes = hardDayClashes(plan.days, hardSet).length;
          const restful = choices(available, plan.days.length).some(
            (days) => hardDayClashes(days, hardSet).length === clashes && consecutivePairs(days) === 0,
          );
          if (restful) expect(plan.consecutivePairs).toBe(0);
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
