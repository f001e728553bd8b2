import type { KeypointFrame, PictureLook } from "@hipcheck/motion";
import { keypointFrameOf } from "./keypoint-frame-of.js";
import type { PeopleFinder } from "./people-finder.js";
import { meanLumaOf, type PixelFrame } from "./pixel-frame.js";
import type { PoseEstimator } from "./pose-estimator.js";

/**
 * How often the people in a video are counted again. Someone walking into the picture takes a second or more,
 * and the person detector costs about one pose-model run (design choice, decision 0201).
 */
export const PEOPLE_CHECK_INTERVAL_MS = 1000;

export type WatchedFrame = { readonly frame: KeypointFrame; readonly look: PictureLook };

/**
 * One picture after another through the pose model, with the checks a standing test needs besides the pose: the
 * picture's light on every frame, and the people in it on the first frame and about once a second after. The
 * file path (`detectPosesInFile`) and the web's live camera both read pictures through this, so both refuse for
 * the same reasons (decision 0360); `pictureChecksOf` in motion sums the looks up.
 */
export type FrameWatch = {
  /** `frame` is the picture as decoded; keypoints come back in source pixels (`toSourceScale` × frame pixels). */
  readonly read: (frame: PixelFrame, timeMs: number, toSourceScale: number) => Promise<WatchedFrame>;
  /** Starts a new clip: the next picture is checked for people and starts on whoever fills it. */
  readonly reset: () => void;
  /**
   * Carries on a clip whose pictures up to here were read elsewhere (decision 0470): the pose model keeps the
   * body it follows, and the next picture is checked for people as the first of a clip would be, without
   * starting over on whoever fills it.
   */
  readonly resume: () => void;
};

export function createFrameWatch(estimator: PoseEstimator, people?: PeopleFinder): FrameWatch {
  let nextCheckMs: number | undefined;
  return {
    read: async (frame, timeMs, toSourceScale) => {
      let person;
      let seen: PictureLook["people"];
      if (people !== undefined && (nextCheckMs === undefined || timeMs >= nextCheckMs)) {
        const first = nextCheckMs === undefined;
        nextCheckMs = timeMs + PEOPLE_CHECK_INTERVAL_MS;
        const inFrame = await people.look(frame);
        seen = { nobody: inFrame.found === 0, someoneElse: inFrame.someoneElse };
        // With several people, the first picture starts on the chosen one; the pose model then follows them by
        // itself. Alone in the picture, the person is found as before, from the whole picture (decision 0201).
        if (first && inFrame.found > 1) person = inFrame.target;
      }
      const keypoints = keypointFrameOf(await estimator.estimate(frame, person), timeMs, toSourceScale);
      const look = { timeMs, meanLuma: meanLumaOf(frame), ...(seen === undefined ? {} : { people: seen }) };
      return { frame: keypoints, look };
    },
    reset: () => {
      nextCheckMs = undefined;
      estimator.reset();
      people?.reset();
    },
    resume: () => {
      nextCheckMs = Number.NEGATIVE_INFINITY;
      people?.reset();
    },
  };
}
