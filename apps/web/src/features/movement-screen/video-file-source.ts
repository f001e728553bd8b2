/**
 * A video file chosen by the person, decoded by the browser in a `<video>` element and read picture by picture by
 * seeking: the element is set to each sampled time and read once it says it got there (`seeked`). Seeking, rather
 * than playing the video and catching pictures with `requestVideoFrameCallback`, does not depend on how fast the
 * device runs the pose model, and works the same in Chromium, Safari and Firefox (decision 0450). The file never
 * leaves the device: the element reads it through an object URL, revoked when done.
 */
import type { PixelFrame } from "@hipcheck/detector/browser";
import type { VideoPicture, VideoSource } from "./read-video.js";

export type OpenedVideo = VideoSource & {
  readonly widthPx: number;
  readonly heightPx: number;
  /** Lets go of the file: the element is emptied and the object URL revoked. */
  readonly close: () => void;
};

export type OpenVideoResult =
  { readonly ok: true; readonly video: OpenedVideo } | { readonly ok: false; readonly detail: string };

/** A duration the browser does not know yet (some recorders write none) is found by seeking past the end. */
const PAST_THE_END_S = 1e9;

function mediaErrorText(video: HTMLVideoElement): string {
  const error = video.error;
  return error === null
    ? "The video could not be read."
    : `MediaError ${String(error.code)}: ${error.message}`;
}

/** Resolves with the first of `events` fired on `video`: its name. */
function nextEvent(video: HTMLVideoElement, events: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    const handlers = events.map((name) => {
      const handler = () => {
        handlers.forEach(([event, listener]) => {
          video.removeEventListener(event, listener);
        });
        resolve(name);
      };
      video.addEventListener(name, handler);
      return [name, handler] as const;
    });
  });
}

/**
 * Opens `file` in `video` (an element in the page, muted and inline, so phones decode it without playing it).
 * `pictureOf` reads the element's current picture as the models read it (the detector's `readVideoFrame`).
 */
export async function openVideoFile(
  video: HTMLVideoElement,
  file: Blob,
  pictureOf: (video: HTMLVideoElement) => { frame: PixelFrame; toSourceScale: number },
): Promise<OpenVideoResult> {
  const url = URL.createObjectURL(file);
  const close = () => {
    video.removeAttribute("src");
    video.load();
    URL.revokeObjectURL(url);
  };
  video.muted = true;
  video.playsInline = true;
  video.preload = "auto";
  const loaded = nextEvent(video, ["loadeddata", "error"]);
  video.src = url;
  if ((await loaded) === "error" || video.videoWidth === 0 || video.videoHeight === 0) {
    const detail = video.error === null ? "The file has no picture to show." : mediaErrorText(video);
    close();
    return { ok: false, detail };
  }
  if (!Number.isFinite(video.duration)) {
    const found = nextEvent(video, ["seeked", "error"]);
    video.currentTime = PAST_THE_END_S;
    await found;
  }
  const durationMs = Number.isFinite(video.duration) ? video.duration * 1000 : 0;
  // Read through a function: the element can fail while a seek is awaited.
  const failed = () => video.error !== null;
  const pictureAt = async (timeMs: number): Promise<VideoPicture | null> => {
    if (failed()) return null;
    // Closing the file (a cancel) empties the element: the wait ends there too.
    const reached = nextEvent(video, ["seeked", "error", "emptied"]);
    video.currentTime = timeMs / 1000;
    if ((await reached) !== "seeked" || failed()) return null;
    return pictureOf(video);
  };
  return {
    ok: true,
    video: { durationMs, pictureAt, widthPx: video.videoWidth, heightPx: video.videoHeight, close },
  };
}
