/**
 * The camera loop of the movement screen and of the session's form check: frames of the camera video go through
 * the pose model one at a time and come out as keypoint frames. The detector (TFJS and the model weights) is
 * loaded here, on demand, when the person starts the camera, so nobody else pays for it. Models are served by
 * the HipCheck server under /models/.
 */
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

/**
 * Runs the pose model on the camera, one picture at a time, with the same checks as a file (decision 0360): the
 * picture's light on every frame and the people in it about once a second, by the person detector.
 */
export async function startLivePose(
  video: HTMLVideoElement,
  onFrame: (frame: KeypointFrame, look: PictureLook) => void,
): Promise<LivePose> {
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
  watch.reset();
  let running = true;
  const startedAt = performance.now();
  const loop = async () => {
    while (running) {
      if (video.readyState >= 2) {
        const watched = await detector.watchVideoFrame(watch, video, performance.now() - startedAt);
        onFrame(watched.frame, watched.look);
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    estimator.dispose();
    people.dispose();
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
