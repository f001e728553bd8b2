import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { detected, detectorError, type DetectorResult } from "../detector-error.js";
import { runProcess } from "./run-process.js";

/**
 * Limits that keep one analysis bounded. A movement screen is a few repetitions filmed on a phone: a minute at
 * most; 10 minutes and 1 GiB leave a wide margin, and 8192 px per side covers every phone camera.
 */
export const MEDIA_LIMITS = {
  maxFileBytes: 1024 ** 3,
  maxDurationMs: 10 * 60 * 1000,
  maxSidePx: 8192,
} as const;

export type MediaInfo = {
  readonly kind: "image" | "video";
  /** Size as displayed (a phone's rotation tag already applied), in pixels. */
  readonly width: number;
  readonly height: number;
  readonly frameRate: number;
  readonly durationMs: number;
};

const ProbeSchema = z.object({
  streams: z
    .array(
      z.object({
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        avg_frame_rate: z.string().optional(),
        r_frame_rate: z.string().optional(),
        side_data_list: z.array(z.object({ rotation: z.number().optional() }).loose()).optional(),
        tags: z.object({ rotate: z.string().optional() }).loose().optional(),
      }),
    )
    .min(1),
  format: z.object({ format_name: z.string(), duration: z.string().optional() }),
});

function parseRate(rate: string | undefined): number | undefined {
  const [numerator, denominator] = (rate ?? "").split("/").map(Number);
  const value = (numerator ?? Number.NaN) / (denominator ?? 1);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** ffmpeg reads single pictures through its image2 demuxer or one of its `*_pipe` image demuxers. */
function isStillImage(formatName: string): boolean {
  return formatName === "image2" || formatName.endsWith("_pipe");
}

/** Checks that `path` is an image or a video ffmpeg can decode, within MEDIA_LIMITS. */
export async function probeMedia(path: string): Promise<DetectorResult<MediaInfo>> {
  const name = basename(path);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return detectorError("not-found", `${name}: no such file.`);
  if (!info.isFile()) return detectorError("unsupported-media", `${name} is not a file.`);
  if (info.size === 0) return detectorError("unsupported-media", `${name} is empty.`);
  if (info.size > MEDIA_LIMITS.maxFileBytes) {
    return detectorError("payload-too-large", `${name} is larger than 1 GiB; trim the clip to the movement.`);
  }
  const probe = await runProcess("ffprobe", [
    ...[
      "-v",
      "error",
      "-print_format",
      "json",
      "-show_format",
      "-show_streams",
      "-select_streams",
      "v:0",
      path,
    ],
  ]);
  const parsed = ProbeSchema.safeParse(probe.exitCode === 0 ? JSON.parse(probe.stdout) : undefined);
  if (!parsed.success) {
    return detectorError(
      "unsupported-media",
      `${name} is not an image or a video that can be read (damaged, truncated or another kind of file).`,
    );
  }
  const [stream] = parsed.data.streams;
  if (stream === undefined) throw new Error("unreachable: schema requires one stream");
  const rotation =
    stream.side_data_list?.find((entry) => entry.rotation !== undefined)?.rotation ??
    Number(stream.tags?.rotate ?? 0);
  const quarterTurn = Math.abs(rotation) % 180 === 90;
  const kind = isStillImage(parsed.data.format.format_name) ? "image" : "video";
  const durationMs = kind === "image" ? 0 : Number(parsed.data.format.duration ?? 0) * 1000;
  if (Math.max(stream.width, stream.height) > MEDIA_LIMITS.maxSidePx) {
    return detectorError(
      "payload-too-large",
      `${name} is larger than ${MEDIA_LIMITS.maxSidePx} pixels on a side.`,
    );
  }
  if (durationMs > MEDIA_LIMITS.maxDurationMs) {
    return detectorError(
      "payload-too-large",
      `${name} lasts more than 10 minutes; trim the clip to the movement.`,
    );
  }
  return detected({
    kind,
    width: quarterTurn ? stream.height : stream.width,
    height: quarterTurn ? stream.width : stream.height,
    frameRate: parseRate(stream.avg_frame_rate) ?? parseRate(stream.r_frame_rate) ?? 30,
    durationMs,
  });
}
