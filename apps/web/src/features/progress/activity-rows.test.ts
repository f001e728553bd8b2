import { describe, expect, it } from "vitest";
import type { RouteOutput } from "@hipcheck/contracts";
import { activityRows } from "./activity-rows.js";

type ActivityView = RouteOutput<"listActivities">[number];

const imported = "2026-03-15T10:00:00.000Z";

/** Marco's Saturday ride, from a bike computer without a cadence sensor, and his Tuesday run and swim. */
const marcoRide: ActivityView = {
  activityId: "ride",
  fileName: "saturday.fit",
  importedAt: imported,
  activity: {
    source: "fit",
    date: "2026-03-14",
    startTime: "2026-03-14T09:00:00.000Z",
    sport: "cycling",
    durationSeconds: 7200,
    distanceMeters: 55_049,
    cadencePerMin: null,
    repetitions: { kind: "pedal-strokes", count: 9600, source: "default-cadence" },
  },
};
const marcoRun: ActivityView = {
  activityId: "run",
  fileName: "tuesday.gpx",
  importedAt: imported,
  activity: {
    source: "gpx",
    date: "2026-03-10",
    startTime: "2026-03-10T06:30:00.000Z",
    sport: "running",
    durationSeconds: 1830,
    distanceMeters: 5262.4,
    cadencePerMin: 167.6,
    repetitions: { kind: "steps", count: 5112.8, source: "recorded-cadence" },
  },
};
const marcoSwim: ActivityView = {
  activityId: "swim",
  fileName: "pool.tcx",
  importedAt: imported,
  activity: {
    source: "tcx",
    date: "2026-03-14",
    startTime: "2026-03-14T18:00:00.000Z",
    sport: "other",
    durationSeconds: 1500,
    distanceMeters: null,
    cadencePerMin: null,
    repetitions: null,
  },
};

describe("Marco's imported activities", () => {
  it("lists the newest first, even on the same day", () => {
    expect(activityRows([marcoRun, marcoRide, marcoSwim]).map((row) => row.activityId)).toEqual([
      "swim",
      "ride",
      "run",
    ]);
  });

  it("rounds minutes, kilometres and cadence, and says which repetitions are estimates", () => {
    const [ride, run] = activityRows([marcoRide, marcoRun]);
    expect(ride).toEqual({
      activityId: "ride",
      fileName: "saturday.fit",
      date: "2026-03-14",
      sport: "cycling",
      durationMinutes: 120,
      distanceKm: 55,
      cadencePerMin: null,
      repetitions: { kind: "pedal-strokes", count: 9600, estimated: true },
    });
    expect(run).toMatchObject({
      durationMinutes: 31,
      distanceKm: 5.3,
      cadencePerMin: 168,
      repetitions: { kind: "steps", count: 5113, estimated: false },
    });
  });

  it("keeps a sport without counted repetitions, with no distance", () => {
    expect(activityRows([marcoSwim])[0]).toMatchObject({
      sport: "other",
      distanceKm: null,
      repetitions: null,
    });
  });
});
