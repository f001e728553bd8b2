import type { DetectedPerson } from "./blazepose.js";

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

export type PeopleInFrame = {
  /** How many people the person detector found. */
  readonly found: number;
  /** Whom to measure: the one who fills the frame and stands central, or the one whose hips are nearest `near`. */
  readonly target: DetectedPerson | undefined;
  /** Whether someone else overlaps the target, or is about as large (so whom to measure is unclear). */
  readonly someoneElse: boolean;
};

/**
 * Chooses whom the screen measures among the people found in one frame. On the first frame (no `near`), the most
 * prominent person; afterwards, the one whose hips are nearest `near`, where the pose model is following the
 * person chosen at the start, so the screen keeps to them even when someone larger walks in.
 */
export function choosePerson(
  people: readonly DetectedPerson[],
  frameWidthPx: number,
  near?: { readonly x: number; readonly y: number },
): PeopleInFrame {
  const ranked = [...people].sort((a, b) =>
    near === undefined
      ? prominenceOf(b, frameWidthPx) - prominenceOf(a, frameWidthPx)
      : Math.hypot(a.hip.x - near.x, a.hip.y - near.y) - Math.hypot(b.hip.x - near.x, b.hip.y - near.y),
  );
  const [target, ...others] = ranked;
  return {
    found: people.length,
    target,
    someoneElse:
      target !== undefined &&
      others.some(
        (other) =>
          overlaps(target, other) || other.bodyRadiusPx >= COMPARABLE_SIZE_SHARE * target.bodyRadiusPx,
      ),
  };
}
