/**
 * Schema-valid records for the repository contract tests, built around the personas: Dana (runner with
 * patellofemoral pain, core persona `runnerPfp`), her coach Maya, another coach Omar, another person Leo, and Ada,
 * the clinic's admin.
 */
import type { AccountRecord, CheckInRecord, MovementScreenRecord, Role } from "@hipcheck/application";
import {
  evaluateSelfCheck,
  screenRedFlags,
  type Answers,
  type Program,
  type SessionLog,
} from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";

export const T0 = "2026-12-01T08:00:00.000Z";

export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export function account(id: string, email: string, role: Role = "person"): AccountRecord {
  return { id, email, passwordHash: `hash-of-${id}`, role, createdAt: T0, displayName: null };
}

export const dana = account("dana", "Dana.Runner@example.org");
export const coachMaya = account("maya", "maya@clinic.example", "coach");
export const coachOmar = account("omar", "omar@clinic.example", "coach");
export const leo = account("leo", "leo@example.org");
export const adminAda = account("ada", "ada@clinic.example", "admin");

export function checkIn(
  id: string,
  accountId: string,
  date: string,
  answers: Answers = personas.runnerPfp,
  createdAt = T0,
): CheckInRecord {
  return {
    id,
    accountId,
    date,
    createdAt,
    answers,
    screen: screenRedFlags(answers),
    selfCheck: evaluateSelfCheck(answers.selfCheck),
  };
}

/** A small two-session program in the stored shape (the generator's output is tested in core). */
export function program(id: string, revision = 0): Program {
  const clamshell = {
    exerciseId: "clamshell",
    dose: { mode: "reps", sets: 2, reps: 10, perSide: true, restSeconds: 60 },
    block: "strength",
    ladderId: "side-lying-abduction",
  } as const;
  const bridge = {
    exerciseId: "bridge",
    dose: { mode: "hold", sets: 3, holdSeconds: 10, perSide: false, restSeconds: 45 },
    block: "strength",
  } as const;
  return {
    id,
    createdOn: "2026-12-01",
    startDate: "2026-12-01",
    weeks: 6,
    language: "en",
    revision,
    phases: [{ phase: "wake-up", fromWeek: 1, toWeek: 6 }],
    checkpoints: [{ week: 2, date: "2026-12-14" }],
    sessions: [
      {
        id: "w1-s1",
        date: "2026-12-01",
        week: 1,
        kind: "strength",
        exercises: [clamshell, bridge],
        estimatedMinutes: 25,
      },
      {
        id: "w1-s2",
        date: "2026-12-04",
        week: 1,
        kind: "strength",
        exercises: [clamshell],
        estimatedMinutes: 20,
      },
    ],
    warmUp: [],
    rationale: [{ en: "Sessions are on Tue and Fri.", fr: "Les séances ont lieu mardi et vendredi." }],
  };
}

export function sessionLog(id: string, programId: string, date: string, completed = true): SessionLog {
  return {
    id,
    programId,
    plannedSessionId: "w1-s1",
    date,
    kind: "strength",
    entries: [
      {
        exerciseId: "clamshell",
        sets: [
          { side: "left", reps: 12 },
          { side: "right", reps: 11, load: "red" },
        ],
        painDuring: 3,
        rpe: 6,
      },
    ],
    painBefore: 2,
    painAfter: 3,
    completed,
  };
}

export function movementScreen(id: string, accountId: string, recordedAt: string): MovementScreenRecord {
  const report = {
    test: "single-leg-squat",
    status: "scored" as const,
    findings: [{ side: "right", peakFppaDeg: 14.5, semDeg: 3 }],
  };
  return {
    id,
    accountId,
    recordedAt,
    report,
    keypoints: [
      {
        timeMs: 0,
        keypoints: {
          leftHip: { x: 310.5, y: 402, score: 0.91 },
          leftKnee: { x: 318, y: 540.25, score: 0.88 },
        },
      },
      { timeMs: 33.3, keypoints: { leftHip: { x: 311, y: 405, score: 0.9 } } },
    ],
  };
}
