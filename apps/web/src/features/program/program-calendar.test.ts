import { describe, expect, it } from "vitest";
import { generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { programCalendar, upcomingSessions } from "./program-calendar.js";
import { renderProgramIcs } from "@hipcheck/interop/calendar";

/** The runner persona's six-week program, starting on a Wednesday. */
function runnerProgram() {
  const result = generateProgram(personas.runnerPfp, { startDate: "2026-03-04", id: "program-runner" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("the program calendar", () => {
  it("has one row per program week, starting on the program's first day, each holding that week's sessions", () => {
    const program = runnerProgram();
    const weeks = programCalendar(program);
    expect(weeks).toHaveLength(program.weeks);
    expect(weeks[0]![0]!.date).toBe("2026-03-04");
    weeks.forEach((days, index) => {
      const inRow = days.flatMap((day) => day.sessions).map((session) => session.week);
      expect(inRow.every((week) => week === index + 1)).toBe(true);
    });
  });

  it("places every planned session on exactly one day of the grid", () => {
    const program = runnerProgram();
    const weeks = programCalendar(program);
    const placed = weeks.flat().flatMap((day) => day.sessions.map((session) => session.id));
    expect(placed.sort()).toEqual(program.sessions.map((session) => session.id).sort());
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it("lists the next sessions from today, soonest first, today's included", () => {
    const program = runnerProgram();
    const firstDate = program.sessions[0]!.date;
    const next = upcomingSessions(program, firstDate, 3);
    expect(next).toHaveLength(3);
    expect(next[0]!.date).toBe(firstDate);
    expect(next.map((session) => session.date)).toEqual([...next.map((session) => session.date)].sort());
    expect(upcomingSessions(program, "2099-01-01", 3)).toEqual([]);
  });
});

describe("the calendar file the program page writes in the browser", () => {
  it("has one event per planned session and checkpoint, titled in the person's language", () => {
    const program = runnerProgram();
    const ics = renderProgramIcs(program, { lang: "fr" });
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(program.sessions.length + program.checkpoints.length);
    expect(ics).toContain("Séance hanches");
    const first = program.sessions[0]!;
    expect(ics).toContain(`DTSTART;VALUE=DATE:${first.date.replaceAll("-", "")}`);
  });
});
