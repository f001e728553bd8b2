import type { KeypointFrame } from "../skeleton/joints.js";
import type { MovementReport } from "./movement-report.js";

/**
 * How far from a repetition's deepest moment a frame is read again by the finer model. The knee is nearly still
 * at the bottom of a squat or step-down, and the decoder samples 15 frames a second (decision 0050), so ± 100 ms
 * holds the deepest frame and one on either side: three runs of the finer model per repetition (design choice,
 * decision 0460).
 */
export const REFINE_AROUND_BOTTOM_MS = 100;

/**
 * The frames worth reading again with the higher-resolution model: in a scored report, those within
 * REFINE_AROUND_BOTTOM_MS of each repetition's bottom, where the knee is most bent and the screen measures its
 * angle. Nothing for a refused report or a still photo (a photo is read by the finer model whole). Indices into
 * `frames`, ascending, each once.
 */
export function refinementFramesOf(report: MovementReport, frames: readonly KeypointFrame[]): number[] {
  if (report.status !== "scored" || report.repCount === 0) return [];
  const bottomsMs = report.reps.map((rep) => rep.bottomMs);
  return frames.flatMap((frame, index) =>
    bottomsMs.some((bottomMs) => Math.abs(frame.timeMs - bottomMs) <= REFINE_AROUND_BOTTOM_MS) ? [index] : [],
  );
}
