import type { WatchedFrame } from "../frame-watch.js";

/** One decoded frame sent to a pose thread; its pixels move to the thread (transferred, not copied). */
export type PoseThreadRequest = {
  readonly index: number;
  readonly timeMs: number;
  readonly toSourceScale: number;
  readonly width: number;
  readonly height: number;
  readonly data: ArrayBuffer;
  /**
   * `starts-clip`: the thread starts afresh, as on the first frame of a clip. `warms-up`: one of the frames just
   * before a segment, read only so that the model follows the body as one unbroken pass would (the first of them
   * starts afresh); nothing is sent back. `starts-segment`: the first frame of a segment after its warm-up.
   */
  readonly role: PoseThreadFrameRole;
};

export type PoseThreadFrameRole = "starts-clip" | "warms-up" | "starts-segment" | "continues";

export type PoseThreadReply =
  | { readonly kind: "ready" }
  | ({ readonly kind: "read"; readonly index: number } & WatchedFrame)
  /** `index` −1: the thread could not start (backend or model). */
  | { readonly kind: "failed"; readonly index: number; readonly message: string };
