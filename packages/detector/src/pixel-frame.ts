/**
 * One picture as the models see it: 8-bit RGBA pixels, row by row, top-left first. `ImageData` in a browser
 * has this shape, and so do the raw frames that ffmpeg writes with `-pix_fmt rgba`.
 */
export type PixelFrame = {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
};

export const RGBA_CHANNELS = 4;

export function pixelFrameBytes(width: number, height: number): number {
  return width * height * RGBA_CHANNELS;
}

/** One in this many pixels is read for the mean luma: a frame of a phone video has ample pixels (design choice). */
const LUMA_SAMPLE_STEP = 7;

/**
 * The frame's mean luma, 0 black to 1 white, with ITU-R BT.601's weights (0.299 R + 0.587 G + 0.114 B), the
 * weights of the video formats a phone records; read on a sample of the pixels.
 */
export function meanLumaOf(frame: PixelFrame): number {
  const pixels = frame.width * frame.height;
  let sum = 0;
  let count = 0;
  for (let pixel = 0; pixel < pixels; pixel += LUMA_SAMPLE_STEP) {
    const at = pixel * RGBA_CHANNELS;
    sum +=
      0.299 * (frame.data[at] ?? 0) + 0.587 * (frame.data[at + 1] ?? 0) + 0.114 * (frame.data[at + 2] ?? 0);
    count += 1;
  }
  return count === 0 ? 0 : sum / count / 255;
}
