import type * as tf from "@tensorflow/tfjs-core";
import { loadGraphModel, type GraphModel } from "@tensorflow/tfjs-converter";
import { detectPeople, runBlazePoseLandmarks, type DetectedPerson } from "./blazepose.js";
import { snappedCropBox, type CropBox, type RawKeypoint } from "./crop-box.js";
import { nextMoveNetCrop, runMoveNet, sameCropBox, trackedMoveNetCrop } from "./movenet.js";
import type { PixelFrame } from "./pixel-frame.js";
import { MODEL_FILES, type PoseModelId } from "./pose-model-id.js";

/** Where a graph model comes from: a URL (browser) or a TFJS IO handler (Node reads our own files). */
export type ModelSource = (modelFileName: string) => string | tf.io.IOHandler;

/** The raw answer of a model for one picture: its own keypoint layout, in pixels of that picture. */
export type PoseDetection =
  | { readonly layout: "coco17"; readonly points: readonly RawKeypoint[] }
  | { readonly layout: "blazepose33"; readonly points: readonly RawKeypoint[] };

export type PoseEstimator = {
  readonly modelId: PoseModelId;
  /**
   * Finds the pose of the one person in `frame`. Consecutive calls are treated as frames of one video:
   * the body box of the previous frame is reused, which is what makes video fast; call `reset` between clips.
   * `person`, when given, is whom to measure: the search starts around them instead of in the whole picture.
   */
  readonly estimate: (frame: PixelFrame, person?: DetectedPerson) => Promise<PoseDetection>;
  /**
   * Reads the person inside `box` of `frame` once, for a frame read again after tracking (`refineBoxOf`); it
   * neither uses nor changes what `estimate` tracks.
   */
  readonly estimateIn: (frame: PixelFrame, box: CropBox) => Promise<PoseDetection>;
  readonly reset: () => void;
  /** The body box the next `estimate` starts from (undefined: it looks in the whole picture). */
  readonly tracking: () => CropBox | undefined;
  /** Makes the next `estimate` start from `box`, as if the frame before had been read here (decision 0520). */
  readonly follow: (box: CropBox | undefined) => void;
  readonly dispose: () => void;
};

/** A square around the whole body circle of `person`, with a 10 % margin. */
function bodyBoxOf(person: DetectedPerson): CropBox {
  const size = 2.2 * person.bodyRadiusPx;
  return { xMin: person.hip.x - size / 2, yMin: person.hip.y - size / 2, size };
}

async function loadModel(source: ModelSource, fileName: string): Promise<GraphModel> {
  return loadGraphModel(source(fileName));
}

function moveNetEstimator(modelId: PoseModelId, model: GraphModel): PoseEstimator {
  let tracked: CropBox | undefined;
  /**
   * Reads `frame` in `start`, then again in the box that reading gives. When that box is `start` itself (nobody
   * found in the whole picture, or a body that fills it), the second run would read the same pixels and give the
   * same keypoints, so it is not made.
   */
  const lookClosely = async (frame: PixelFrame, start: CropBox): Promise<RawKeypoint[]> => {
    const first = await runMoveNet(model, frame, start);
    const closer = nextMoveNetCrop(first, frame.width, frame.height);
    return sameCropBox(closer, start) ? first : runMoveNet(model, frame, closer);
  };
  return {
    modelId,
    estimate: async (frame, person) => {
      let points: RawKeypoint[];
      if (person !== undefined) {
        // Start on the chosen person's body (the circle the person detector gives), then look again closely.
        points = await lookClosely(frame, bodyBoxOf(person));
      } else if (tracked === undefined) {
        // A still image, the first frame, or the first after the body was lost (decision 0750): find the person in
        // the whole picture, then look again closely (the second run on the crop roughly halved the keypoint error
        // in our measurements, decision 0050).
        points = await lookClosely(frame, nextMoveNetCrop([], frame.width, frame.height));
      } else {
        points = await runMoveNet(model, frame, tracked);
      }
      tracked = trackedMoveNetCrop(points, frame.width, frame.height);
      return { layout: "coco17", points };
    },
    estimateIn: async (frame, box) => ({ layout: "coco17", points: await runMoveNet(model, frame, box) }),
    reset: () => {
      tracked = undefined;
    },
    tracking: () => tracked,
    follow: (box) => {
      tracked = box;
    },
    dispose: () => {
      model.dispose();
    },
  };
}

function blazePoseEstimator(detector: GraphModel, landmarkModel: GraphModel): PoseEstimator {
  let tracked: CropBox | undefined;
  return {
    modelId: "blazepose-full",
    estimate: async (frame, person) => {
      const roi = person?.roi ?? tracked ?? (await detectPeople(detector, frame))[0]?.roi;
      const result = roi === undefined ? undefined : await runBlazePoseLandmarks(landmarkModel, frame, roi);
      // On whole pixels: a grid proportional to the region moved BlazePose's readings of Lena's squats beyond their
      // tolerance (decisions 0701, 0750), and its segments already met one unbroken pass (decision 0520).
      tracked = result === undefined ? undefined : snappedCropBox(result.nextRoi, 1);
      return { layout: "blazepose33", points: result?.landmarks ?? [] };
    },
    estimateIn: async (frame, box) => ({
      layout: "blazepose33",
      points: (await runBlazePoseLandmarks(landmarkModel, frame, box))?.landmarks ?? [],
    }),
    reset: () => {
      tracked = undefined;
    },
    tracking: () => tracked,
    follow: (box) => {
      tracked = box;
    },
    dispose: () => {
      detector.dispose();
      landmarkModel.dispose();
    },
  };
}

/** Loads the model files of `modelId` from `source`; the TFJS backend must be ready. */
export async function createPoseEstimator(modelId: PoseModelId, source: ModelSource): Promise<PoseEstimator> {
  switch (modelId) {
    case "movenet-lightning":
    case "movenet-thunder":
      return moveNetEstimator(modelId, await loadModel(source, MODEL_FILES[modelId][0]));
    case "blazepose-full": {
      const [detectorFile, landmarkFile] = MODEL_FILES[modelId];
      return blazePoseEstimator(await loadModel(source, detectorFile), await loadModel(source, landmarkFile));
    }
  }
}
