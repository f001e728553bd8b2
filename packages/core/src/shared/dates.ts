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

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

function toUtcMs(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
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
  return new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}
