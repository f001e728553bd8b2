import { describe, expect, it } from "vitest";
import { illustrationOf } from "./exercise-illustrations.js";
import { movementArrow, sceneParts } from "./exercise-scene.js";
import type { ScenePart } from "./exercise-scene.js";
import { figurePoints } from "./figure-pose.js";

function sceneOf(exerciseId: string, pose: 0 | 1): { parts: ScenePart[]; floorY: number } {
  const drawing = illustrationOf(exerciseId)!;
  return {
    parts: sceneParts(drawing.equipment, drawing.poses[pose], drawing.view, drawing.floorY),
    floorY: drawing.floorY,
  };
}

describe("the floor and the equipment drawn with the figure", () => {
  it("keeps the banded clamshell's band just above both knees as the top knee lifts", () => {
    const drawing = illustrationOf("banded-clamshell")!;
    for (const pose of [0, 1] as const) {
      const points = figurePoints(drawing.poses[pose], drawing.view);
      const band = sceneOf("banded-clamshell", pose).parts.find((part) => part.role === "band");
      if (band?.shape !== "line") throw new Error("no band drawn");
      const nearLeft = Math.hypot(band.to.x - points.leftKnee.x, band.to.y - points.leftKnee.y);
      expect(
        Math.min(nearLeft, Math.hypot(band.from.x - points.leftKnee.x, band.from.y - points.leftKnee.y)),
      ).toBeLessThan(8);
    }
  });

  it("puts the monster walk's band around the ankles, below the knees", () => {
    const drawing = illustrationOf("monster-walk")!;
    const points = figurePoints(drawing.poses[0], drawing.view);
    const band = sceneOf("monster-walk", 0).parts.find((part) => part.role === "band");
    if (band?.shape !== "line") throw new Error("no band drawn");
    expect(band.from.y).toBeGreaterThan(points.leftKnee.y + 20);
  });

  it("rests the foam roller on the floor under the outer thigh, and draws a floor line under every figure", () => {
    const { parts, floorY } = sceneOf("foam-roll-it-band", 0);
    const roller = parts.find((part) => part.role === "roller");
    if (roller?.shape !== "circle") throw new Error("no roller drawn");
    expect(roller.centre.y + roller.radius).toBeCloseTo(floorY, 6);
    const points = figurePoints(illustrationOf("foam-roll-it-band")!.poses[0], "front");
    expect(Math.abs(roller.centre.x - points.rightHip.x)).toBeLessThan(20);
    for (const id of ["clamshell", "wall-sit", "hip-hike", "bridge"]) {
      expect(sceneOf(id, 0).parts.filter((part) => part.role === "floor")).toHaveLength(1);
    }
  });

  it("stands the wall behind the wall sit's back", () => {
    const drawing = illustrationOf("wall-sit")!;
    const points = figurePoints(drawing.poses[1], drawing.view);
    const wall = sceneOf("wall-sit", 1).parts.find((part) => part.role === "wall");
    if (wall?.shape !== "line") throw new Error("no wall drawn");
    expect(wall.from.x).toBeLessThan(points.leftHip.x);
    expect(points.leftHip.x - wall.from.x).toBeLessThan(20);
  });
});

describe("the arrow for the direction of the movement", () => {
  it("points up with the clamshell's top knee, and points nowhere when nothing moves", () => {
    const drawing = illustrationOf("clamshell")!;
    const start = figurePoints(drawing.poses[0], drawing.view);
    const end = figurePoints(drawing.poses[1], drawing.view);
    const arrow = movementArrow(start, end);
    if (arrow?.shape !== "arrow") throw new Error("no arrow");
    expect(arrow.to.y).toBeLessThan(arrow.from.y - 5);
    expect(movementArrow(start, start)).toBeUndefined();
  });
});
