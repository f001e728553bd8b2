import { jointOf } from "../skeleton/joint-of.js";
import { JOINT_NAMES, type Joint, type JointName, type KeypointFrame } from "../skeleton/joints.js";
import { OneEuroFilter, DEFAULT_ONE_EURO, type OneEuroSettings } from "./one-euro-filter.js";

/**
 * Smooths every joint with its own one-euro filters. Coordinates are divided by `scalePx` (the body's size) before
 * filtering so the speed term, and therefore every angle, does not depend on how large the person is in the picture.
 * A joint that is not seen resets its filters: a gap is not bridged by stale values.
 */
export function smoothFrames(
  frames: readonly KeypointFrame[],
  scalePx: number,
  settings: OneEuroSettings = DEFAULT_ONE_EURO,
): KeypointFrame[] {
  // A recorded clip is filtered forward then backward: the two lags cancel, so the deepest point is not delayed or flattened.
  const forward = filterPass(frames, scalePx, settings, 1);
  return filterPass([...forward].reverse(), scalePx, settings, -1).reverse();
}

/** `timeSign` −1 runs the clip backward: the filter then sees time increasing. */
function filterPass(
  frames: readonly KeypointFrame[],
  scalePx: number,
  settings: OneEuroSettings,
  timeSign: 1 | -1,
): KeypointFrame[] {
  const filters = new Map<JointName, { x: OneEuroFilter; y: OneEuroFilter }>(
    JOINT_NAMES.map((name) => [name, { x: new OneEuroFilter(settings), y: new OneEuroFilter(settings) }]),
  );
  const scale = scalePx > 0 ? scalePx : 1;
  return frames.map((frame) => {
    const keypoints: Partial<Record<JointName, Joint>> = {};
    for (const name of JOINT_NAMES) {
      const pair = filters.get(name);
      const joint = jointOf(frame, name);
      if (pair === undefined) continue;
      if (joint === undefined) {
        pair.x.reset();
        pair.y.reset();
        continue;
      }
      keypoints[name] = {
        x: pair.x.apply(joint.x / scale, timeSign * frame.timeMs) * scale,
        y: pair.y.apply(joint.y / scale, timeSign * frame.timeMs) * scale,
        score: joint.score,
      };
    }
    return { timeMs: frame.timeMs, keypoints };
  });
}
