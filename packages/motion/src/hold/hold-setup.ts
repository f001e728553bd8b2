import { median } from "../geometry/median.js";
import type { Localized } from "../shared/localized.js";
import type { KeypointFrame } from "../skeleton/joints.js";
import { measureHoldFrame, type HoldFrameMeasure } from "./hold-geometry.js";
import { HOLD_SETUP_LIMITS } from "./hold-thresholds.js";
import type { HoldTest } from "./hold-tests.js";

export type HoldProblemCode =
  "no-frames" | "no-person" | "not-lying" | "camera-end-on" | "camera-tilted" | "camera-too-high" | "no-hold";

/** Why the camera cannot time a hold, with what to change, in both languages. */
export type HoldProblem = { readonly code: HoldProblemCode; readonly message: Localized };

export const HOLD_PROBLEM_MESSAGES: Readonly<Record<HoldProblemCode, Localized>> = {
  "no-frames": {
    en: "No picture to time: record the hold again.",
    fr: "Aucune image à chronométrer\u00a0: filmez à nouveau le maintien.",
  },
  "no-person": {
    en: "Nobody was found holding a position: lie down in front of the phone, your whole body from head to feet in the picture, in good light.",
    fr: "Personne n’a été vu en train de tenir une position\u00a0: allongez-vous devant le téléphone, le corps entier de la tête aux pieds dans l’image, avec un bon éclairage.",
  },
  "not-lying": {
    en: "The body is not lying across the picture: lie on your side with your head at one edge of the picture and your feet at the other. If you are lying down, turn the phone so the floor is along the bottom of the picture.",
    fr: "Le corps n’est pas allongé en travers de l’image\u00a0: allongez-vous sur le côté, la tête d’un côté de l’image et les pieds de l’autre. Si vous êtes déjà allongé, tournez le téléphone pour que le sol soit en bas de l’image.",
  },
  "camera-end-on": {
    en: "The camera looks along the body, from the head or the feet: put the phone in front of you, level with your hips, so it sees you from head to feet.",
    fr: "La caméra regarde le corps dans sa longueur, depuis la tête ou les pieds\u00a0: placez le téléphone devant vous, à hauteur du bassin, pour qu’il vous voie de la tête aux pieds.",
  },
  "camera-tilted": {
    en: "The phone is not level: the floor slopes across the picture. Stand the phone upright on the floor, or prop it, so the floor runs along the bottom of the picture.",
    fr: "Le téléphone n’est pas droit\u00a0: le sol penche dans l’image. Posez le téléphone debout sur le sol, ou calez-le, pour que le sol soit bien horizontal en bas de l’image.",
  },
  "camera-too-high": {
    en: "The camera seems to look down from above: the lift of a leg or of the hips is then hidden. Put the phone on the floor, 2 to 3 m in front of you, and lie square on your side.",
    fr: "La caméra semble filmer d’en haut\u00a0: la montée de la jambe ou du bassin est alors masquée. Posez le téléphone au sol, à 2 ou 3 m devant vous, et allongez-vous bien sur le côté.",
  },
  "no-hold": {
    en: "No hold was found: the leg or the hips were never held up long enough. Get into position, then hold still until you can no longer keep the position.",
    fr: "Aucun maintien n’a été trouvé\u00a0: la jambe ou le bassin n’ont jamais été tenus assez longtemps. Mettez-vous en position, puis tenez immobile jusqu’à ne plus pouvoir garder la position.",
  },
};

export function holdProblem(code: HoldProblemCode): HoldProblem {
  return { code, message: HOLD_PROBLEM_MESSAGES[code] };
}

function majority(
  measures: readonly HoldFrameMeasure[],
  test: (measure: HoldFrameMeasure) => boolean,
): boolean {
  return measures.filter(test).length > measures.length / 2;
}

/**
 * What stops the camera from timing a hold in these frames, most important first (decision 0380): nobody in view, a
 * body not lying across the picture, a camera looking along the body, tilted or looking down from above. Each is
 * judged by majority over the frames that show a body, so a few frames of getting into position change nothing.
 * Used on a whole recording and, live, on the last second or so of frames.
 */
export function checkHoldSetup(frames: readonly KeypointFrame[], test: HoldTest): HoldProblem[] {
  if (frames.length === 0) return [holdProblem("no-frames")];
  const measures = frames.flatMap((frame) => measureHoldFrame(frame, test) ?? []);
  if (measures.length === 0 || measures.length / frames.length < HOLD_SETUP_LIMITS.minBodyFrameShare) {
    return [holdProblem("no-person")];
  }
  if (majority(measures, (measure) => measure.axisDeg > HOLD_SETUP_LIMITS.notLyingAxisDeg)) {
    return [holdProblem("not-lying")];
  }
  if (majority(measures, (measure) => measure.lengthRatio < HOLD_SETUP_LIMITS.endOnLengthRatio)) {
    return [holdProblem("camera-end-on")];
  }
  const problems: HoldProblem[] = [];
  const tilts = measures.flatMap((measure) => (measure.floorTiltDeg === null ? [] : [measure.floorTiltDeg]));
  if ((median(tilts) ?? 0) > HOLD_SETUP_LIMITS.tiltedFloorDeg) problems.push(holdProblem("camera-tilted"));
  const stack = median(measures.map((measure) => measure.shoulderStackRatio)) ?? 1;
  if (stack < HOLD_SETUP_LIMITS.highCameraStackRatio) problems.push(holdProblem("camera-too-high"));
  return problems;
}
