/**
 * The camera loop of the movement screen and of the session's form check (and the reader of a chosen video): frames of the camera video go through
 * the pose model one at a time and come out as keypoint frames. The detector (TFJS and the model weights) is
 * loaded here, on demand, when the person starts the camera, so nobody else pays for it. Models are served by
 * the HipCheck server under /models/.
 */
import type { FrameWatch, PixelFrame, WatchedFrame } from "@hipcheck/detector/browser";
import type { KeypointFrame, PictureLook } from "@hipcheck/motion";

export const MODEL_BASE_URL = "/models/";
/** The .wasm files of @tensorflow/tfjs-backend-wasm, copied into the build by vite.config.ts. */
export const WASM_BASE_URL = "/tfjs-wasm/";

export type LivePose = { stop(): void };

/**
 * TFJS's multi-threaded WebAssembly backend starts its workers from its own source text, which the bundler's
 * minifier breaks ("e is not defined" in every worker); the single-threaded SIMD backend is bundle-safe.
 */
async function chooseSingleThreadedWasm(): Promise<void> {
  const tf = await import("@tensorflow/tfjs-core");
  tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
}

/** The detector's models ready to read pictures, as the live camera and a chosen video both read them. */
export type PictureReader = {
  readonly watch: FrameWatch;
  /** The current picture of a video element as the models read it, and the factor back to its own pixels. */
  readonly pictureOf: (video: HTMLVideoElement) => { frame: PixelFrame; toSourceScale: number };
  /** The current picture of a playing video through `watch`. */
  readonly watchVideo: (video: HTMLVideoElement, timeMs: number) => Promise<WatchedFrame>;
  readonly dispose: () => void;
};

/**
 * Loads the detector and its models, with the same checks as a file (decision 0360): the picture's light on every
 * frame and the people in it about once a second, by the person detector.
 */
export async function loadPictureReader(): Promise<PictureReader> {
  // Importing the detector registers the WebAssembly backend's flags; only then can one be set.
  const detector = await import("@hipcheck/detector/browser");
  await chooseSingleThreadedWasm();
  await detector.initBrowserBackend(WASM_BASE_URL);
  const modelBaseUrl = new URL(MODEL_BASE_URL, window.location.href).href;
  const [estimator, people] = await Promise.all([
    detector.createBrowserPoseEstimator(detector.DEFAULT_POSE_MODEL, modelBaseUrl),
    detector.createBrowserPeopleFinder(modelBaseUrl),
  ]);
  const watch = detector.createFrameWatch(estimator, people);
  return {
    watch,
    pictureOf: detector.readVideoFrame,
    watchVideo: (video, timeMs) => detector.watchVideoFrame(watch, video, timeMs),
    dispose: () => {
      estimator.dispose();
      people.dispose();
    },
  };
}

/** Runs the pose model on the camera, one picture at a time, through the picture reader's frame watch. */
export async function startLivePose(
  video: HTMLVideoElement,
  onFrame: (frame: KeypointFrame, look: PictureLook) => void,
): Promise<LivePose> {
  const reader = await loadPictureReader();
  reader.watch.reset();
  let running = true;
  const startedAt = performance.now();
  const loop = async () => {
    while (running) {
      if (video.readyState >= 2) {
        const watched = await reader.watchVideo(video, performance.now() - startedAt);
        onFrame(watched.frame, watched.look);
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    reader.dispose();
  };
  void loop();
  return {
    stop() {
      running = false;
    },
  };
}

export async function openCamera(video: HTMLVideoElement): Promise<MediaStream> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: "user", width: { ideal: 1280 }, height: { ideal: 720 } },
    audio: false,
  });
  video.srcObject = stream;
  await video.play();
  return stream;
}
