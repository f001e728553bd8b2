/**
 * Steps or pedal strokes from cadence × time, with a default cadence when the file has none. These defaults are
 * not from the project's clinical sources (docs/clinical does not cover cadence); sources are cited beside each.
 */
import type { ActivitySport, Repetitions } from "./recorded-activity.js";

/**
 * Recreational runners' preferred step rate outdoors at a comfortable speed: 165 ± 8 steps/min (21 runners;
 * Eur J Sport Sci 2020, doi:10.1080/17461391.2019.1626911). Not from docs/clinical.
 */
export const DEFAULT_RUNNING_STEPS_PER_MIN = 165;
/**
 * About 100 steps/min marks moderate-intensity walking in adults (Tudor-Locke C et al. Br J Sports Med
 * 2018;52:776-788); used as a typical purposeful-walking cadence. Not from docs/clinical.
 */
export const DEFAULT_WALKING_STEPS_PER_MIN = 100;
/**
 * Freely chosen cadence of non-cyclists is about 80 rpm across workloads (Australian Catholic University study
 * of 18 non-cyclists, researchbank.acu.edu.au/fhs_pub/4333); trained cyclists choose more (85–95 rpm), so this
 * errs low. Not from docs/clinical.
 */
export const DEFAULT_CYCLING_RPM = 80;

/**
 * FIT and Garmin files count foot cadence in full gait cycles (one per two steps), other apps in steps. Running
 * step rates lie around 150–200 per minute and walking ones around 90–130, so a cadence below these bounds is taken
 * as cycles per minute and doubled.
 */
const CYCLES_MAX_PER_MIN = { running: 120, walking: 75 } as const;

const DEFAULTS: Readonly<Record<Exclude<ActivitySport, "other">, number>> = {
  running: DEFAULT_RUNNING_STEPS_PER_MIN,
  walking: DEFAULT_WALKING_STEPS_PER_MIN,
  cycling: DEFAULT_CYCLING_RPM,
};

/** Cadence in steps per minute (running, walking) or rpm (cycling), whichever way the file counted steps. */
export function toCadencePerMin(sport: ActivitySport, cadence: number): number {
  if (sport !== "running" && sport !== "walking") return cadence;
  return cadence < CYCLES_MAX_PER_MIN[sport] ? cadence * 2 : cadence;
}

export type RepetitionInput = {
  readonly sport: ActivitySport;
  readonly durationSeconds: number;
  /** Steps/min or rpm, already in those units. */
  readonly cadencePerMin: number | null;
  /** A total counted by the device (steps or pedal revolutions), when the file has one. */
  readonly recordedTotal: number | null;
};

export function estimateRepetitions(input: RepetitionInput): Repetitions | null {
  if (input.sport === "other") return null;
  const kind = input.sport === "cycling" ? "pedal-strokes" : "steps";
  if (input.recordedTotal !== null && input.recordedTotal > 0) {
    return { kind, count: Math.round(input.recordedTotal), source: "recorded-total" };
  }
  const minutes = input.durationSeconds / 60;
  if (input.cadencePerMin !== null && input.cadencePerMin > 0) {
    return { kind, count: Math.round(input.cadencePerMin * minutes), source: "recorded-cadence" };
  }
  return { kind, count: Math.round(DEFAULTS[input.sport] * minutes), source: "default-cadence" };
}

/** Sport from the words files use ("Running", "Biking", "ride", "trail_running", "hiking", …). */
export function sportFromText(text: string | undefined): ActivitySport {
  const value = (text ?? "").toLowerCase();
  if (/run|jog/.test(value)) return "running";
  if (/bik|cycl|ride|velo/.test(value)) return "cycling";
  if (/walk|hik/.test(value)) return "walking";
  return "other";
}
