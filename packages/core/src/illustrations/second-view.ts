/**
 * Which exercises get a second, small drawing, and from where: when a cue is about alignment that the main drawing
 * cannot show. Knee over the second toe, knee not caving in, knees over the feet, pelvis level or square: seen from
 * the front (seeds 001–004; the knee's frontal-plane angle and the pelvic drop of docs/clinical §1 and §2 are read
 * from the front). Hips stacked in side-lying: seen from above (seed 000, seed 004). The rule reads the cues' own
 * English words, so a new cue of that kind brings its view with it.
 */
import type { Exercise, Position } from "../knowledge/schema.js";
import type { Localized } from "../shared/i18n.js";
import type { FigurePoint, FigurePose, FigureView, SecondViewpoint } from "./figure-pose.js";
import { FIGURE_BOX, figurePoints3d } from "./figure-pose.js";

/** Cues about what the knee, the feet and the pelvis do seen from the front (or from the feet, lying down). */
export const FRONT_ALIGNMENT_WORDS =
  /second toe|cav(e|ing) inward|collaps\w* inward|pelvis level|same way as the toes|over the toes|in line with the ankle|in alignment|apart, over the feet|square to the floor/i;
/** Cues about the hips stacked one over the other while lying on the side. */
export const STACKED_HIPS_WORDS = /hips? stacked|stacked one over the other/i;

/** How the second drawing's caption names where it is seen from. */
export type SeenFrom = "front" | "feet" | "head" | "above";

export type SecondView = {
  readonly viewpoint: SecondViewpoint;
  readonly seenFrom: SeenFrom;
  /** The cue the second drawing shows. */
  readonly cue: Localized;
  /** Where the figure is moved to in the box, the same for every frame of the animation. */
  readonly shift: FigurePoint;
};

const LYING: readonly Position[] = ["supine", "prone", "quadruped", "side-lying"];

/**
 * The second view an exercise needs, or undefined: none when no cue is about alignment, or when the main drawing
 * already looks from the front (a cue about the front then reads on it).
 */
export function secondViewOf(
  exercise: Exercise,
  view: FigureView,
  poses: readonly FigurePose[],
): SecondView | undefined {
  const front = exercise.cues.find((cue) => FRONT_ALIGNMENT_WORDS.test(cue.en));
  const stacked = exercise.cues.find((cue) => STACKED_HIPS_WORDS.test(cue.en));
  const first = poses[0];
  if (first === undefined) return undefined;
  const points = figurePoints3d(first, view);
  if (front !== undefined && view === "side") {
    // Turned, a lying figure is seen from where its feet or its head point (the drawing's right).
    const feetRight = points.leftAnkle.x > points.leftShoulder.x;
    return {
      viewpoint: "turned",
      seenFrom: LYING.includes(exercise.position) ? (feetRight ? "feet" : "head") : "front",
      cue: front,
      shift: { x: FIGURE_BOX.width / 2, y: 0 },
    };
  }
  if (stacked !== undefined) {
    // From above, the pelvis (no depth) sits half-way down the box.
    return { viewpoint: "above", seenFrom: "above", cue: stacked, shift: { x: 0, y: FIGURE_BOX.height / 2 } };
  }
  return undefined;
}
