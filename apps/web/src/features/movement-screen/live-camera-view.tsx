import { useTranslation } from "react-i18next";
import { SkeletonSvg } from "../figure/skeleton-svg.js";
import type { CameraView } from "@hipcheck/motion";
import { liveKneeAngles } from "./live-knee-angles.js";
import type { LiveCamera } from "./use-live-camera.js";

/**
 * The camera picture with the live skeleton and knee angles drawn over it. The video element is always in the
 * page (hidden while the camera is off) because the camera needs it to play into before it starts.
 */
export function LiveCameraView({
  live,
  title,
  view = "front",
}: {
  readonly live: LiveCamera;
  readonly title: string;
  /** Where the camera is; the knee angles' sign follows it. */
  readonly view?: CameraView;
}) {
  const { t } = useTranslation();
  const { frame, frameSize } = live;
  const kneeLabels = frame === null ? [] : liveKneeAngles(frame, view);
  return (
    <div className="video-stage">
      <video
        ref={live.video}
        playsInline
        muted
        aria-hidden="true"
        hidden={live.camera.status === "off" || live.camera.status === "failed"}
      />
      {frame !== null && (
        <div className="video-overlay" data-testid="live-skeleton">
          <SkeletonSvg
            keypoints={frame.keypoints}
            viewBox={`0 0 ${frameSize.widthPx} ${frameSize.heightPx}`}
            stretch
            strokeWidth={Math.max(3, frameSize.widthPx / 160)}
            title={title}
            labels={kneeLabels.map((label) => ({
              at: label.at,
              text: t("screen.angle", { deg: label.fppaDeg.toFixed(0), err: label.errorDeg.toFixed(0) }),
            }))}
          />
        </div>
      )}
    </div>
  );
}
