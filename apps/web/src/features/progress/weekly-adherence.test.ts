import { describe, expect, it } from "vitest";
import type { Program, SessionLog } from "@hipcheck/core";
import { weeklyAdherence } from "./weekly-adherence.js";

const dose = { mode: "reps", sets: 2, reps: 10, perSide: true, restSeconds: 30 } as const;
const session = (id: string, week: number, kind: "strength" | "warm-up" = "strength") => ({
  id,
  date: "2026-03-02",
  week,
  kind,
  exercises: [{ exerciseId: "clamshell", dose, block: "activation" as const }],
  estimatedMinutes: 20,
});

/** Noor's three-week plan: two hip sessions a week and one warm-up before her Sunday ride. */
const noorProgram: Program = {
  id: "program-noor",
  createdOn: "2026-03-02",
  startDate: "2026-03-02",
  weeks: 3,
  language: "en",
  revision: 0,
  phases: [{ phase: "wake-up", fromWeek: 1, toWeek: 3 }],
  checkpoints: [],
  sessions: [
    session("w1-s1", 1),
    session("w1-s2", 1),
    session("w1-w", 1, "warm-up"),
    session("w2-s1", 2),
    session("w2-s2", 2),
    session("w3-s1", 3),
    session("w3-s2", 3),
  ],
  warmUp: [],
  rationale: [],
};

const log = (id: string, plannedSessionId: string, completed = true): SessionLog => ({
  id,
  programId: "program-noor",
  plannedSessionId,
  date: "2026-03-03",
  kind: "strength",
  entries: [],
  completed,
});

describe("weekly adherence", () => {
  it("counts Noor's completed hip sessions per week, ignoring warm-ups, and her unfinished ones apart", () => {
    const logs = [
      log("a", "w1-s1"),
      log("b", "w1-w"),
      log("c", "w2-s1", false),
      log("d", "w2-s2"),
      log("e", "w2-s2"),
    ];
    expect(weeklyAdherence(noorProgram, logs)).toEqual([
      { week: 1, planned: 2, done: 1, partlyDone: 0 },
      { week: 2, planned: 2, done: 1, partlyDone: 1 },
      { week: 3, planned: 2, done: 0, partlyDone: 0 },
    ]);
  });
});
