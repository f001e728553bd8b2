import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullImageBox, type RawKeypoint } from "./crop-box.js";
import { nextMoveNetCrop } from "./movenet.js";

/** Mia stands in the middle of a 1000 × 1000 frame: a 17-point COCO skeleton, hips at (500, 550). */
function standingMia(score = 0.9): RawKeypoint[] {
  const at = (x: number, y: number): RawKeypoint => ({ x, y, score });
  return [
    at(500, 250),
    at(490, 240),
    at(510, 240),
    at(480, 245),
    at(520, 245),
    at(460, 330),
    at(540, 330),
    at(450, 420),
    at(550, 420),
    at(445, 500),
    at(555, 500),
    at(475, 550),
    at(525, 550),
    at(475, 680),
    at(525, 680),
    at(475, 800),
    at(525, 800),
  ];
}

describe("nextMoveNetCrop, where MoveNet looks in the next run", () => {
  it("looks at the whole picture when nothing was found yet", () => {
    expect(nextMoveNetCrop([], 1280, 720)).toEqual(fullImageBox(1280, 720));
  });

  it("looks at the whole picture when the torso is unsure", () => {
    expect(nextMoveNetCrop(standingMia(0.1), 1000, 1000)).toEqual(fullImageBox(1000, 1000));
  });

  it("centres a square on Mia's hips that holds her whole body with a margin", () => {
    const box = nextMoveNetCrop(standingMia(), 1000, 1000);
    expect(box.xMin + box.size / 2).toBeCloseTo(500);
    expect(box.yMin + box.size / 2).toBeCloseTo(550);
    // Half side = the larger of torso reach × 1.9 (shoulders 220 px above the hips) and body reach × 1.2
    // (the nose, 300 px above): 418 px.
    expect(box.size).toBeCloseTo(2 * 220 * 1.9);
  });

  it("always contains every confident keypoint, wherever the person stands", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -200, max: 150 }), (dx, dy) => {
        const moved = standingMia().map((point) => ({ ...point, x: point.x + dx, y: point.y + dy }));
        const box = nextMoveNetCrop(moved, 1000, 1000);
        for (const point of moved) {
          expect(point.x).toBeGreaterThanOrEqual(box.xMin);
          expect(point.x).toBeLessThanOrEqual(box.xMin + box.size);
          expect(point.y).toBeGreaterThanOrEqual(box.yMin);
          expect(point.y).toBeLessThanOrEqual(box.yMin + box.size);
        }
      }),
    );
  });
});
