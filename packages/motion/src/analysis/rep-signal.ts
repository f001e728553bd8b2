import { distancePx, interiorAngleDeg, midpoint } from "../geometry/angles.js";
import { jointOf, otherSide } from "../skeleton/joint-of.js";
import type { KeypointFrame } from "../skeleton/joints.js";
import { midHipOf, type AnalysisContext } from "./analysis-context.js";
import type { TestProfile } from "./movement-tests.js";

type SignalOf = (frame: KeypointFrame, context: AnalysisContext) => number | undefined;

/**
 * The value that repetition segmentation follows for each kind of test, larger = further from rest, in leg
 * lengths or degrees; undefined when the frame does not show what it needs.
 */
const REP_SIGNALS: Readonly<Record<TestProfile["signal"], SignalOf>> = {
  "hip-height": (frame, context) => {
    const hip = midHipOf(frame);
    return hip === undefined ? undefined : hip.y / context.legLengthPx;
  },
  "ankle-gap": (frame, context) => {
    const left = jointOf(frame, "leftAnkle");
    const right = jointOf(frame, "rightAnkle");
    return left === undefined || right === undefined
      ? undefined
      : Math.abs(left.x - right.x) / context.legLengthPx;
  },
  "lifted-ankle-gap": (frame, context) => {
    const stance = jointOf(frame, `${context.referenceSide}Ankle`);
    const lifted = jointOf(frame, `${otherSide(context.referenceSide)}Ankle`);
    return stance === undefined || lifted === undefined
      ? undefined
      : distancePx(stance, lifted) / context.legLengthPx;
  },
  "hip-extension": (frame, context) => {
    const shoulder = jointOf(frame, `${context.referenceSide}Shoulder`);
    const hip = jointOf(frame, `${context.referenceSide}Hip`);
    const knee = jointOf(frame, `${context.referenceSide}Knee`);
    return shoulder === undefined || hip === undefined || knee === undefined
      ? undefined
      : interiorAngleDeg(shoulder, hip, knee);
  },
  "leg-spread": (frame) => {
    const leftAnkle = jointOf(frame, "leftAnkle");
    const leftHip = jointOf(frame, "leftHip");
    const rightHip = jointOf(frame, "rightHip");
    const rightAnkle = jointOf(frame, "rightAnkle");
    if (
      leftAnkle === undefined ||
      leftHip === undefined ||
      rightHip === undefined ||
      rightAnkle === undefined
    ) {
      return undefined;
    }
    return interiorAngleDeg(leftAnkle, midpoint(leftHip, rightHip), rightAnkle);
  },
  "knee-gap": (frame, context) => {
    const left = jointOf(frame, "leftKnee");
    const right = jointOf(frame, "rightKnee");
    const hip = jointOf(frame, `${context.referenceSide}Hip`);
    return left === undefined || right === undefined || hip === undefined
      ? undefined
      : distancePx(left, right) / context.legLengthPx;
  },
  none: () => 0,
};

export function repSignalOf(frame: KeypointFrame, context: AnalysisContext): number | undefined {
  return REP_SIGNALS[context.profile.signal](frame, context);
}
