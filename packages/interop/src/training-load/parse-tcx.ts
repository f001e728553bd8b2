/**
 * TCX files (Garmin Training Center XML v2): one activity per <Activity>, time and distance summed over its laps,
 * cadence from the laps (bike `Cadence`, run `AvgRunCadence` extension) or else from the track points.
 */
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
import { estimateRepetitions, sportFromText, toCadencePerMin } from "./estimate-repetitions.js";
import { countOpeningTags } from "./count-tags.js";
import { TRACK_POINTS_MAX } from "./parse-gpx.js";
import type { RecordedActivity } from "./recorded-activity.js";
import { childrenAt, numberAt, parseXmlDocument, textAt, type XmlNode } from "./xml-document.js";

function lapCadence(lap: XmlNode): number | undefined {
  return numberAt(lap, "Cadence") ?? numberAt(lap, "Extensions", "LX", "AvgRunCadence");
}

function pointCadence(point: XmlNode): number | undefined {
  return numberAt(point, "Cadence") ?? numberAt(point, "Extensions", "TPX", "RunCadence");
}

/** Time-weighted over laps that have one, else the mean over track points. */
function cadenceOf(laps: readonly XmlNode[]): number | null {
  const weighted = laps.flatMap((lap) => {
    const cadence = lapCadence(lap);
    const seconds = numberAt(lap, "TotalTimeSeconds") ?? 0;
    return cadence !== undefined && cadence > 0 && seconds > 0 ? [{ cadence, seconds }] : [];
  });
  const lapSeconds = weighted.reduce((sum, lap) => sum + lap.seconds, 0);
  if (lapSeconds > 0) return weighted.reduce((sum, lap) => sum + lap.cadence * lap.seconds, 0) / lapSeconds;
  const points = laps
    .flatMap((lap) => childrenAt(lap, "Track").flatMap((track) => childrenAt(track, "Trackpoint")))
    .flatMap((point) => pointCadence(point) ?? [])
    .filter((cadence) => cadence > 0);
  return points.length === 0 ? null : points.reduce((sum, cadence) => sum + cadence, 0) / points.length;
}

function toActivity(activity: XmlNode): RecordedActivity | undefined {
  const laps = childrenAt(activity, "Lap");
  const start = Date.parse(textAt(activity, "Id") ?? textAt(laps[0], "@_StartTime") ?? "");
  const durationSeconds = laps.reduce((sum, lap) => sum + (numberAt(lap, "TotalTimeSeconds") ?? 0), 0);
  if (Number.isNaN(start) || durationSeconds <= 0) return undefined;
  const sport = sportFromText(textAt(activity, "@_Sport"));
  const distances = laps.flatMap((lap) => numberAt(lap, "DistanceMeters") ?? []);
  const cadence = cadenceOf(laps);
  const cadencePerMin = cadence === null ? null : toCadencePerMin(sport, cadence);
  const startTime = new Date(start).toISOString();
  return {
    source: "tcx",
    date: startTime.slice(0, 10),
    startTime,
    sport,
    durationSeconds,
    distanceMeters: distances.length === 0 ? null : distances.reduce((sum, meters) => sum + meters, 0),
    cadencePerMin,
    repetitions: estimateRepetitions({ sport, durationSeconds, cadencePerMin, recordedTotal: null }),
  };
}

const ARRAY_TAGS = new Set(["Activity", "Lap", "Track", "Trackpoint"]);

export function parseTcx(bytes: Uint8Array): Result<RecordedActivity[], HipError> {
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
  const parsed = activities.flatMap((activity) => toActivity(activity) ?? []);
  if (parsed.length === 0) {
    return err(
      hipError("unprocessable", "The TCX file holds no timed activity (a course or a workout plan?)."),
    );
  }
  return ok(parsed);
}
