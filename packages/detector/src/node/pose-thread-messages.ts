import type { WatchedFrame } from "../frame-watch.js";

/** One decoded frame sent to a pose thread; its pixels move to the thread (transferred, not copied). */
export type PoseThreadRequest = {
  readonly index: number;
  readonly timeMs: number;
  readonly toSourceScale: number;
  readonly width: number;
  readonly height: number;
  readonly data: ArrayBuffer;
  /** The first frame of a segment: the thread starts afresh, as on the first frame of a clip. */
  readonly startsSegment: boolean;
};

export type PoseThreadReply =
  | { readonly kind: "ready" }
  | ({ readonly kind: "read"; readonly index: number } & WatchedFrame)
  /** `index` −1: the thread could not start (backend or model). */
  | { readonly kind: "failed"; readonly index: number; readonly message: string };
