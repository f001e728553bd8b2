import { generateProgram } from "@hipcheck/core";
import type { Program, ProgramRevision } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { isPaused, pausingRevision, recentlyResumedOn } from "./program-pause.js";

function runnerProgram(): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: "2026-12-01", id: "program-runner" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const program = runnerProgram();

const PAUSED_AT = "2026-12-09T07:00:00.000Z";

function revision(n: number, changedAt: string, en: string): ProgramRevision {
  return { revision: n, changedAt, changedBy: "rules", reason: { en, fr: en }, changes: [] };
}

describe("a program paused by a sharp rise in pain", () => {
  const paused: Program = { ...program, rescreen: { pausedOn: "2026-12-09", pausedAt: PAUSED_AT } };
  const resumed: Program = {
    ...program,
    rescreen: { pausedOn: "2026-12-09", pausedAt: PAUSED_AT, resumedOn: "2026-12-10" },
  };

  it("is paused until a clean screen resumes it", () => {
    expect(isPaused(program)).toBe(false);
    expect(isPaused(paused)).toBe(true);
    expect(isPaused(resumed)).toBe(false);
  });

  it("reads its reason from the revision made at the pause's instant, written in any offset", () => {
    const revisions = [
      revision(1, "2026-12-04T07:00:00.000Z", "flare"),
      revision(2, "2026-12-09T08:00:00.000+01:00", "sharp rise"),
    ];
    expect(pausingRevision(paused, revisions)?.reason.en).toBe("sharp rise");
    expect(pausingRevision(program, revisions)).toBeUndefined();
  });

  it("says it resumed for a week, then no more", () => {
    expect(recentlyResumedOn(resumed, "2026-12-10")).toBe("2026-12-10");
    expect(recentlyResumedOn(resumed, "2026-12-17")).toBe("2026-12-10");
    expect(recentlyResumedOn(resumed, "2026-12-18")).toBeUndefined();
    expect(recentlyResumedOn(paused, "2026-12-10")).toBeUndefined();
  });
});
