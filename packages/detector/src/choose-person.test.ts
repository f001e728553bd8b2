import { describe, expect, it } from "vitest";
import type { DetectedPerson } from "./blazepose.js";
import { choosePerson, overlaps } from "./choose-person.js";

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
