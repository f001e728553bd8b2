import { describe, expect, it } from "vitest";
import { parseWith, StrengthCheckSchema, type StrengthCheck } from "@hipcheck/core";
import { checkOf, draftOf } from "./strength-draft.js";

/**
 * A check the server refused comes back into the strength page's form to be corrected (decision 0582): whatever the
 * form does not touch is kept as it was entered, so correcting one side loses neither the other side, nor how each
 * side was timed, nor the camera's reason and quality, nor a dynamometer's device and placement.
 */
const leaHold: StrengthCheck = {
  test: "abductor-endurance-hold",
  date: "2026-03-17",
  firstSide: "right",
  left: { holdSeconds: 412.5, timedBy: "camera", stopReason: "leg-dropped", quality: "fair" },
  right: { holdSeconds: 70, timedBy: "stopwatch" },
};
const noeReading: StrengthCheck = {
  test: "hip-abduction-dynamometer",
  date: "2026-03-18",
  firstSide: "left",
  left: { forceN: 182.4 },
  right: { forceN: 175 },
  leverArmM: 0.45,
  bodyMassKg: 60,
  device: "MicroFET2",
  placement: "side-lying, above the knee",
};

describe("a refused strength check back in the form", () => {
  it.each([
    ["Léa's camera-timed hold", leaHold],
    ["Noé's clinic reading", noeReading],
  ] as const)("%s is the same check once saved again unchanged", (_, check) => {
    const again = parseWith(StrengthCheckSchema, checkOf(draftOf(check), check.date));
    expect(again).toEqual({ ok: true, value: check });
  });

  it("keeps the other side's camera timing when one side's time is corrected", () => {
    const draft = draftOf(leaHold);
    const corrected = checkOf({ ...draft, values: { ...draft.values, right: "71" } }, leaHold.date);
    expect(corrected).toMatchObject({ left: leaHold.left, right: { holdSeconds: 71, timedBy: "stopwatch" } });
  });
});
