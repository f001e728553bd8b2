import type { Joint, JointName, KeypointFrame } from "@hipcheck/motion";
import { describe, expect, it } from "vitest";
import {
  appearanceOf,
  colourDistance,
  looksAlike,
  MAX_SAME_COLOUR_DISTANCE,
  MAX_SAME_SIZE_RATIO,
  sizeRatio,
  type Appearance,
} from "./appearance.js";
import { RGBA_CHANNELS, type PixelFrame } from "./pixel-frame.js";

type Rgb = readonly [number, number, number];
type Rect = { readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number };

const GREY_WALL: Rgb = [176, 176, 176];
const PINK: Rgb = [230, 50, 120];
const BLACK: Rgb = [20, 20, 24];
const DARK_RED: Rgb = [120, 20, 40];

/** A grey picture with `areas` painted on it, later ones over earlier ones. */
function picture(width: number, height: number, areas: readonly [Rect, Rgb][]): PixelFrame {
  const data = new Uint8ClampedArray(width * height * RGBA_CHANNELS);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const painted = areas.findLast(([r]) => x >= r.xMin && x < r.xMax && y >= r.yMin && y < r.yMax);
      const [red, green, blue] = painted?.[1] ?? GREY_WALL;
      data.set([red, green, blue, 255], (y * width + x) * RGBA_CHANNELS);
    }
  }
  return { width, height, data };
}

/** The same picture under a light `share` as bright. */
function dimmed(frame: PixelFrame, share: number): PixelFrame {
  return {
    ...frame,
    data: frame.data.map((value, at) => (at % RGBA_CHANNELS === 3 ? value : value * share)),
  };
}

/** A person standing facing the camera: shoulders at `top`, hips at `top + torsoPx`, knees `torsoPx` lower. */
function standingAt(x: number, top: number, torsoPx: number): KeypointFrame {
  const halfWidth = torsoPx / 3;
  const at = (px: number, py: number): Joint => ({ x: px, y: py, score: 0.9 });
  const keypoints: Partial<Record<JointName, Joint>> = {
    leftShoulder: at(x + halfWidth, top),
    rightShoulder: at(x - halfWidth, top),
    leftHip: at(x + halfWidth / 2, top + torsoPx),
    rightHip: at(x - halfWidth / 2, top + torsoPx),
    leftKnee: at(x + halfWidth / 2, top + 2 * torsoPx),
    rightKnee: at(x - halfWidth / 2, top + 2 * torsoPx),
  };
  return { timeMs: 0, keypoints };
}

/** Clothes painted over the body of `standingAt(x, top, torsoPx)`: a top over the torso, `legs` below the hips. */
function dressed(x: number, top: number, torsoPx: number, shirt: Rgb, legs: Rgb): [Rect, Rgb][] {
  const halfWidth = torsoPx / 2;
  return [
    [{ xMin: x - halfWidth, xMax: x + halfWidth, yMin: top - 5, yMax: top + torsoPx }, shirt],
    [{ xMin: x - halfWidth, xMax: x + halfWidth, yMin: top + torsoPx, yMax: top + 2.2 * torsoPx }, legs],
  ];
}

/** `frame` with the joints `names` scored too low to be seen. */
function unseen(frame: KeypointFrame, names: readonly JointName[]): KeypointFrame {
  const keypoints = Object.fromEntries(
    Object.entries(frame.keypoints).map(([name, joint]) => [
      name,
      names.includes(name as JointName) ? { ...joint, score: 0.1 } : joint,
    ]),
  );
  return { ...frame, keypoints };
}

function seen(frame: PixelFrame, keypoints: KeypointFrame): Appearance {
  const appearance = appearanceOf(frame, keypoints);
  if (appearance === undefined) throw new Error("The body's appearance was not read.");
  return appearance;
}

/** Lena, pink top and black leggings, torso 100 px, at x = 150 of a 300 × 400 picture. */
const LENA_PICTURE = picture(300, 400, dressed(150, 80, 100, PINK, BLACK));
const LENA = seen(LENA_PICTURE, standingAt(150, 80, 100));

describe("reading how the person measured looks", () => {
  it("reads Lena's pink top over her torso and her black leggings over her thighs, and her torso's length", () => {
    const pinkBin = LENA.torsoColours.findIndex((count) => count > 0);
    expect(LENA.torsoColours.filter((count) => count > 0)).toEqual([LENA.torsoColours[pinkBin]]);
    const legsBin = LENA.thighColours.findIndex((count) => count > 0);
    expect(legsBin).not.toBe(pinkBin);
    expect(LENA.thighColours.filter((count) => count > 0)).toEqual([LENA.thighColours[legsBin]]);
    expect(LENA.torsoPx).toBe(100);
  });

  it("reads nothing without a shoulder or a hip seen, or with a torso too small to read", () => {
    const shouldersUnseen = unseen(standingAt(150, 80, 100), ["leftShoulder", "rightShoulder"]);
    expect(appearanceOf(LENA_PICTURE, shouldersUnseen)).toBeUndefined();
    expect(appearanceOf(LENA_PICTURE, standingAt(150, 80, 8))).toBeUndefined();
  });

  it("reads the torso alone when no knee is seen, and compares Lena by it", () => {
    const kneesUnseen = seen(LENA_PICTURE, unseen(standingAt(150, 80, 100), ["leftKnee", "rightKnee"]));
    expect(kneesUnseen.thighColours.every((count) => count === 0)).toBe(true);
    expect(colourDistance(LENA, kneesUnseen)).toBe(0);
    expect(looksAlike(LENA, kneesUnseen)).toBe(true);
  });
});

describe("telling the person measured from someone else", () => {
  it("finds Lena alike under a light 40 % dimmer, a step aside", () => {
    const later = seen(
      dimmed(picture(300, 400, dressed(170, 90, 100, PINK, BLACK)), 0.6),
      standingAt(170, 90, 100),
    );
    expect(colourDistance(LENA, later)).toBeLessThanOrEqual(MAX_SAME_COLOUR_DISTANCE);
    expect(looksAlike(LENA, later)).toBe(true);
  });

  it("finds Linda, in a black top and a dark red skirt, clearly different from Lena where she stood", () => {
    const linda = seen(picture(300, 400, dressed(150, 80, 100, BLACK, DARK_RED)), standingAt(150, 80, 100));
    expect(sizeRatio(LENA, linda)).toBe(1);
    expect(colourDistance(LENA, linda)).toBeGreaterThan(MAX_SAME_COLOUR_DISTANCE);
    expect(looksAlike(LENA, linda)).toBe(false);
  });

  it("finds a child in the same clothes clearly smaller, and Lena leaning into a squat still herself", () => {
    const child = seen(picture(300, 400, dressed(150, 200, 55, PINK, BLACK)), standingAt(150, 200, 55));
    expect(colourDistance(LENA, child)).toBeLessThanOrEqual(MAX_SAME_COLOUR_DISTANCE);
    expect(sizeRatio(LENA, child)).toBeGreaterThan(MAX_SAME_SIZE_RATIO);
    expect(looksAlike(LENA, child)).toBe(false);
    const leaning = { ...LENA, torsoPx: 72 };
    expect(looksAlike(LENA, leaning)).toBe(true);
  });

  it("measures colours from 0, the same shares in every bin, to 1, no bin in common, either way round", () => {
    const onlyGrey = seen(picture(300, 400, []), standingAt(150, 80, 100));
    expect(colourDistance(LENA, LENA)).toBe(0);
    expect(colourDistance(LENA, onlyGrey)).toBe(1);
    expect(colourDistance(onlyGrey, LENA)).toBe(1);
  });
});
