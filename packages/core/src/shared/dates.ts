/**
 * Calendar dates as `YYYY-MM-DD` strings. The core never reads a clock: "today" is always an argument.
 * Arithmetic is done in UTC so that daylight-saving changes can never shift a day.
 */
import type { Lang } from "./i18n.js";

export type IsoDate = string;

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The dates a person can mean in HipCheck: a session, a pain entry, a program's start. Requests are held to this
 * range at the edge; stored data from before may hold any calendar date, so the arithmetic below accepts every
 * `YYYY-MM-DD` date and never leaves the format.
 */
export const PLAUSIBLE_DATE_RANGE = { first: "1900-01-01", last: "2199-12-31" } as const;

/** The first and last days `YYYY-MM-DD` can write (`Date.UTC` reads years 0–99 as 1900–1999, hence setUTCFullYear). */
const FIRST_WRITABLE_MS = new Date(0).setUTCFullYear(0, 0, 1);
const LAST_WRITABLE_MS = new Date(0).setUTCFullYear(9999, 11, 31);

/**
 * The instant (UTC midnight) of a `YYYY-MM-DD` date that exists on the calendar, or undefined. The parts must
 * come back unchanged: 2026-02-30 would roll over into March.
 */
function readCalendarDateMs(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const day = Number(match[3]);
  const date = new Date(0);
  const ms = date.setUTCFullYear(year, monthIndex, day);
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === monthIndex && date.getUTCDate() === day;
  return exists ? ms : undefined;
}

/**
 * Dates already read, with their instant. Every rule reads the same few hundred dates again at every revision
 * (each session's, each log's, each morning's, sorted and compared), so a date is read once while it is kept
 * (decision 0880). Only dates that exist are kept, so a text that is not one is read, and refused, every time.
 */
const knownDates = new Map<string, number>();
/** About eleven years of days, more than a revision compares; past it, the dates kept are let go and read again. */
const KNOWN_DATES_KEPT = 4_096;

/** `readCalendarDateMs`, read once per date while it is kept. */
function calendarDateMs(value: string): number | undefined {
  const known = knownDates.get(value);
  if (known !== undefined) return known;
  const ms = readCalendarDateMs(value);
  if (ms === undefined) return undefined;
  if (knownDates.size >= KNOWN_DATES_KEPT) knownDates.clear();
  knownDates.set(value, ms);
  return ms;
}

export function isIsoDate(value: string): boolean {
  return calendarDateMs(value) !== undefined;
}

/** A calendar date inside `PLAUSIBLE_DATE_RANGE` (ISO dates of one format compare correctly as text). */
export function isPlausibleDate(value: string): boolean {
  return isIsoDate(value) && value >= PLAUSIBLE_DATE_RANGE.first && value <= PLAUSIBLE_DATE_RANGE.last;
}

function toUtcMs(date: IsoDate): number {
  const ms = calendarDateMs(date);
  if (ms === undefined) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return ms;
}

/** Clamped to 0000-01-01 … 9999-12-31: a stored far date (9999-12-31) plus a few weeks stays a date, not a throw. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const ms = Math.min(LAST_WRITABLE_MS, Math.max(FIRST_WRITABLE_MS, toUtcMs(date) + days * MS_PER_DAY));
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

export function weekdayOf(date: IsoDate): Weekday {
  // getUTCDay: 0 = Sunday … 6 = Saturday.
  const index = (new Date(toUtcMs(date)).getUTCDay() + 6) % 7;
  return WEEKDAYS[index] ?? "mon";
}

/**
 * A calendar date as a person reads it ("14 December 2026", « 14 décembre 2026 »). Formatted in UTC, where the
 * ISO date stands, so no time zone moves it to the day before.
 */
export function formatIsoDate(date: IsoDate, lang: Lang): string {
  const format = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return writtenDate(format, new Date(`${date}T00:00:00Z`), lang);
}

/**
 * A date written by `format`, with the first of the month as French writes it (« 1er janvier », « ven. 1er
 * janv. »), which `Intl` does not: the day is put back in from the formatted parts.
 */
export function writtenDate(format: Intl.DateTimeFormat, date: Date, lang: Lang): string {
  if (lang !== "fr") return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}
