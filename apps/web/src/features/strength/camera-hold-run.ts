/**
 * The camera hold timer's bookkeeping, apart from React and the camera (decision 0383): the frames the camera made
 * since the last render go through motion's `HoldTracker` in order, none skipped, and the start and the end are
 * each announced once, whatever the number of frames a render brings (one, a dozen, or none on a slow phone).
 */
import type { HoldState, HoldTracker, KeypointFrame, TimedHold } from "@hipcheck/motion";

/** What to say (and write) after a batch of frames: the hold began, or it ended with its time. */
export type HoldCue = { readonly kind: "start" } | { readonly kind: "end"; readonly hold: TimedHold };

export type DrainedFrames = {
  readonly state: HoldState;
  /** The time of the last frame seen, for a stop by hand; the previous one when the batch was empty. */
  readonly lastFrameMs: number;
  readonly cues: readonly HoldCue[];
};

/** The cues of one step from `before` to `next`: a start when holding begins, an end when the hold ends. */
export function cuesOf(before: HoldState["phase"], next: HoldState): HoldCue[] {
  const cues: HoldCue[] = [];
  if (before !== "holding" && next.phase === "holding") cues.push({ kind: "start" });
  if (before !== "ended" && next.phase === "ended") {
    // A hold that began and ended within one batch still had its start: both are said, in order.
    if (before === "waiting") cues.push({ kind: "start" });
    cues.push({ kind: "end", hold: next.hold });
  }
  return cues;
}

/** Feeds one render's frames to the tracker, in order. */
export function drainFrames(
  tracker: HoldTracker,
  frames: readonly KeypointFrame[],
  lastFrameMs: number,
): DrainedFrames {
  const before = tracker.state.phase;
  let state = tracker.state;
  let last = lastFrameMs;
  for (const frame of frames) {
    last = frame.timeMs;
    state = tracker.push(frame);
  }
  return { state, lastFrameMs: last, cues: cuesOf(before, state) };
}

/** A tap on "Stop the timer" at the last frame seen: the hold ends there, unless a drop was already under way. */
export function stopByHand(tracker: HoldTracker, lastFrameMs: number): DrainedFrames {
  const before = tracker.state.phase;
  const state = tracker.stop(lastFrameMs);
  return { state, lastFrameMs, cues: cuesOf(before, state) };
}
