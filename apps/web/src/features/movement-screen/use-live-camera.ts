import { useEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import type { KeypointFrame, PictureLook } from "@hipcheck/motion";
import { cameraProblemOf } from "./camera-problem.js";
import type { CameraProblem } from "./camera-problem.js";
import { openCamera, startLivePose } from "./live-pose.js";
import type { LivePose } from "./live-pose.js";

export type CameraState =
  | { readonly status: "off" }
  | { readonly status: "loading" }
  | { readonly status: "live" }
  | { readonly status: "failed"; readonly problem: CameraProblem; readonly message: string };

/** About one second of frames: enough for the setup check to judge the view without lagging behind. */
const RECENT_WINDOW_FRAMES = 30;
/** What the pictures showed (light, people) is kept this long: longer than a recording (RECORDING_SECONDS). */
const LOOK_WINDOW_MS = 15_000;

export type LiveCamera = {
  /** The element the camera plays into; it must be in the page before `start` is called. */
  readonly video: RefObject<HTMLVideoElement | null>;
  readonly camera: CameraState;
  /** The latest frame out of the pose model, null before the first one. */
  readonly frame: KeypointFrame | null;
  /** The last second or so of frames, oldest first. */
  readonly recent: readonly KeypointFrame[];
  /** What the last 15 s of pictures showed besides the pose (light, people), oldest first; read when needed. */
  readonly looks: () => readonly PictureLook[];
  /** Set to an empty array to record: every frame is pushed onto it until it is set back to null. */
  readonly recording: RefObject<KeypointFrame[] | null>;
  /** The picture's own size: keypoints are in its pixels, so overlays and analyses must use it. */
  readonly frameSize: { readonly widthPx: number; readonly heightPx: number };
  readonly start: () => Promise<void>;
  readonly stop: () => void;
};

function release(stream: MediaStream): void {
  stream.getTracks().forEach((track) => {
    track.stop();
  });
}

/**
 * The camera and the pose model running on it, for as long as the person wants: `start` opens the camera and
 * loads the model, `stop` ends both, and leaving the page (unmounting) stops them too. A stop while the model
 * is still loading wins: the camera opened meanwhile is closed at once, so no page keeps a camera on that the
 * person turned off or left.
 */
export function useLiveCamera(): LiveCamera {
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>({ status: "off" });
  const [frame, setFrame] = useState<KeypointFrame | null>(null);
  const recent = useRef<KeypointFrame[]>([]);
  const looks = useRef<PictureLook[]>([]);
  const recording = useRef<KeypointFrame[] | null>(null);
  const running = useRef<{ stream: MediaStream; pose: LivePose } | null>(null);
  // Each start and stop takes a new number; a start that finds the number changed was overtaken by a stop.
  const generation = useRef(0);

  const stop = () => {
    generation.current += 1;
    running.current?.pose.stop();
    if (running.current !== null) release(running.current.stream);
    running.current = null;
    recording.current = null;
    recent.current = [];
    looks.current = [];
    if (video.current !== null) video.current.srcObject = null;
    setFrame(null);
    setCamera({ status: "off" });
  };
  useEffect(() => stop, []);

  async function start() {
    const element = video.current;
    if (element === null) return;
    generation.current += 1;
    const mine = generation.current;
    setCamera({ status: "loading" });
    let stream: MediaStream | null = null;
    try {
      stream = await openCamera(element);
      if (generation.current !== mine) {
        release(stream);
        return;
      }
      const pose = await startLivePose(element, (next, look) => {
        // A frame the model was still working on when the camera stopped belongs to no one.
        if (generation.current !== mine) return;
        setFrame(next);
        recent.current = [...recent.current.slice(-RECENT_WINDOW_FRAMES + 1), next];
        looks.current = [...looks.current.filter((kept) => kept.timeMs > look.timeMs - LOOK_WINDOW_MS), look];
        recording.current?.push(next);
      });
      if (generation.current !== mine) {
        pose.stop();
        release(stream);
        return;
      }
      running.current = { stream, pose };
      setCamera({ status: "live" });
    } catch (error) {
      if (stream !== null) release(stream);
      if (generation.current !== mine) return;
      setCamera({
        status: "failed",
        problem: cameraProblemOf(error),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return {
    video,
    camera,
    frame,
    recent: recent.current,
    looks: () => looks.current,
    recording,
    frameSize: {
      widthPx: video.current?.videoWidth || 640,
      heightPx: video.current?.videoHeight || 480,
    },
    start,
    stop,
  };
}
