import type { GraphModel } from "@tensorflow/tfjs-converter";
import { loadGraphModel } from "@tensorflow/tfjs-converter";
import type { PeopleSeen } from "@hipcheck/motion";
import { detectPeople, type DetectedPerson } from "./blazepose.js";
import { choosePerson, type PeopleInFrame, type Whereabouts } from "./choose-person.js";
import type { PixelFrame } from "./pixel-frame.js";
import type { ModelSource } from "./pose-estimator.js";

/** The person detector file: BlazePose's own, which every model id ships (scripts/fetch-models.mjs). */
export const PERSON_DETECTOR_FILE = "blazepose-detector.json";

/**
 * Counts the people in some frames of a clip and tells the one being measured: the most prominent on the first
 * frame checked, then whoever stands where the pose model follows the body.
 */
export type PeopleFinder = {
  /**
   * Looks at `frame`; returns who to measure there (the most prominent, or the one whose hips are nearest `near`,
   * within its reach when it has one) and whether someone else is in the way.
   */
  readonly look: (frame: PixelFrame, near?: Whereabouts) => Promise<PeopleInFrame>;
  /** What was seen since the last `reset`, for the movement analysis. */
  readonly seen: () => PeopleSeen;
  readonly reset: () => void;
  readonly dispose: () => void;
};

export type PeopleFinderOptions = {
  /**
   * Keeps the people the detector found in each picture for as long as the picture itself is kept, so that a
   * picture read again (a segment settled, decision 0520) does not go through the detector twice: who is in a
   * picture depends on its pixels alone; only whom to measure among them depends on where the pose model follows
   * the body, and that is chosen again (decision 0570).
   */
  readonly remember?: boolean;
};

export function peopleFinderOf(detector: GraphModel, options: PeopleFinderOptions = {}): PeopleFinder {
  let counts = { framesChecked: 0, framesWithNobody: 0, framesWithSomeoneElse: 0 };
  const remembered = options.remember === true ? new WeakMap<PixelFrame, DetectedPerson[]>() : undefined;
  const peopleIn = async (frame: PixelFrame): Promise<DetectedPerson[]> => {
    const known = remembered?.get(frame);
    if (known !== undefined) return known;
    const found = await detectPeople(detector, frame);
    remembered?.set(frame, found);
    return found;
  };
  return {
    look: async (frame, near) => {
      const inFrame = choosePerson(await peopleIn(frame), frame.width, near);
      counts = {
        framesChecked: counts.framesChecked + 1,
        framesWithNobody: counts.framesWithNobody + (inFrame.found === 0 ? 1 : 0),
        framesWithSomeoneElse: counts.framesWithSomeoneElse + (inFrame.someoneElse ? 1 : 0),
      };
      return inFrame;
    },
    seen: () => counts,
    reset: () => {
      counts = { framesChecked: 0, framesWithNobody: 0, framesWithSomeoneElse: 0 };
    },
    dispose: () => {
      detector.dispose();
    },
  };
}

/** Loads the person detector from `source`; the TFJS backend must be ready. */
export async function createPeopleFinder(
  source: ModelSource,
  options: PeopleFinderOptions = {},
): Promise<PeopleFinder> {
  return peopleFinderOf(await loadGraphModel(source(PERSON_DETECTOR_FILE)), options);
}
