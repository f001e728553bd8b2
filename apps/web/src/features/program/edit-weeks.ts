/**
 * Which weeks of a program an edit to one exercise touches: an edit applies from its day on (sessions already past
 * stay as planned, `program-edit.ts`), so it is every week with a session on or after that day holding the exercise.
 */
import type { IsoDate, Program } from "@hipcheck/core";

/** A run of consecutive program weeks, `fromWeek` to `toWeek` (the same week when it is one). */
export type WeekSpan = { readonly fromWeek: number; readonly toWeek: number };

/** The weeks, in order, with a session from `fromDate` on that holds `exerciseId`. */
export function weeksWithExercise(program: Program, exerciseId: string, fromDate: IsoDate): number[] {
  const weeks = new Set(
    program.sessions
      .filter(
        (session) =>
          session.date >= fromDate && session.exercises.some((planned) => planned.exerciseId === exerciseId),
      )
      .map((session) => session.week),
  );
  return [...weeks].sort((a, b) => a - b);
}

/** Weeks 1, 3, 4, 5 as the spans 1 and 3–5. */
export function weekSpans(weeks: readonly number[]): WeekSpan[] {
  const spans: WeekSpan[] = [];
  for (const week of [...new Set(weeks)].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last !== undefined && last.toWeek === week - 1) spans[spans.length - 1] = { ...last, toWeek: week };
    else spans.push({ fromWeek: week, toWeek: week });
  }
  return spans;
}

/** "1, 3–5": the spans as a reader counts weeks. */
export function formatWeekSpans(spans: readonly WeekSpan[]): string {
  return spans
    .map((span) => (span.fromWeek === span.toWeek ? `${span.fromWeek}` : `${span.fromWeek}–${span.toWeek}`))
    .join(", ");
}
