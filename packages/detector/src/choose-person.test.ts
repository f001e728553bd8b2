import { describe, expect, it } from "vitest";
import type { DetectedPerson } from "./blazepose.js";
import {
  choosePerson,
  couldBeAnywhere,
  overlaps,
  reachPx,
  whereaboutsOf,
  withinReach,
  type LastSeen,
} from "./choose-person.js";

/** A person as the detector reports one: hips at (x, y), body circle of radius `radiusPx`. */
function personAt(x: number, y: number, radiusPx: number): DetectedPerson {
  return {
    score: 0.9,
    face: { xMin: x - 20, yMin: y - radiusPx, xMax: x + 20, yMax: y - radiusPx + 40 },
    hip: { x, y },
    bodyRadiusPx: radiusPx,
    roi: { xMin: x - radiusPx, yMin: y - radiusPx, size: 2 * radiusPx },
  };
}

const FRAME_WIDTH_PX = 1000;

describe("choosePerson", () => {
  it("finds nobody in an empty picture", () => {
    expect(choosePerson([], FRAME_WIDTH_PX)).toEqual({ found: 0, target: undefined, someoneElse: false });
  });

  it("measures Fay, who fills the frame in the middle, not the small figure far behind her to the side", () => {
    const fay = personAt(500, 500, 400);
    const farAway = personAt(900, 300, 80);
    const seen = choosePerson([farAway, fay], FRAME_WIDTH_PX);
    expect(seen.target).toBe(fay);
    expect(seen.found).toBe(2);
    expect(seen.someoneElse).toBe(false);
  });

  it("prefers the central person to an equally large one at the edge, and says whom to measure is unclear", () => {
    const central = personAt(520, 500, 300);
    const atEdge = personAt(950, 500, 300);
    const seen = choosePerson([atEdge, central], FRAME_WIDTH_PX);
    expect(seen.target).toBe(central);
    expect(seen.someoneElse).toBe(true);
  });

  it("flags someone standing behind the person measured, even when smaller", () => {
    const fay = personAt(500, 500, 400);
    const behind = personAt(600, 450, 250);
    expect(overlaps(fay, behind)).toBe(true);
    expect(choosePerson([fay, behind], FRAME_WIDTH_PX).someoneElse).toBe(true);
  });

  it("does not flag a smaller person standing well apart", () => {
    const fay = personAt(400, 500, 400);
    const apart = personAt(850, 520, 200);
    expect(overlaps(fay, apart)).toBe(false);
    expect(choosePerson([fay, apart], FRAME_WIDTH_PX).someoneElse).toBe(false);
  });

  it("keeps following the person chosen at the start when someone larger walks in later", () => {
    const fay = personAt(300, 500, 250);
    const walkingIn = personAt(800, 480, 420);
    const later = choosePerson([walkingIn, personAt(310, 505, 250)], FRAME_WIDTH_PX, fay.hip);
    expect(later.target?.hip.x).toBe(310);
  });
});

/** Fay's body box as the pose model last followed it: 400 px, centred on her hips at (300, 500), at 4 s. */
const FAY_LAST_SEEN: LastSeen = { box: { xMin: 100, yMin: 300, size: 400 }, timeMs: 4000 };

describe("looking for the person measured once the pose model has lost them", () => {
  it("lets Fay have gone a quarter of her body box at once and three quarters more each second", () => {
    expect(reachPx(FAY_LAST_SEEN, 4000)).toBe(100);
    expect(reachPx(FAY_LAST_SEEN, 5000)).toBe(400);
    expect(reachPx({ ...FAY_LAST_SEEN, box: { xMin: 250, yMin: 450, size: 100 } }, 5000)).toBe(100);
  });

  it("measures Fay where she could have gone, not the larger, more central person walking in", () => {
    const walkingIn = personAt(500, 480, 420);
    const fay = personAt(360, 510, 180);
    const seen = choosePerson([walkingIn, fay], FRAME_WIDTH_PX, whereaboutsOf(FAY_LAST_SEEN, 4400));
    expect(seen.target).toBe(fay);
    expect(seen.someoneElse).toBe(true);
  });

  it("measures nobody when the only person is farther than Fay could have gone, and says someone else is there", () => {
    const marco = personAt(900, 500, 150);
    expect(choosePerson([marco], FRAME_WIDTH_PX, whereaboutsOf(FAY_LAST_SEEN, 4400))).toEqual({
      found: 1,
      target: undefined,
      someoneElse: true,
    });
    expect(choosePerson([], FRAME_WIDTH_PX, whereaboutsOf(FAY_LAST_SEEN, 4400))).toEqual({
      found: 0,
      target: undefined,
      someoneElse: false,
    });
  });

  it("takes a body followed 600 px away for Fay only once she could have walked there", () => {
    const marcosBox = { xMin: 700, yMin: 300, size: 400 };
    expect(withinReach(marcosBox, FAY_LAST_SEEN, 4400)).toBe(false);
    expect(withinReach(marcosBox, FAY_LAST_SEEN, 5600)).toBe(false);
    expect(withinReach(marcosBox, FAY_LAST_SEEN, 5700)).toBe(true);
    expect(withinReach({ xMin: 140, yMin: 320, size: 380 }, FAY_LAST_SEEN, 4200)).toBe(true);
  });

  it("stops telling Fay from anyone once every corner of the picture is within her reach", () => {
    // From her hips at (300, 500), the farthest corner of a 1000 × 1000 picture is (1000, 0): 860 px away.
    expect(couldBeAnywhere(FAY_LAST_SEEN, 5000, 1000, 1000)).toBe(false);
    expect(couldBeAnywhere(FAY_LAST_SEEN, 6500, 1000, 1000)).toBe(false);
    expect(couldBeAnywhere(FAY_LAST_SEEN, 6600, 1000, 1000)).toBe(true);
  });
});
