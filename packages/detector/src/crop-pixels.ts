import type { CropBox } from "./crop-box.js";
import { RGBA_CHANNELS, type PixelFrame } from "./pixel-frame.js";

/** Adds `weight` × the RGB of the source pixel at `offset` (-1: outside, black) to the output pixel at `target`. */
function accumulate(
  out: Float32Array,
  target: number,
  data: PixelFrame["data"],
  offset: number,
  weight: number,
): void {
  if (offset < 0) return;
  out[target] = (out[target] ?? 0) + (data[offset] ?? 0) * weight;
  out[target + 1] = (out[target + 1] ?? 0) + (data[offset + 1] ?? 0) * weight;
  out[target + 2] = (out[target + 2] ?? 0) + (data[offset + 2] ?? 0) * weight;
}

/**
 * Reads the square `box` of `frame` resampled to `sizePx` × `sizePx` RGB (bilinear, 0..255, black outside the
 * picture), ready to become a model's input tensor. Done here rather than with TFJS ops: turning a whole video
 * frame into a tensor first cost more than running the model (decision 0050); the crop is only 192–256 px.
 */
export function cropPixels(frame: PixelFrame, box: CropBox, sizePx: number): Float32Array {
  const out = new Float32Array(sizePx * sizePx * 3);
  const step = box.size / sizePx;
  const { width, height, data } = frame;
  // Source column of each output column (pixel centres), computed once for all rows.
  const columnStart = new Int32Array(sizePx);
  const columnWeight = new Float32Array(sizePx);
  for (let column = 0; column < sizePx; column++) {
    const x = box.xMin + (column + 0.5) * step - 0.5;
    columnStart[column] = Math.floor(x);
    columnWeight[column] = x - Math.floor(x);
  }
  /** Offset of a source pixel in `data`, or -1 outside the picture. */
  const offsetOf = (x: number, y: number): number =>
    x < 0 || y < 0 || x >= width || y >= height ? -1 : (y * width + x) * RGBA_CHANNELS;
  for (let row = 0; row < sizePx; row++) {
    const y = box.yMin + (row + 0.5) * step - 0.5;
    const y0 = Math.floor(y);
    const fy = y - y0;
    for (let column = 0; column < sizePx; column++) {
      const x0 = columnStart[column] ?? 0;
      const fx = columnWeight[column] ?? 0;
      const target = (row * sizePx + column) * 3;
      accumulate(out, target, data, offsetOf(x0, y0), (1 - fx) * (1 - fy));
      accumulate(out, target, data, offsetOf(x0 + 1, y0), fx * (1 - fy));
      accumulate(out, target, data, offsetOf(x0, y0 + 1), (1 - fx) * fy);
      accumulate(out, target, data, offsetOf(x0 + 1, y0 + 1), fx * fy);
    }
  }
  return out;
}
