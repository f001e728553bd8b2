import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { decodeFrames } from "./frame-decoder.js";
import { probeMedia, type MediaInfo } from "./media-probe.js";

/** Specification: files that are not usable pictures fail with a kind and one clear sentence, never a throw. */
const work = mkdtempSync(join(tmpdir(), "hipcheck-media-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function fileWith(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

async function decodeAll(path: string, media: MediaInfo) {
  let frames = 0;
  const result = await decodeFrames(path, media, () => {
    frames += 1;
    return Promise.resolve();
  });
  return { result, frames };
}

describe("probing files that are not usable pictures", () => {
  it("Noah mistypes the file name: not-found", async () => {
    const result = await probeMedia(join(work, "no-such-video.mp4"));
    expect(result).toEqual({
      ok: false,
      error: { kind: "not-found", message: "no-such-video.mp4: no such file." },
    });
  });

  it("Noah's phone saved an empty file: unsupported-media, saying it is empty", async () => {
    const result = await probeMedia(fileWith("empty.mp4", ""));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual({ kind: "unsupported-media", message: "empty.mp4 is empty." });
    }
  });

  it("Noah renamed his notes to .mp4: unsupported-media", async () => {
    const result = await probeMedia(fileWith("notes.mp4", "Squats on Monday, 3 x 10, knees felt fine.\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("unsupported-media");
      expect(result.error.message).toMatch(/^notes\.mp4 is not an image or a video/);
    }
  });

  it("Noah points at a folder: unsupported-media", async () => {
    mkdirSync(join(work, "clips"), { recursive: true });
    const result = await probeMedia(join(work, "clips"));
    expect(result.ok ? undefined : result.error.kind).toBe("unsupported-media");
  });

  it("an upload cut short before the index at the end of the file: unsupported-media", async () => {
    const whole = readFileSync(testdataPath("videos/tfjsmodels_pose_squats.mp4"));
    const result = await probeMedia(fileWith("cut.mp4", whole.subarray(0, Math.floor(whole.length / 2))));
    expect(result.ok ? undefined : result.error.kind).toBe("unsupported-media");
  });

  it("a 2 GiB file is refused before it is read: payload-too-large", async () => {
    const path = fileWith("huge.mp4", "");
    truncateSync(path, 2 * 1024 ** 3); // sparse: takes no disk space
    const result = await probeMedia(path);
    expect(result.ok ? undefined : result.error).toEqual({
      kind: "payload-too-large",
      message: "huge.mp4 is larger than 1 GiB; trim the clip to the movement.",
    });
  });

  it("an 11-minute recording is refused: payload-too-large", async () => {
    const path = join(work, "long.mp4");
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-y",
      "-f",
      "lavfi",
      "-i",
      "color=s=16x16:r=1:d=660",
      "-c:v",
      "libx264",
      path,
    ]);
    const result = await probeMedia(path);
    expect(result.ok ? undefined : result.error.kind).toBe("payload-too-large");
  });

  it("a picture wider than 8192 px is refused: payload-too-large", async () => {
    const path = join(work, "panorama.png");
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-y",
      "-f",
      "lavfi",
      "-i",
      "color=s=8200x8:d=1",
      "-frames:v",
      "1",
      path,
    ]);
    const result = await probeMedia(path);
    expect(result.ok ? undefined : result.error.kind).toBe("payload-too-large");
  });

  it("a real photo and a real video are recognised with their display size", async () => {
    const photo = await probeMedia(testdataPath("images/tfjsmodels_pose.jpg"));
    const video = await probeMedia(testdataPath("videos/tfjsmodels_pose_squats.mp4"));
    expect(photo.ok && photo.value).toMatchObject({ kind: "image", width: 1000, height: 667 });
    expect(video.ok && video.value).toMatchObject({
      kind: "video",
      width: 720,
      height: 1280,
      frameRate: 5,
      durationMs: 13000,
    });
  });
});

describe("decoding", () => {
  it("streams every frame of the squat video at its own rate, scaled to at most 640 px", async () => {
    const path = testdataPath("videos/tfjsmodels_pose_squats.mp4");
    const media = await probeMedia(path);
    if (!media.ok) throw new Error(media.error.message);
    const sizes = new Set<string>();
    const times: number[] = [];
    const result = await decodeFrames(path, media.value, ({ frame, timeMs, toSourceScale }) => {
      sizes.add(`${frame.width}x${frame.height}x${toSourceScale}`);
      times.push(timeMs);
      expect(frame.data.length).toBe(frame.width * frame.height * 4);
      return Promise.resolve();
    });
    expect(result).toEqual({ ok: true, value: { frameCount: 65, frameRate: 5 } });
    expect([...sizes]).toEqual(["360x640x2"]);
    expect(times.slice(0, 3)).toEqual([0, 200, 400]);
  });

  it("a video whose index is at the start but whose data was cut short: the frames before the cut, and where it stopped", async () => {
    // Written as phones and web uploads do (index first), then cut: the damage only shows while decoding.
    const faststart = join(work, "faststart.mp4");
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-y",
      "-i",
      testdataPath("videos/tfjsmodels_pose_squats.mp4"),
      "-c",
      "copy",
      "-movflags",
      "faststart",
      faststart,
    ]);
    const cut = fileWith("faststart-cut.mp4", readFileSync(faststart).subarray(0, 250_000));
    const media = await probeMedia(cut);
    if (!media.ok) throw new Error(`the cut video should still probe: ${media.error.message}`);
    const { result, frames } = await decodeAll(cut, media.value);
    if (!result.ok) throw new Error(`the frames before the cut should be kept: ${result.error.message}`);
    expect(result.value.frameCount).toBe(frames);
    expect(frames).toBeGreaterThan(10);
    expect(frames).toBeLessThan(65);
    expect(result.value.damaged?.stoppedAtMs).toBe(frames * 200);
    // The same damaged file gives the same frames every time it is read (decision 0900): with several decoding
    // threads, where ffmpeg stopped depended on their timing, 26 or 27 frames here from one run to the next.
    const again: number[] = [];
    for (let run = 0; run < 8; run++) again.push((await decodeAll(cut, media.value)).frames);
    expect(again).toEqual(Array.from({ length: 8 }, () => frames));
  });

  it("a still photo gives exactly one frame at time 0", async () => {
    const path = join(work, "photo.jpg");
    copyFileSync(testdataPath("images/tfjsmodels_pose.jpg"), path);
    const media = await probeMedia(path);
    if (!media.ok) throw new Error(media.error.message);
    const { result, frames } = await decodeAll(path, media.value);
    expect(result).toEqual({ ok: true, value: { frameCount: 1, frameRate: 15 } });
    expect(frames).toBe(1);
  });
});
