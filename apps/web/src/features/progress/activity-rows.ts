/**
 * Imported activities as the person reads them: newest first, minutes and kilometres rounded, and whether the
 * knee repetitions were counted by the device or estimated from a typical cadence.
 */
import type { RouteOutput } from "@hipcheck/contracts";
import type { IsoDate } from "@hipcheck/core";

type ActivityView = RouteOutput<"listActivities">[number];
type Activity = ActivityView["activity"];

export type ActivityRow = {
  readonly activityId: string;
  readonly fileName: string;
  readonly date: IsoDate;
  readonly sport: Activity["sport"];
  readonly durationMinutes: number;
  /** One decimal. */
  readonly distanceKm: number | null;
  readonly cadencePerMin: number | null;
  readonly repetitions: {
    readonly kind: "steps" | "pedal-strokes";
    readonly count: number;
    /** No cadence in the file: counted from a default cadence (docs/clinical/training-load.md). */
    readonly estimated: boolean;
  } | null;
};

export function activityRows(views: readonly ActivityView[]): ActivityRow[] {
  return [...views]
    .sort((a, b) => b.activity.startTime.localeCompare(a.activity.startTime))
    .map(({ activityId, fileName, activity }) => ({
      activityId,
      fileName,
      date: activity.date,
      sport: activity.sport,
      durationMinutes: Math.round(activity.durationSeconds / 60),
      distanceKm: activity.distanceMeters === null ? null : Math.round(activity.distanceMeters / 100) / 10,
      cadencePerMin: activity.cadencePerMin === null ? null : Math.round(activity.cadencePerMin),
      repetitions:
        activity.repetitions === null
          ? null
          : {
              kind: activity.repetitions.kind,
              count: Math.round(activity.repetitions.count),
              estimated: activity.repetitions.source === "default-cadence",
            },
    }));
}
