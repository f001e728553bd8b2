/** A square region of the input image, in pixels; it may reach past the edges (the outside reads as black). */
export type CropBox = { readonly xMin: number; readonly yMin: number; readonly size: number };

/** A detected point in pixels of the input image (origin top-left, y down) with the model's 0..1 score. */
export type RawKeypoint = { readonly x: number; readonly y: number; readonly score: number };

/** The whole image, padded to a square around its centre, so the model sees undistorted proportions. */
export function fullImageBox(width: number, height: number): CropBox {
  const size = Math.max(width, height);
  return { xMin: (width - size) / 2, yMin: (height - size) / 2, size };
}

/** Maps a point given in 0..1 of the crop back to pixels of the input image. */
export function fromCropUnit(box: CropBox, xUnit: number, yUnit: number): { x: number; y: number } {
  return { x: box.xMin + xUnit * box.size, y: box.yMin + yUnit * box.size };
}

/**
 * `box` on whole pixels. A tracked body box is kept on whole pixels so that two readings of a video that follow the
 * body from different starts (a segment read after a short warm-up, and one unbroken pass) land on the very same
 * box once they are less than a pixel apart, and from there read the same keypoints (decision 0520). Half a pixel
 * is a quarter of a pixel of the 192 px model input at a 640 px frame, well inside the model's own jitter.
 */
export function snappedCropBox(box: CropBox): CropBox {
  return { xMin: Math.round(box.xMin), yMin: Math.round(box.yMin), size: Math.round(box.size) };
}
