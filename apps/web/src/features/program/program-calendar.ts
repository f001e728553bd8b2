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
  const last = program.sessions.reduce((latest, session) => (session.date > latest ? session.date : latest), program.startDate);
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

export function sessionsOfWeek(program: Program, today: IsoDate): PlannedSession[] {
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  return program.sessions.filter((session) => session.date >= monday && session.date <= sunday);
}
