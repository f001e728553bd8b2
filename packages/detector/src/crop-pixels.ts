import type { CropBox } from "./crop-box.js";
import { RGBA_CHANNELS, type PixelFrame } from "./pixel-frame.js";

/**
 * Reads the square `box` of `frame` resampled to `sizePx` × `sizePx` RGB (bilinear, 0..255, black outside the
 * picture), ready to become a model's input tensor. Done here rather than with TFJS ops: turning a whole video
 * frame into a tensor first cost more than running the model (decision 0050); the crop is only 192–256 px.
 */
export function cropPixels(frame: PixelFrame, box: CropBox, sizePx: number): Float32Array {
  const out = new Float32Array(sizePx * sizePx * 3);
  const step = box.size / sizePx;
  const { width, height, data } = frame;
  const read = (x: number, y: number, channel: number): number =>
    x < 0 || y < 0 || x >= width || y >= height ? 0 : (data[(y * width + x) * RGBA_CHANNELS + channel] ?? 0);
  for (let row = 0; row < sizePx; row++) {
    // Pixel centres: output pixel `row` covers source rows yMin + row·step … yMin + (row+1)·step.
    const y = box.yMin + (row + 0.5) * step - 0.5;
    const y0 = Math.floor(y);
    const fy = y - y0;
    for (let column = 0; column < sizePx; column++) {
      const x = box.xMin + (column + 0.5) * step - 0.5;
      const x0 = Math.floor(x);
      const fx = x - x0;
      const target = (row * sizePx + column) * 3;
      for (let channel = 0; channel < 3; channel++) {
        const top = read(x0, y0, channel) * (1 - fx) + read(x0 + 1, y0, channel) * fx;
        const bottom = read(x0, y0 + 1, channel) * (1 - fx) + read(x0 + 1, y0 + 1, channel) * fx;
        out[target + channel] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return out;
}
