import { distancePx, midpoint, type CameraView } from "../geometry/angles.js";
import { median } from "../geometry/median.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { Joint, KeypointFrame, Side } from "../skeleton/joints.js";
import type { MovementTest, TestProfile } from "./movement-tests.js";

/** What every step of one analysis shares: the test, the camera view and the body's scale in the clip. */
export type AnalysisContext = {
  readonly test: MovementTest;
  readonly profile: TestProfile;
  readonly view: CameraView;
  readonly referenceSide: Side;
  readonly legLengthPx: number;
  /** Each leg's hip–knee length when the thigh faces the camera squarely (90th percentile over the clip). */
  readonly thighLengthPx: Readonly<Record<Side, number>>;
  /** False when the body is turned from the camera: knee FPPA, pelvic drop and trunk lean are then not measured. */
  readonly frontalAngles: boolean;
};

/** Median hip–ankle distance over the clip; 0 when no frame shows a hip and its ankle. */
export function legLengthOf(frames: readonly KeypointFrame[]): number {
  return (
    median(
      frames.flatMap((frame) =>
        (["left", "right"] as const).flatMap((side) => {
          const hip = jointOf(frame, `${side}Hip`);
          const ankle = jointOf(frame, `${side}Ankle`);
          return hip !== undefined && ankle !== undefined ? [distancePx(hip, ankle)] : [];
        }),
      ),
    ) ?? 0
  );
}

/** The middle of both hips, or undefined when either is unseen. */
export function midHipOf(frame: KeypointFrame): Joint | undefined {
  const left = jointOf(frame, "leftHip");
  const right = jointOf(frame, "rightHip");
  return left === undefined || right === undefined ? undefined : { ...midpoint(left, right), score: 1 };
}
