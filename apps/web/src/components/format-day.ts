/**
 * Days as a person reads them ("Wednesday 2 December", « mercredi 2 décembre »), never as ISO text. A calendar
 * date is shown at midday local time, so no time zone moves it to the day before or after.
 */
export function formatDay(
  isoDate: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" },
): string {
  return new Date(`${isoDate}T12:00:00`).toLocaleDateString(language, options);
}

/** The day of an instant (an account created, a link shared), with its year. */
export function formatInstantDay(instant: string, language: string): string {
  return new Date(instant).toLocaleDateString(language, { day: "numeric", month: "long", year: "numeric" });
}
