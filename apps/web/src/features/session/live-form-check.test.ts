import { describe, expect, it } from "vitest";
import type { KeypointFrame, PictureLook } from "@hipcheck/motion";
import { syntheticDips, syntheticFrame } from "@hipcheck/motion/testing";
import { formCheckOf } from "./form-check-tests.js";
import { liveFormCheck } from "./live-form-check.js";
import { analyzeSet, cameraRepCount, setCheckOptions } from "./set-check.js";

const PICTURE = { widthPx: 1000, heightPx: 1200 };

/** The last second of a camera at 10 pictures a second: Dana on her left leg, knee in line. */
function lastSecond(): KeypointFrame[] {
  return Array.from({ length: 10 }, (_, index) =>
    syntheticFrame({ timeMs: 20_000 + index * 100, fppaDeg: { left: 2, right: 2 } }),
  );
}

/** What the pictures of the last few seconds showed: light, and the person detector about once a second. */
function looksOf(people: { nobody: boolean; someoneElse: boolean }, meanLuma = 0.4): PictureLook[] {
  return Array.from({ length: 40 }, (_, index) => ({
    timeMs: 17_000 + index * 100,
    meanLuma,
    ...(index % 10 === 0 ? { people } : {}),
  }));
}

const stepDown = () => {
  const check = formCheckOf("step-down");
  if (check === undefined) throw new Error("step-down has a camera check");
  return setCheckOptions(check, "left", PICTURE);
};

describe("the form check's live cues judge the picture first", () => {
  it("gives Dana her cues when she is alone and well lit", () => {
    const live = liveFormCheck(lastSecond(), looksOf({ nobody: false, someoneElse: false }), stepDown());
    expect(live.notWatching).toBeNull();
    expect(live.cues.map((cue) => cue.id)).toEqual(["knee", "trunk", "pelvis"]);
  });

  it("pauses the cues and says why when her partner walks in behind her", () => {
    const live = liveFormCheck(lastSecond(), looksOf({ nobody: false, someoneElse: true }), stepDown());
    expect(live.notWatching?.code).toBe("someone-else");
    expect(live.cues).toEqual([]);
  });

  it("pauses the cues in a room too dark to place her joints", () => {
    const live = liveFormCheck(
      lastSecond(),
      looksOf({ nobody: false, someoneElse: false }, 0.05),
      stepDown(),
    );
    expect(live.notWatching?.code).toBe("too-dark");
    expect(live.cues).toEqual([]);
  });

  it("pauses the cues when nobody is in the picture", () => {
    const empty = lastSecond().map((frame) => ({ timeMs: frame.timeMs, keypoints: {} }));
    const live = liveFormCheck(empty, looksOf({ nobody: true, someoneElse: false }), stepDown());
    expect(live.notWatching?.code).toBe("no-person");
  });

  it("judges only the last few seconds of pictures: someone who left a minute ago does not count", () => {
    const earlier = looksOf({ nobody: false, someoneElse: true }).map((look) => ({
      ...look,
      timeMs: look.timeMs - 60_000,
    }));
    const now = looksOf({ nobody: false, someoneElse: false });
    expect(liveFormCheck(lastSecond(), [...earlier, ...now], stepDown()).notWatching).toBeNull();
  });
});

describe("a checked set is refused for the picture as a file would be", () => {
  const squat = () => {
    const check = formCheckOf("banded-squat");
    if (check === undefined) throw new Error("banded squat has a camera check");
    return setCheckOptions(check, "both", PICTURE);
  };
  const squats = syntheticDips(4, (depth) => ({ fppaDeg: { left: 4 * depth, right: 4 * depth } }));
  const looks = (someoneElse: boolean): PictureLook[] =>
    squats.map((frame, index) => ({
      timeMs: frame.timeMs,
      meanLuma: 0.4,
      ...(index % 10 === 0 ? { people: { nobody: false, someoneElse } } : {}),
    }));

  it("counts Marco's four banded squats when he is alone in the picture", () => {
    const report = analyzeSet(squats, looks(false), squat());
    expect(cameraRepCount(report)).toBe(4);
  });

  it("offers no count when someone else stood in the picture through the set", () => {
    const report = analyzeSet(squats, looks(true), squat());
    expect(report.status).toBe("not-scorable");
    expect(report.problems.map((problem) => problem.code)).toContain("someone-else");
    expect(cameraRepCount(report)).toBeNull();
  });

  it("judges only the set's own pictures, not the ones before it was started", () => {
    const before = looks(true).map((look) => ({ ...look, timeMs: look.timeMs - 60_000 }));
    expect(cameraRepCount(analyzeSet(squats, [...before, ...looks(false)], squat()))).toBe(4);
  });
});
