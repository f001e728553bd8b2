import { describe, expect, it } from "vitest";
import { personas } from "../personas/index.js";
import { generateProgram } from "../program/generate-program.js";
import type { StrengthCheck } from "./strength-check.js";
import { strengthCheckDue } from "./strength-check-due.js";

function program() {
  const result = generateProgram(personas.cyclistItb, { startDate: "2026-03-02", id: "marco-1" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const check = (date: string): StrengthCheck => ({
  test: "side-bridge-hold",
  date,
  firstSide: "left",
  left: { holdSeconds: 50, timedBy: "stopwatch" },
  right: { holdSeconds: 55, timedBy: "stopwatch" },
});

describe("strengthCheckDue: when Today offers a strength check", () => {
  it("offers the baseline before week 1, and until one is done", () => {
    expect(strengthCheckDue(program(), [], "2026-03-01")).toEqual({ kind: "baseline" });
    expect(strengthCheckDue(program(), [], "2026-03-10")).toEqual({ kind: "baseline" });
  });

  it("offers nothing between the baseline and the week-2 window", () => {
    expect(strengthCheckDue(program(), [check("2026-03-01")], "2026-03-08")).toBeNull();
  });

  it("offers the week-2 check from 3 days before its date until one is done", () => {
    const week2 = program().checkpoints.find((checkpoint) => checkpoint.week === 2);
    if (week2 === undefined) throw new Error("the program has a week-2 checkpoint");
    const opens = new Date(`${week2.date}T00:00:00Z`);
    opens.setUTCDate(opens.getUTCDate() - 3);
    const opensOn = opens.toISOString().slice(0, 10);
    expect(strengthCheckDue(program(), [check("2026-03-01")], opensOn)).toEqual({
      kind: "checkpoint",
      week: 2,
      date: week2.date,
    });
    expect(strengthCheckDue(program(), [check("2026-03-01"), check(opensOn)], week2.date)).toBeNull();
  });
});
