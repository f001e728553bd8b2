import { describe, expect, it } from "vitest";
import { analyzeMovement } from "@hipcheck/motion";
import { syntheticDips, syntheticFrame } from "@hipcheck/motion/testing";
import type { KeypointFrame } from "@hipcheck/motion";
import { formCheckOf } from "./form-check-tests.js";
import type { FormCheck } from "./form-check-tests.js";
import { cameraRepCount, recordedSeconds, setCheckOptions } from "./set-check.js";

const PICTURE = { widthPx: 1000, heightPx: 1200 };

function checkOf(exerciseId: string): FormCheck {
  const check = formCheckOf(exerciseId);
  if (check === undefined) throw new Error(`${exerciseId} has no camera check`);
  return check;
}

/** Four slow squats at 10 frames a second, standing still before and after. */
function fourSquats(): KeypointFrame[] {
  return syntheticDips(4, (depth) => ({
    fppaDeg: { left: 4 * depth, right: 4 * depth },
  }));
}

describe("checking one set with the camera", () => {
  it("takes the set's side as Dana's standing leg on a step-down, and as her working leg in a clamshell", () => {
    expect(setCheckOptions(checkOf("step-down"), "left", PICTURE)).toEqual({
      test: "step-down",
      view: "front",
      frameSize: PICTURE,
      side: "left",
    });
    expect(setCheckOptions(checkOf("clamshell"), "right", PICTURE).side).toBe("right");
    expect(setCheckOptions(checkOf("banded-squat"), "both", PICTURE)).not.toHaveProperty("side");
  });

  it("offers Marco the four squats the camera counted in his banded squats", () => {
    const report = analyzeMovement(fourSquats(), setCheckOptions(checkOf("banded-squat"), "both", PICTURE));
    expect(report.status).toBe("scored");
    expect(cameraRepCount(report)).toBe(4);
  });

  it("offers no count for a set it refused, such as clamshells filmed standing", () => {
    const report = analyzeMovement(fourSquats(), setCheckOptions(checkOf("clamshell"), "left", PICTURE));
    expect(report.status).toBe("not-scorable");
    expect(report.problems.map((problem) => problem.code)).toContain("not-on-floor");
    expect(cameraRepCount(report)).toBeNull();
  });

  it("offers no count for Priya's single-leg stance, a hold whose repetitions are not counted", () => {
    const still = Array.from({ length: 30 }, (_, index) => syntheticFrame({ timeMs: index * 100 }));
    const report = analyzeMovement(still, setCheckOptions(checkOf("single-leg-stance"), "right", PICTURE));
    expect(report.status).toBe("scored");
    expect(cameraRepCount(report)).toBeNull();
  });

  it("tells how long the check has recorded from the frames' own times", () => {
    expect(recordedSeconds([])).toBe(0);
    expect(recordedSeconds(fourSquats())).toBe(8);
  });
});
