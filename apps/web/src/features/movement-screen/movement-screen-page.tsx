import { useEffect, useRef, useState } from "react";
import type { KeypointFrame } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { SkeletonSvg } from "../figure/skeleton-svg.js";
import { openCamera, startLivePose } from "./live-pose.js";
import type { LivePose } from "./live-pose.js";
import { RecordingPanel } from "./recording-panel.js";
import { usePageTitle } from "../../components/use-page-title.js";

type CameraState =
  | { readonly status: "off" }
  | { readonly status: "loading" }
  | { readonly status: "live" }
  | { readonly status: "failed"; readonly message: string };

/**
 * The camera movement screen: the live skeleton is drawn over the camera picture, each test is recorded as
 * keypoints only (never video), analysed on the device and saved with the server.
 */
export function MovementScreenPage() {
  const { t } = useTranslation();
  usePageTitle(t("screen.title"));
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>({ status: "off" });
  const [frame, setFrame] = useState<KeypointFrame | null>(null);
  const recording = useRef<KeypointFrame[] | null>(null);
  const session = useRef<{ stream: MediaStream; pose: LivePose } | null>(null);

  const stop = () => {
    session.current?.pose.stop();
    session.current?.stream.getTracks().forEach((track) => {
      track.stop();
    });
    session.current = null;
    setCamera({ status: "off" });
  };
  useEffect(() => stop, []);

  async function start() {
    const element = video.current;
    if (element === null) return;
    setCamera({ status: "loading" });
    try {
      const stream = await openCamera(element);
      const pose = await startLivePose(element, (next) => {
        setFrame(next);
        recording.current?.push(next);
      });
      session.current = { stream, pose };
      setCamera({ status: "live" });
    } catch (error) {
      setCamera({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const width = video.current?.videoWidth ?? 640;
  const height = video.current?.videoHeight ?? 480;
  return (
    <article data-testid="screen-page">
      <h1>{t("screen.title")}</h1>
      <p>{t("screen.intro")}</p>
      <div className="actions">
        {camera.status === "live" ? (
          <button type="button" className="secondary" onClick={stop}>
            {t("screen.stop")}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void start()}
            disabled={camera.status === "loading"}
            data-testid="start-camera"
          >
            {t("screen.start")}
          </button>
        )}
      </div>
      {camera.status === "loading" && <p role="status">{t("screen.loadingModel")}</p>}
      {camera.status === "failed" && (
        <p className="error" role="alert" data-testid="camera-error">
          {t("screen.noCamera", { message: camera.message })}
        </p>
      )}
      <div className="video-stage">
        <video ref={video} playsInline muted aria-hidden="true" />
        {frame !== null && (
          <SkeletonSvg
            keypoints={frame.keypoints}
            viewBox={`0 0 ${width} ${height}`}
            strokeWidth={Math.max(3, width / 160)}
            title={t("screen.title")}
          />
        )}
      </div>
      <RecordingPanel live={camera.status === "live"} recording={recording} />
    </article>
  );
}
