import { describe, expect, it } from "vitest";
import type { KeypointFrame } from "../skeleton/joints.js";
import { mapFrame, mirrorFrame, syntheticFrame } from "../testing/synthetic-frame.js";
import { checkSetup } from "./check-setup.js";
import { SETUP_GUIDANCE } from "./setup-problem.js";

const standing = (count = 20, score = 0.9): KeypointFrame[] =>
  Array.from({ length: count }, (_, index) => syntheticFrame({ timeMs: index * 100, score }));
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
      expect.arrayContaining(["too-close", "body-cut-off"]),
    );
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
