export type SignalSample = { readonly timeMs: number; readonly value: number };

export type RepWindow = {
  readonly startIndex: number;
  readonly peakIndex: number;
  readonly endIndex: number;
  readonly startMs: number;
  readonly peakMs: number;
  readonly endMs: number;
  /** Peak minus the resting level, in the signal's unit. */
  readonly amplitude: number;
  /** False when the clip ended before the person came back to rest. */
  readonly complete: boolean;
};

export type SegmentOptions = {
  /** Smallest excursion from rest that counts as a repetition. */
  readonly minAmplitude: number;
};

/** Enter a rep above 50% of the range, leave it below 25%; the gap (hysteresis) stops jitter from double counting. */
const ENTER_FRACTION = 0.5;
const LEAVE_FRACTION = 0.25;
/** A rep cut off by the end of the clip still counts once the person has come back up this much from the peak. */
const CUT_OFF_RETURN_FRACTION = 0.25;

function quantile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(fraction * (sorted.length - 1))));
  return sorted[index] ?? 0;
}

/**
 * Repetitions as excursions of a signal away from its resting level (rest = 10th percentile, top = 90th, so a
 * few wild frames do not set the scale). Larger values mean further from rest. Samples in time order; non-finite
 * samples are skipped and indices count the finite ones.
 */
export function segmentReps(given: readonly SignalSample[], options: SegmentOptions): RepWindow[] {
  const samples = given.filter((sample) => Number.isFinite(sample.value) && Number.isFinite(sample.timeMs));
  const values = samples.map((sample) => sample.value);
  if (values.length < 3) return [];
  const sorted = [...values].sort((a, b) => a - b);
  const rest = quantile(sorted, 0.1);
  const range = quantile(sorted, 0.9) - rest;
  if (!(range >= options.minAmplitude) || range <= 0) return [];
  const enter = rest + ENTER_FRACTION * range;
  const leave = rest + LEAVE_FRACTION * range;
  const windows: RepWindow[] = [];
  let restIndex = 0;
  let open: { start: number; peak: number } | undefined;
  samples.forEach((sample, index) => {
    const value = sample.value;
    if (open === undefined) {
      if (value <= leave) restIndex = index;
      else if (value >= enter) open = { start: restIndex, peak: index };
      return;
    }
    if (value > valueAt(samples, open.peak)) open = { start: open.start, peak: index };
    if (value <= leave) {
      windows.push(windowOf(samples, open.start, open.peak, index, rest, true));
      open = undefined;
      restIndex = index;
    }
  });
  if (open !== undefined) {
    const last = samples.length - 1;
    const peakValue = valueAt(samples, open.peak);
    const returned = (peakValue - valueAt(samples, last)) / range;
    if (returned >= CUT_OFF_RETURN_FRACTION) {
      windows.push(windowOf(samples, open.start, open.peak, last, rest, false));
    }
  }
  return windows;
}

function valueAt(samples: readonly SignalSample[], index: number): number {
  return samples[index]?.value ?? Number.NaN;
}

function windowOf(
  samples: readonly SignalSample[],
  start: number,
  peak: number,
  end: number,
  rest: number,
  complete: boolean,
): RepWindow {
  const timeAt = (index: number): number => samples[index]?.timeMs ?? 0;
  return {
    startIndex: start,
    peakIndex: peak,
    endIndex: end,
    startMs: timeAt(start),
    peakMs: timeAt(peak),
    endMs: timeAt(end),
    amplitude: valueAt(samples, peak) - rest,
    complete,
  };
}
