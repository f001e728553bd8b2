import type { KeypointFrame, PictureLook } from "@hipcheck/motion";
import { appearanceOf, looksAlike, type Appearance } from "./appearance.js";
import { couldBeAnywhere, whereaboutsOf, withinReach, type LastSeen } from "./choose-person.js";
import { centreOf, type CropBox } from "./crop-box.js";
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
 * says whom the people check measures), the time of the picture before (for the people check's schedule), while
 * the pose model has lost the person measured, where it last followed them (decision 0830), and how they looked
 * (decision 0870). Plain data, so that it can be compared and sent between threads (decision 0520).
 */
export type WatchState = {
  readonly tracked: CropBox | undefined;
  readonly lastTimeMs: number | undefined;
  /** Undefined while the body is followed, before it was ever followed, and once they could be anywhere. */
  readonly lastSeen: LastSeen | undefined;
  /**
   * How the person measured looked in the last picture where the pose model followed them with their torso seen:
   * read from that picture's pixels and keypoints alone, so two chains of readings that meet have the same. Kept
   * while they are lost; undefined before they were followed and once they could be anywhere.
   */
  readonly appearance: Appearance | undefined;
};

/** The state of a watch at the start of a clip. */
export const FRESH_WATCH_STATE: WatchState = {
  tracked: undefined,
  lastTimeMs: undefined,
  lastSeen: undefined,
  appearance: undefined,
};

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
  let lastSeen: LastSeen | undefined;
  let appearance: Appearance | undefined;
  /**
   * Keeps how the body followed looks in this picture, or where it was followed into a picture in which the pose
   * model then lost it; how it looked is forgotten with where it was.
   */
  const noteWhereSeen = (
    followedFrom: CropBox | undefined,
    beforeMs: number | undefined,
    looks: Appearance | undefined,
  ): void => {
    if (estimator.tracking() !== undefined) {
      lastSeen = undefined;
      appearance = looks ?? appearance;
    } else if (followedFrom !== undefined && beforeMs !== undefined) {
      lastSeen = { box: followedFrom, timeMs: beforeMs };
    } else if (lastSeen === undefined) {
      appearance = undefined;
    }
  };
  return {
    read: async (frame, timeMs, toSourceScale) => {
      const first = lastTimeMs === undefined;
      const followedFrom = estimator.tracking();
      // Once the person lost could be anywhere, the picture is looked at as a clip's first (decision 0750): this
      // also bounds the people checks made on every picture while they are missing.
      if (lastSeen !== undefined && couldBeAnywhere(lastSeen, timeMs, frame.width, frame.height)) {
        lastSeen = undefined;
        appearance = undefined;
      }
      const missing = first ? undefined : lastSeen;
      let person;
      let seen: PictureLook["people"];
      const scheduled = lastTimeMs === undefined || startsSecond(timeMs, lastTimeMs);
      if (people !== undefined && (scheduled || missing !== undefined)) {
        // After the first picture, the person measured is the one the pose model follows: its body box is
        // centred on their hips in the picture before. While it has lost them, they are looked for on every
        // picture, within reach of where they were last seen (decision 0830).
        const near =
          missing !== undefined
            ? whereaboutsOf(missing, timeMs)
            : first || followedFrom === undefined
              ? undefined
              : centreOf(followedFrom);
        const inFrame = await people.look(frame, near);
        // Only the checks on the schedule are counted, so a clip's people are judged alike however often its
        // person was lost.
        if (scheduled) seen = { nobody: inFrame.found === 0, someoneElse: inFrame.someoneElse };
        // With several people, the first picture, and the first where the person lost is found again, start on
        // the chosen one; the pose model then follows them by itself. Alone in the picture, the person is found as
        // before, from the whole picture (decision 0201).
        if ((first || missing !== undefined) && inFrame.found > 1) person = inFrame.target;
      }
      const beforeMs = lastTimeMs;
      lastTimeMs = timeMs;
      let detection = await estimator.estimate(frame, person);
      const followed = estimator.tracking();
      const looks =
        followed === undefined ? undefined : appearanceOf(frame, keypointFrameOf(detection, timeMs));
      if (missing !== undefined && followed !== undefined) {
        // A body farther than the person lost could have gone is someone else's (decision 0830), and so is one
        // within reach that looks clearly different from them, counted as someone else in the picture (decision
        // 0870); one whose torso is not seen well enough cannot be told from them. None is measured, and the next
        // picture looks afresh.
        const beyondReach = !withinReach(followed, missing, timeMs);
        const lookingElse =
          !beyondReach && appearance !== undefined && looks !== undefined && !looksAlike(appearance, looks);
        if (beyondReach || lookingElse || (appearance !== undefined && looks === undefined)) {
          estimator.follow(undefined);
          detection = { ...detection, points: [] };
        }
        if (lookingElse && seen !== undefined) seen = { ...seen, someoneElse: true };
      }
      noteWhereSeen(followedFrom, beforeMs, looks);
      const keypoints = keypointFrameOf(detection, timeMs, toSourceScale);
      const look = { timeMs, meanLuma: meanLumaOf(frame), ...(seen === undefined ? {} : { people: seen }) };
      return { frame: keypoints, look };
    },
    warmUp: async (frame, timeMs) => {
      const followedFrom = estimator.tracking();
      const beforeMs = lastTimeMs;
      lastTimeMs = timeMs;
      const detection = await estimator.estimate(frame);
      const looks =
        estimator.tracking() === undefined
          ? undefined
          : appearanceOf(frame, keypointFrameOf(detection, timeMs));
      noteWhereSeen(followedFrom, beforeMs, looks);
    },
    reset: () => {
      lastTimeMs = undefined;
      lastSeen = undefined;
      appearance = undefined;
      estimator.reset();
      people?.reset();
    },
    state: () => ({ tracked: estimator.tracking(), lastTimeMs, lastSeen, appearance }),
    restore: (state) => {
      lastTimeMs = state.lastTimeMs;
      lastSeen = state.lastSeen;
      appearance = state.appearance;
      estimator.follow(state.tracked);
    },
  };
}
