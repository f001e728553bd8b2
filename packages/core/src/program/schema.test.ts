import { describe, expect, it } from "vitest";
import { ProgramRevisionSchema, ProgramSchema } from "./schema.js";

const minimal = {
  id: "p1",
  createdOn: "2026-03-01",
  startDate: "2026-03-02",
  weeks: 6,
  language: "fr",
  phases: [{ phase: "wake-up", fromWeek: 1, toWeek: 6 }],
  checkpoints: [{ week: 2, date: "2026-03-15" }],
  sessions: [
    {
      id: "w1-s1",
      date: "2026-03-02",
      week: 1,
      kind: "strength",
      exercises: [
        {
          exerciseId: "clamshell",
          dose: { mode: "reps", sets: 3, reps: 10, perSide: true, restSeconds: 30 },
          block: "activation",
          ladderId: "side-lying-abduction",
        },
      ],
      estimatedMinutes: 22,
    },
  ],
  warmUp: [],
  rationale: [{ en: "Why", fr: "Pourquoi" }],
};

describe("ProgramSchema", () => {
  it("fills in revision 0 for a program stored before it was revised", () => {
    expect(ProgramSchema.parse(minimal).revision).toBe(0);
  });

  it("rejects a phase that ends before it starts, and a program longer than 12 weeks", () => {
    expect(
      ProgramSchema.safeParse({ ...minimal, phases: [{ phase: "integrate", fromWeek: 3, toWeek: 2 }] })
        .success,
    ).toBe(false);
    expect(ProgramSchema.safeParse({ ...minimal, weeks: 13 }).success).toBe(false);
  });
});

describe("ProgramRevisionSchema", () => {
  it("accepts a coach's swap and a dose change, stamped with an ISO instant", () => {
    const revision = {
      revision: 2,
      changedAt: "2026-03-10T18:30:00+01:00",
      changedBy: "coach",
      reason: { en: "Knee sore on stairs.", fr: "Genou sensible dans les escaliers." },
      changes: [
        { exerciseId: "banded-clamshell", from: "banded-clamshell", to: "clamshell" },
        {
          exerciseId: "side-plank",
          from: { mode: "hold", sets: 3, holdSeconds: 20, perSide: true, restSeconds: 30 },
          to: { mode: "hold", sets: 3, holdSeconds: 15, perSide: true, restSeconds: 30 },
        },
      ],
    };
    expect(ProgramRevisionSchema.parse(revision)).toEqual(revision);
    expect(ProgramRevisionSchema.safeParse({ ...revision, changedAt: "2026-03-10" }).success).toBe(false);
  });
});
