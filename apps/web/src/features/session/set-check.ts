/**
 * How one set of a session is checked by the camera: what the motion module is asked to analyse, and what of
 * its answer the rep counter may offer the person. The person's own count always stays until they choose the
 * camera's.
 */
import type { SetSide } from "@hipcheck/core";
import { analyzeMovement } from "@hipcheck/motion";
import type { AnalyzeOptions, KeypointFrame, MovementReport, PictureLook } from "@hipcheck/motion";
import { recordingPictureChecks } from "../movement-screen/live-picture-checks.js";
import type { FormCheck } from "./form-check-tests.js";

/**
 * A check ends on its own after this long, so a forgotten recording does not keep every frame in memory
 * (design choice: longer than any set of the library's doses, a minute's timed walk included).
 */
export const SET_CHECK_MAX_SECONDS = 120;

/**
 * The set's side is the standing leg of a one-leg test and the working leg lying down (the motion module's
 * `side`); a set done with both legs has none.
 */
export function setCheckOptions(
  check: FormCheck,
  side: SetSide,
  frameSize: { readonly widthPx: number; readonly heightPx: number },
): AnalyzeOptions {
  return {
    test: check.test,
    view: "front",
    frameSize,
    ...(side === "both" ? {} : { side }),
  };
}

/**
 * The set's recording analysed on the device, with the people and light of its own pictures: a set filmed with
 * nobody, someone else in the way or too little light is refused for it, as a file would be (decision 0360).
 */
export function analyzeSet(
  frames: readonly KeypointFrame[],
  looks: readonly PictureLook[],
  options: AnalyzeOptions,
): MovementReport {
  return analyzeMovement(frames, {
    ...options,
    ...recordingPictureChecks(looks, frames[0]?.timeMs ?? Infinity),
  });
}

/**
 * Repetitions the camera counted in a scored check, for the rep counter to offer; null when it counted none
 * (a refused recording, or a hold, whose repetitions are not counted).
 */
export function cameraRepCount(report: MovementReport): number | null {
  return report.status === "scored" && report.repCount > 0 ? report.repCount : null;
}

/** Seconds between the first and the last recorded frame, whole seconds, from the frames' own times. */
export function recordedSeconds(frames: readonly { readonly timeMs: number }[]): number {
  const first = frames[0];
  const last = frames.at(-1);
  return first === undefined || last === undefined ? 0 : Math.floor((last.timeMs - first.timeMs) / 1000);
}
