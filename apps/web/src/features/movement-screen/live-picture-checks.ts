/**
 * The people and light of the live camera's latest pictures, as `checkSetup` takes them: the movement screen's setup
 * list and the session's form check judge the picture with the same rules as a file (decision 0360).
 */
import { pictureChecksOf } from "@hipcheck/motion";
import type { PictureLook } from "@hipcheck/motion";

/**
 * The people and light of the live picture are judged over this many milliseconds: the person detector runs about
 * once a second, so a few of its looks decide, and someone passing behind shows for as long as they stay.
 */
export const LIVE_CHECK_WINDOW_MS = 3000;

/** The looks of the last LIVE_CHECK_WINDOW_MS before `latestMs` (the latest frame's time), summed up. */
export function livePictureChecks(
  looks: readonly PictureLook[],
  latestMs: number,
): ReturnType<typeof pictureChecksOf> {
  return pictureChecksOf(looks.filter((look) => look.timeMs > latestMs - LIVE_CHECK_WINDOW_MS));
}

/** The looks of the pictures of one recording (from its first frame on), summed up for its analysis. */
export function recordingPictureChecks(
  looks: readonly PictureLook[],
  fromMs: number,
): ReturnType<typeof pictureChecksOf> {
  return pictureChecksOf(looks.filter((look) => look.timeMs >= fromMs));
}
