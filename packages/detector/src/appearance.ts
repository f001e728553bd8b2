import { jointOf, type KeypointFrame } from "@hipcheck/motion";
import { RGBA_CHANNELS, type PixelFrame } from "./pixel-frame.js";

/**
 * How the person measured looks: the colours of their clothes over the torso and thighs, and their size. Plain
 * data, so that it travels in the frame watch's state between threads and compares exactly (decision 0520).
 */
export type Appearance = {
  /**
   * How many of the pixels sampled over the torso fall in each colour bin: first `HUE_BINS` × `SATURATION_BINS`
   * bins of hue and saturation for coloured pixels, then `GREY_BINS` bins of brightness for grey, dark or pale ones.
   */
  readonly torsoColours: readonly number[];
  /** The same over the thighs (all zero when no knee is seen). */
  readonly thighColours: readonly number[];
  /** From the middle of the shoulders to the middle of the hips, in the picture's pixels (whole pixels). */
  readonly torsoPx: number;
};

/**
 * The colour histogram of Pérez, Hue, Vermaak & Gangnet (2002, "Color-based probabilistic tracking", ECCV,
 * LNCS 2350:661–675), coarser: hue and saturation for pixels with colour enough to have a hue, brightness alone for
 * the rest, so that a change of light moves few pixels between bins. Compared by the Bhattacharyya distance as
 * there and in Comaniciu, Ramesh & Meer (2003, "Kernel-based object tracking", IEEE TPAMI 25:564–577); clothes'
 * colours over the torso and legs are the cue of person re-identification's first methods (Farenzena et al. 2010,
 * "Person re-identification by symmetry-driven accumulation of local features", CVPR). Design choice, decision 0870.
 */
const HUE_BINS = 8;
const SATURATION_BINS = 2;
const GREY_BINS = 4;
/** Below this saturation or brightness a pixel's hue is noise (Pérez et al. 2002 use 0.1 and 0.2). */
const MIN_SATURATION = 0.15;
const MIN_BRIGHTNESS = 0.2;

/** Sample points along and across the torso (shoulders to hips) and each thigh (hip to knee). */
const TORSO_ALONG = 10;
const TORSO_ACROSS = 5;
const THIGH_ALONG = 8;
const THIGH_ACROSS = 3;
/**
 * Half the width sampled either side of the torso's and the thigh's line, as a share of its length: inside the
 * body seen from the front or the side (a torso is about as deep as half its length, a thigh as wide as 0.4 of it;
 * Drillis & Contini 1966 segment proportions). The ends are left out: the neck and the hip joint's edges.
 */
const TORSO_HALF_WIDTH = 0.2;
const THIGH_HALF_WIDTH = 0.12;
const ALONG_FROM = 0.15;
const ALONG_TO = 0.85;
/** A torso shorter than this in the picture is too small to read colours from. */
const MIN_TORSO_PX = 12;

/**
 * Beyond these, the body found where the person measured was lost is someone else's: a colour distance that the
 * same person across the frames of real clips never reached and different real people rarely stayed under, and a
 * size ratio (torso length) beyond what squatting, leaning and turning gave one person (decision 0870).
 */
export const MAX_SAME_COLOUR_DISTANCE = 0.45;
export const MAX_SAME_SIZE_RATIO = 1.6;

type Point = { readonly x: number; readonly y: number };

function middleOf(points: readonly (Point | undefined)[]): Point | undefined {
  const seen = points.filter((point) => point !== undefined);
  if (seen.length === 0) return undefined;
  return {
    x: seen.reduce((sum, point) => sum + point.x, 0) / seen.length,
    y: seen.reduce((sum, point) => sum + point.y, 0) / seen.length,
  };
}

/** The colour bin of one pixel (0–255 channels). */
function colourBinOf(red: number, green: number, blue: number): number {
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const brightness = max / 255;
  const saturation = max === 0 ? 0 : (max - min) / max;
  if (saturation < MIN_SATURATION || brightness < MIN_BRIGHTNESS) {
    return HUE_BINS * SATURATION_BINS + Math.min(GREY_BINS - 1, Math.floor(brightness * GREY_BINS));
  }
  const chroma = max - min;
  const hueSixths =
    max === red
      ? ((green - blue) / chroma + 6) % 6
      : max === green
        ? (blue - red) / chroma + 2
        : (red - green) / chroma + 4;
  const hueBin = Math.min(HUE_BINS - 1, Math.floor((hueSixths / 6) * HUE_BINS));
  const saturationBin = Math.min(
    SATURATION_BINS - 1,
    Math.floor(((saturation - MIN_SATURATION) / (1 - MIN_SATURATION)) * SATURATION_BINS),
  );
  return hueBin * SATURATION_BINS + saturationBin;
}

/** Adds the pixels sampled in a band of half-width `halfWidth` × its length around the line `from`–`to`. */
function sampleBand(
  frame: PixelFrame,
  from: Point,
  to: Point,
  along: number,
  across: number,
  halfWidth: number,
  counts: number[],
): void {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  for (let i = 0; i < along; i++) {
    const t = ALONG_FROM + ((ALONG_TO - ALONG_FROM) * i) / (along - 1);
    for (let j = 0; j < across; j++) {
      const s = halfWidth * ((2 * j) / (across - 1) - 1);
      const x = Math.round(from.x + t * dx - s * dy);
      const y = Math.round(from.y + t * dy + s * dx);
      if (x < 0 || y < 0 || x >= frame.width || y >= frame.height) continue;
      const at = (y * frame.width + x) * RGBA_CHANNELS;
      const bin = colourBinOf(frame.data[at] ?? 0, frame.data[at + 1] ?? 0, frame.data[at + 2] ?? 0);
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
  }
}

/**
 * How the body read in `keypoints` (in `frame`'s pixels) looks in `frame`: undefined when no shoulder or no hip is
 * seen, or the torso is too small. About 100 pixels are read, whatever the picture's size.
 */
export function appearanceOf(frame: PixelFrame, keypoints: KeypointFrame): Appearance | undefined {
  const shoulders = middleOf([jointOf(keypoints, "leftShoulder"), jointOf(keypoints, "rightShoulder")]);
  const hips = middleOf([jointOf(keypoints, "leftHip"), jointOf(keypoints, "rightHip")]);
  if (shoulders === undefined || hips === undefined) return undefined;
  const torsoPx = Math.hypot(hips.x - shoulders.x, hips.y - shoulders.y);
  if (torsoPx < MIN_TORSO_PX) return undefined;
  const torsoColours = noColours();
  sampleBand(frame, shoulders, hips, TORSO_ALONG, TORSO_ACROSS, TORSO_HALF_WIDTH, torsoColours);
  if (totalOf(torsoColours) === 0) return undefined;
  const thighColours = noColours();
  for (const side of ["left", "right"] as const) {
    const hip = jointOf(keypoints, `${side}Hip`);
    const knee = jointOf(keypoints, `${side}Knee`);
    if (hip !== undefined && knee !== undefined) {
      sampleBand(frame, hip, knee, THIGH_ALONG, THIGH_ACROSS, THIGH_HALF_WIDTH, thighColours);
    }
  }
  return { torsoColours, thighColours, torsoPx: Math.round(torsoPx) };
}

function noColours(): number[] {
  return new Array<number>(HUE_BINS * SATURATION_BINS + GREY_BINS).fill(0);
}

function totalOf(counts: readonly number[]): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The Bhattacharyya distance between two colour histograms: 0 for the same shares in every bin, 1 for none shared. */
function bhattacharyyaDistance(a: readonly number[], b: readonly number[]): number {
  const totalA = totalOf(a);
  const totalB = totalOf(b);
  const coefficient = a.reduce(
    (sum, count, bin) => sum + Math.sqrt((count / totalA) * ((b[bin] ?? 0) / totalB)),
    0,
  );
  return Math.sqrt(Math.max(0, 1 - coefficient));
}

/**
 * How far apart two appearances' colours are: the mean of the torso's and the thighs' Bhattacharyya distances (the
 * torso's alone when either has no thigh seen), so that a light top over dark legs is not taken for a dark top over
 * light legs, as one histogram of the whole body would (the body split in parts, as Farenzena et al. 2010 do).
 */
export function colourDistance(a: Appearance, b: Appearance): number {
  const torso = bhattacharyyaDistance(a.torsoColours, b.torsoColours);
  if (totalOf(a.thighColours) === 0 || totalOf(b.thighColours) === 0) return torso;
  return (torso + bhattacharyyaDistance(a.thighColours, b.thighColours)) / 2;
}

/** How many times larger the larger of the two bodies is (torso lengths), 1 or more. */
export function sizeRatio(a: Appearance, b: Appearance): number {
  return Math.max(a.torsoPx, b.torsoPx) / Math.min(a.torsoPx, b.torsoPx);
}

/** Whether `found` looks like `remembered`: alike in their clothes' colours and in size. */
export function looksAlike(remembered: Appearance, found: Appearance): boolean {
  return (
    colourDistance(remembered, found) <= MAX_SAME_COLOUR_DISTANCE &&
    sizeRatio(remembered, found) <= MAX_SAME_SIZE_RATIO
  );
}
