/**
 * The camera hold timer's bookkeeping, apart from React and the camera (decision 0383): the frames the camera made
 * since the last render go through motion's `HoldTracker` in order, none skipped, and the start and the end are
 * each announced once, whatever the number of frames a render brings (one, a dozen, or none on a slow phone), in the
 * words the page speaks and writes; the running time and the result in the figures the page shows.
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

/** Whole seconds of a running hold, as the clock shows them and the end cue says them. */
export function wholeSeconds(ms: number): string {
  return String(Math.max(0, Math.floor(ms / 1000)));
}

/** The time held, to a tenth of a second, with a decimal comma in French. */
export function tenthsOfSeconds(ms: number, lang: "en" | "fr"): string {
  const text = (ms / 1000).toFixed(1);
  return lang === "fr" ? text.replace(".", ",") : text;
}

/** The cues' words in the interface language: the start, and the end with its whole seconds. */
export type CueWords = { readonly start: string; readonly end: (seconds: string) => string };

/** What the page speaks (and writes) for a cue. */
export function spokenCue(cue: HoldCue, words: CueWords): string {
  return cue.kind === "start" ? words.start : words.end(wholeSeconds(cue.hold.durationMs));
}
