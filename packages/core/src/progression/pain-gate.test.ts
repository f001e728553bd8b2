import { describe, expect, it } from "vitest";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { nextMorning, painDuring, sharpRise, weekOnWeekRise } from "./pain-gate.js";

function log(date: string, painBefore?: number): SessionLog {
  return {
    id: `log-${date}`,
    programId: "p1",
    plannedSessionId: null,
    date,
    kind: "strength",
    entries: [],
    completed: true,
    ...(painBefore === undefined ? {} : { painBefore }),
  };
}

const morning = (date: string, pain: number, settled = true): MorningCheckIn => ({ date, pain, settled });

describe("pain during exercise (Silbernagel 2007 model)", () => {
  it("accepts 5/10 and stops at 6/10", () => {
    expect(painDuring(5, "2026-03-02")).toBeUndefined();
    expect(painDuring(6, "2026-03-02")).toEqual({ kind: "pain-during", pain: 6, date: "2026-03-02" });
  });
});

describe("the next morning", () => {
  it("flags Rosa's knee when it had not settled the morning after", () => {
    expect(nextMorning(log("2026-03-02"), [morning("2026-03-03", 3, false)])).toEqual({
      kind: "not-settled",
      date: "2026-03-03",
    });
  });

  it("flags a settled-looking morning whose pain is above the pain before the session", () => {
    expect(nextMorning(log("2026-03-02", 2), [morning("2026-03-03", 3)])).toMatchObject({
      kind: "higher-next-morning",
      fromPain: 2,
      toPain: 3,
    });
  });

  it("takes the morning check-in of the session day as the pain before, when none was logged", () => {
    const checkIns = [morning("2026-03-02", 1), morning("2026-03-03", 2)];
    expect(nextMorning(log("2026-03-02"), checkIns)).toMatchObject({
      kind: "higher-next-morning",
      fromPain: 1,
    });
  });

  it("is quiet when the knee settled back, or when there is no check-in the next morning", () => {
    expect(nextMorning(log("2026-03-02", 2), [morning("2026-03-03", 2)])).toBeUndefined();
    expect(nextMorning(log("2026-03-02", 2), [morning("2026-03-05", 6, false)])).toBeUndefined();
  });
});

describe("week on week", () => {
  const week = (start: number, pains: readonly number[]): MorningCheckIn[] =>
    pains.map((pain, i) => morning(`2026-03-${String(start + i).padStart(2, "0")}`, pain));

  it("flags a rise of a point in the weekly mean of morning pain", () => {
    expect(
      weekOnWeekRise([...week(1, [2, 2, 2, 2, 2, 2, 2]), ...week(8, [3, 3, 3, 3, 3, 3, 3])]),
    ).toMatchObject({ kind: "rising-week-on-week", fromPain: 2, toPain: 3 });
  });

  it("ignores a rise under a point, and needs two weeks of mornings", () => {
    expect(
      weekOnWeekRise([...week(1, [2, 2, 2, 2, 2, 2, 2]), ...week(8, [2, 3, 2, 3, 2, 3, 2])]),
    ).toBeUndefined();
    expect(weekOnWeekRise(week(8, [3, 4, 5]))).toBeUndefined();
  });

  it("calls a jump of 2 points above last week's mean, ending above 2/10, a sharp rise", () => {
    expect(sharpRise([...week(1, [2, 2, 2]), morning("2026-03-05", 4)])).toMatchObject({
      kind: "sharp-rise",
      toPain: 4,
    });
    expect(sharpRise([...week(1, [2, 2, 2]), morning("2026-03-05", 3)])).toBeUndefined();
    expect(sharpRise([...week(1, [0, 0, 0]), morning("2026-03-05", 2)])).toBeUndefined();
  });

  it("after a gap with no morning in the week before, compares with the last earlier morning of the 4 weeks before", () => {
    // 2/10 on the 1st–3rd, nothing for 10 days, 5/10 on the 14th: the week before (7th–13th) is empty.
    expect(sharpRise([...week(1, [2, 2, 2]), morning("2026-03-14", 5)])).toEqual({
      kind: "sharp-rise",
      fromPain: 2,
      toPain: 5,
      date: "2026-03-14",
      since: "2026-03-03",
    });
    expect(sharpRise([...week(1, [2, 2, 3]), morning("2026-03-14", 4)])).toBeUndefined();
    // 28 days back is the last morning that still counts; a morning 29 days back is too old to be the usual pain.
    expect(sharpRise([morning("2026-03-01", 2), morning("2026-03-29", 5)])).toMatchObject({
      since: "2026-03-01",
    });
    expect(sharpRise([morning("2026-03-01", 2), morning("2026-03-30", 5)])).toBeUndefined();
  });
});
