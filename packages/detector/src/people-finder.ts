import type { GraphModel } from "@tensorflow/tfjs-converter";
import { loadGraphModel } from "@tensorflow/tfjs-converter";
import type { PeopleSeen } from "@hipcheck/motion";
import { detectPeople } from "./blazepose.js";
import { choosePerson, type PeopleInFrame } from "./choose-person.js";
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
   * Looks at `frame`; returns who to measure there (the most prominent, or the one whose hips are nearest `near`)
   * and whether someone else is in the way.
   */
  readonly look: (
    frame: PixelFrame,
    near?: { readonly x: number; readonly y: number },
  ) => Promise<PeopleInFrame>;
  /** What was seen since the last `reset`, for the movement analysis. */
  readonly seen: () => PeopleSeen;
  readonly reset: () => void;
  readonly dispose: () => void;
};

export function peopleFinderOf(detector: GraphModel): PeopleFinder {
  let counts = { framesChecked: 0, framesWithNobody: 0, framesWithSomeoneElse: 0 };
  return {
    look: async (frame, near) => {
      const inFrame = choosePerson(await detectPeople(detector, frame), frame.width, near);
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
export async function createPeopleFinder(source: ModelSource): Promise<PeopleFinder> {
  return peopleFinderOf(await loadGraphModel(source(PERSON_DETECTOR_FILE)));
}
