/**
 * One-euro filter (Casiez, Roussel & Vogel, CHI 2012): a low-pass filter whose cutoff rises with speed, so slow
 * jitter is smoothed while fast movement keeps little lag. Stateful: one instance per signal.
 */
export type OneEuroSettings = {
  readonly minCutoffHz: number;
  readonly beta: number;
  readonly derivativeCutoffHz: number;
};

/** Coordinates are in leg lengths, so beta is per leg length per second. Tuned on synthetic squats: about 2 s reps keep their peak within 0.5°. */
export const DEFAULT_ONE_EURO: OneEuroSettings = { minCutoffHz: 4, beta: 1, derivativeCutoffHz: 1 };

function alphaOf(cutoffHz: number, periodSeconds: number): number {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / periodSeconds);
}

export class OneEuroFilter {
  private previous: { value: number; derivative: number; timeMs: number } | undefined;

  constructor(private readonly settings: OneEuroSettings = DEFAULT_ONE_EURO) {}

  apply(value: number, timeMs: number): number {
    const previous = this.previous;
    const periodSeconds = previous === undefined ? 0 : (timeMs - previous.timeMs) / 1000;
    if (previous === undefined || !(periodSeconds > 0)) {
      this.previous = { value, derivative: 0, timeMs };
      return value;
    }
    const rawDerivative = (value - previous.value) / periodSeconds;
    const derivativeAlpha = alphaOf(this.settings.derivativeCutoffHz, periodSeconds);
    const derivative = previous.derivative + derivativeAlpha * (rawDerivative - previous.derivative);
    const cutoffHz = this.settings.minCutoffHz + this.settings.beta * Math.abs(derivative);
    const filtered = previous.value + alphaOf(cutoffHz, periodSeconds) * (value - previous.value);
    this.previous = { value: filtered, derivative, timeMs };
    return filtered;
  }

  reset(): void {
    this.previous = undefined;
  }
}
