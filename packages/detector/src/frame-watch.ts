import type { KeypointFrame, PictureLook } from "@hipcheck/motion";
import type { CropBox } from "./crop-box.js";
import { keypointFrameOf } from "./keypoint-frame-of.js";
import type { PeopleFinder } from "./people-finder.js";
import { meanLumaOf, type PixelFrame } from "./pixel-frame.js";
import type { PoseEstimator } from "./pose-estimator.js";

/**
 * How often the people in a video are counted again: on the first picture of each whole second of the clip.
 * Someone walking into the picture takes a second or more, and the person detector costs about one pose-model run
 * (design choice, decision 0201).
 */
export const PEOPLE_CHECK_INTERVAL_MS = 1000;

export type WatchedFrame = { readonly frame: KeypointFrame; readonly look: PictureLook };

/**
 * Everything the reading of the next picture depends on besides its pixels: where the pose model looks (which also
 * says whom the people check measures) and the time of the picture before (for the people check's schedule). Plain
 * data, so that it can be compared and sent between threads (decision 0520).
 */
export type WatchState = { readonly tracked: CropBox | undefined; readonly lastTimeMs: number | undefined };

/** The state of a watch at the start of a clip. */
export const FRESH_WATCH_STATE: WatchState = { tracked: undefined, lastTimeMs: undefined };

/**
 * One picture after another through the pose model, with the checks a standing test needs besides the pose: the
 * picture's light on every frame, and the people in it on the first frame and about once a second after. The
 * file path (`detectPosesInFile`) and the web's live camera both read pictures through this, so both refuse for
 * the same reasons (decision 0360); `pictureChecksOf` in motion sums the looks up.
 */
export type FrameWatch = {
  /** `frame` is the picture as decoded; keypoints come back in source pixels (`toSourceScale` × frame pixels). */
  readonly read: (frame: PixelFrame, timeMs: number, toSourceScale: number) => Promise<WatchedFrame>;
  /**
   * Reads `frame` only so that the pose model follows the body into the next picture, and counts it as the
   * picture before the next one for the people check; nothing is checked or returned (decision 0520).
   */
  readonly warmUp: (frame: PixelFrame, timeMs: number) => Promise<void>;
  /** Starts a new clip: the next picture is checked for people and starts on whoever fills it. */
  readonly reset: () => void;
  /** What the next `read` depends on besides its picture. */
  readonly state: () => WatchState;
  /** Carries on from `state`, as if the pictures before had been read here. */
  readonly restore: (state: WatchState) => void;
};

/** Whether a picture at `timeMs` is the first of a new second after the picture at `lastTimeMs`. */
function startsSecond(timeMs: number, lastTimeMs: number): boolean {
  return Math.floor(timeMs / PEOPLE_CHECK_INTERVAL_MS) > Math.floor(lastTimeMs / PEOPLE_CHECK_INTERVAL_MS);
}

export function createFrameWatch(estimator: PoseEstimator, people?: PeopleFinder): FrameWatch {
  let lastTimeMs: number | undefined;
  return {
    read: async (frame, timeMs, toSourceScale) => {
      let person;
      let seen: PictureLook["people"];
      const first = lastTimeMs === undefined;
      if (people !== undefined && (lastTimeMs === undefined || startsSecond(timeMs, lastTimeMs))) {
        // After the first picture, the person measured is the one the pose model follows: its body box is
        // centred on their hips in the picture before.
        const tracked = first ? undefined : estimator.tracking();
        const inFrame = await people.look(
          frame,
          tracked === undefined
            ? undefined
            : { x: tracked.xMin + tracked.size / 2, y: tracked.yMin + tracked.size / 2 },
        );
        seen = { nobody: inFrame.found === 0, someoneElse: inFrame.someoneElse };
        // With several people, the first picture starts on the chosen one; the pose model then follows them by
        // itself. Alone in the picture, the person is found as before, from the whole picture (decision 0201).
        if (first && inFrame.found > 1) person = inFrame.target;
      }
      lastTimeMs = timeMs;
      const keypoints = keypointFrameOf(await estimator.estimate(frame, person), timeMs, toSourceScale);
      const look = { timeMs, meanLuma: meanLumaOf(frame), ...(seen === undefined ? {} : { people: seen }) };
      return { frame: keypoints, look };
    },
    warmUp: async (frame, timeMs) => {
      lastTimeMs = timeMs;
      await estimator.estimate(frame);
    },
    reset: () => {
      lastTimeMs = undefined;
      estimator.reset();
      people?.reset();
    },
    state: () => ({ tracked: estimator.tracking(), lastTimeMs }),
    restore: (state) => {
      lastTimeMs = state.lastTimeMs;
      estimator.follow(state.tracked);
    },
  };
}
