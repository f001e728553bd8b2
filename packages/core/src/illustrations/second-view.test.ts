import { describe, expect, it } from "vitest";
import { exercises, findExercise } from "../knowledge/library.js";
import { KEY_POSES, illustrationOf, secondViewPoints } from "./exercise-illustrations.js";
import { secondViewParts } from "./exercise-scene.js";
import { FIGURE_BOX, figurePoints, figurePoints3d } from "./figure-pose.js";
import type { FigurePoints } from "./figure-pose.js";
import { FRONT_ALIGNMENT_WORDS, STACKED_HIPS_WORDS } from "./second-view.js";

function drawing(id: string) {
  const found = illustrationOf(id);
  if (found === undefined) throw new Error(`no drawing for ${id}`);
  return found;
}

function seen(id: string, pose: 0 | 1): FigurePoints {
  const found = drawing(id);
  const points = secondViewPoints(found, found.poses[pose]);
  if (points === undefined) throw new Error(`no second view for ${id}`);
  return points;
}

describe("which exercises show a second view", () => {
  it("adds one wherever a cue is about alignment the main drawing cannot show, and nowhere else", () => {
    const views = Object.fromEntries(
      exercises.flatMap((exercise) => {
        const second = drawing(exercise.id).secondView;
        return second === undefined ? [] : [[exercise.id, second.seenFrom]];
      }),
    );
    expect(views).toEqual({
      "warrior-1": "front",
      "abductor-lifts": "above",
      clamshell: "above",
      "banded-clamshell": "above",
      bridge: "feet",
      "single-leg-bridge": "feet",
      "front-plank-hip-extension": "feet",
      "wall-sit": "front",
      "single-leg-stance": "front",
      "step-down": "front",
      "single-leg-squat": "front",
      "single-leg-deadlift": "front",
    });
  });

  it("shows every front-alignment cue from the front, in the main drawing or the second one", () => {
    for (const exercise of exercises) {
      const found = drawing(exercise.id);
      const front = exercise.cues.some((cue) => FRONT_ALIGNMENT_WORDS.test(cue.en));
      const stacked = exercise.cues.some((cue) => STACKED_HIPS_WORDS.test(cue.en));
      const shown = {
        id: exercise.id,
        front: !front || found.view === "front" || found.secondView?.viewpoint === "turned",
        stacked: !stacked || found.secondView?.viewpoint === "above",
      };
      expect(shown).toEqual({ id: exercise.id, front: true, stacked: true });
    }
  });

  it("captions the second view with the cue it shows, in both languages", () => {
    const squat = drawing("single-leg-squat").secondView;
    expect(squat?.cue).toEqual(findExercise("single-leg-squat")?.cues[0]);
    expect(squat?.cue.fr).toMatch(/deuxième orteil/);
  });

  it("keeps every second view of every key pose inside the drawing box", () => {
    for (const exercise of exercises) {
      const found = drawing(exercise.id);
      for (const pose of found.poses) {
        const points = secondViewPoints(found, pose);
        if (points === undefined) continue;
        const outside = Object.entries(points).filter(
          ([, p]) => p.x < 0 || p.x > FIGURE_BOX.width || p.y < 0 || p.y > FIGURE_BOX.height,
        );
        expect({ id: exercise.id, outside }).toEqual({ id: exercise.id, outside: [] });
      }
    }
  });
});

describe("what the second view shows", () => {
  it("is the same figure in space: its flat points are the drawing's own", () => {
    for (const template of Object.values(KEY_POSES.templates)) {
      for (const pose of template.poses) {
        const flat = figurePoints(pose, template.view);
        for (const [name, point] of Object.entries(figurePoints3d(pose, template.view))) {
          const drawn = flat[name as keyof FigurePoints];
          expect(point.x).toBeCloseTo(drawn.x, 6);
          expect(point.y).toBeCloseTo(drawn.y, 6);
        }
      }
    }
  });

  it("shows the single-leg squat from the front: the standing knee over the foot and the pelvis level", () => {
    const squat = seen("single-leg-squat", 1);
    expect(Math.abs(squat.leftKnee.x - squat.leftAnkle.x)).toBeLessThan(1);
    expect(Math.abs(squat.leftHip.y - squat.rightHip.y)).toBeLessThan(0.5);
    // Seen from the front the figure's left falls on the drawing's right, as in every front view.
    expect(squat.leftHip.x).toBeGreaterThan(squat.rightHip.x);
    // The squat's depth still shows: the hips are lower than standing.
    expect(squat.leftHip.y).toBeGreaterThan(seen("single-leg-squat", 0).leftHip.y + 10);
  });

  it("shows the clamshell from above with the hips, the shoulders and the feet stacked", () => {
    for (const pose of [0, 1] as const) {
      const clam = seen("clamshell", pose);
      expect(Math.hypot(clam.leftHip.x - clam.rightHip.x, clam.leftHip.y - clam.rightHip.y)).toBeLessThan(1);
      expect(Math.abs(clam.leftShoulder.y - clam.rightShoulder.y)).toBeLessThan(1);
      expect(Math.abs(clam.leftAnkle.y - clam.rightAnkle.y)).toBeLessThan(2);
    }
  });

  it("shows the bridge from the feet: knees as far apart as the feet, over them", () => {
    const top = seen("bridge", 1);
    const kneesApart = top.leftKnee.x - top.rightKnee.x;
    const feetApart = top.leftAnkle.x - top.rightAnkle.x;
    expect(kneesApart).toBeGreaterThan(10);
    expect(Math.abs(kneesApart - feetApart)).toBeLessThan(1);
  });

  it("draws the step front-on under the step-down's standing foot, and the band of a banded clamshell from above", () => {
    const down = drawing("step-down");
    const points = seen("step-down", 0);
    const step = secondViewParts(down.equipment, points, "turned", down.floorY).find(
      (p) => p.role === "step",
    );
    if (step?.shape !== "rect") throw new Error("no step in the front view");
    expect(step.x).toBeLessThan(points.rightAnkle.x);
    expect(step.x + step.width).toBeGreaterThan(points.leftAnkle.x);
    expect(Math.abs(step.y - points.leftAnkle.y)).toBeLessThan(3);
    const clam = drawing("banded-clamshell");
    const above = secondViewParts(clam.equipment, seen("banded-clamshell", 1), "above", clam.floorY);
    expect(above.map((part) => part.role)).toEqual(["band"]);
  });
});
