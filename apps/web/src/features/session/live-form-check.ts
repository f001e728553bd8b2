/**
 * What the session's form check says while the camera is on: the setup problems of the last second of pictures,
 * judged with the people and light the camera saw (decision 0360), and the exercise's live cues, unless the picture
 * shows the camera is not watching the person doing the set.
 */
import { checkSetup } from "@hipcheck/motion";
import type {
  AnalyzeOptions,
  KeypointFrame,
  PictureLook,
  SetupProblem,
  SetupProblemCode,
} from "@hipcheck/motion";
import { livePictureChecks } from "../movement-screen/live-picture-checks.js";
import { liveFormCues } from "./live-form-cues.js";
import type { LiveCue } from "./live-form-cues.js";

/**
 * Picture checks after which the keypoints are not the person's own knees: nobody in the picture, someone else in
 * the way, or a picture too dark to place joints. The cues then say nothing rather than judge the wrong body.
 */
const NOT_WATCHING: ReadonlySet<SetupProblemCode> = new Set(["no-person", "someone-else", "too-dark"]);

export type LiveFormCheck = {
  /** What to change before or during the set, most important first. */
  readonly problems: readonly SetupProblem[];
  /** Why the cues are not given right now; null while the camera watches the person. */
  readonly notWatching: SetupProblem | null;
  readonly cues: readonly LiveCue[];
};

/** `recent`: the last second or so of frames, oldest first; `looks`: what the recent pictures showed. */
export function liveFormCheck(
  recent: readonly KeypointFrame[],
  looks: readonly PictureLook[],
  options: AnalyzeOptions,
): LiveFormCheck {
  const latest = recent.at(-1);
  if (latest === undefined) return { problems: [], notWatching: null, cues: [] };
  const problems = checkSetup(recent, { ...options, ...livePictureChecks(looks, latest.timeMs) });
  const notWatching = problems.find((problem) => NOT_WATCHING.has(problem.code)) ?? null;
  return { problems, notWatching, cues: notWatching === null ? liveFormCues(recent, options) : [] };
}
