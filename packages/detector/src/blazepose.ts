import * as tf from "@tensorflow/tfjs-core";
import type { GraphModel } from "@tensorflow/tfjs-converter";
import { fromCropUnit, fullImageBox, type CropBox, type RawKeypoint } from "./crop-box.js";
import { cropPixels } from "./crop-pixels.js";
import type { PixelFrame } from "./pixel-frame.js";

/**
 * BlazePose GHUM (Bazarevsky et al. 2020, arXiv:2006.10204) runs in two stages: a person detector finds the
 * hips and a scale point, then the landmark model reads 33 landmarks on a crop around them. The constants are
 * those of the official pipeline (tensorflow/tfjs-models pose-detection/src/blazepose_tfjs/constants.ts and
 * MediaPipe's pose_detection graph, Apache-2.0). The crop is kept upright: people in HipCheck's screens stand.
 */
const DETECTOR_INPUT_PX = 224;
const LANDMARK_INPUT_PX = 256;
const MIN_DETECTION_SCORE = 0.5;
const MIN_POSE_PRESENCE = 0.5;
/** The crop side is 2 × (hips-to-scale-point distance) enlarged by 1.25. */
const ROI_SCALE = 2 * 1.25;
const BODY_LANDMARKS = 33;
/** 33 body landmarks then 6 auxiliary ones; the first two auxiliary points place the next frame's crop. */
const ALL_LANDMARKS = 39;
const VALUES_PER_LANDMARK = 5;

type Anchor = { readonly x: number; readonly y: number };

/** SSD anchors of the detector: strides 8, 16, then 32 three times, two anchors per layer (2254 in all). */
function detectorAnchors(): Anchor[] {
  const layers = [
    { stride: 8, perCell: 2 },
    { stride: 16, perCell: 2 },
    { stride: 32, perCell: 6 },
  ];
  const anchors: Anchor[] = [];
  for (const { stride, perCell } of layers) {
    const cells = Math.ceil(DETECTOR_INPUT_PX / stride);
    for (let row = 0; row < cells; row++) {
      for (let column = 0; column < cells; column++) {
        for (let copy = 0; copy < perCell; copy++) {
          anchors.push({ x: (column + 0.5) / cells, y: (row + 0.5) / cells });
        }
      }
    }
  }
  return anchors;
}

const ANCHORS = detectorAnchors();

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

function roiAround(center: { x: number; y: number }, scalePoint: { x: number; y: number }): CropBox {
  const size = ROI_SCALE * Math.hypot(scalePoint.x - center.x, scalePoint.y - center.y);
  return { xMin: center.x - size / 2, yMin: center.y - size / 2, size };
}

/** Model input tensor of a crop, pixel values mapped by `scale` and `offset`. */
function inputTensor(
  frame: PixelFrame,
  box: CropBox,
  sizePx: number,
  scale: number,
  offset: number,
): tf.Tensor4D {
  const pixels = cropPixels(frame, box, sizePx);
  for (let index = 0; index < pixels.length; index++) pixels[index] = (pixels[index] ?? 0) * scale + offset;
  return tf.tensor4d(pixels, [1, sizePx, sizePx, 3]);
}

/**
 * Two detections whose face boxes overlap more than this (intersection over union) are one person; 0.3 is
 * MediaPipe's pose_detection graph value (min_suppression_threshold).
 */
const SAME_PERSON_IOU = 0.3;

type Box = { readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number };

function iouOf(a: Box, b: Box): number {
  const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  if (width <= 0 || height <= 0) return 0;
  const overlap = width * height;
  const area = (box: Box) => (box.xMax - box.xMin) * (box.yMax - box.yMin);
  return overlap / (area(a) + area(b) - overlap);
}

/** One person found by BlazePose's detector, in pixels of the frame. */
export type DetectedPerson = {
  readonly score: number;
  /** The detector's face box (the part of a person it actually detects). */
  readonly face: Box;
  /** Middle of the hips. */
  readonly hip: { readonly x: number; readonly y: number };
  /** Radius around `hip` of the circle that holds the whole body (the detector's scale point). */
  readonly bodyRadiusPx: number;
  /** The crop the landmark model needs for this person. */
  readonly roi: CropBox;
};

/**
 * Every person BlazePose's detector finds in `frame`, most confident first. The detector finds a face and two
 * alignment points (the middle of the hips and a point on the circle around the body), so a person whose face
 * is hidden may be missed.
 */
export async function detectPeople(detector: GraphModel, frame: PixelFrame): Promise<DetectedPerson[]> {
  const letterbox = fullImageBox(frame.width, frame.height);
  // The detector expects pixels scaled to -1..1.
  const output = tf.tidy(
    () => detector.execute(inputTensor(frame, letterbox, DETECTOR_INPUT_PX, 1 / 127.5, -1)) as tf.Tensor,
  );
  // Output [1, 2254, 13]: a score logit, then box (x, y, w, h) and 4 keypoints (x, y), in input pixels
  // relative to the anchor.
  const values = await output.data();
  output.dispose();
  const candidates: DetectedPerson[] = [];
  ANCHORS.forEach((anchor, index) => {
    const score = sigmoid(values[index * 13] ?? -Infinity);
    if (score < MIN_DETECTION_SCORE) return;
    const unit = (offset: number, along: number) =>
      (values[index * 13 + offset] ?? 0) / DETECTOR_INPUT_PX + along;
    const center = fromCropUnit(letterbox, unit(1, anchor.x), unit(2, anchor.y));
    const halfWidth = (((values[index * 13 + 3] ?? 0) / DETECTOR_INPUT_PX) * letterbox.size) / 2;
    const halfHeight = (((values[index * 13 + 4] ?? 0) / DETECTOR_INPUT_PX) * letterbox.size) / 2;
    const keypoint = (k: number) =>
      fromCropUnit(letterbox, unit(5 + 2 * k, anchor.x), unit(6 + 2 * k, anchor.y));
    const hip = keypoint(0);
    const scalePoint = keypoint(1);
    candidates.push({
      score,
      face: {
        xMin: center.x - halfWidth,
        yMin: center.y - halfHeight,
        xMax: center.x + halfWidth,
        yMax: center.y + halfHeight,
      },
      hip,
      bodyRadiusPx: Math.hypot(scalePoint.x - hip.x, scalePoint.y - hip.y),
      roi: roiAround(hip, scalePoint),
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const people: DetectedPerson[] = [];
  for (const candidate of candidates) {
    if (people.every((person) => iouOf(person.face, candidate.face) <= SAME_PERSON_IOU)) {
      people.push(candidate);
    }
  }
  return people;
}

export type BlazePoseLandmarks = {
  /** The 33 BlazePose landmarks in pixels of the image; score = the model's visibility probability. */
  readonly landmarks: RawKeypoint[];
  /** Where to look in the next frame of a video, derived from the model's own alignment points. */
  readonly nextRoi: CropBox;
};

/** Reads the landmarks inside `roi`; undefined when the model says no person is there. */
export async function runBlazePoseLandmarks(
  model: GraphModel,
  frame: PixelFrame,
  roi: CropBox,
): Promise<BlazePoseLandmarks | undefined> {
  // The landmark model expects pixels scaled to 0..1.
  const outputs = tf.tidy(
    () =>
      model.execute(inputTensor(frame, roi, LANDMARK_INPUT_PX, 1 / 255, 0), [
        "Identity_2:0",
        "Identity_3:0",
      ]) as tf.Tensor[],
  );
  const [landmarkValues, presenceValues] = await Promise.all(outputs.map((tensor) => tensor.data()));
  for (const tensor of outputs) tensor.dispose();
  if (landmarkValues === undefined || (presenceValues?.[0] ?? 0) < MIN_POSE_PRESENCE) return undefined;
  const points: RawKeypoint[] = [];
  for (let index = 0; index < ALL_LANDMARKS; index++) {
    const base = index * VALUES_PER_LANDMARK;
    const xUnit = (landmarkValues[base] ?? 0) / LANDMARK_INPUT_PX;
    const yUnit = (landmarkValues[base + 1] ?? 0) / LANDMARK_INPUT_PX;
    points.push({
      ...fromCropUnit(roi, xUnit, yUnit),
      score: sigmoid(landmarkValues[base + 3] ?? -Infinity),
    });
  }
  const center = points[BODY_LANDMARKS];
  const scalePoint = points[BODY_LANDMARKS + 1];
  if (center === undefined || scalePoint === undefined) return undefined;
  return { landmarks: points.slice(0, BODY_LANDMARKS), nextRoi: roiAround(center, scalePoint) };
}
