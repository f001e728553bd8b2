import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KeypointFrame } from "@hipcheck/motion";
import { afterAll, describe, expect, it } from "vitest";
import { decodeFrames } from "./frame-decoder.js";
import { probeMedia, type MediaInfo } from "./media-probe.js";
import { writeOverlay } from "./overlay-writer.js";
import { testdataPath } from "../../../../testdata/testdata-path.js";

/** Specification: the overlay is the input with the skeleton and labels drawn, written whole or not at all. */
const work = mkdtempSync(join(tmpdir(), "hipcheck-overlay-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A left leg drawn across the middle of the 1000 × 667 photo, sure of itself. */
const LEG: KeypointFrame = {
  timeMs: 0,
  keypoints: {
    leftHip: { x: 300, y: 200, score: 0.9 },
    leftKnee: { x: 500, y: 330, score: 0.9 },
    leftAnkle: { x: 700, y: 460, score: 0.9 },
  },
};

async function media(path: string): Promise<MediaInfo> {
  const probed = await probeMedia(path);
  if (!probed.ok) throw new Error(probed.error.message);
  return probed.value;
}

/** RGB of one pixel of a picture file, read back through ffmpeg. */
function pixelAt(path: string, x: number, y: number): number[] {
  const raw = execFileSync("ffmpeg", [
    "-v",
    "error",
    "-i",
    path,
    "-vf",
    `format=rgb24,crop=1:1:${x}:${y}`,
    "-f",
    "rawvideo",
    "-pix_fmt",
    "rgb24",
    "-",
  ]);
  return [...raw];
}

describe("writeOverlay", () => {
  it("draws the leg of a photo into a PNG of the same size; the rest of the photo is untouched", async () => {
    const input = testdataPath("images/tfjsmodels_pose.jpg");
    const output = join(work, "leg.png");
    const result = await writeOverlay({
      inputPath: input,
      media: await media(input),
      frames: [LEG],
      frameRate: 1,
      labelsOf: () => [{ joint: "leftKnee", text: "12°" }],
      outputPath: output,
    });
    expect(result).toEqual({ ok: true, value: { frameCount: 1 } });
    expect(await media(output)).toMatchObject({ kind: "image", width: 1000, height: 667 });
    // The thigh passes through (400, 265): left-side colour (cyan) there, the photo's own pixel in a corner.
    const [red = 0, green = 0, blue = 0] = pixelAt(output, 400, 265);
    expect(blue).toBeGreaterThan(200);
    expect(red).toBeLessThan(60);
    expect(green).toBeGreaterThan(150);
    const corner = pixelAt(output, 5, 5);
    const original = pixelAt(input, 5, 5);
    corner.forEach((value, channel) => {
      expect(Math.abs(value - (original[channel] ?? 0))).toBeLessThan(12);
    });
  });

  it("writes every frame of a video into an MP4 that plays at the analysis rate", async () => {
    // The first 5.6 s of Lena's squat video (28 frames): every frame is drawn and encoded, so a short clip says it.
    const input = testdataPath("videos/tfjsmodels_pose_squats_first.mp4");
    const output = join(work, "squats.mp4");
    const frames = Array.from({ length: 28 }, (_, index) => ({ ...LEG, timeMs: index * 200 }));
    const result = await writeOverlay({
      inputPath: input,
      media: await media(input),
      frames,
      frameRate: 5,
      labelsOf: () => [],
      outputPath: output,
    });
    expect(result).toEqual({ ok: true, value: { frameCount: 28 } });
    expect(await media(output)).toMatchObject({
      kind: "video",
      width: 720,
      height: 1280,
      frameRate: 5,
      durationMs: 5600,
    });
  }, 120_000);

  it("draws on the frames the analysis kept, without decoding the video again", async () => {
    const input = testdataPath("videos/tfjsmodels_pose_squats_first.mp4");
    const kept = join(work, "kept.rgba");
    const file = openSync(kept, "w");
    const decoded = await decodeFrames(input, await media(input), ({ frame }) => {
      writeSync(file, frame.data);
      return Promise.resolve();
    });
    closeSync(file);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const output = join(work, "from-kept.mp4");
    const result = await writeOverlay({
      // The input is gone: only the kept frames can be drawn on.
      inputPath: join(work, "gone.mp4"),
      media: await media(input),
      frames: Array.from({ length: 28 }, (_, index) => ({ ...LEG, timeMs: index * 200 })),
      frameRate: 5,
      labelsOf: () => [],
      outputPath: output,
      decoded: { path: kept, width: 360, height: 640, frameCount: 28, toSourceScale: 2 },
    });
    expect(result).toEqual({ ok: true, value: { frameCount: 28 } });
    // At the size the analysis decoded (decision 0471).
    expect(await media(output)).toMatchObject({
      kind: "video",
      width: 360,
      height: 640,
      frameRate: 5,
      durationMs: 5600,
    });
  }, 120_000);

  it("refuses a video overlay named .png, and leaves no file behind", async () => {
    const input = testdataPath("videos/tfjsmodels_pose_squats_first.mp4");
    const output = join(work, "wrong.png");
    const result = await writeOverlay({
      inputPath: input,
      media: await media(input),
      frames: [],
      frameRate: 5,
      labelsOf: () => [],
      outputPath: output,
    });
    expect(result.ok ? undefined : result.error.kind).toBe("invalid-input");
    expect(existsSync(output)).toBe(false);
  });

  it("refuses a folder that does not exist", async () => {
    const input = testdataPath("images/tfjsmodels_pose.jpg");
    const output = join(work, "no-such-folder", "leg.png");
    const result = await writeOverlay({
      inputPath: input,
      media: await media(input),
      frames: [LEG],
      frameRate: 1,
      labelsOf: () => [],
      outputPath: output,
    });
    expect(result.ok ? undefined : result.error.kind).toBe("not-found");
  });

  it("leaves no temporary file after any of the above", () => {
    expect(readdirSync(work).filter((name) => name.includes("partial"))).toEqual([]);
  });
});
