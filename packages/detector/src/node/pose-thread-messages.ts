import type { WatchedFrame, WatchState } from "../frame-watch.js";

/** One decoded frame sent to a pose thread; its pixels move to the thread (transferred, not copied). */
export type PoseThreadRead = {
  readonly kind: "read";
  readonly index: number;
  /** The segment the frame belongs to (decision 0470); a warm-up frame names the segment it leads into. */
  readonly segment: number;
  readonly timeMs: number;
  readonly toSourceScale: number;
  readonly width: number;
  readonly height: number;
  readonly data: ArrayBuffer;
  /**
   * `starts-clip`: the thread starts afresh, as on the first frame of a clip. `warms-up`: one of the frames just
   * before a segment, read only so that the model follows the body into it (the first of them starts afresh);
   * nothing is sent back. `starts-segment`: the first frame of a segment after its warm-up.
   */
  readonly role: PoseThreadFrameRole;
};

/**
 * Once every frame of `segment` has been sent, and the segment before has been settled: `state` is what one
 * unbroken pass would have after the segment before. The thread reads again, from that state, the frames whose
 * reading started from another one, until both readings reach the same state (decision 0520).
 */
export type PoseThreadSettle = {
  readonly kind: "settle";
  readonly segment: number;
  readonly state: WatchState;
};

export type PoseThreadRequest = PoseThreadRead | PoseThreadSettle;

export type PoseThreadFrameRole = "starts-clip" | "warms-up" | "starts-segment" | "continues";

/** A frame's reading as one unbroken pass gives it, replacing the first reading. */
export type CorrectedFrame = { readonly index: number } & WatchedFrame;

export type PoseThreadReply =
  | { readonly kind: "ready" }
  | ({ readonly kind: "read"; readonly index: number } & WatchedFrame)
  | {
      readonly kind: "settled";
      readonly segment: number;
      readonly corrected: readonly CorrectedFrame[];
      /** The state after the segment's last frame, as one unbroken pass has it. */
      readonly state: WatchState;
    }
  /**
   * Pixel buffers the thread no longer needs (a warm-up frame once read, a segment's frames once it is settled),
   * moved back so that the next frames are decoded into them (decision 0570).
   */
  | { readonly kind: "released"; readonly buffers: readonly ArrayBuffer[] }
  /** `index` −1: the thread could not start (backend or model); a settle that failed names no frame. */
  | { readonly kind: "failed"; readonly index: number; readonly segment?: number; readonly message: string };
