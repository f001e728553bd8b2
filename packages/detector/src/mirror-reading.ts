import type { DetectedPerson } from "./blazepose.js";
import type { CropBox, RawKeypoint } from "./crop-box.js";
import { RGBA_CHANNELS, type PixelFrame } from "./pixel-frame.js";
import type { PoseDetection, PoseEstimator } from "./pose-estimator.js";

/** COCO-17: nose, then left/right pairs of eyes, ears, shoulders, elbows, wrists, hips, knees, ankles. */
const COCO17_PARTNER = [0, 2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11, 14, 13, 16, 15];

/**
 * BlazePose-33 (MediaPipe's landmark order): nose; left eye inner, eye, outer and the right ones; ears; mouth
 * corners; then left/right pairs from the shoulders (11) to the foot index (32).
 */
const BLAZEPOSE33_PARTNER = [
  0,
  4,
  5,
  6,
  1,
  2,
  3,
  8,
  7,
  10,
  9,
  ...Array.from({ length: 22 }, (_, offset) => 11 + (offset ^ 1)),
];

/** The picture seen in a mirror: each row read from right to left. */
export function mirroredPixelFrame(frame: PixelFrame): PixelFrame {
  const data = new Uint8Array(frame.data.length);
  const rowBytes = frame.width * RGBA_CHANNELS;
  for (let y = 0; y < frame.height; y++) {
    const row = y * rowBytes;
    for (let x = 0; x < frame.width; x++) {
      const from = row + x * RGBA_CHANNELS;
      const to = row + (frame.width - 1 - x) * RGBA_CHANNELS;
      for (let channel = 0; channel < RGBA_CHANNELS; channel++) {
        data[to + channel] = frame.data[from + channel] ?? 0;
      }
    }
  }
  return { width: frame.width, height: frame.height, data };
}

/**
 * A reading of the mirrored picture brought back to the picture itself: x mirrored about the picture's width
 * (pixel edges, so pixel 0's left edge maps to the right edge) and each left joint swapped with its right partner,
 * since the model names the sides of the body it sees and the mirror turns the body's left into what looks like
 * its right.
 */
export function mirroredBack(detection: PoseDetection, widthPx: number): PoseDetection {
  const partner = detection.layout === "coco17" ? COCO17_PARTNER : BLAZEPOSE33_PARTNER;
  const points = detection.points.map((_, index) => {
    const source = detection.points[partner[index] ?? index] ?? { x: 0, y: 0, score: 0 };
    return { x: widthPx - source.x, y: source.y, score: source.score };
  });
  return { layout: detection.layout, points };
}

/**
 * Two readings of the same picture (the picture's and its mirror's, brought back) merged joint by joint: each
 * position weighted by the score its reading gave it, the score the mean of the two. A joint one reading barely
 * sees leans toward the other; two readings that agree stay where they are. Standard test-time flip averaging of
 * pose models (decision 0575); the readings must share a layout.
 */
export function averagedReadings(first: PoseDetection, second: PoseDetection): PoseDetection {
  const points: RawKeypoint[] = first.points.map((one, index) => {
    const other = second.points[index];
    if (other === undefined) return one;
    const weight = one.score + other.score;
    if (weight <= 0) return { x: (one.x + other.x) / 2, y: (one.y + other.y) / 2, score: 0 };
    return {
      x: (one.x * one.score + other.x * other.score) / weight,
      y: (one.y * one.score + other.y * other.score) / weight,
      score: weight / 2,
    };
  });
  return { layout: first.layout, points };
}

function mirroredBox(box: CropBox, widthPx: number): CropBox {
  return { xMin: widthPx - box.xMin - box.size, yMin: box.yMin, size: box.size };
}

function mirroredPerson(person: DetectedPerson, widthPx: number): DetectedPerson {
  return {
    ...person,
    face: { ...person.face, xMin: widthPx - person.face.xMax, xMax: widthPx - person.face.xMin },
    hip: { x: widthPx - person.hip.x, y: person.hip.y },
    roi: mirroredBox(person.roi, widthPx),
  };
}

/**
 * `estimator` reading each picture twice, as it is and in a mirror, and merging the two readings
 * (`averagedReadings`). It costs two readings a picture: a choice for still photos, where time is no concern
 * (decision 0575). The mirrored reading starts from the mirror image of where the direct one starts, and leaves
 * the direct reading's body box for the next picture.
 */
export function mirrorAveraged(estimator: PoseEstimator): PoseEstimator {
  return {
    ...estimator,
    estimate: async (frame, person) => {
      const before = estimator.tracking();
      const direct = await estimator.estimate(frame, person);
      const after = estimator.tracking();
      estimator.follow(before === undefined ? undefined : mirroredBox(before, frame.width));
      const mirrored = await estimator.estimate(
        mirroredPixelFrame(frame),
        person === undefined ? undefined : mirroredPerson(person, frame.width),
      );
      estimator.follow(after);
      return averagedReadings(direct, mirroredBack(mirrored, frame.width));
    },
    estimateIn: async (frame, box) => {
      const direct = await estimator.estimateIn(frame, box);
      const mirrored = await estimator.estimateIn(mirroredPixelFrame(frame), mirroredBox(box, frame.width));
      return averagedReadings(direct, mirroredBack(mirrored, frame.width));
    },
  };
}
