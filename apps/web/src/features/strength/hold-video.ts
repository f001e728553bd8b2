/**
 * A hold filmed with the phone's own camera app and timed afterwards on the device (decision 0580): the video is
 * read picture by picture by seeking, as the movement screen reads one (decision 0450), through the same pose model,
 * and its frames are timed by motion's `timeHold`, as `hipcheck analyze --test side-hold` times a file. The frame
 * times are the video's own, so the time held does not depend on how fast the device reads it.
 */
import { HOLD_SECONDS_MAX } from "@hipcheck/core";
import { timeHold, type HoldTest, type HoldTiming, type Side } from "@hipcheck/motion";
import type { VideoSampling } from "../movement-screen/read-video.js";
import type { ReadPictures } from "../movement-screen/use-video-file.js";

/**
 * How a hold's video is sampled. Ten pictures a second date the start and the end within 100 ms, well inside the
 * ±0.5 s the timing is held to (issue 19; the synthetic clips of decision 0381 are timed at 10 fps too), and cost a
 * third less than the movement screen's 15 on a hold that lasts minutes. A film may run up to the longest hold the
 * check takes (HOLD_SECONDS_MAX, docs/clinical §10.5) plus a minute to get into position and up again. A picture
 * shown again is the body held still: its reading is repeated at each later time (decision 0580).
 */
export const HOLD_VIDEO_SAMPLING: VideoSampling = {
  fps: 10,
  maxSeconds: HOLD_SECONDS_MAX + 60,
  samePicture: "repeat",
};

/** The hold in a read video, timed as the command line times a file, or the reasons it could not be. */
export function timeHoldVideo(read: ReadPictures, options: { test: HoldTest; side: Side }): HoldTiming {
  return timeHold(read.frames, options);
}
