import { distancePx, fppaDeg, midpoint, pelvicDropDeg, trunkLeanDeg } from "../geometry/angles.js";
import type { RepWindow } from "../reps/segment-reps.js";
import { jointOf, otherSide } from "../skeleton/joint-of.js";
import type { KeypointFrame, Side } from "../skeleton/joints.js";
import { midHipOf, type AnalysisContext } from "./analysis-context.js";
import type { KneeAtRep, RepFindings } from "./movement-report.js";
import { FIXED_DEPTH_DROP_RATIO, MIN_THIGH_PROJECTION_RATIO } from "./movement-thresholds.js";

/** FPPA of one leg, or undefined when unseen or when the thigh points at the camera (see MIN_THIGH_PROJECTION_RATIO). */
function fppaOf(frame: KeypointFrame, side: Side, context: AnalysisContext): number | undefined {
  if (!context.frontalAngles) return undefined;
  const hip = jointOf(frame, `${side}Hip`);
  const knee = jointOf(frame, `${side}Knee`);
  const ankle = jointOf(frame, `${side}Ankle`);
  if (hip === undefined || knee === undefined || ankle === undefined) return undefined;
  if (distancePx(hip, knee) < MIN_THIGH_PROJECTION_RATIO * context.thighLengthPx[side]) return undefined;
  return fppaDeg(hip, knee, ankle, side, context.view);
}

function largestMagnitude(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
}

/** The knees a test measures: none lying on the floor, the stance leg on one leg, else both. */
export function kneesMeasured(context: AnalysisContext): Side[] {
  if (context.profile.posture === "floor") return [];
  return context.profile.oneLeg ? [context.referenceSide] : ["left", "right"];
}

function kneeAtRep(
  frames: readonly KeypointFrame[],
  window: RepWindow,
  side: Side,
  context: AnalysisContext,
): KneeAtRep {
  const inRep = frames.slice(window.startIndex, window.endIndex + 1);
  const values = inRep.flatMap((frame) => fppaOf(frame, side, context) ?? []);
  const startFrame = frames[window.startIndex];
  const startHip = startFrame === undefined ? undefined : midHipOf(startFrame);
  const atDepth = frames.slice(window.startIndex, window.peakIndex + 1).find((frame) => {
    const hip = midHipOf(frame);
    return (
      hip !== undefined &&
      startHip !== undefined &&
      (hip.y - startHip.y) / context.legLengthPx >= FIXED_DEPTH_DROP_RATIO
    );
  });
  const depthValue = atDepth === undefined ? undefined : fppaOf(atDepth, side, context);
  return {
    side,
    peakFppaDeg: values.length === 0 ? null : Math.max(...values),
    fppaAtDepthDeg: depthValue ?? null,
  };
}

function trunkLeansOf(inRep: readonly KeypointFrame[], context: AnalysisContext): number[] {
  return inRep.flatMap((frame) => {
    const leftHip = jointOf(frame, "leftHip");
    const rightHip = jointOf(frame, "rightHip");
    const leftShoulder = jointOf(frame, "leftShoulder");
    const rightShoulder = jointOf(frame, "rightShoulder");
    if (
      leftHip === undefined ||
      rightHip === undefined ||
      leftShoulder === undefined ||
      rightShoulder === undefined
    ) {
      return [];
    }
    return [
      trunkLeanDeg(
        midpoint(leftHip, rightHip),
        midpoint(leftShoulder, rightShoulder),
        context.referenceSide,
        context.view,
      ),
    ];
  });
}

function pelvicDropsOf(inRep: readonly KeypointFrame[], context: AnalysisContext): number[] {
  return inRep.flatMap((frame) => {
    const left = jointOf(frame, "leftHip");
    const right = jointOf(frame, "rightHip");
    return left === undefined || right === undefined
      ? []
      : [pelvicDropDeg({ left, right }, otherSide(context.referenceSide))];
  });
}

/** One repetition's knee FPPA per side, largest trunk lean, trunk rocking and largest pelvic drop. */
export function repFindingsOf(
  frames: readonly KeypointFrame[],
  window: RepWindow,
  index: number,
  context: AnalysisContext,
): RepFindings {
  const inRep = frames.slice(window.startIndex, window.endIndex + 1);
  const standing = context.profile.posture === "standing" && context.frontalAngles;
  const leans = standing ? trunkLeansOf(inRep, context) : [];
  const drops = standing ? pelvicDropsOf(inRep, context) : [];
  return {
    index,
    startMs: window.startMs,
    bottomMs: window.peakMs,
    endMs: window.endMs,
    side: context.profile.oneLeg ? context.referenceSide : "both",
    complete: window.complete,
    knees: kneesMeasured(context).map((side) => kneeAtRep(frames, window, side, context)),
    trunkLeanDeg: largestMagnitude(leans),
    trunkRockDeg: leans.length === 0 ? null : Math.max(...leans) - Math.min(...leans),
    pelvicDropDeg: largestMagnitude(drops),
  };
}
