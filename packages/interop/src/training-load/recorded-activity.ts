/**
 * An activity imported from a runner's or cyclist's own file, with the repetitions it put through the knee: steps
 * for running and walking, pedal strokes for cycling. Seed 001: "Think of how many steps you take on your daily
 * walk/run or how many pedal strokes you take in a 30-minute bike ride."
 */
import type { IsoDate } from "@hipcheck/core";

export const ACTIVITY_SPORTS = ["running", "cycling", "walking", "other"] as const;
export type ActivitySport = (typeof ACTIVITY_SPORTS)[number];

export const ACTIVITY_FILE_KINDS = ["fit", "gpx", "tcx"] as const;
export type ActivityFileKind = (typeof ACTIVITY_FILE_KINDS)[number];

/**
 * How the count was obtained, so the person can see which numbers are estimates: a device total that agrees with
 * the records (or, without records, is plausible), the records' cadence integrated over time (or an average
 * cadence × time), or a default cadence.
 */
export type RepetitionSource = "recorded-total" | "recorded-cadence" | "default-cadence";

export type Repetitions = {
  readonly kind: "steps" | "pedal-strokes";
  readonly count: number;
  readonly source: RepetitionSource;
};

export type RecordedActivity = {
  readonly source: ActivityFileKind;
  /**
   * Calendar day of the start where the person was: the file's own offset when it has one (FIT local time, a
   * time written with its offset), else the person's time zone, else UTC.
   */
  readonly date: IsoDate;
  /** ISO 8601 instant of the start. */
  readonly startTime: string;
  readonly sport: ActivitySport;
  /** Moving (timer) time when the file has it, else start to finish. */
  readonly durationSeconds: number;
  readonly distanceMeters: number | null;
  /** Steps per minute (running, walking) or pedal revolutions per minute (cycling), when recorded. */
  readonly cadencePerMin: number | null;
  /** Null for sports whose repetitions we do not count (swimming, strength, …). */
  readonly repetitions: Repetitions | null;
};

/** What the reader needs to know beyond the bytes. */
export type ActivityReadOptions = {
  /** The person's IANA time zone (`Europe/Paris`), for files that do not say where they were recorded. */
  readonly timeZone?: string;
};
