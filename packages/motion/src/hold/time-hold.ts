import { KNEE_FPPA_ERROR_DEG } from "../analysis/movement-thresholds.js";
import type { KeypointFrame, Side } from "../skeleton/joints.js";
import { checkHoldSetup, holdProblem, type HoldProblem } from "./hold-setup.js";
import { HoldTracker, type TimedHold } from "./hold-tracker.js";
import type { HoldTest } from "./hold-tests.js";

export type TimeHoldOptions = { readonly test: HoldTest; readonly side: Side };

/** A recording's hold, timed, or the reasons it could not be. Angles carry the camera's error (`errorDeg`). */
export type HoldTiming =
  | ({
      readonly status: "timed";
      readonly test: HoldTest;
      readonly side: Side;
      readonly framesTotal: number;
      /** The ± of every angle here, degrees: the camera's measured error (`KNEE_FPPA_ERROR_DEG`, decision 0300). */
      readonly errorDeg: number;
    } & TimedHold)
  | {
      readonly status: "refused";
      readonly test: HoldTest;
      readonly side: Side;
      readonly framesTotal: number;
      readonly problems: readonly HoldProblem[];
    };

/**
 * Times the first hold of a recording (decisions 0380–0382): the setup is checked first (someone lying across the
 * picture, a level camera on the floor), then the frames go through a `HoldTracker`, and a hold still running when
 * the recording stops ends with it (`video-ended`). A recording without a hold is refused with its reason.
 */
export function timeHold(frames: readonly KeypointFrame[], options: TimeHoldOptions): HoldTiming {
  const base = { test: options.test, side: options.side, framesTotal: frames.length };
  const problems = checkHoldSetup(frames, options.test);
  if (problems.length > 0) return { ...base, status: "refused", problems };
  const tracker = new HoldTracker(options.test);
  for (const frame of frames) {
    if (tracker.push(frame).phase === "ended") break;
  }
  const state = tracker.finish();
  if (state.phase !== "ended") return { ...base, status: "refused", problems: [holdProblem("no-hold")] };
  return { ...base, status: "timed", errorDeg: KNEE_FPPA_ERROR_DEG, ...state.hold };
}
