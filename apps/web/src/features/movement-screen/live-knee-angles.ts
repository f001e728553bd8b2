/**
 * The knee angles drawn live over the camera picture: the frontal plane projection angle of each knee, as the
 * motion module measures it (positive = valgus), with the camera's measured error band (the same ± as the report).
 * A knee is labelled only when hip, knee and ankle are seen confidently, so a guess never shows as a number.
 */
import { KNEE_FPPA_ERROR_DEG, MIN_JOINT_SCORE, fppaDeg } from "@hipcheck/motion";
import type { CameraView, JointName, KeypointFrame, Side } from "@hipcheck/motion";

export type KneeLabel = {
  readonly at: JointName;
  readonly side: Side;
  readonly fppaDeg: number;
  readonly errorDeg: number;
};

/** `view`: where the camera is (in front of the person or behind them), as chosen on the screen. */
export function liveKneeAngles(frame: KeypointFrame, view: CameraView = "front"): KneeLabel[] {
  return (["left", "right"] as const).flatMap((side) => {
    const hip = frame.keypoints[`${side}Hip`];
    const knee = frame.keypoints[`${side}Knee`];
    const ankle = frame.keypoints[`${side}Ankle`];
    if (hip === undefined || knee === undefined || ankle === undefined) return [];
    if (Math.min(hip.score, knee.score, ankle.score) < MIN_JOINT_SCORE) return [];
    return [
      {
        at: `${side}Knee` as const,
        side,
        fppaDeg: fppaDeg(hip, knee, ankle, side, view),
        errorDeg: KNEE_FPPA_ERROR_DEG,
      },
    ];
  });
}
