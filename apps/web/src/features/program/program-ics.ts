/**
 * The program's sessions as an iCalendar file (RFC 5545), one all-day event per planned session, built with
 * the `ics` library. Descriptions list each exercise with its dose, so the calendar alone is enough to train.
 */
import { createEvents } from "ics";
import type { DateArray, EventAttributes } from "ics";
import { addDays, describeDose, err, findExercise, ok } from "@hipcheck/core";
import type { IsoDate, Lang, Program, Result } from "@hipcheck/core";

const TITLES = {
  strength: { en: "HipCheck: hip session", fr: "HipCheck : séance hanches" },
  "warm-up": { en: "HipCheck: warm-up", fr: "HipCheck : échauffement" },
} as const;

function dateArray(date: IsoDate): DateArray {
  const [year, month, day] = date.split("-").map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

export function programToIcs(program: Program, lang: Lang): Result<string, string> {
  const events: EventAttributes[] = program.sessions.map((session) => ({
    uid: `${program.id}-${session.id}@hipcheck`,
    title: `${TITLES[session.kind][lang]} (${session.estimatedMinutes} min)`,
    start: dateArray(session.date),
    end: dateArray(addDays(session.date, 1)),
    description: session.exercises
      .map(
        (planned) =>
          `${findExercise(planned.exerciseId)?.name[lang] ?? planned.exerciseId}: ${describeDose(planned.dose, lang)}`,
      )
      .join("\n"),
    productId: "hipcheck",
  }));
  const { error, value } = createEvents(events);
  return error || typeof value !== "string" ? err(String(error ?? "no calendar produced")) : ok(value);
}
