/**
 * Which of an exercise's cues apply now, in a follow-along set: the set-up cues before the set starts, the cues
 * of the movement's end pose while moving into it and holding it, the cues of the way back while returning.
 */
import type { Cue, CuePose, Exercise } from "../knowledge/schema.js";
import type { PaceMoment } from "./follow-along-pace.js";

/** The key pose a moment of the pace is about; `start` before the set runs, none once it is done. */
export function cuePoseAt(moment: PaceMoment | null): CuePose | null {
  if (moment === null) return "start";
  if (moment.kind === "done") return null;
  return moment.phase === "down" ? "return" : "top";
}

export function cuesAt(exercise: Exercise, pose: CuePose | null): readonly Cue[] {
  return pose === null ? [] : exercise.cues.filter((cue) => cue.pose === pose);
}
