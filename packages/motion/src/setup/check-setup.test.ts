import { describe, expect, it } from "vitest";
import type { KeypointFrame } from "../skeleton/joints.js";
import { mapFrame, mirrorFrame, syntheticFrame } from "../testing/synthetic-frame.js";
import { checkSetup } from "./check-setup.js";
import { SETUP_GUIDANCE } from "./setup-problem.js";

const standing = (count = 20, score = 0.9): KeypointFrame[] =>
  Array.from({ length: count }, (_, index) => syntheticFrame({ timeMs: index * 100, score }));
/** A leg in the picture: its knee and ankle, in pixels. */
type Leg = { readonly knee: readonly [number, number]; readonly ankle: readonly [number, number] };
const codes = (frames: readonly KeypointFrame[], options: Parameters<typeof checkSetup>[1]) =>
  checkSetup(frames, options).map((problem) => problem.code);

describe("checkSetup", () => {
  it("finds nothing wrong with Fay standing square to the camera in good light", () => {
    expect(checkSetup(standing(), { test: "squat", frameSize: { widthPx: 1000, heightPx: 1200 } })).toEqual(
      [],
    );
  });

  it("asks for a recording when there is none", () => {
    expect(codes([], { test: "squat" })).toEqual(["no-frames"]);
  });

  it("says the person is side-on when the shoulders and hips overlap in the picture", () => {
    const sideOn = standing().map((frame) =>
      mapFrame(frame, (p) => ({ x: 500 + (p.x - 500) * 0.1, y: p.y })),
    );
    expect(codes(sideOn, { test: "squat" })).toContain("not-facing-camera");
  });

  it("warns that left and right look swapped when the picture is mirrored, and accepts it as a back view", () => {
    const mirrored = standing().map((frame) => mapFrame(frame, (p) => ({ x: 1000 - p.x, y: p.y })));
    expect(codes(mirrored, { test: "squat" })).toContain("view-mismatch");
    expect(codes(mirrored, { test: "squat", view: "back" })).not.toContain("view-mismatch");
    // A true mirror image of the body (names swapped too) is a normal front view.
    expect(
      codes(
        standing().map((frame) => mirrorFrame(frame, 1000)),
        { test: "squat" },
      ),
    ).not.toContain("view-mismatch");
  });

  it("warns about poor light when joint scores are low but still usable", () => {
    expect(codes(standing(20, 0.4), { test: "squat" })).toEqual(["low-light"]);
  });

  it("names the joints that are missing in most frames", () => {
    const noAnkles = standing().map((frame): KeypointFrame => {
      const keypoints = Object.fromEntries(
        Object.entries(frame.keypoints).filter(([name]) => name !== "leftAnkle"),
      );
      return { timeMs: frame.timeMs, keypoints: { ...keypoints, rightAnkle: { x: 0, y: 0, score: 0.1 } } };
    });
    const missing = checkSetup(noAnkles, { test: "squat" }).find(
      (problem) => problem.code === "missing-joints",
    );
    expect(missing?.severity).toBe("blocking");
    expect(missing?.joints).toEqual(["leftAnkle", "rightAnkle"]);
  });

  it("checks the distance and framing when the picture size is known", () => {
    expect(codes(standing(), { test: "squat", frameSize: { widthPx: 4000, heightPx: 4000 } })).toContain(
      "too-far",
    );
    expect(codes(standing(), { test: "squat", frameSize: { widthPx: 1000, heightPx: 750 } })).toEqual(
      expect.arrayContaining(["too-close", "legs-cut-off"]),
    );
    const atLeftEdge = standing().map((frame) => mapFrame(frame, (p) => ({ x: p.x - 415, y: p.y })));
    expect(codes(atLeftEdge, { test: "squat", frameSize: { widthPx: 1000, heightPx: 1200 } })).toEqual([
      "body-cut-off",
    ]);
  });

  describe("refuses what a standing test cannot measure, with a reason the person can act on", () => {
    const size = { widthPx: 1000, heightPx: 1200 };

    /** Fay on a chair facing the camera: hips at 620, knees just below them, shanks hanging to the floor. */
    const onChair = standing().map((frame): KeypointFrame => {
      const keypoints = { ...frame.keypoints };
      for (const side of ["left", "right"] as const) {
        const hip = keypoints[`${side}Hip`];
        const ankle = keypoints[`${side}Ankle`];
        if (hip !== undefined && ankle !== undefined) {
          keypoints[`${side}Hip`] = { ...hip, y: 620 };
          keypoints[`${side}Knee`] = { x: hip.x, y: 660, score: hip.score };
          keypoints[`${side}Ankle`] = { ...ankle, y: 1000 };
        }
      }
      for (const name of ["leftShoulder", "rightShoulder", "nose"] as const) {
        const joint = keypoints[name];
        if (joint !== undefined) keypoints[name] = { ...joint, y: joint.y + 220 };
      }
      return { timeMs: frame.timeMs, keypoints };
    });

    it("seated on a chair (knees level with the hips all along): refused as seated", () => {
      const problems = checkSetup(onChair, { test: "squat", frameSize: size });
      expect(problems.map((problem) => problem.code)).toEqual(["seated"]);
      expect(problems[0]?.severity).toBe("blocking");
      expect(problems[0]?.message.en).toMatch(/sitting.*Stand up/);
      expect(problems[0]?.message.fr).toMatch(/assise.*Levez-vous/);
    });

    it("a squat whose deepest frames have level thighs is still a standing squat", () => {
      const squat = [...standing(14), ...onChair.slice(0, 6)];
      expect(codes(squat, { test: "squat", frameSize: size })).not.toContain("seated");
    });

    /**
     * Fay facing the camera with her hips lowered to 560: each leg is a knee and an ankle. A knee on the floor sits
     * at 800 with its foot behind it, which the picture shows a little higher than the knee.
     */
    const legsAt = (legs: Record<"left" | "right", Leg>, ankleScore = 0.9): KeypointFrame[] =>
      standing(10).map((frame) => {
        const keypoints = { ...frame.keypoints };
        for (const side of ["left", "right"] as const) {
          const x = side === "left" ? 450 : 550;
          keypoints[`${side}Hip`] = { x, y: 560, score: 0.9 };
          keypoints[`${side}Shoulder`] = { x: side === "left" ? 420 : 580, y: 310, score: 0.9 };
          const [kneeX, kneeY] = legs[side].knee;
          const [ankleX, ankleY] = legs[side].ankle;
          keypoints[`${side}Knee`] = { x: kneeX, y: kneeY, score: 0.9 };
          keypoints[`${side}Ankle`] = { x: ankleX, y: ankleY, score: ankleScore };
        }
        keypoints.nose = { x: 500, y: 230, score: 0.9 };
        return { timeMs: frame.timeMs, keypoints };
      });
    const footForward: Leg = { knee: [450, 640], ankle: [450, 800] };
    const kneeDown = (x: number): Leg => ({ knee: [x, 800], ankle: [x + 10, 780] });

    it("on one knee, the other foot forward: refused as kneeling, stand up and record again", () => {
      const problems = checkSetup(legsAt({ left: footForward, right: kneeDown(550) }), {
        test: "squat",
        frameSize: size,
      });
      expect(problems.map((problem) => problem.code)).toEqual(["kneeling"]);
      expect(problems[0]?.severity).toBe("blocking");
      expect(problems[0]?.message.en).toMatch(/kneeling.*Stand up/);
      expect(problems[0]?.message.fr).toMatch(/à genoux.*Levez-vous/);
    });

    it("on both knees, and with the feet half hidden behind (scored under 0.3): kneeling, not joints unseen", () => {
      const bothKnees = { left: kneeDown(450), right: kneeDown(550) };
      expect(codes(legsAt(bothKnees), { test: "squat", frameSize: size })).toEqual(["kneeling"]);
      expect(
        codes(legsAt(bothKnees, 0.2), { test: "single-leg-squat", side: "left", frameSize: size }),
      ).toEqual(["kneeling"]);
      // Feet the model cannot place at all leave nothing to tell the posture by: joints not seen, as before.
      expect(codes(legsAt(bothKnees, 0.05), { test: "squat", frameSize: size })).toEqual(["missing-joints"]);
      // Knees at the bottom edge of the picture: the feet below it are guesses, so the legs are cut off.
      expect(
        codes(legsAt(bothKnees, 0.2), { test: "squat", frameSize: { widthPx: 1000, heightPx: 805 } }),
      ).toEqual(["legs-cut-off"]);
    });

    it("a free leg bent back on a one-leg stance, its knee well above the standing foot, is not kneeling", () => {
      const freeLegBack: Leg = { knee: [550, 640], ankle: [560, 650] };
      const frames = legsAt({ left: footForward, right: freeLegBack });
      expect(codes(frames, { test: "single-leg-stance", side: "left", frameSize: size })).not.toContain(
        "kneeling",
      );
      // Standing on both feet and at the bottom of a squat, the shanks hang down to the feet.
      expect(codes(standing(), { test: "squat", frameSize: size })).toEqual([]);
      expect(codes(onChair, { test: "squat", frameSize: size })).toEqual(["seated"]);
    });

    it("a foot held against the other knee (a tree pose) is not a squat; on a one-leg test it is the free leg", () => {
      // The right foot rests against the left knee: 160 px above the left foot, for a 250 px torso.
      const treePose = legsAt({ left: footForward, right: { knee: [640, 650], ankle: [470, 640] } });
      const problems = checkSetup(treePose, { test: "squat", frameSize: size });
      expect(problems.map((problem) => problem.code)).toEqual(["foot-raised"]);
      expect(problems[0]?.severity).toBe("blocking");
      expect(problems[0]?.message.en).toMatch(/One foot seems to be off the floor.*both feet.*record again/);
      expect(problems[0]?.message.fr).toMatch(/Un pied semble décollé du sol.*deux pieds.*filmez à nouveau/);
      expect(codes(treePose, { test: "single-leg-stance", side: "left", frameSize: size })).not.toContain(
        "foot-raised",
      );
      // A foot set a little ahead or the camera's angle puts one foot lower in the picture: still both feet.
      const footAhead = legsAt({ left: footForward, right: { knee: [550, 660], ankle: [550, 870] } });
      expect(codes(footAhead, { test: "squat", frameSize: size })).not.toContain("foot-raised");
      // Raised in a few pictures only (a stumble), the squat stands.
      expect(
        codes([...legsAt({ left: footForward, right: footForward }), ...treePose.slice(0, 4)], {
          test: "squat",
          frameSize: size,
        }),
      ).not.toContain("foot-raised");
    });

    it("legs cut off by the bottom of the picture: one reason that says to show the feet", () => {
      const cut = standing().map((frame): KeypointFrame => {
        const keypoints = Object.fromEntries(
          Object.entries(frame.keypoints).filter(([name]) => !name.endsWith("Ankle")),
        );
        return { timeMs: frame.timeMs, keypoints };
      });
      // The knees are at 600 in a 750-pixel picture: the shanks, as long as the thighs, end below it.
      const problems = checkSetup(cut, { test: "squat", frameSize: { widthPx: 1000, heightPx: 750 } });
      expect(problems.map((problem) => problem.code)).toContain("legs-cut-off");
      expect(problems.map((problem) => problem.code)).not.toContain("missing-joints");
      expect(problems.find((problem) => problem.code === "legs-cut-off")?.message.fr).toMatch(/pieds/);
      // The same unseen ankles in a picture tall enough to hold them are "joints not seen", not cut off.
      expect(codes(cut, { test: "squat", frameSize: { widthPx: 1000, heightPx: 1300 } })).toEqual([
        "missing-joints",
      ]);
    });

    it("an ankle the model puts on the bottom edge counts as cut off", () => {
      const onEdge = standing().map((frame) => mapFrame(frame, (p) => (p.y >= 800 ? { x: p.x, y: 799 } : p)));
      expect(codes(onEdge, { test: "squat", frameSize: { widthPx: 1000, heightPx: 800 } })).toContain(
        "legs-cut-off",
      );
    });

    it("too dark: refused by the picture's own brightness, even when the model still scores the joints", () => {
      const problems = checkSetup(standing(), { test: "squat", frameSize: size, light: { meanLuma: 0.05 } });
      expect(problems.map((problem) => problem.code)).toEqual(["too-dark"]);
      expect(problems[0]?.severity).toBe("blocking");
      expect(problems[0]?.message.fr).toMatch(/trop sombre/);
      expect(codes(standing(20, 0.4), { test: "squat", light: { meanLuma: 0.05 } })).toEqual(["too-dark"]);
      expect(codes(standing(), { test: "squat", frameSize: size, light: { meanLuma: 0.4 } })).toEqual([]);
    });
  });

  it("expects floor exercises to be done lying down", () => {
    expect(codes(standing(), { test: "clamshell" })).toContain("not-on-floor");
  });

  it("has every guidance line and message in English and French", () => {
    for (const line of SETUP_GUIDANCE) expect(line.en.length * line.fr.length).toBeGreaterThan(0);
  });

  describe("with what a person detector saw", () => {
    const counts = (framesChecked: number, framesWithNobody: number, framesWithSomeoneElse: number) => ({
      framesChecked,
      framesWithNobody,
      framesWithSomeoneElse,
    });

    it("refuses a photo in which someone else overlaps Fay, before judging her pose", () => {
      expect(codes(standing(1), { test: "squat", people: counts(1, 0, 1) })).toEqual(["someone-else"]);
    });

    it("tolerates a passer-by in one check of ten, and refuses someone in the way in a quarter of them", () => {
      expect(codes(standing(), { test: "squat", people: counts(10, 0, 1) })).toEqual([]);
      expect(codes(standing(), { test: "squat", people: counts(10, 0, 3) })).toContain("someone-else");
    });

    it("says no person was found, instead of listing missing joints, when neither model saw a body", () => {
      const empty = standing(10, 0.05);
      expect(codes(empty, { test: "squat", people: counts(1, 1, 0) })).toEqual(["no-person"]);
      expect(codes(empty, { test: "squat" })).toContain("missing-joints");
    });

    it("keeps measuring someone filmed from behind whom the face-based person detector missed", () => {
      expect(codes(standing(), { test: "squat", people: counts(3, 3, 0) })).toEqual([]);
    });
  });
});
