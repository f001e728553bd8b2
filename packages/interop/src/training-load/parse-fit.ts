/**
 * FIT activity files (Garmin, Wahoo, Coros, …) decoded with Garmin's own FIT SDK. One activity per session message.
 * The file's CRC is checked first, so a truncated or damaged file is refused rather than half-read.
 */
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
import { Decoder, Stream } from "@garmin/fitsdk";
import { estimateRepetitions, sportFromText, toCadencePerMin } from "./estimate-repetitions.js";
import type { RecordedActivity } from "./recorded-activity.js";

type FitSession = {
  readonly sport?: unknown;
  readonly startTime?: unknown;
  readonly totalTimerTime?: number;
  readonly totalElapsedTime?: number;
  readonly totalDistance?: number;
  readonly avgCadence?: number;
  readonly avgRunningCadence?: number;
  readonly avgFractionalCadence?: number;
  readonly totalCycles?: number;
  readonly totalStrides?: number;
};

function cadenceOf(session: FitSession): number | null {
  const whole = session.avgRunningCadence ?? session.avgCadence;
  if (whole === undefined) return null;
  return whole + (session.avgFractionalCadence ?? 0);
}

/** A running or walking session counts strides (two steps each); a cycling session counts crank revolutions. */
function recordedTotal(sport: RecordedActivity["sport"], session: FitSession): number | null {
  const cycles = session.totalStrides ?? session.totalCycles;
  if (cycles === undefined) return null;
  return sport === "running" || sport === "walking" ? cycles * 2 : cycles;
}

function toActivity(session: FitSession): RecordedActivity | undefined {
  if (!(session.startTime instanceof Date) || Number.isNaN(session.startTime.getTime())) return undefined;
  const durationSeconds = session.totalTimerTime ?? session.totalElapsedTime;
  if (durationSeconds === undefined || durationSeconds <= 0) return undefined;
  const sport = sportFromText(typeof session.sport === "string" ? session.sport : undefined);
  const cadence = cadenceOf(session);
  const cadencePerMin = cadence === null || cadence <= 0 ? null : toCadencePerMin(sport, cadence);
  const startTime = session.startTime.toISOString();
  return {
    source: "fit",
    date: startTime.slice(0, 10),
    startTime,
    sport,
    durationSeconds,
    distanceMeters: session.totalDistance ?? null,
    cadencePerMin,
    repetitions: estimateRepetitions({
      sport,
      durationSeconds,
      cadencePerMin,
      recordedTotal: recordedTotal(sport, session),
    }),
  };
}

export function parseFit(bytes: Uint8Array): Result<RecordedActivity[], HipError> {
  const stream = Stream.fromByteArray(bytes);
  if (!Decoder.isFIT(stream)) {
    return err(
      hipError(
        "unsupported-media",
        "This is not a FIT file (it may be a photo or another file renamed .fit).",
      ),
    );
  }
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.checkIntegrity()) {
    return err(
      hipError(
        "unprocessable",
        "This FIT file is damaged or incomplete (cut short while copying?). Export it again.",
      ),
    );
  }
  const { messages, errors } = decoder.read();
  if (errors.length > 0) {
    return err(
      hipError(
        "unprocessable",
        `This FIT file could not be read: ${errors[0]?.message ?? "decoding failed"}.`,
      ),
    );
  }
  const activities = (messages.sessionMesgs ?? []).flatMap(
    (session) => toActivity(session as FitSession) ?? [],
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
