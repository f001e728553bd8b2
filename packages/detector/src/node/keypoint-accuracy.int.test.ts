import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RawKeypoint } from "../crop-box.js";
import { createPoseEstimator, type PoseDetection, type PoseEstimator } from "../pose-estimator.js";
import type { PoseModelId } from "../pose-model-id.js";
import { decodeFrames } from "./frame-decoder.js";
import { DEFAULT_MODELS_DIR, fileModelSource } from "./file-model-source.js";
import { probeMedia } from "./media-probe.js";
import { initNodeBackend } from "./node-backend.js";
import { testdataPath } from "../../../../testdata/testdata-path.js";

/**
 * Specification: on real photos with published keypoints, the median distance between our keypoints and the
 * annotated ones stays within a tolerance given as a share of the person's height (annotated box height for the
 * mmpose photos, extent of MediaPipe's 33 landmarks for tfjsmodels_pose.jpg). The 17 COCO joints are compared
 * wherever the annotation marks them visible. Single-person models find one person: in group photos the
 * annotated person closest to our answer is the reference.
 */

/** Upright people: within 4 % of body height (about 7 cm on a 1.70 m person); measured 0.7–2.7 %. */
const UPRIGHT_TOLERANCE = 0.04;
/**
 * Failures the models are known to have (upside down, heavy occlusion), pinned so that a change shows up: some
 * joint lands more than a quarter of the body height from where it is (measured 44–73 %).
 */
const KNOWN_FAILURE_WORST_ABOVE = 0.25;

/** Our index of each COCO-17 joint, per model layout (BlazePose: nose, eyes, ears, then limbs from 11). */
const COCO_FROM = {
  coco17: Array.from({ length: 17 }, (_, index) => index),
  blazepose33: [0, 2, 5, 7, 8, 11, 12, 13, 14, 15, 16, 23, 24, 25, 26, 27, 28],
} as const;

type Reference = {
  readonly keypoints: readonly (readonly [number, number] | undefined)[];
  readonly bodyHeightPx: number;
};

function mmposeReferences(annotationFile: string, imageFile: string): Reference[] {
  type Coco = {
    images: { id: number; file_name: string }[];
    annotations: { image_id: number; keypoints: number[]; bbox: number[] }[];
  };
  const coco = JSON.parse(readFileSync(testdataPath(`annotations/${annotationFile}`), "utf8")) as Coco;
  const image = coco.images.find((entry) => imageFile.endsWith(entry.file_name.split("/").at(-1) ?? "?"));
  return coco.annotations
    .filter((annotation) => annotation.image_id === image?.id)
    .map((annotation) => ({
      keypoints: Array.from({ length: 17 }, (_, joint) =>
        (annotation.keypoints[joint * 3 + 2] ?? 0) > 0
          ? ([annotation.keypoints[joint * 3] ?? 0, annotation.keypoints[joint * 3 + 1] ?? 0] as const)
          : undefined,
      ),
      bodyHeightPx: annotation.bbox[3] ?? 0,
    }));
}

/** MediaPipe's expected landmarks for pose.jpg, normalised 0..1 (mediapipe/tasks/testdata/vision). */
function mediapipeReference(width: number, height: number): Reference {
  const text = readFileSync(testdataPath("annotations/mediapipe_tasks_pose_landmarks.pbtxt"), "utf8");
  const xs = [...text.matchAll(/^\s*x: ([\d.e-]+)/gm)].map((match) => Number(match[1]) * width);
  const ys = [...text.matchAll(/^\s*y: ([\d.e-]+)/gm)].map((match) => Number(match[1]) * height);
  return {
    keypoints: COCO_FROM.blazepose33.map((index) => [xs[index] ?? 0, ys[index] ?? 0] as const),
    bodyHeightPx: Math.max(...ys) - Math.min(...ys),
  };
}

type Errors = { readonly median: number; readonly worst: number };

function errorsOf(
  points: readonly RawKeypoint[],
  layout: PoseDetection["layout"],
  reference: Reference,
): Errors {
  const errors: number[] = [];
  COCO_FROM[layout].forEach((ourIndex, joint) => {
    const expected = reference.keypoints[joint];
    const ours = points[ourIndex];
    if (expected !== undefined && ours !== undefined) {
      errors.push(Math.hypot(ours.x - expected[0], ours.y - expected[1]));
    }
  });
  if (errors.length < 8) return { median: Infinity, worst: Infinity };
  errors.sort((a, b) => a - b);
  const share = (distance: number | undefined) => (distance ?? Infinity) / reference.bodyHeightPx;
  return { median: share(errors[Math.floor(errors.length / 2)]), worst: share(errors.at(-1)) };
}

type Case = { persona: string; image: string; references: (width: number, height: number) => Reference[] };

const CASES: Case[] = [
  {
    persona: "a skier standing square to the camera (COCO 785)",
    image: "mmpose_coco_000000000785.jpg",
    references: () => mmposeReferences("mmpose_coco__test_coco.json", "000000000785.jpg"),
  },
  {
    persona: "a man walking among other people (COCO 196141)",
    image: "mmpose_coco_000000196141.jpg",
    references: () => mmposeReferences("mmpose_coco__test_coco.json", "000000196141.jpg"),
  },
  {
    persona: "a woman standing, MediaPipe's own test photo",
    image: "tfjsmodels_pose.jpg",
    references: (w, h) => [mediapipeReference(w, h)],
  },
  {
    persona: "a woman walking between other people (OCHuman 000817)",
    image: "mmpose_ochuman_000817.jpg",
    references: () => mmposeReferences("mmpose_ochuman__test_ochuman.json", "000817.jpg"),
  },
  {
    persona: "two acrobats, one in a handstand (Human-Art 590)",
    image: "mmpose_humanart_real_human_acrobatics_000000000590.jpg",
    references: () => mmposeReferences("mmpose_humanart__test_humanart.json", "000000000590.jpg"),
  },
];

/** Expected outcome per model and photo: "upright" within UPRIGHT_TOLERANCE, or a known failure. */
const EXPECTED: Record<PoseModelId, Record<string, "upright" | "fails">> = {
  "movenet-lightning": {
    "mmpose_coco_000000000785.jpg": "upright",
    "mmpose_coco_000000196141.jpg": "upright",
    "tfjsmodels_pose.jpg": "upright",
    "mmpose_ochuman_000817.jpg": "upright",
    "mmpose_humanart_real_human_acrobatics_000000000590.jpg": "fails",
  },
  "movenet-thunder": {
    "mmpose_coco_000000000785.jpg": "upright",
    "mmpose_coco_000000196141.jpg": "upright",
    "tfjsmodels_pose.jpg": "upright",
    "mmpose_ochuman_000817.jpg": "upright",
    "mmpose_humanart_real_human_acrobatics_000000000590.jpg": "fails",
  },
  "blazepose-full": {
    "mmpose_coco_000000000785.jpg": "upright",
    "mmpose_coco_000000196141.jpg": "upright",
    "tfjsmodels_pose.jpg": "upright",
    "mmpose_ochuman_000817.jpg": "fails",
    "mmpose_humanart_real_human_acrobatics_000000000590.jpg": "fails",
  },
};

async function detectInImage(
  estimator: PoseEstimator,
  image: string,
): Promise<{ detection: PoseDetection; width: number; height: number }> {
  estimator.reset();
  const probed = await probeMedia(testdataPath(`images/${image}`));
  if (!probed.ok) throw new Error(probed.error.message);
  let result: PoseDetection | undefined;
  let scale = 1;
  await decodeFrames(testdataPath(`images/${image}`), probed.value, async ({ frame, toSourceScale }) => {
    result = await estimator.estimate(frame);
    scale = toSourceScale;
  });
  if (result === undefined) throw new Error(`no frame decoded from ${image}`);
  const points = result.points.map((point) => ({
    x: point.x * scale,
    y: point.y * scale,
    score: point.score,
  }));
  return { detection: { ...result, points }, width: probed.value.width, height: probed.value.height };
}

beforeAll(async () => {
  if (!existsSync(`${DEFAULT_MODELS_DIR}/movenet-lightning.json`)) {
    throw new Error("Pose models missing: run `node scripts/fetch-models.mjs`.");
  }
  await initNodeBackend();
});

describe.each(Object.keys(EXPECTED) as PoseModelId[])("keypoints of %s on annotated photos", (modelId) => {
  let estimator: PoseEstimator;
  beforeAll(async () => {
    estimator = await createPoseEstimator(modelId, fileModelSource());
  });
  afterAll(() => {
    estimator.dispose();
  });

  it.each(CASES)("$persona", async ({ image, references }) => {
    const { detection, width, height } = await detectInImage(estimator, image);
    const [closest] = references(width, height)
      .map((reference) => errorsOf(detection.points, detection.layout, reference))
      .sort((a, b) => a.median - b.median);
    if (EXPECTED[modelId][image] === "upright") expect(closest?.median).toBeLessThan(UPRIGHT_TOLERANCE);
    else expect(closest?.worst).toBeGreaterThan(KNOWN_FAILURE_WORST_ABOVE);
  });
});
