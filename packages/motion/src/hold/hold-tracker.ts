import { median } from "../geometry/median.js";
import type { KeypointFrame } from "../skeleton/joints.js";
import { measureHoldFrame } from "./hold-geometry.js";
import {
  HOLD_END_CONFIRM_MS,
  HOLD_MEDIAN_WINDOW_MS,
  HOLD_QUALITY_LIMITS,
  HOLD_REFERENCE_MS,
  HOLD_SIGNAL_THRESHOLDS,
  HOLD_START_CONFIRM_MS,
  MIN_HOLD_MS,
  SAME_BODY_TRUNK_RATIO,
  TRUNK_ROTATION_END_DEG,
} from "./hold-thresholds.js";
import type { HoldQuality, HoldStopReason, HoldTest } from "./hold-tests.js";

const DEG_PER_RAD = 180 / Math.PI;

/** One hold the camera timed, from the first frame in position to the first frame of the fault that ended it. */
export type TimedHold = {
  readonly startMs: number;
  readonly endMs: number;
  readonly durationMs: number;
  readonly stopReason: HoldStopReason;
  readonly quality: HoldQuality;
  /** The level held (median of its first seconds), degrees: the leg's lift or the hips' alignment (`signalDeg`). */
  readonly heldDeg: number;
  /** Standard deviation of the signal over the hold, degrees: how steady it was. */
  readonly steadinessSdDeg: number;
  /** Mean rotation of the trunk or pelvis over the hold, degrees. */
  readonly rotationDeg: number;
};

export type HoldState =
  | { readonly phase: "waiting" }
  | { readonly phase: "holding"; readonly startMs: number; readonly elapsedMs: number }
  | { readonly phase: "ended"; readonly hold: TimedHold };

type Fault = "drop" | "rotation" | "gone";
type Sample = { readonly timeMs: number; readonly signalDeg: number; readonly rotationDeg: number };
type Filtered = {
  readonly signalDeg: number;
  readonly shoulderStack: number;
  readonly hipStack: number;
  readonly trunkPx: number;
};
type Holding = {
  readonly startMs: number;
  readonly samples: Sample[];
  readonly stacks: { readonly timeMs: number; readonly shoulder: number; readonly hip: number }[];
  reference: { heldDeg: number; shoulder: number; hip: number } | null;
  /** The person's trunk length at the start of the hold, pixels. */
  readonly trunkPx: number;
  readonly faults: Record<Fault, number | null>;
};

function rotationOf(stack: number, reference: number): number {
  if (!(reference > 0)) return 0;
  return Math.acos(Math.min(1, Math.max(0, stack / reference))) * DEG_PER_RAD;
}

function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}

function grade(value: number, limits: { readonly good: number; readonly fair: number }): HoldQuality {
  if (value <= limits.good) return "good";
  return value <= limits.fair ? "fair" : "poor";
}

const QUALITY_ORDER: readonly HoldQuality[] = ["good", "fair", "poor"];

/**
 * Times one hold from keypoint frames given one at a time, live from a camera or read from a video (decisions
 * 0380–0382). Each frame's signal is the median of the last 300 ms, so one bad detection moves nothing. The hold
 * starts when the signal has stayed past the start threshold for half a second (dated from the first of those
 * frames); it ends when the leg or hips stay more than the drop below the level held, the trunk stays rolled past
 * 30°, or the body stays out of view, each for a second (dated from the first frame of the fault), so a wobble the
 * person catches is not an end. A "hold" shorter than two seconds is a false start and the tracker waits again.
 */
export class HoldTracker {
  readonly #test: HoldTest;
  #window: {
    readonly timeMs: number;
    readonly signalDeg: number;
    readonly shoulder: number;
    readonly hip: number;
    readonly trunkPx: number;
  }[] = [];
  #aboveSinceMs: number | null = null;
  #holding: Holding | null = null;
  #ended: TimedHold | null = null;
  #lastMs = 0;

  constructor(test: HoldTest) {
    this.#test = test;
  }

  get state(): HoldState {
    if (this.#ended !== null) return { phase: "ended", hold: this.#ended };
    if (this.#holding !== null) {
      return {
        phase: "holding",
        startMs: this.#holding.startMs,
        elapsedMs: this.#lastMs - this.#holding.startMs,
      };
    }
    return { phase: "waiting" };
  }

  push(frame: KeypointFrame): HoldState {
    if (this.#ended !== null) return this.state;
    this.#lastMs = frame.timeMs;
    const filtered = this.#filter(frame);
    if (this.#holding === null) this.#wait(frame.timeMs, filtered);
    else this.#hold(this.#holding, frame.timeMs, filtered);
    return this.state;
  }

  /** The person ends the hold by hand; a fault already under way (a leg already down) dates the end instead. */
  stop(atMs: number): HoldState {
    if (this.#holding !== null && this.#ended === null) this.#end(this.#holding, atMs, "stopped-by-person");
    return this.state;
  }

  /** The recording is over: a hold still running ends with it, or at a fault under way when it ended. */
  finish(): HoldState {
    if (this.#holding !== null && this.#ended === null) this.#end(this.#holding, this.#lastMs, "video-ended");
    return this.state;
  }

  #filter(frame: KeypointFrame): Filtered | null {
    const measure = measureHoldFrame(frame, this.#test);
    const fromMs = frame.timeMs - HOLD_MEDIAN_WINDOW_MS;
    this.#window = this.#window.filter((entry) => entry.timeMs > fromMs);
    if (measure === null) return null;
    this.#window.push({
      timeMs: frame.timeMs,
      signalDeg: measure.signalDeg,
      shoulder: measure.shoulderStackRatio,
      hip: measure.hipStackRatio,
      trunkPx: measure.trunkPx,
    });
    return {
      trunkPx: median(this.#window.map((entry) => entry.trunkPx)) ?? measure.trunkPx,
      signalDeg: median(this.#window.map((entry) => entry.signalDeg)) ?? measure.signalDeg,
      shoulderStack: median(this.#window.map((entry) => entry.shoulder)) ?? measure.shoulderStackRatio,
      hipStack: median(this.#window.map((entry) => entry.hip)) ?? measure.hipStackRatio,
    };
  }

  #wait(timeMs: number, filtered: Filtered | null): void {
    if (filtered === null || filtered.signalDeg < HOLD_SIGNAL_THRESHOLDS[this.#test].startDeg) {
      this.#aboveSinceMs = null;
      return;
    }
    this.#aboveSinceMs ??= timeMs;
    if (timeMs - this.#aboveSinceMs < HOLD_START_CONFIRM_MS) return;
    const startMs = this.#aboveSinceMs;
    this.#holding = {
      startMs,
      trunkPx: filtered.trunkPx,
      samples: [],
      stacks: [],
      reference: null,
      faults: { drop: null, rotation: null, gone: null },
    };
    // The frames since the start were waited through: they are the hold's first samples.
    for (const entry of this.#window.filter((one) => one.timeMs >= startMs)) {
      this.#hold(this.#holding, entry.timeMs, {
        signalDeg: entry.signalDeg,
        shoulderStack: entry.shoulder,
        hipStack: entry.hip,
        trunkPx: entry.trunkPx,
      });
    }
  }

  #hold(holding: Holding, timeMs: number, filtered: Filtered | null): void {
    const thresholds = HOLD_SIGNAL_THRESHOLDS[this.#test];
    const { faults } = holding;
    const sameBody =
      filtered !== null &&
      filtered.trunkPx >= SAME_BODY_TRUNK_RATIO.min * holding.trunkPx &&
      filtered.trunkPx <= SAME_BODY_TRUNK_RATIO.max * holding.trunkPx;
    if (filtered === null || !sameBody) {
      faults.gone ??= timeMs;
    } else {
      faults.gone = null;
      if (holding.reference === null) {
        holding.stacks.push({ timeMs, shoulder: filtered.shoulderStack, hip: filtered.hipStack });
      }
      const shoulderReference =
        holding.reference?.shoulder ?? median(holding.stacks.map((stack) => stack.shoulder)) ?? 0;
      const hipReference = holding.reference?.hip ?? median(holding.stacks.map((stack) => stack.hip)) ?? 0;
      const rotationDeg = Math.max(
        rotationOf(filtered.shoulderStack, shoulderReference),
        rotationOf(filtered.hipStack, hipReference),
      );
      holding.samples.push({ timeMs, signalDeg: filtered.signalDeg, rotationDeg });
      if (holding.reference === null && timeMs - holding.startMs >= HOLD_REFERENCE_MS) {
        holding.reference = {
          heldDeg: median(holding.samples.map((sample) => sample.signalDeg)) ?? filtered.signalDeg,
          shoulder: shoulderReference,
          hip: hipReference,
        };
      }
      // Until the level held is known, the drop is counted from the start threshold.
      const dropBelowDeg = (holding.reference?.heldDeg ?? thresholds.startDeg) - thresholds.dropDeg;
      faults.drop = filtered.signalDeg < dropBelowDeg ? (faults.drop ?? timeMs) : null;
      faults.rotation = rotationDeg > TRUNK_ROTATION_END_DEG ? (faults.rotation ?? timeMs) : null;
    }
    const confirmed = (Object.entries(faults) as [Fault, number | null][]).filter(
      ([, sinceMs]) => sinceMs !== null && timeMs - sinceMs >= HOLD_END_CONFIRM_MS,
    );
    if (confirmed.length > 0) this.#end(holding, timeMs, "video-ended");
  }

  /** Ends at the earliest fault under way, or at `atMs` for `otherwise` when there is none. */
  #end(holding: Holding, atMs: number, otherwise: HoldStopReason): void {
    const under = (Object.entries(holding.faults) as [Fault, number | null][])
      .flatMap(([fault, sinceMs]) => (sinceMs === null ? [] : [{ fault, sinceMs }]))
      .sort((a, b) => a.sinceMs - b.sinceMs)[0];
    const endMs = under?.sinceMs ?? atMs;
    const stopReason: HoldStopReason =
      under === undefined
        ? otherwise
        : under.fault === "gone"
          ? "person-left"
          : under.fault === "rotation"
            ? "trunk-rotated"
            : this.#test === "abductor-endurance-hold"
              ? "leg-dropped"
              : "hips-dropped";
    this.#holding = null;
    this.#aboveSinceMs = null;
    if (endMs - holding.startMs < MIN_HOLD_MS) return;
    this.#ended = this.#timed(holding, endMs, stopReason);
  }

  #timed(holding: Holding, endMs: number, stopReason: HoldStopReason): TimedHold {
    const within = holding.samples.filter((sample) => sample.timeMs < endMs);
    const core = within.filter(
      (sample) =>
        sample.timeMs >= holding.startMs + HOLD_QUALITY_LIMITS.edgeMs &&
        sample.timeMs <= endMs - HOLD_QUALITY_LIMITS.edgeMs,
    );
    const judged = core.length >= 2 ? core : within;
    const heldDeg =
      holding.reference?.heldDeg ?? median(judged.map((sample) => sample.signalDeg)) ?? Number.NaN;
    const steadinessSdDeg = standardDeviation(judged.map((sample) => sample.signalDeg));
    const rotationDeg =
      judged.length === 0 ? 0 : judged.reduce((sum, sample) => sum + sample.rotationDeg, 0) / judged.length;
    const meanSignal =
      judged.length === 0
        ? heldDeg
        : judged.reduce((sum, sample) => sum + sample.signalDeg, 0) / judged.length;
    const grades = [
      grade(steadinessSdDeg, HOLD_QUALITY_LIMITS.steadinessSdDeg),
      grade(rotationDeg, HOLD_QUALITY_LIMITS.rotationDeg),
      ...(this.#test === "side-bridge-hold"
        ? [grade(Math.max(0, -meanSignal), HOLD_QUALITY_LIMITS.sideBridgeSagDeg)]
        : []),
    ];
    const quality = QUALITY_ORDER[Math.max(...grades.map((one) => QUALITY_ORDER.indexOf(one)))] ?? "poor";
    return {
      startMs: holding.startMs,
      endMs,
      durationMs: endMs - holding.startMs,
      stopReason,
      quality,
      heldDeg,
      steadinessSdDeg,
      rotationDeg,
    };
  }
}
