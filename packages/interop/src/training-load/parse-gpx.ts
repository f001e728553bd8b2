/**
 * GPX tracks (GPS Exchange Format 1.1, topografix.com/GPX/1/1): one activity per track, timed from its first to its
 * last point, distance along the points, repetitions from the Garmin TrackPointExtension cadence integrated over
 * time when present. The sport comes from the track's type (a word, or Strava's number) and else from its name.
 */
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
import { countOpeningTags } from "./count-tags.js";
import { localDateOf, offsetMinutesOfText } from "./activity-date.js";
import { countRepetitions, sportFromTexts } from "./estimate-repetitions.js";
import type { ActivityReadOptions, RecordedActivity } from "./recorded-activity.js";
import { childrenAt, numberAt, parseXmlDocument, textAt, type XmlNode } from "./xml-document.js";

/** About 55 hours at one point per second: longer than any single run or ride a person would import. */
export const TRACK_POINTS_MAX = 200_000;
const EARTH_RADIUS_M = 6_371_000;

type Point = {
  readonly latDeg: number;
  readonly lonDeg: number;
  readonly timeMs: number | null;
  readonly offsetMinutes: number | null;
  readonly cadence: number | undefined;
};

function haversineMeters(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latDeg - a.latDeg) * rad;
  const dLon = (b.lonDeg - a.lonDeg) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.latDeg * rad) * Math.cos(b.latDeg * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function toPoint(node: XmlNode): Point | undefined {
  const latDeg = numberAt(node, "@_lat");
  const lonDeg = numberAt(node, "@_lon");
  if (latDeg === undefined || lonDeg === undefined) return undefined;
  const time = textAt(node, "time");
  const timeMs = time === undefined ? Number.NaN : Date.parse(time);
  // Some apps write several <extensions> blocks on one point (cadence in one, power in another).
  const cadence = childrenAt(node, "extensions")
    .map((extensions) => numberAt(extensions, "TrackPointExtension", "cad") ?? numberAt(extensions, "cad"))
    .find((value) => value !== undefined);
  return {
    latDeg,
    lonDeg,
    timeMs: Number.isNaN(timeMs) ? null : timeMs,
    offsetMinutes: offsetMinutesOfText(time),
    cadence,
  };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function toActivity(
  track: XmlNode,
  points: readonly Point[],
  options: ActivityReadOptions,
): RecordedActivity | undefined {
  const timed = points.filter((point): point is Point & { timeMs: number } => point.timeMs !== null);
  const first = timed[0];
  const last = timed.at(-1);
  if (first === undefined || last === undefined || last.timeMs <= first.timeMs) return undefined;
  const sport = sportFromTexts(textAt(track, "type"), textAt(track, "name"));
  const durationSeconds = (last.timeMs - first.timeMs) / 1000;
  const distanceMeters = points
    .slice(1)
    .reduce((sum, point, index) => sum + haversineMeters(points[index] ?? point, point), 0);
  const { repetitions, cadencePerMin } = countRepetitions({
    sport,
    durationSeconds,
    samples: timed.flatMap((point) =>
      point.cadence === undefined ? [] : [{ timeMs: point.timeMs, cadence: point.cadence }],
    ),
    averageCadence: mean(
      timed.flatMap((point) => (point.cadence !== undefined && point.cadence > 0 ? [point.cadence] : [])),
    ),
    deviceTotal: null,
  });
  return {
    source: "gpx",
    date: localDateOf(first.timeMs, first.offsetMinutes, options.timeZone),
    startTime: new Date(first.timeMs).toISOString(),
    sport,
    durationSeconds,
    distanceMeters,
    cadencePerMin,
    repetitions,
  };
}

const ARRAY_TAGS = new Set(["trk", "trkseg", "trkpt"]);

export function parseGpx(
  bytes: Uint8Array,
  options: ActivityReadOptions = {},
): Result<RecordedActivity[], HipError> {
  if (countOpeningTags(bytes, "trkpt", TRACK_POINTS_MAX + 1) > TRACK_POINTS_MAX) {
    return err(
      hipError(
        "payload-too-large",
        `The GPX file has more than ${TRACK_POINTS_MAX} points; at most that many are read.`,
      ),
    );
  }
  const gpx = parseXmlDocument(bytes, "gpx", ARRAY_TAGS);
  if (!gpx.ok) return gpx;
  const tracks = childrenAt(gpx.value, "trk").map((track) => ({
    track,
    points: childrenAt(track, "trkseg").flatMap((segment) => childrenAt(segment, "trkpt")),
  }));
  const pointCount = tracks.reduce((sum, { points }) => sum + points.length, 0);
  if (pointCount > TRACK_POINTS_MAX) {
    return err(
      hipError(
        "payload-too-large",
        `The GPX file has ${pointCount} points; at most ${TRACK_POINTS_MAX} are read.`,
      ),
    );
  }
  if (pointCount === 0) {
    return err(hipError("unprocessable", "The GPX file has no track points: there is no activity to read."));
  }
  const activities = tracks.flatMap(
    ({ track, points }) =>
      toActivity(
        track,
        points.flatMap((node) => toPoint(node) ?? []),
        options,
      ) ?? [],
  );
  if (activities.length === 0) {
    return err(
      hipError(
        "unprocessable",
        "The GPX track has no times on its points, so its duration is unknown (a planned route?).",
      ),
    );
  }
  return ok(activities);
}
