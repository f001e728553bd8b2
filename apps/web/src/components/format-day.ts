import { writtenDate } from "@hipcheck/core";

/**
 * Days as a person reads them ("Wednesday 2 December", « mercredi 2 décembre »), never as ISO text. A calendar
 * date is shown at midday local time, so no time zone moves it to the day before or after.
 */
export function formatDay(
  isoDate: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" },
): string {
  return dayText(new Date(`${isoDate}T12:00:00`), language, options);
}

/** The day of an instant (an account created, a link shared), with its year. */
export function formatInstantDay(instant: string, language: string): string {
  return dayText(new Date(instant), language, { day: "numeric", month: "long", year: "numeric" });
}

/** French writes the first of the month as an ordinal (« vendredi 1er janvier »): core's `writtenDate` does. */
function dayText(date: Date, language: string, options: Intl.DateTimeFormatOptions): string {
  const format = new Intl.DateTimeFormat(language, options);
  return writtenDate(format, date, language.startsWith("fr") ? "fr" : "en");
}
