/**
 * The calendar day an activity belongs to, as the person lived it: an evening run in Denver at 18:30 is that
 * day's run, not the next day's (UTC), or the weekly load would move it into another week. The offset the file
 * itself knows wins (a FIT device's local time, a TCX or GPX time written with its offset); then the person's time
 * zone; then UTC.
 */
import type { IsoDate } from "@hipcheck/core";

/** Real UTC offsets lie between −12:00 and +14:00. */
const OFFSET_MINUTES_MAX = 14 * 60;

/** `+01:00`, `-0500`: the offset written in a time text; none for `Z` (UTC is how files store instants). */
export function offsetMinutesOfText(text: string | undefined): number | null {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(text?.trim() ?? "");
  if (match === null || !/T\d/.test(text ?? "")) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return minutes > OFFSET_MINUTES_MAX ? null : (match[1] === "-" ? -1 : 1) * minutes;
}

/** A device offset only when it is one a place can have; devices without a set clock write nonsense. */
export function plausibleOffsetMinutes(minutes: number | null): number | null {
  if (minutes === null || !Number.isFinite(minutes) || Math.abs(minutes) > OFFSET_MINUTES_MAX) return null;
  return Math.round(minutes / 15) * 15;
}

/** Whether the runtime knows this IANA time zone (`Europe/Paris`, `America/Denver`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function localDateOf(
  startMs: number,
  fileOffsetMinutes: number | null,
  timeZone: string | undefined,
): IsoDate {
  if (fileOffsetMinutes !== null) {
    return new Date(startMs + fileOffsetMinutes * 60_000).toISOString().slice(0, 10);
  }
  if (timeZone === undefined) return new Date(startMs).toISOString().slice(0, 10);
  const parts = new Intl.DateTimeFormat("en", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(startMs));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
