import { describe, expect, it } from "vitest";
import { MorningCheckInSchema, PainEntrySchema, PsfsEntrySchema, SessionLogSchema } from "./schema.js";

const danaLog = {
  id: "log-1",
  programId: "dana-1",
  plannedSessionId: "w1-s1",
  date: "2026-03-02",
  kind: "strength",
  entries: [
    {
      exerciseId: "banded-clamshell",
      sets: [
        { side: "left", reps: 12, load: "green" },
        { side: "right", reps: 11, load: "green" },
      ],
      painDuring: 3,
      rpe: 6.5,
      notes: "Right side burns at the end.",
    },
    { exerciseId: "side-plank", sets: [{ side: "both", holdSeconds: 22.5 }], painDuring: 0, rpe: 7 },
  ],
  painBefore: 2,
  painAfter: 3,
  completed: true,
};

describe("SessionLogSchema", () => {
  it("accepts Dana's logged session with reps per side, a band colour and a hold", () => {
    expect(SessionLogSchema.parse(danaLog)).toEqual(danaLog);
  });

  it("accepts a session done outside the plan", () => {
    expect(SessionLogSchema.safeParse({ ...danaLog, plannedSessionId: null }).success).toBe(true);
  });

  it.each([
    ["pain during above 10", { painDuring: 11 }],
    ["a fractional pain score", { painDuring: 2.5 }],
    ["effort above the CR10 scale", { rpe: 11 }],
    ["notes over 2000 characters", { notes: "x".repeat(2001) }],
  ])("rejects %s", (_label, change) => {
    const entry = { ...danaLog.entries[0], ...change };
    expect(SessionLogSchema.safeParse({ ...danaLog, entries: [entry] }).success).toBe(false);
  });

  it("rejects negative or fractional reps and an unknown side", () => {
    const withSet = (set: object): unknown => ({
      ...danaLog,
      entries: [{ ...danaLog.entries[0], sets: [set] }],
    });
    expect(SessionLogSchema.safeParse(withSet({ side: "left", reps: -1 })).success).toBe(false);
    expect(SessionLogSchema.safeParse(withSet({ side: "left", reps: 1.5 })).success).toBe(false);
    expect(SessionLogSchema.safeParse(withSet({ side: "middle", reps: 10 })).success).toBe(false);
  });
});

describe("check-ins and ratings", () => {
  it("parse a morning check-in, a pain entry and a PSFS entry", () => {
    expect(MorningCheckInSchema.parse({ date: "2026-03-03", pain: 2, settled: true })).toEqual({
      date: "2026-03-03",
      pain: 2,
      settled: true,
    });
    expect(
      PainEntrySchema.safeParse({ date: "2026-03-03", painNow: 2, painUsual: 3, painWorst: 5 }).success,
    ).toBe(true);
    expect(
      PsfsEntrySchema.safeParse({ date: "2026-03-03", items: [{ activity: "Running 10 km", score: 4 }] })
        .success,
    ).toBe(true);
  });

  it("reject a date that is not on the calendar and a PSFS with no activity", () => {
    expect(MorningCheckInSchema.safeParse({ date: "2026-02-30", pain: 2, settled: true }).success).toBe(
      false,
    );
    expect(PsfsEntrySchema.safeParse({ date: "2026-03-03", items: [] }).success).toBe(false);
  });
});
