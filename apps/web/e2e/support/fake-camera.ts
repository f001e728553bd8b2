import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderHoldFilm } from "../../../../testdata/hold-film.js";
import { testdataPath } from "../../../../testdata/testdata-path.js";

/** A published test video of a woman squatting (tensorflow/tfjs-models test data, testdata/PROVENANCE.md). */
export const SQUATS_VIDEO = testdataPath("videos/tfjsmodels_pose_squats.mp4");

export type FakeCamera = {
  /** The MJPEG file Chromium plays as its camera (`openBrowser(url, { fakeCamera: path })`). */
  readonly path: string;
  readonly remove: () => void;
};

/**
 * The squat video as Chromium's fake camera: MJPEG, small and at 10 frames per second, so the pose model keeps
 * up on a 2-core machine and the whole chain (camera, model, skeleton, analysis) runs for real. `lightShare` dims
 * the picture's luma to that share of its own, as a room lit only by a distant lamp would film.
 */
export function squatsAsFakeCamera(options: { readonly lightShare?: number } = {}): FakeCamera {
  const dir = mkdtempSync(join(tmpdir(), "hipcheck-camera-"));
  const path = join(dir, "squats.mjpeg");
  const dim = options.lightShare === undefined ? "" : `,lutyuv=y=val*${String(options.lightShare)}`;
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-i",
    SQUATS_VIDEO,
    "-vf",
    `scale=360:640${dim}`,
    "-r",
    "10",
    "-q:v",
    "4",
    path,
  ]);
  return {
    path,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The first `seconds` of a test video, re-encoded as H.264 MP4 as a phone films it: a shorter clip to choose as a
 * file, so the pose model reads fewer pictures in a browser test.
 */
export function firstSecondsOf(video: string, seconds: number): FakeCamera {
  const dir = mkdtempSync(join(tmpdir(), "hipcheck-video-"));
  const path = join(dir, "clip.mp4");
  execFileSync("ffmpeg", ["-v", "error", "-i", video, "-t", String(seconds), "-an", "-c:v", "libx264", path]);
  return {
    path,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The hold in `renderedHoldClip`: she appears 1.5 s into the film and leaves at 5.5 s. */
export const RENDERED_HOLD_SECONDS = 4;

/**
 * A side-lying hold as a phone's camera app would film it, rendered by ffmpeg from a real photo in testdata/ (as the
 * command line's test of `hipcheck analyze --test side-hold` renders it): MediaPipe's `pose.jpg`, a woman with one
 * leg raised high, turned on her side, so she lies across the picture with her top leg lifted, shown from 1.5 s to
 * 5.5 s between empty grey pictures, at 10 frames a second. Every picture is encoded whole at one quality, so the
 * still photo decodes to the same pixels each time and the page reads it once through the pose model, as it reads a
 * person held perfectly still (decision 0580); the browser test stays short. No real film of a hold with a licence
 * that allows its use was found (testdata/PROVENANCE.md).
 */
export function renderedHoldClip(): FakeCamera {
  const dir = mkdtempSync(join(tmpdir(), "hipcheck-hold-"));
  const path = join(dir, "hold.mp4");
  renderHoldFilm(path, {
    greySeconds: 1.5,
    holdSeconds: RENDERED_HOLD_SECONDS,
    framesPerSecond: 10,
    everyPictureWhole: true,
  });
  return {
    path,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
