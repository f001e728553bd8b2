/** A square region of the input image, in pixels; it may reach past the edges (the outside reads as black). */
export type CropBox = { readonly xMin: number; readonly yMin: number; readonly size: number };

/** A detected point in pixels of the input image (origin top-left, y down) with the model's 0..1 score. */
export type RawKeypoint = { readonly x: number; readonly y: number; readonly score: number };

/** The whole image, padded to a square around its centre, so the model sees undistorted proportions. */
export function fullImageBox(width: number, height: number): CropBox {
  const size = Math.max(width, height);
  return { xMin: (width - size) / 2, yMin: (height - size) / 2, size };
}

/** The middle of `box`: for a tracked body box, the hips it is centred on. */
export function centreOf(box: CropBox): { x: number; y: number } {
  return { x: box.xMin + box.size / 2, y: box.yMin + box.size / 2 };
}

/** Maps a point given in 0..1 of the crop back to pixels of the input image. */
export function fromCropUnit(box: CropBox, xUnit: number, yUnit: number): { x: number; y: number } {
  return { x: box.xMin + xUnit * box.size, y: box.yMin + yUnit * box.size };
}

/**
 * How many grid steps MoveNet's tracked body box spans at least: its grid step is a power of two pixels between
 * 1/64 and 1/32 of its size, 3–6 px of the model's 192 px input (decisions 0701, 0750).
 */
export const CROP_GRID_STEPS_PER_BOX = 32;

/**
 * The grid step of a tracked body box of `sizePx`: the largest power of two pixels (at least 1) that the box's
 * size spans at least `CROP_GRID_STEPS_PER_BOX` times. Powers of two nest, so a box on a coarser grid is also on
 * every finer one, and two boxes near the size where the step doubles can still land on the same one.
 */
export function cropGridStepPx(sizePx: number): number {
  return 2 ** Math.max(0, Math.floor(Math.log2(Math.max(1, sizePx) / CROP_GRID_STEPS_PER_BOX)));
}

/**
 * `box` on a grid of `stepPx`, its position and its size alike. A tracked body box is kept on a grid so that two
 * readings of a video that follow the body from different starts (a segment read after a short warm-up, and one
 * unbroken pass) land on the very same box once they are within about a step of each other, and from there read
 * the same keypoints (decision 0520). MoveNet's box takes a step proportional to its size (`cropGridStepPx`): on
 * whole pixels, two such chains could stay 1–5 px apart for a whole segment and never meet (decision 0701). The box
 * only says which pixels the model reads; the keypoints come back in the frame's pixels.
 */
export function snappedCropBox(box: CropBox, stepPx: number): CropBox {
  const onGrid = (valuePx: number): number => Math.round(valuePx / stepPx) * stepPx;
  return { xMin: onGrid(box.xMin), yMin: onGrid(box.yMin), size: Math.max(stepPx, onGrid(box.size)) };
}
