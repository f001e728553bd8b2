/**
 * TCX files (Garmin Training Center XML v2): one activity per <Activity>, time and distance summed over its laps.
 * Repetitions come from the track points' cadence (bike `Cadence`, run `RunCadence` extension) integrated over
 * time; the laps' own step counts (`Steps` in the activity extension) are the device total, and the laps' average
 * cadence the fallback when the points have none.
 */
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
import { countOpeningTags } from "./count-tags.js";
import { localDateOf, offsetMinutesOfText } from "./activity-date.js";
import { countRepetitions, sportFromText } from "./estimate-repetitions.js";
import { TRACK_POINTS_MAX } from "./parse-gpx.js";
import type { ActivityReadOptions, RecordedActivity } from "./recorded-activity.js";
import { childrenAt, numberAt, parseXmlDocument, textAt, type XmlNode } from "./xml-document.js";

function lapCadence(lap: XmlNode): number | undefined {
  return numberAt(lap, "Cadence") ?? numberAt(lap, "Extensions", "LX", "AvgRunCadence");
}

function pointCadence(point: XmlNode): number | undefined {
  return numberAt(point, "Cadence") ?? numberAt(point, "Extensions", "TPX", "RunCadence");
}

/** Time-weighted over the laps that state one. */
function averageCadenceOf(laps: readonly XmlNode[]): number | null {
  const weighted = laps.flatMap((lap) => {
    const cadence = lapCadence(lap);
    const seconds = numberAt(lap, "TotalTimeSeconds") ?? 0;
    return cadence !== undefined && cadence > 0 && seconds > 0 ? [{ cadence, seconds }] : [];
  });
  const lapSeconds = weighted.reduce((sum, lap) => sum + lap.seconds, 0);
  return lapSeconds > 0
    ? weighted.reduce((sum, lap) => sum + lap.cadence * lap.seconds, 0) / lapSeconds
    : null;
}

function meanOf(values: readonly number[]): number | null {
  const moving = values.filter((value) => value > 0);
  return moving.length === 0 ? null : moving.reduce((sum, value) => sum + value, 0) / moving.length;
}

/** The laps' step counts, only when every lap has one (a partial sum would undercount). */
function stepsOf(laps: readonly XmlNode[]): number | null {
  const steps = laps.map((lap) => numberAt(lap, "Extensions", "LX", "Steps"));
  if (steps.length === 0 || steps.some((count) => count === undefined)) return null;
  return steps.reduce<number>((sum, count) => sum + (count ?? 0), 0);
}

function toActivity(activity: XmlNode, options: ActivityReadOptions): RecordedActivity | undefined {
  const laps = childrenAt(activity, "Lap");
  const startText = textAt(laps[0], "@_StartTime") ?? textAt(activity, "Id");
  const start = Date.parse(textAt(activity, "Id") ?? startText ?? "");
  const durationSeconds = laps.reduce((sum, lap) => sum + (numberAt(lap, "TotalTimeSeconds") ?? 0), 0);
  if (Number.isNaN(start) || durationSeconds <= 0) return undefined;
  const sport = sportFromText(textAt(activity, "@_Sport"));
  const distances = laps.flatMap((lap) => numberAt(lap, "DistanceMeters") ?? []);
  const samples = laps
    .flatMap((lap) => childrenAt(lap, "Track").flatMap((track) => childrenAt(track, "Trackpoint")))
    .flatMap((point) => {
      const timeMs = Date.parse(textAt(point, "Time") ?? "");
      const cadence = pointCadence(point);
      return Number.isNaN(timeMs) || cadence === undefined ? [] : [{ timeMs, cadence }];
    });
  const { repetitions, cadencePerMin } = countRepetitions({
    sport,
    durationSeconds,
    samples,
    averageCadence: averageCadenceOf(laps) ?? meanOf(samples.map((sample) => sample.cadence)),
    deviceTotal: sport === "cycling" ? null : stepsOf(laps),
  });
  return {
    source: "tcx",
    date: localDateOf(start, offsetMinutesOfText(startText), options.timeZone),
    startTime: new Date(start).toISOString(),
    sport,
    durationSeconds,
    distanceMeters: distances.length === 0 ? null : distances.reduce((sum, meters) => sum + meters, 0),
    cadencePerMin,
    repetitions,
  };
}

const ARRAY_TAGS = new Set(["Activity", "Lap", "Track", "Trackpoint"]);

export function parseTcx(
  bytes: Uint8Array,
  options: ActivityReadOptions = {},
): Result<RecordedActivity[], HipError> {
  if (countOpeningTags(bytes, "Trackpoint", TRACK_POINTS_MAX + 1) > TRACK_POINTS_MAX) {
    return err(
      hipError(
        "payload-too-large",
        `The TCX file has more than ${TRACK_POINTS_MAX} track points; at most that many are read.`,
      ),
    );
  }
  const database = parseXmlDocument(bytes, "TrainingCenterDatabase", ARRAY_TAGS);
  if (!database.ok) return database;
  const activities = childrenAt(database.value, "Activities", "Activity");
  const pointCount = activities
    .flatMap((activity) => childrenAt(activity, "Lap"))
    .flatMap((lap) => childrenAt(lap, "Track"))
    .reduce((sum, track) => sum + childrenAt(track, "Trackpoint").length, 0);
  if (pointCount > TRACK_POINTS_MAX) {
    return err(
      hipError(
        "payload-too-large",
        `The TCX file has ${pointCount} track points; at most ${TRACK_POINTS_MAX} are read.`,
      ),
    );
  }
  const parsed = activities.flatMap((activity) => toActivity(activity, options) ?? []);
  if (parsed.length === 0) {
    return err(
      hipError("unprocessable", "The TCX file holds no timed activity (a course or a workout plan?)."),
    );
  }
  return ok(parsed);
}
