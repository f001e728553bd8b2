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
