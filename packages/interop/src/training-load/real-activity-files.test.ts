/**
 * Real exports from Garmin devices, Garmin Connect, Strava and the Apple Watch (testdata/activity, PROVENANCE.md),
 * each figure compared with what the file itself records: its session totals, its lap counts, its own cadence
 * readings.
 */
import { readFileSync } from "node:fs";
import { Decoder, Stream } from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../testing/testdata-path.js";
import { parseActivityFile } from "./parse-activity-file.js";
import type { ActivityReadOptions, RecordedActivity } from "./recorded-activity.js";

const bytesOf = (name: string) => new Uint8Array(readFileSync(testdataPath(`activity/${name}`)));

function read(name: string, options: ActivityReadOptions = {}): RecordedActivity[] {
  const result = parseActivityFile(bytesOf(name), name, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The file's own session messages, as Garmin's SDK decodes them. */
function sessionsOf(name: string) {
  return new Decoder(Stream.fromByteArray(bytesOf(name))).read().messages.sessionMesgs ?? [];
}

/** Mean of the non-zero readings × the time spent at non-zero readings: a plain reading of the records. */
function movingCadenceTimesMinutes(points: readonly { timeMs: number; cadence: number }[]): number {
  let total = 0;
  for (let index = 0; index + 1 < points.length; index += 1) {
    const seconds = (points[index + 1]!.timeMs - points[index]!.timeMs) / 1000;
    if (seconds <= 30) total += (points[index]!.cadence * seconds) / 60;
  }
  return total;
}

const relativeGap = (count: number | undefined, reference: number): number =>
  Math.abs((count ?? 0) - reference) / reference;

describe("Garmin FIT files", () => {
  it("a road ride (Edge): pedal strokes are the device's total, which agrees with its records", () => {
    const [ride] = read("tormoderfit_bpg_garmin.fit");
    const [session] = sessionsOf("tormoderfit_bpg_garmin.fit");
    expect(ride).toMatchObject({
      sport: "cycling",
      startTime: (session?.startTime as Date | undefined)?.toISOString(),
      durationSeconds: session?.totalTimerTime,
      distanceMeters: session?.totalDistance,
      repetitions: { kind: "pedal-strokes", count: session?.totalCycles, source: "recorded-total" },
    });
    // The device's average cadence (82 + 0.93 rpm) is what the moving readings give.
    expect(ride?.cadencePerMin).toBeCloseTo(82.93, 0);
    // Evening in the eastern United States: the FIT's local time says 2020-11-07 (UTC is already the 7th too,
    // but 22:03 UTC would be the 8th in Asia): the file's offset wins over the zone the person gave.
    expect(read("tormoderfit_bpg_garmin.fit", { timeZone: "Asia/Tokyo" })[0]?.date).toBe("2020-11-07");
  });

  it("a mountain run (Forerunner): steps = 2 × the device's strides, dated in the runner's own morning", () => {
    const [run] = read("tormoderfit_misc_mornindew-broken.fit", { timeZone: "Europe/Paris" });
    const [session] = sessionsOf("tormoderfit_misc_mornindew-broken.fit");
    expect(run).toMatchObject({
      sport: "running",
      date: "2019-05-18",
      durationSeconds: session?.totalTimerTime,
      repetitions: { kind: "steps", count: 2 * (session?.totalStrides ?? 0), source: "recorded-total" },
    });
    expect(run?.cadencePerMin).toBeCloseTo(2 * (82 + 0.6484375), -1);
  });

  it("an indoor ride whose device total is 0: strokes from the records, close to average cadence × time", () => {
    const [ride] = read("tormoderfit_misc_0134902991.fit");
    const [session] = sessionsOf("tormoderfit_misc_0134902991.fit");
    expect(session?.totalCycles).toBe(0);
    expect(ride?.repetitions?.source).toBe("recorded-cadence");
    const fromAverage = (session?.avgCadence ?? 0) * ((session?.totalTimerTime ?? 0) / 60);
    expect(Math.abs((ride?.repetitions?.count ?? 0) - fromAverage) / fromAverage).toBeLessThan(0.05);
  });

  it("a multisport day (Fenix 2): one activity per leg, each run leg's steps from its own records", () => {
    const activities = read("tormoderfit_me_activity-large-fenxi2-multisport.fit");
    const sessions = sessionsOf("tormoderfit_me_activity-large-fenxi2-multisport.fit");
    expect(activities.map((a) => a.durationSeconds)).toEqual(sessions.map((s) => s.totalTimerTime));
    expect(activities.map((a) => a.sport)).toEqual([
      "other",
      "other",
      "running",
      "other",
      "running",
      "other",
      "cycling",
    ]);
    const records = (
      new Decoder(Stream.fromByteArray(bytesOf("tormoderfit_me_activity-large-fenxi2-multisport.fit"))).read()
        .messages.recordMesgs ?? []
    ).flatMap((record) =>
      record.cadence === undefined || !(record.timestamp instanceof Date)
        ? []
        : [{ timeMs: record.timestamp.getTime(), cadence: record.cadence }],
    );
    for (const index of [2, 4]) {
      const startMs = Date.parse(activities[index]!.startTime);
      const endMs = startMs + (sessions[index]?.totalElapsedTime ?? 0) * 1000;
      const own = records.filter((r) => r.timeMs >= startMs && r.timeMs <= endMs);
      expect(activities[index]?.repetitions).toMatchObject({ kind: "steps", source: "recorded-cadence" });
      expect(
        relativeGap(activities[index]?.repetitions?.count, 2 * movingCadenceTimesMinutes(own)),
      ).toBeLessThan(0.01);
    }
  });

  it("an older Garmin file with compressed timestamps is read, not refused", () => {
    const sdk = new Decoder(Stream.fromByteArray(bytesOf("fitdecode_antfs-dump.63.fit"))).read();
    expect(sdk.errors[0]?.message).toMatch(/compressed timestamp/);
    const [run] = read("fitdecode_antfs-dump.63.fit");
    expect(run).toMatchObject({
      sport: "running",
      startTime: "1990-07-09T07:00:41.000Z",
      durationSeconds: 3426.898,
      repetitions: { kind: "steps", source: "default-cadence" },
    });
  });

  it("a pool swim counts no knee repetitions; a file with a bad CRC and a workout plan are refused", () => {
    expect(read("tormoderfit_fitsdk_activity_poolswim_with_hr.fit")[0]).toMatchObject({
      sport: "other",
      repetitions: null,
    });
    for (const name of [
      "fitdecode_invalid_activity-activity-filecrc.fit",
      "fitdecode_WorkoutRepeatSteps.fit",
    ]) {
      const result = parseActivityFile(bytesOf(name), name);
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.error.message).not.toMatch(/FIT Runtime Error/);
    }
  });
});

describe("GPX and TCX exports", () => {
  it("Garmin Connect TCX: an evening ride in Vancouver is that day's ride, strokes from its points", () => {
    const [ride] = read("togeojson_garmin_connect.tcx", { timeZone: "America/Vancouver" });
    expect(ride).toMatchObject({
      sport: "cycling",
      startTime: "2020-03-06T00:23:46.000Z",
      date: "2020-03-05",
      durationSeconds: 4352,
    });
    const text = new TextDecoder().decode(bytesOf("togeojson_garmin_connect.tcx"));
    const points = text
      .split("<Trackpoint>")
      .slice(1)
      .flatMap((point) => {
        const time = /<Time>([^<]+)<\/Time>/.exec(point)?.[1];
        const cadence = /<Cadence>(\d+)<\/Cadence>/.exec(point)?.[1];
        return time === undefined || cadence === undefined
          ? []
          : [{ timeMs: Date.parse(time), cadence: Number(cadence) }];
      });
    expect(ride?.repetitions).toMatchObject({ kind: "pedal-strokes", source: "recorded-cadence" });
    // Its 317 points are sparse over 72 minutes: the moving cadence they show, carried over the moving time.
    const moving = points.filter((point) => point.cadence > 0);
    const meanCadence = moving.reduce((sum, point) => sum + point.cadence, 0) / moving.length;
    expect(relativeGap(ride?.cadencePerMin ?? 0, meanCadence)).toBeLessThan(0.1);
    expect(ride?.repetitions?.count).toBe(Math.round((ride?.cadencePerMin ?? 0) * (4352 / 60)));
    // The lap's <Cadence>106</Cadence> × 72.5 min would have counted 7,689.
    expect(ride?.repetitions?.count).toBeLessThan(106 * (4352 / 60) * 0.8);
  });

  it("a TCX written with its local offset is dated by that offset, whatever zone the person gave", () => {
    const [ride] = read("togeojson_tour_hr.tcx", { timeZone: "Pacific/Kiritimati" });
    expect(ride).toMatchObject({ startTime: "2020-12-27T14:43:49.000Z", date: "2020-12-27" });
  });

  it("Apple Watch GPX with two extension blocks per point: the run's cadence is read", () => {
    const [run] = read("togeojson_Friday-Evening-Run.gpx");
    expect(run?.sport).toBe("running");
    expect(run?.repetitions?.source).toBe("recorded-cadence");
    expect(run?.cadencePerMin).toBeGreaterThan(120);
  });

  it("Strava GPX: the numeric type names the sport (1 = ride, 9 = run), the name is the fallback", () => {
    const strava = new TextDecoder().decode(bytesOf("togeojson_strava.gpx"));
    const typed = (type: string) =>
      parseActivityFile(new TextEncoder().encode(strava.replace("<trkseg>", `${type}<trkseg>`)), "s.gpx");
    const ride = typed("<type>1</type>");
    expect(ride.ok && ride.value[0]).toMatchObject({ sport: "cycling", cadencePerMin: 83 });
    expect(ride.ok && ride.value[0]?.repetitions).toEqual({
      kind: "pedal-strokes",
      count: Math.round(83 * (7723 / 60)),
      source: "recorded-cadence",
    });
    const run = typed("<type>9</type>");
    expect(run.ok && run.value[0]?.sport).toBe("running");
    const named = parseActivityFile(
      new TextEncoder().encode(strava.replace("120' moderate and hard", "Course à pied le matin")),
      "s.gpx",
    );
    expect(named.ok && named.value[0]?.sport).toBe("running");
  });

  it("a time zone the runtime does not know is refused before reading", () => {
    const result = parseActivityFile(bytesOf("togeojson_sample.tcx"), "x.tcx", { timeZone: "Mars/Olympus" });
    expect(result.ok ? null : result.error).toMatchObject({ kind: "invalid-input", field: "timeZone" });
  });
});
