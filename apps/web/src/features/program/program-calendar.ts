/**
 * Lays a program's sessions out as weeks of seven days starting on Monday, for the calendar view.
 */
import { WEEKDAYS, addDays, weekdayOf } from "@hipcheck/core";
import type { IsoDate, PlannedSession, Program } from "@hipcheck/core";

export type CalendarDay = { readonly date: IsoDate; readonly sessions: readonly PlannedSession[] };

export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

export function programCalendar(program: Program): CalendarDay[][] {
  const last = program.sessions.reduce(
    (latest, session) => (session.date > latest ? session.date : latest),
    program.startDate,
  );
  const weeks: CalendarDay[][] = [];
  for (let monday = mondayOf(program.startDate); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(
      WEEKDAYS.map((_, offset) => {
        const date = addDays(monday, offset);
        return { date, sessions: program.sessions.filter((session) => session.date === date) };
      }),
    );
  }
  return weeks;
}

/** The next `count` planned sessions from `today` on (today's included), soonest first. */
export function upcomingSessions(program: Program, today: IsoDate, count: number): PlannedSession[] {
  return program.sessions
    .filter((session) => session.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, count);
}
