/**
 * FIT activity files (Garmin, Wahoo, Coros, Polar, Suunto, …) decoded with Garmin's own FIT SDK. One activity per
 * session message, its repetitions from that session's cadence records. The file's CRC is checked first, so a
 * truncated or damaged file is refused rather than half-read. Older Garmin devices write records with compressed
 * timestamps, which the SDK does not read; those files are read with `fit-file-parser`, which does.
 */
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
import { Decoder, Stream } from "@garmin/fitsdk";
import FitParser from "fit-file-parser";
import { localDateOf, plausibleOffsetMinutes } from "./activity-date.js";
import { countRepetitions, sportFromText, type CadenceSample } from "./estimate-repetitions.js";
import type { ActivityReadOptions, RecordedActivity } from "./recorded-activity.js";

/** FIT times count seconds from 1989-12-31T00:00:00Z. */
const FIT_EPOCH_UNIX_SECONDS = 631_065_600;
/** Records written just after a session's end (the stop) still belong to it. */
const SESSION_MARGIN_MS = 2000;

/** What both decoders give, in one shape. */
type FitSession = {
  readonly sport: string | undefined;
  readonly startTime: Date | undefined;
  readonly timerSeconds: number | undefined;
  readonly elapsedSeconds: number | undefined;
  readonly distanceMeters: number | undefined;
  /** Whole plus fractional part, in the file's unit (strides/min for running and walking, rpm for cycling). */
  readonly averageCadence: number | undefined;
  /** Strides (running, walking) or crank revolutions (cycling). */
  readonly totalCycles: number | undefined;
};

type FitContent = {
  readonly sessions: readonly FitSession[];
  readonly samples: readonly CadenceSample[];
  readonly localOffsetMinutes: number | null;
};

type Fields = Record<string, unknown>;

const numberOf = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;
const dateOf = (value: unknown): Date | undefined =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;

function withFraction(whole: unknown, fraction: unknown): number | undefined {
  const value = numberOf(whole);
  return value === undefined ? undefined : value + (numberOf(fraction) ?? 0);
}

/** The device's local time minus UTC, from the activity message; a number (SDK) or a date (fit-file-parser). */
function offsetOf(activity: Fields | undefined, local: string, utc: string): number | null {
  const timestamp = dateOf(activity?.[utc]);
  const localTime = activity?.[local];
  if (timestamp === undefined) return null;
  const localMs =
    localTime instanceof Date
      ? localTime.getTime()
      : typeof localTime === "number" && localTime > 0
        ? (localTime + FIT_EPOCH_UNIX_SECONDS) * 1000
        : undefined;
  return localMs === undefined ? null : plausibleOffsetMinutes((localMs - timestamp.getTime()) / 60_000);
}

function samplesOf(records: readonly Fields[], time: string, fraction: string): CadenceSample[] {
  return records.flatMap((record) => {
    const at = dateOf(record[time]);
    const cadence = withFraction(record.cadence, record[fraction]);
    return at === undefined || cadence === undefined ? [] : [{ timeMs: at.getTime(), cadence }];
  });
}

function readWithSdk(bytes: Uint8Array): Result<FitContent, string> {
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  if (errors.length > 0) return err(errors[0]?.message ?? "decoding failed");
  const sessions = ((messages.sessionMesgs ?? []) as Fields[]).map((session) => ({
    sport: typeof session.sport === "string" ? session.sport : undefined,
    startTime: dateOf(session.startTime),
    timerSeconds: numberOf(session.totalTimerTime),
    elapsedSeconds: numberOf(session.totalElapsedTime),
    distanceMeters: numberOf(session.totalDistance),
    averageCadence: withFraction(
      session.avgRunningCadence ?? session.avgCadence,
      session.avgFractionalCadence,
    ),
    totalCycles: numberOf(session.totalStrides) ?? numberOf(session.totalCycles),
  }));
  return ok({
    sessions,
    samples: samplesOf((messages.recordMesgs ?? []) as Fields[], "timestamp", "fractionalCadence"),
    localOffsetMinutes: offsetOf(
      (messages.activityMesgs as Fields[] | undefined)?.[0],
      "localTimestamp",
      "timestamp",
    ),
  });
}

function readWithFitFileParser(bytes: Uint8Array): Result<FitContent, string> {
  let outcome: Result<FitContent, string> = err("decoding failed");
  new FitParser({ force: false, mode: "list", speedUnit: "m/s", lengthUnit: "m" }).parse(
    Buffer.from(bytes),
    (error, data) => {
      if (error !== undefined || data === undefined) {
        outcome = err(error ?? "decoding failed");
        return;
      }
      const parsed = data as unknown as { sessions?: Fields[]; records?: Fields[]; activity?: Fields };
      outcome = ok({
        sessions: (parsed.sessions ?? []).map((session) => ({
          sport: typeof session.sport === "string" ? session.sport : undefined,
          startTime: dateOf(session.start_time),
          timerSeconds: numberOf(session.total_timer_time),
          elapsedSeconds: numberOf(session.total_elapsed_time),
          distanceMeters: numberOf(session.total_distance),
          averageCadence: withFraction(session.avg_cadence, session.avg_fractional_cadence),
          totalCycles: numberOf(session.total_strides) ?? numberOf(session.total_cycles),
        })),
        samples: samplesOf(parsed.records ?? [], "timestamp", "fractional_cadence"),
        localOffsetMinutes: offsetOf(parsed.activity, "local_timestamp", "timestamp"),
      });
    },
  );
  return outcome;
}

function toActivity(
  session: FitSession,
  content: FitContent,
  options: ActivityReadOptions,
): RecordedActivity | undefined {
  const start = session.startTime;
  const durationSeconds = session.timerSeconds ?? session.elapsedSeconds;
  if (start === undefined || durationSeconds === undefined || durationSeconds <= 0) return undefined;
  const sport = sportFromText(session.sport);
  const startMs = start.getTime();
  const endMs = startMs + (session.elapsedSeconds ?? durationSeconds) * 1000 + SESSION_MARGIN_MS;
  const samples = content.samples.filter((sample) => sample.timeMs >= startMs && sample.timeMs <= endMs);
  const cycles = session.totalCycles;
  const { repetitions, cadencePerMin } = countRepetitions({
    sport,
    durationSeconds,
    samples,
    averageCadence: session.averageCadence ?? null,
    deviceTotal:
      cycles === undefined ? null : sport === "running" || sport === "walking" ? cycles * 2 : cycles,
    footCadenceInCycles: true,
  });
  return {
    source: "fit",
    date: localDateOf(startMs, content.localOffsetMinutes, options.timeZone),
    startTime: start.toISOString(),
    sport,
    durationSeconds,
    distanceMeters: session.distanceMeters ?? null,
    cadencePerMin,
    repetitions,
  };
}

export function parseFit(
  bytes: Uint8Array,
  options: ActivityReadOptions = {},
): Result<RecordedActivity[], HipError> {
  if (!Decoder.isFIT(Stream.fromByteArray(bytes))) {
    return err(
      hipError(
        "unsupported-media",
        "This is not a FIT file (it may be a photo or another file renamed .fit).",
      ),
    );
  }
  if (!new Decoder(Stream.fromByteArray(bytes)).checkIntegrity()) {
    return err(
      hipError(
        "unprocessable",
        "This FIT file is damaged or incomplete (cut short while copying?). Export it again.",
      ),
    );
  }
  const bySdk = readWithSdk(bytes);
  const content =
    bySdk.ok || !/compressed timestamp/i.test(bySdk.error) ? bySdk : readWithFitFileParser(bytes);
  if (!content.ok) {
    return err(
      hipError(
        "unprocessable",
        "This FIT file could not be read (it is damaged or written in a way no reader here knows). Export it again, or export a GPX or TCX instead.",
      ),
    );
  }
  const activities = content.value.sessions.flatMap(
    (session) => toActivity(session, content.value, options) ?? [],
  );
  if (activities.length === 0) {
    return err(
      hipError(
        "unprocessable",
        "This FIT file holds no timed activity (it may be a course, a workout plan or settings).",
      ),
    );
  }
  return ok(activities);
}
