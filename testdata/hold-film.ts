import { execFileSync } from "node:child_process";
import { testdataPath } from "./testdata-path.js";

/** How the film of a side-lying hold is rendered: how long the grey pictures last around it, and its rate. */
export type HoldFilmShape = {
  /** Grey pictures before and after the hold, in seconds. */
  readonly greySeconds: number;
  /** How long she holds, in seconds. */
  readonly holdSeconds: number;
  readonly framesPerSecond: number;
  /**
   * Every picture encoded whole at one quality (`-g 1 -qp 18`), so a still body decodes to the same pixels each
   * time (decision 0580); otherwise the encoder's defaults.
   */
  readonly everyPictureWhole: boolean;
};

/**
 * A side-lying hold as a phone's camera app would film it, rendered by ffmpeg from a real photo in testdata/:
 * MediaPipe's `pose.jpg` (tfjs-models' pose photo), a woman with one leg raised high, turned on her side so she lies
 * across a 334 × 500 picture with her top leg lifted, between empty grey pictures. No real film of a hold with a
 * licence that allows its use was found (testdata/PROVENANCE.md). Used by the browser journeys, the detector's
 * tests and the hold bench, so that all read the same film.
 */
export function renderHoldFilm(path: string, shape: HoldFilmShape): void {
  const rate = String(shape.framesPerSecond);
  const grey = ["-f", "lavfi", "-i", `color=c=0x808080:s=334x500:r=${rate}:d=${String(shape.greySeconds)}`];
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", ...grey, "-loop", "1", "-framerate", rate, "-t", String(shape.holdSeconds)],
    ...["-i", testdataPath("images/tfjsmodels_pose.jpg"), ...grey],
    ...[
      "-filter_complex",
      "[1:v]transpose=2,scale=334:500,setsar=1[p];[0:v]setsar=1[a];[2:v]setsar=1[b];[a][p][b]concat=n=3:v=1[v]",
    ],
    ...["-map", "[v]", "-c:v", "libx264", "-pix_fmt", "yuv420p"],
    ...(shape.everyPictureWhole ? ["-g", "1", "-qp", "18"] : []),
    ...["-r", rate, path],
  ]);
}
