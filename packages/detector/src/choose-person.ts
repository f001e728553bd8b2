import type { DetectedPerson } from "./blazepose.js";
import { centreOf, type CropBox } from "./crop-box.js";

/**
 * Half the width of a standing person as a share of the body circle's radius (half the body height): shoulders
 * are about a quarter of body height wide (Drillis & Contini 1966 segment proportions: 0.259 H), so 0.35 of the
 * radius leaves room for arms held close. Used only to tell whether two people overlap in the picture.
 */
const HALF_WIDTH_OF_RADIUS = 0.35;
/** Another person counts as in the way when their body box covers this share of the smaller of the two boxes. */
const OVERLAP_SHARE = 0.1;
/**
 * Someone whose body circle is at least this share of the chosen person's could as well be the one being
 * screened: with two such people in view the screen cannot know whose knees to measure (design choice, decision
 * 0201; on AI Challenger's photo of three people side by side the detector's sizes differ by 10–20 %).
 */
const COMPARABLE_SIZE_SHARE = 0.75;
/** Weight of being off-centre against filling the frame when choosing whom to measure (design choice, decision 0201). */
const OFF_CENTRE_PENALTY = 0.5;

type Rect = { readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number };

function bodyRectOf(person: DetectedPerson): Rect {
  const halfWidth = HALF_WIDTH_OF_RADIUS * person.bodyRadiusPx;
  return {
    xMin: person.hip.x - halfWidth,
    xMax: person.hip.x + halfWidth,
    yMin: person.hip.y - person.bodyRadiusPx,
    yMax: person.hip.y + person.bodyRadiusPx,
  };
}

function areaOf(rect: Rect): number {
  return Math.max(0, rect.xMax - rect.xMin) * Math.max(0, rect.yMax - rect.yMin);
}

/** Whether `other` stands in front of or behind `person` in the picture (their body boxes overlap). */
export function overlaps(person: DetectedPerson, other: DetectedPerson): boolean {
  const a = bodyRectOf(person);
  const b = bodyRectOf(other);
  const shared = areaOf({
    xMin: Math.max(a.xMin, b.xMin),
    yMin: Math.max(a.yMin, b.yMin),
    xMax: Math.min(a.xMax, b.xMax),
    yMax: Math.min(a.yMax, b.yMax),
  });
  return shared >= OVERLAP_SHARE * Math.min(areaOf(a), areaOf(b));
}

/** How much a person fills the frame, lowered the further their hips are from the picture's centre line. */
function prominenceOf(person: DetectedPerson, frameWidthPx: number): number {
  const offCentre = Math.min(1, Math.abs(person.hip.x - frameWidthPx / 2) / (frameWidthPx / 2));
  return person.bodyRadiusPx ** 2 * (1 - OFF_CENTRE_PENALTY * offCentre);
}

/**
 * Where the person measured can have gone while the pose model has lost them, as a share of their body box: a
 * quarter of it at once (room for a step aside, and for the person detector's hips and the centre of the pose
 * model's box to differ on one body), and three quarters of it more each second. A standing body's box is about
 * 1.1 body heights (MoveNet's margins), and adults walk at 1.3–1.5 m/s at their comfortable speed (Bohannon 1997,
 * Age Ageing 26:15), about 0.8 body heights a second (design choice, decision 0830).
 */
const REACH_AT_ONCE_BOXES = 0.25;
const REACH_PER_SECOND_BOXES = 0.75;

/** Where the pose model last followed the person measured (its body box, centred on their hips) and when. */
export type LastSeen = { readonly box: CropBox; readonly timeMs: number };

/** Where to look for the person measured: near `x`, `y`, and, when `withinPx` is given, no farther than that. */
export type Whereabouts = { readonly x: number; readonly y: number; readonly withinPx?: number };

/** How far from where they were last seen the person measured can be at `timeMs`, in the picture's pixels. */
export function reachPx(lastSeen: LastSeen, timeMs: number): number {
  const seconds = Math.max(0, timeMs - lastSeen.timeMs) / 1000;
  return lastSeen.box.size * (REACH_AT_ONCE_BOXES + REACH_PER_SECOND_BOXES * seconds);
}

/** Where to look at `timeMs` for the person last seen as `lastSeen`. */
export function whereaboutsOf(lastSeen: LastSeen, timeMs: number): Whereabouts {
  return { ...centreOf(lastSeen.box), withinPx: reachPx(lastSeen, timeMs) };
}

/** Whether a body followed in `box` is within reach of where the person measured was last seen. */
export function withinReach(box: CropBox, lastSeen: LastSeen, timeMs: number): boolean {
  const from = centreOf(lastSeen.box);
  const to = centreOf(box);
  return Math.hypot(to.x - from.x, to.y - from.y) <= reachPx(lastSeen, timeMs);
}

/**
 * Whether the person measured could by `timeMs` be anywhere in a `widthPx` × `heightPx` picture: every corner is
 * within reach, so where they were last seen no longer tells them from anyone else.
 */
export function couldBeAnywhere(
  lastSeen: LastSeen,
  timeMs: number,
  widthPx: number,
  heightPx: number,
): boolean {
  const from = centreOf(lastSeen.box);
  const farthest = Math.hypot(Math.max(from.x, widthPx - from.x), Math.max(from.y, heightPx - from.y));
  return farthest <= reachPx(lastSeen, timeMs);
}

export type PeopleInFrame = {
  /** How many people the person detector found. */
  readonly found: number;
  /**
   * Whom to measure: the one who fills the frame and stands central, or the one whose hips are nearest `near`
   * (none when nobody is within its `withinPx`).
   */
  readonly target: DetectedPerson | undefined;
  /**
   * Whether someone else overlaps the target, or is about as large (so whom to measure is unclear), or is in the
   * picture while the person measured is nowhere within reach.
   */
  readonly someoneElse: boolean;
};

/**
 * Chooses whom the screen measures among the people found in one frame. On the first frame (no `near`), the most
 * prominent person; afterwards, the one whose hips are nearest `near`, where the pose model is following the
 * person chosen at the start, so the screen keeps to them even when someone larger walks in. While the pose model
 * has lost them, `near` is where they were last seen and `withinPx` how far they can have gone since: someone
 * farther is someone else, never taken for them (decision 0830).
 */
export function choosePerson(
  people: readonly DetectedPerson[],
  frameWidthPx: number,
  near?: Whereabouts,
): PeopleInFrame {
  const distanceOf = (person: DetectedPerson): number =>
    near === undefined ? 0 : Math.hypot(person.hip.x - near.x, person.hip.y - near.y);
  const ranked = [...people].sort((a, b) =>
    near === undefined
      ? prominenceOf(b, frameWidthPx) - prominenceOf(a, frameWidthPx)
      : distanceOf(a) - distanceOf(b),
  );
  const [chosen, ...others] = ranked;
  if (chosen !== undefined && near?.withinPx !== undefined && distanceOf(chosen) > near.withinPx) {
    return { found: people.length, target: undefined, someoneElse: true };
  }
  return {
    found: people.length,
    target: chosen,
    someoneElse:
      chosen !== undefined &&
      others.some(
        (other) =>
          overlaps(chosen, other) || other.bodyRadiusPx >= COMPARABLE_SIZE_SHARE * chosen.bodyRadiusPx,
      ),
  };
}
