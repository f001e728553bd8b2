import { fromBlazePose33, fromCoco17, type KeypointFrame } from "@hipcheck/motion";
import type { PoseDetection } from "./pose-estimator.js";

/**
 * Hands a model's answer to the motion module's skeleton adapters (only they know each layout's joint order),
 * scaled from the analysed picture back to pixels of the original file. Scores pass through unchanged:
 * the motion module decides what is too uncertain to measure.
 */
export function keypointFrameOf(detection: PoseDetection, timeMs: number, toSourceScale = 1): KeypointFrame {
  const points = detection.points.map((point) => ({
    x: point.x * toSourceScale,
    y: point.y * toSourceScale,
    score: point.score,
  }));
  switch (detection.layout) {
    case "coco17":
      return fromCoco17(points, timeMs);
    case "blazepose33":
      return fromBlazePose33(points, timeMs);
  }
}
