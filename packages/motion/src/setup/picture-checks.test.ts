import { describe, expect, it } from "vitest";
import { analyzeMovement } from "../analysis/analyze-movement.js";
import { syntheticDips } from "../testing/synthetic-frame.js";
import { pictureChecksOf, type PictureLook } from "./picture-checks.js";

/** A second of pictures at 10 frames per second, the person detector looking at the first. */
function secondOf(startMs: number, meanLuma: number, people?: PictureLook["people"]): PictureLook[] {
  return Array.from({ length: 10 }, (_, index) => ({
    timeMs: startMs + index * 100,
    meanLuma,
    ...(index === 0 && people !== undefined ? { people } : {}),
  }));
}

const ALONE = { nobody: false, someoneElse: false };

describe("pictureChecksOf: the people and light of a run of pictures, for a file or a live camera", () => {
  it("counts the pictures the person detector looked at, and takes the median light of all of them", () => {
    const looks = [
      ...secondOf(0, 0.4, ALONE),
      ...secondOf(1000, 0.42, { nobody: false, someoneElse: true }),
      ...secondOf(2000, 0.05, { nobody: true, someoneElse: false }),
    ];
    expect(pictureChecksOf(looks)).toEqual({
      people: { framesChecked: 3, framesWithNobody: 1, framesWithSomeoneElse: 1 },
      light: { meanLuma: 0.4 },
    });
  });

  it("says nothing about people when the detector never ran, and nothing at all for no pictures", () => {
    expect(pictureChecksOf(secondOf(0, 0.3))).toEqual({ light: { meanLuma: 0.3 } });
    expect(pictureChecksOf([])).toEqual({});
  });

  it("refuses a dim room through the movement analysis, as `hipcheck analyze` does for a dim file", () => {
    const frames = syntheticDips(3, () => ({}));
    const dim = analyzeMovement(frames, { test: "squat", ...pictureChecksOf(secondOf(0, 0.08, ALONE)) });
    const lit = analyzeMovement(frames, { test: "squat", ...pictureChecksOf(secondOf(0, 0.35, ALONE)) });
    expect(dim.status).toBe("not-scorable");
    expect(dim.problems.map((problem) => problem.code)).toContain("too-dark");
    expect(lit.problems.map((problem) => problem.code)).not.toContain("too-dark");
  });

  it("refuses someone else standing in the picture for a quarter of the looks or more", () => {
    const crowded = [
      ...secondOf(0, 0.4, ALONE),
      ...secondOf(1000, 0.4, { nobody: false, someoneElse: true }),
      ...secondOf(2000, 0.4, ALONE),
    ];
    const report = analyzeMovement(
      syntheticDips(3, () => ({})),
      {
        test: "squat",
        ...pictureChecksOf(crowded),
      },
    );
    expect(report.problems.map((problem) => problem.code)).toContain("someone-else");
  });
});
