/**
 * Lays a program's sessions out as its weeks of seven days, counted from the program's first day, so that the
 * calendar's "Week 2" is the program's week 2 (the one its checkpoints and phases speak of).
 */
import { addDays } from "@hipcheck/core";
import type { IsoDate, PlannedSession, Program } from "@hipcheck/core";

export type CalendarDay = { readonly date: IsoDate; readonly sessions: readonly PlannedSession[] };

const DAYS_PER_WEEK = 7;

export function programCalendar(program: Program): CalendarDay[][] {
  return Array.from({ length: program.weeks }, (_, week) =>
    Array.from({ length: DAYS_PER_WEEK }, (_, day) => {
      const date = addDays(program.startDate, week * DAYS_PER_WEEK + day);
      return { date, sessions: program.sessions.filter((session) => session.date === date) };
    }),
  );
}

/** The next `count` planned sessions from `today` on (today's included), soonest first. */
export function upcomingSessions(program: Program, today: IsoDate, count: number): PlannedSession[] {
  return program.sessions
    .filter((session) => session.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, count);
}
