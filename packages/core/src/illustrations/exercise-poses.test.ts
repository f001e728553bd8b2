/**
 * Each exercise's drawing against its own steps: the joint angles of its key poses (in space, the depth angles
 * included) fall within what the steps say, each range quoting the step it checks. Ranges allow about ±10° for
 * "about" and for a drawing read from one view; a seated thigh seen from the front is drawn at 70°, since at
 * 90° it would not show at all.
 */
import { describe, expect, it } from "vitest";
import { exercises } from "../knowledge/library.js";
import { KEY_POSES, illustrationOf } from "./exercise-illustrations.js";
import { jointAnglesDeg } from "./figure-pose.js";

type Check = {
  readonly pose: number;
  readonly side: "left" | "right";
  readonly joint: "hipDeg" | "kneeDeg";
  readonly min: number;
  readonly max: number;
};
type Spec = { readonly step: string; readonly checks: readonly Check[] };

const c = (pose: number, side: "left" | "right", joint: "hip" | "knee", min: number, max: number): Check => ({
  pose,
  side,
  joint: joint === "hip" ? "hipDeg" : "kneeDeg",
  min,
  max,
});

const PRONE_RELEASE: Spec = {
  step: "Lie face down… slowly bend and straighten the knee",
  checks: [c(0, "left", "hip", 0, 15), c(0, "left", "knee", 0, 15), c(1, "left", "knee", 60, 120)],
};
const SIDE_LYING_RELEASE: Spec = {
  step: "Lie on your side with the roller (ball) under the outer thigh… the top foot on the floor in front",
  checks: [
    c(0, "right", "knee", 0, 15),
    c(0, "right", "hip", 0, 30),
    c(0, "left", "hip", 20, 60),
    c(0, "left", "knee", 60, 120),
  ],
};
const CLAMSHELL: Spec = {
  step: "Bend both hips to about 45° and the knees to about 90°… lift the top knee",
  checks: [
    c(0, "left", "hip", 35, 55),
    c(0, "right", "hip", 35, 55),
    c(0, "left", "knee", 80, 100),
    c(0, "right", "knee", 80, 100),
    c(1, "left", "knee", 80, 100),
    c(1, "right", "hip", 35, 55),
  ],
};

/** Every library exercise, with what its steps say its key poses show. */
const SPECS: Readonly<Record<string, Spec>> = {
  "therapy-ball-tfl": PRONE_RELEASE,
  "therapy-ball-above-knee": PRONE_RELEASE,
  "therapy-ball-it-band": SIDE_LYING_RELEASE,
  "foam-roll-it-band": SIDE_LYING_RELEASE,
  "therapy-ball-glutes": {
    step: "Lie on your back, knees bent… cross that ankle over the other knee",
    checks: [c(0, "left", "knee", 60, 130), c(0, "right", "knee", 60, 130), c(1, "right", "knee", 60, 130)],
  },
  "half-happy-baby": {
    step: "Bend one knee toward the armpit… keep the other leg long… straighten the held leg toward the ceiling",
    checks: [
      c(0, "left", "hip", 90, 150),
      c(0, "right", "knee", 0, 10),
      c(1, "left", "knee", 0, 15),
      c(1, "left", "hip", 80, 120),
    ],
  },
  "wall-leg-stretch": {
    step: "Bottom knee bent for support… reach the top leg long",
    checks: [c(0, "left", "knee", 0, 10), c(1, "left", "knee", 0, 10), c(0, "right", "knee", 20, 120)],
  },
  "warrior-1": {
    step: "Bend the front knee over the front ankle; keep the back leg straight",
    checks: [c(1, "right", "knee", 50, 100), c(1, "left", "knee", 0, 5)],
  },
  "tree-pose": {
    step: "Stand on one leg, knee soft… open the bent knee out to the side",
    checks: [c(1, "right", "knee", 0, 15), c(1, "left", "knee", 90, 150), c(1, "left", "hip", 45, 110)],
  },
  "half-moon": {
    step: "Lift the back leg to hip height as you straighten the standing leg",
    checks: [c(1, "left", "hip", 80, 100), c(1, "left", "knee", 0, 10), c(1, "right", "knee", 0, 10)],
  },
  pigeon: {
    step: "Bring one knee forward… slide the other leg straight back",
    checks: [c(0, "left", "hip", 90, 160), c(0, "right", "knee", 0, 10), c(1, "right", "knee", 0, 10)],
  },
  "yogi-squat": {
    step: "Lower the hips between the heels and sit on a block so the knees do not have to bend fully",
    checks: [c(1, "left", "knee", 55, 120), c(1, "right", "knee", 55, 120), c(1, "left", "hip", 40, 110)],
  },
  "low-lunge": {
    step: "Kneel and step one foot forward so the front knee is over the ankle… shift the hips forward",
    checks: [c(0, "right", "knee", 70, 110), c(0, "left", "knee", 70, 110), c(1, "left", "hip", 20, 60)],
  },
  "figure-four-stretch": {
    step: "Lie on your back, knees bent… draw the bottom leg gently toward you",
    checks: [c(0, "left", "knee", 45, 130), c(0, "right", "knee", 45, 130), c(1, "right", "hip", 80, 120)],
  },
  "abductor-lifts": {
    step: "Bend the bottom knee… straighten the top leg in line with your body… lift it to about hip height",
    checks: [
      c(0, "right", "knee", 60, 120),
      c(0, "left", "hip", 0, 10),
      c(0, "left", "knee", 0, 5),
      c(1, "left", "hip", 35, 50),
      c(1, "left", "knee", 0, 5),
    ],
  },
  "side-lying-leg-lift": {
    step: "Keep the top leg straight, in line with your body or slightly behind it… lift it to about 30°",
    checks: [
      c(0, "right", "knee", 60, 120),
      c(0, "left", "hip", 0, 15),
      c(1, "left", "hip", 25, 35),
      c(1, "left", "knee", 0, 5),
    ],
  },
  "adductor-slides": {
    step: "With the standing knee slightly bent, slide the towel foot out to the side",
    checks: [c(1, "right", "knee", 5, 35), c(1, "left", "hip", 15, 45), c(1, "left", "knee", 0, 10)],
  },
  clamshell: CLAMSHELL,
  "banded-clamshell": CLAMSHELL,
  "side-plank": {
    step: "Lift the hips until the body forms one straight line from head to feet",
    checks: [c(1, "left", "hip", 0, 10), c(1, "right", "hip", 0, 10), c(1, "left", "knee", 0, 10)],
  },
  "side-plank-abduction": {
    step: "Legs straight and stacked… lift the top leg to about 30°",
    checks: [
      c(0, "left", "hip", 0, 10),
      c(1, "left", "hip", 25, 35),
      c(1, "left", "knee", 0, 5),
      c(1, "right", "hip", 0, 10),
    ],
  },
  bridge: {
    step: "Knees bent, heels about a hand's length from the buttocks… lift the hips until shoulders, hips and knees line up",
    checks: [c(0, "left", "knee", 90, 130), c(1, "left", "hip", 0, 10), c(1, "right", "hip", 0, 10)],
  },
  "single-leg-bridge": {
    step: "Lift one foot and straighten that knee, thighs level… lift the hips",
    checks: [
      c(0, "right", "knee", 0, 5),
      c(1, "right", "knee", 0, 5),
      c(1, "left", "hip", 0, 10),
      c(1, "right", "hip", 0, 10),
    ],
  },
  "quadruped-hip-extension": {
    step: "Knees under the hips… keeping one knee bent at 90°, push that heel up until the thigh is level with the trunk",
    checks: [
      c(0, "left", "hip", 80, 100),
      c(0, "left", "knee", 80, 100),
      c(1, "left", "knee", 80, 100),
      c(1, "left", "hip", 0, 10),
    ],
  },
  "front-plank-hip-extension": {
    step: "Body in a straight line… lift that straight leg a hand's height",
    checks: [
      c(0, "left", "hip", 0, 10),
      c(0, "left", "knee", 0, 5),
      c(1, "left", "hip", 8, 25),
      c(1, "left", "knee", 0, 5),
    ],
  },
  "straight-leg-raise": {
    step: "One knee bent and the foot flat… the knee locks straight… lift the leg to the height of the bent knee",
    checks: [c(0, "right", "knee", 80, 130), c(1, "left", "knee", 0, 5), c(1, "left", "hip", 30, 50)],
  },
  "seated-hip-external-rotation": {
    step: "Sit tall on a chair, knees bent at 90°… keeping the thigh still",
    checks: [
      c(0, "left", "hip", 70, 110),
      c(0, "left", "knee", 70, 110),
      c(1, "left", "hip", 70, 110),
      c(1, "left", "knee", 70, 110),
    ],
  },
  "band-side-kick": {
    step: "Balancing on a single leg, kick the other leg out directly to the side",
    checks: [c(1, "left", "hip", 25, 45), c(1, "left", "knee", 0, 5), c(1, "right", "knee", 0, 10)],
  },
  "band-lateral-walk": {
    step: "An athletic stance: knees slightly bent, feet hip-width apart",
    checks: [c(0, "left", "knee", 5, 30), c(0, "right", "knee", 5, 30), c(1, "left", "hip", 15, 40)],
  },
  "banded-side-step": {
    step: "Knees slightly bent, hips back a little",
    checks: [
      c(0, "left", "knee", 20, 45),
      c(0, "right", "knee", 20, 45),
      c(0, "left", "hip", 15, 40),
      c(1, "right", "knee", 20, 45),
    ],
  },
  "monster-walk": {
    step: "Sit into a half squat, feet wider than hip width",
    checks: [
      c(0, "left", "knee", 45, 80),
      c(0, "left", "hip", 40, 65),
      c(1, "right", "knee", 45, 80),
      c(1, "left", "knee", 45, 80),
    ],
  },
  "banded-squat": {
    step: "Sit the hips back and down as if onto a chair… only as deep as stays comfortable",
    checks: [
      c(0, "left", "knee", 0, 10),
      c(1, "left", "knee", 70, 100),
      c(1, "right", "knee", 70, 100),
      c(1, "left", "hip", 55, 100),
    ],
  },
  "wall-sit": {
    step: "Slide down… never below thighs parallel to the floor",
    checks: [c(1, "left", "knee", 30, 90), c(1, "left", "hip", 30, 90)],
  },
  "single-leg-stance": {
    step: "Shift your weight onto one leg and lift the other foot just off the floor",
    checks: [c(1, "left", "knee", 0, 5), c(1, "right", "knee", 20, 100)],
  },
  "hip-hike": {
    step: "Keeping both knees straight",
    checks: [
      c(0, "left", "knee", 0, 3),
      c(0, "right", "knee", 0, 3),
      c(1, "left", "knee", 0, 3),
      c(1, "right", "knee", 0, 3),
    ],
  },
  "lateral-step-up": {
    step: "Place the near foot on the step and push through that heel to stand up on it",
    checks: [c(0, "left", "hip", 30, 70), c(0, "left", "knee", 30, 70), c(1, "left", "knee", 0, 5)],
  },
  "step-down": {
    step: "Bend the standing knee and lower the free heel toward the floor",
    checks: [c(0, "left", "knee", 0, 5), c(1, "left", "knee", 45, 95), c(1, "right", "knee", 0, 10)],
  },
  "single-leg-squat": {
    step: "The other foot lifted in front… bend the standing knee and hip, only as deep as you stay in control",
    checks: [c(1, "left", "knee", 45, 95), c(1, "left", "hip", 45, 95), c(1, "right", "hip", 20, 100)],
  },
  "single-leg-deadlift": {
    step: "Knee soft… hinge at the hip: the trunk tips forward as the free leg reaches back",
    checks: [c(1, "left", "hip", 60, 100), c(1, "left", "knee", 0, 20), c(1, "right", "hip", 0, 15)],
  },
};

describe("every exercise's drawing matches its own steps", () => {
  it("has a check for every exercise in the library, and none for an exercise it lacks", () => {
    expect(Object.keys(SPECS).sort()).toEqual(exercises.map((exercise) => exercise.id).sort());
  });

  it.each(exercises.map((exercise) => exercise.id))("%s", (exerciseId) => {
    const spec = SPECS[exerciseId];
    const drawing = illustrationOf(exerciseId);
    if (spec === undefined || drawing === undefined) throw new Error(`no drawing or check for ${exerciseId}`);
    const wrong = spec.checks.flatMap((check) => {
      const pose = drawing.poses[check.pose];
      if (pose === undefined) return [{ ...check, measured: Number.NaN }];
      const measured = Math.round(jointAnglesDeg(pose, check.side)[check.joint]);
      return measured >= check.min && measured <= check.max ? [] : [{ ...check, measured }];
    });
    expect({ step: spec.step, wrong }).toEqual({ step: spec.step, wrong: [] });
  });
});

describe("no two exercises share a drawing unless they are the same movement", () => {
  it("draws each exercise differently: its key poses or its equipment", () => {
    const drawingOf = (exerciseId: string) => {
      const drawing = illustrationOf(exerciseId)!;
      return JSON.stringify({ poses: drawing.poses, view: drawing.view, equipment: drawing.equipment });
    };
    const byDrawing = new Map<string, string[]>();
    for (const exercise of exercises) {
      const key = drawingOf(exercise.id);
      byDrawing.set(key, [...(byDrawing.get(key) ?? []), exercise.id]);
    }
    const shared = [...byDrawing.values()]
      .filter((ids) => ids.length > 1)
      .filter(
        (ids) =>
          !ids.every((id) =>
            ids.some(
              (other) =>
                KEY_POSES.exercises[id]?.sameMovementAs?.exercise === other ||
                KEY_POSES.exercises[other]?.sameMovementAs?.exercise === id,
            ),
          ),
      );
    expect(shared).toEqual([]);
  });

  it("shows the clamshell's band and the monster walk's band, which their plain versions do without", () => {
    const kinds = (exerciseId: string) => illustrationOf(exerciseId)!.equipment.map((item) => item.kind);
    expect(kinds("banded-clamshell")).toContain("loop-band");
    expect(kinds("clamshell")).not.toContain("loop-band");
    expect(kinds("monster-walk")).toEqual(["loop-band"]);
    expect(illustrationOf("monster-walk")!.template).not.toBe(illustrationOf("banded-side-step")!.template);
  });
});
