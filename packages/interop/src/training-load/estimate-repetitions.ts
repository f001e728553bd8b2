/**
 * Steps or pedal strokes a file's activity put through the knee. The file's own cadence records, integrated over
 * time, come first; a total the device wrote is used only when it agrees with them (devices write wrong totals:
 * an average cadence of 131 rpm beside records worth 11,160 strokes, a bike leg with `total_cycles = 1`); then
 * an average cadence × time; then a default cadence. The defaults are not from the project's research notes
 * (docs/clinical/training-load.md keeps their sources); each is cited beside it.
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

/**
 * Average repetitions per minute of moving time that a whole activity can plausibly have. Wide on purpose: a run
 * with walking breaks, a ride with long descents. They only catch totals that cannot be (1 stroke in 74 minutes,
 * 400 steps a minute), not unusual ones.
 */
const PLAUSIBLE_PER_MIN: Readonly<Record<Exclude<ActivitySport, "other">, readonly [number, number]>> = {
  running: [60, 240],
  walking: [30, 160],
  cycling: [20, 150],
};

/** A device total agrees with the records when it is within 10 % of their integral. */
export const TOTAL_AGREEMENT_SHARE = 0.1;
/** Records further apart than this are a pause (auto-pause, a stop at lights), not time spent moving. */
export const SAMPLE_GAP_MAX_SECONDS = 30;
/** The records speak for the activity only when they cover at least half its moving time. */
const SAMPLE_COVERAGE_MIN = 0.5;

const DEFAULTS: Readonly<Record<Exclude<ActivitySport, "other">, number>> = {
  running: DEFAULT_RUNNING_STEPS_PER_MIN,
  walking: DEFAULT_WALKING_STEPS_PER_MIN,
  cycling: DEFAULT_CYCLING_RPM,
};

/** One cadence reading of the file, in the file's own unit (cycles or steps per minute, rpm). */
export type CadenceSample = { readonly timeMs: number; readonly cadence: number };

export type RepetitionInput = {
  readonly sport: ActivitySport;
  /** Moving time. */
  readonly durationSeconds: number;
  /** The file's cadence records in time order (empty when it has none). */
  readonly samples: readonly CadenceSample[];
  /** An average cadence the file states, in the file's unit. */
  readonly averageCadence: number | null;
  /** A total counted by the device, already in steps or pedal revolutions. */
  readonly deviceTotal: number | null;
  /**
   * How the file counts foot cadence: FIT always in cycles (strides) per minute; for GPX and TCX it is inferred
   * from the values (`undefined`).
   */
  readonly footCadenceInCycles?: boolean;
};

export type CountedRepetitions = {
  readonly repetitions: Repetitions | null;
  /** Steps/min or rpm while moving (zero readings left out, as devices average), when the file has cadence. */
  readonly cadencePerMin: number | null;
};

type Integral = { readonly count: number; readonly coveredSeconds: number; readonly activeSeconds: number };

/** Left Riemann sum of cadence × time, pauses left out. */
function integrate(samples: readonly CadenceSample[]): Integral {
  let count = 0;
  let coveredSeconds = 0;
  let activeSeconds = 0;
  samples.forEach((here, index) => {
    const next = samples[index + 1];
    if (next === undefined) return;
    const seconds = (next.timeMs - here.timeMs) / 1000;
    if (seconds <= 0 || seconds > SAMPLE_GAP_MAX_SECONDS) return;
    coveredSeconds += seconds;
    if (here.cadence > 0) {
      count += (here.cadence * seconds) / 60;
      activeSeconds += seconds;
    }
  });
  return { count, coveredSeconds, activeSeconds };
}

function multiplierOf(input: RepetitionInput, typicalCadence: number | null): number {
  if (input.sport !== "running" && input.sport !== "walking") return 1;
  if (input.footCadenceInCycles !== undefined) return input.footCadenceInCycles ? 2 : 1;
  return typicalCadence !== null && typicalCadence < CYCLES_MAX_PER_MIN[input.sport] ? 2 : 1;
}

function plausible(sport: Exclude<ActivitySport, "other">, count: number, minutes: number): boolean {
  const [low, high] = PLAUSIBLE_PER_MIN[sport];
  return minutes > 0 && count / minutes >= low && count / minutes <= high;
}

function agrees(total: number, reference: number): boolean {
  return reference > 0 && Math.abs(total - reference) <= TOTAL_AGREEMENT_SHARE * reference;
}

export function countRepetitions(input: RepetitionInput): CountedRepetitions {
  const integral = integrate(input.samples);
  const sampleCadence = integral.activeSeconds > 0 ? integral.count / (integral.activeSeconds / 60) : null;
  const multiplier = multiplierOf(input, sampleCadence ?? input.averageCadence);
  const cadenceRaw =
    sampleCadence ??
    (input.averageCadence !== null && input.averageCadence > 0 ? input.averageCadence : null);
  const cadencePerMin = cadenceRaw === null ? null : cadenceRaw * multiplier;
  if (input.sport === "other") return { repetitions: null, cadencePerMin };
  const sport = input.sport;
  const kind = sport === "cycling" ? "pedal-strokes" : "steps";
  const minutes = input.durationSeconds / 60;
  const deviceTotal = input.deviceTotal !== null && input.deviceTotal > 0 ? input.deviceTotal : null;
  const covered =
    integral.count > 0 && integral.coveredSeconds >= SAMPLE_COVERAGE_MIN * input.durationSeconds;
  if (covered) {
    const fromSamples = integral.count * multiplier;
    if (deviceTotal !== null && agrees(deviceTotal, fromSamples)) {
      return {
        repetitions: { kind, count: Math.round(deviceTotal), source: "recorded-total" },
        cadencePerMin,
      };
    }
    return {
      repetitions: { kind, count: Math.round(fromSamples), source: "recorded-cadence" },
      cadencePerMin,
    };
  }
  if (deviceTotal !== null && plausible(sport, deviceTotal, minutes)) {
    return { repetitions: { kind, count: Math.round(deviceTotal), source: "recorded-total" }, cadencePerMin };
  }
  if (cadencePerMin !== null && plausible(sport, cadencePerMin * minutes, minutes)) {
    return {
      repetitions: { kind, count: Math.round(cadencePerMin * minutes), source: "recorded-cadence" },
      cadencePerMin,
    };
  }
  return {
    repetitions: { kind, count: Math.round(DEFAULTS[sport] * minutes), source: "default-cadence" },
    cadencePerMin: cadencePerMin !== null && plausible(sport, cadencePerMin, 1) ? cadencePerMin : null,
  };
}

/**
 * Strava's GPX export writes the sport as its numeric activity type (`<type>9</type>`). The numbers are those of
 * Strava's legacy activity types: 1 Ride, 4 Hike, 9 Run, 10 Walk, 17 Virtual Ride, 18 E-Bike Ride, 53 Virtual Run;
 * the others (swims, skis, workouts, …) count no steps or pedal strokes here.
 */
const STRAVA_TYPES: Readonly<Record<number, ActivitySport>> = {
  1: "cycling",
  4: "walking",
  9: "running",
  10: "walking",
  17: "cycling",
  18: "cycling",
  53: "running",
};

/**
 * Sport from the words files and apps use, in English and French ("Running", "Biking", "ride", "trail_running",
 * "Course à pied", "Vélo", "VTT", "Marche", "Randonnée", …), or from Strava's numeric type.
 */
export function sportFromText(text: string | undefined): ActivitySport {
  const value = (text ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
  if (/^\d+$/.test(value)) return STRAVA_TYPES[Number(value)] ?? "other";
  if (/run|jog|course|footing|trail/.test(value)) return "running";
  if (/bik|cycl|ride|velo|vtt|gravel/.test(value)) return "cycling";
  if (/walk|hik|marche|randonnee|rando\b/.test(value)) return "walking";
  return "other";
}

/** The first of several texts (a file's type, then its name) that names a sport. */
export function sportFromTexts(...texts: readonly (string | undefined)[]): ActivitySport {
  for (const text of texts) {
    const sport = sportFromText(text);
    if (sport !== "other") return sport;
  }
  return "other";
}
