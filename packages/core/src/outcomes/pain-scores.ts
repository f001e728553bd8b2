/**
 * Checks on a set of pain ratings that a schema cannot make field by field. "Worst over the last week" covers
 * today and a usual day, so it cannot be lower than either: a lower worst is a slider left where it started,
 * and kept it would show a pain chart, a FHIR record and a spreadsheet that contradict themselves.
 */
import { addDays, daysBetween, type IsoDate } from "../shared/dates.js";
import { hipError, type HipError } from "../shared/error-kind.js";

export type PainRatings = {
  readonly painNow: number;
  readonly painUsual: number;
  readonly painWorst: number;
};

/** The first contradiction in a set of ratings, as an error naming its field (`prefix` + field), or none. */
export function painRatingsProblem(ratings: PainRatings, prefix = ""): HipError | undefined {
  if (ratings.painWorst < ratings.painNow) {
    return hipError(
      "invalid-input",
      `The worst pain over the last week (${ratings.painWorst}/10) cannot be lower than the pain now (${ratings.painNow}/10).`,
      `${prefix}painWorst`,
    );
  }
  if (ratings.painWorst < ratings.painUsual) {
    return hipError(
      "invalid-input",
      `The worst pain over the last week (${ratings.painWorst}/10) cannot be lower than the usual pain (${ratings.painUsual}/10).`,
      `${prefix}painWorst`,
    );
  }
  return undefined;
}

/**
 * Whether an entry rates the week (usual and worst pain over it) and not only the pain now: a single reading from
 * another system does not (decision 0281), so the week's rules and charts leave it out of usual and worst pain.
 */
export function ratesTheWeek(entry: { readonly singleReading?: true | undefined }): boolean {
  return entry.singleReading !== true;
}

/**
 * A rating is about a day that has come. One day of slack: the person's calendar can be a day ahead of the
 * server's (time zones east of it).
 */
export function futureDateProblem(date: IsoDate, today: IsoDate, field = "date"): HipError | undefined {
  return daysBetween(addDays(today, 1), date) > 0
    ? hipError("invalid-input", `The date ${date} has not come yet: ratings are about days that have.`, field)
    : undefined;
}
