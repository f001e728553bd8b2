import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CROP_GRID_STEPS_PER_BOX, cropGridStepPx, fullImageBox, type RawKeypoint } from "./crop-box.js";
import { nextMoveNetCrop, sameCropBox, trackedMoveNetCrop } from "./movenet.js";

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

/** Mia lying on her side across the picture, head to the left: `standingMia` turned a quarter turn. */
function lyingMia(score = 0.9): RawKeypoint[] {
  return standingMia(score).map((point) => ({ x: 1000 - point.y, y: point.x, score: point.score }));
}

/** `points` scaled by `scale` about their hips' middle, then moved so that the hips sit at (`hipX`, `hipY`). */
function placed(points: readonly RawKeypoint[], scale: number, hipX: number, hipY: number): RawKeypoint[] {
  const hips = [points[11], points[12]];
  const cx = ((hips[0]?.x ?? 0) + (hips[1]?.x ?? 0)) / 2;
  const cy = ((hips[0]?.y ?? 0) + (hips[1]?.y ?? 0)) / 2;
  return points.map((point) => ({
    x: hipX + (point.x - cx) * scale,
    y: hipY + (point.y - cy) * scale,
    score: point.score,
  }));
}

/** Frames of every shape: a phone held upright and across, a webcam, the hold clip's 334 × 500, and small ones. */
const FRAME_SIZES: readonly (readonly [number, number])[] = [
  [360, 640],
  [640, 360],
  [640, 480],
  [334, 500],
  [96, 128],
  [64, 48],
];

describe("trackedMoveNetCrop, what a video's next frame is read from (decision 0750)", () => {
  it("looks for the body afresh when no torso was found, in any frame", () => {
    for (const [width, height] of FRAME_SIZES) {
      expect(trackedMoveNetCrop([], width, height)).toBeUndefined();
      expect(
        trackedMoveNetCrop(placed(lyingMia(0.1), 0.3, width / 2, height / 2), width, height),
      ).toBeUndefined();
    }
  });

  it("keeps the whole picture exactly, never moved onto a grid, when the body fills it", () => {
    // The hold clip's picture: 334 × 500, whose whole-picture box starts at x = −83 (−80 on an 8 px grid).
    for (const [width, height] of FRAME_SIZES) {
      for (const body of [standingMia(), lyingMia()]) {
        const filling = placed(body, (3 * Math.max(width, height)) / 1000, width / 2, height / 2);
        expect(trackedMoveNetCrop(filling, width, height)).toEqual(fullImageBox(width, height));
      }
    }
  });

  it("puts a lying or standing body's box, near or far, anywhere in a portrait, landscape or small frame, on its grid within half a step, every confident joint inside", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FRAME_SIZES),
        fc.boolean(),
        fc.double({ min: 0.1, max: 1.2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([width, height], lying, heightShare, xShare, yShare) => {
          // Mia's joints span 560 px from nose to ankles: from a tenth of the frame's shorter side (far) to more
          // than all of it (near).
          const scale = (heightShare * Math.min(width, height)) / 560;
          // Hips anywhere in the picture, up to its edges.
          const points = placed(lying ? lyingMia() : standingMia(), scale, xShare * width, yShare * height);
          const asked = nextMoveNetCrop(points, width, height);
          const tracked = trackedMoveNetCrop(points, width, height);
          expect(tracked).toBeDefined();
          if (tracked === undefined || sameCropBox(asked, fullImageBox(width, height))) return;
          const step = cropGridStepPx(asked.size);
          expect(step).toBeLessThanOrEqual(Math.max(1, asked.size / CROP_GRID_STEPS_PER_BOX));
          for (const key of ["xMin", "yMin", "size"] as const) {
            expect(Math.abs(tracked[key] % step)).toBe(0);
            expect(Math.abs(tracked[key] - asked[key])).toBeLessThanOrEqual(step / 2);
          }
          // The box asked for holds every confident joint with a sixth of its half side to spare (the 1.2 body
          // margin) unless it was cut at the picture's farthest edge; the grid moves an edge by at most one step.
          const clamped = asked.size / 2 < Math.max(...bodyReach(points)) * 1.2 - 1e-9;
          for (const point of points) {
            const slackPx = clamped ? step : 0;
            expect(point.x).toBeGreaterThanOrEqual(tracked.xMin - slackPx);
            expect(point.x).toBeLessThanOrEqual(tracked.xMin + tracked.size + slackPx);
            expect(point.y).toBeGreaterThanOrEqual(tracked.yMin - slackPx);
            expect(point.y).toBeLessThanOrEqual(tracked.yMin + tracked.size + slackPx);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** How far each joint reaches from the middle of the hips, along x or y, whichever is farther. */
function bodyReach(points: readonly RawKeypoint[]): number[] {
  const cx = ((points[11]?.x ?? 0) + (points[12]?.x ?? 0)) / 2;
  const cy = ((points[11]?.y ?? 0) + (points[12]?.y ?? 0)) / 2;
  return points.map((point) => Math.max(Math.abs(point.x - cx), Math.abs(point.y - cy)));
}
