/**
 * The strength check as the page's form holds it: what was typed or timed per side (and how each side was timed),
 * turned into a check for core's schema, and a refused check put back into the form to be corrected (decision 0582).
 */
import type { StrengthCheck, StrengthSide, StrengthTestId } from "@hipcheck/core";
import type { CameraHoldResult } from "./camera-hold-timer.js";
import { dynamometerCheckOf, typedNumber } from "./strength-entry.js";

export type SideValues = Record<StrengthSide, string>;

/** How a side's hold was timed: by the stopwatch or a watch (typed in), or by the camera with why it ended. */
export type SideTiming =
  { readonly timedBy: "stopwatch" } | ({ readonly timedBy: "camera" } & CameraHoldResult);
export type SideTimings = Record<StrengthSide, SideTiming>;
export const BY_STOPWATCH: SideTimings = { left: { timedBy: "stopwatch" }, right: { timedBy: "stopwatch" } };

export type Draft = {
  readonly test: StrengthTestId;
  readonly firstSide: StrengthSide;
  readonly values: SideValues;
  readonly timings: SideTimings;
  readonly forceUnit: "N" | "kg";
  readonly leverArmM: string;
  readonly bodyMassKg: string;
  readonly device: string;
  readonly placement: string;
};

export const EMPTY_DRAFT: Draft = {
  test: "abductor-endurance-hold",
  firstSide: "left",
  values: { left: "", right: "" },
  timings: BY_STOPWATCH,
  forceUnit: "N",
  leverArmM: "",
  bodyMassKg: "",
  device: "",
  placement: "",
};

/** A check the server refused, back in the form to be corrected (decision 0582). */
export function draftOf(check: StrengthCheck): Draft {
  if (check.test === "hip-abduction-dynamometer") {
    return {
      ...EMPTY_DRAFT,
      test: check.test,
      firstSide: check.firstSide,
      values: { left: String(check.left.forceN), right: String(check.right.forceN) },
      leverArmM: String(check.leverArmM),
      bodyMassKg: String(check.bodyMassKg),
      device: check.device,
      placement: check.placement,
    };
  }
  const timing = (side: StrengthSide): SideTiming => {
    const held = check[side];
    return held.timedBy === "camera" && held.stopReason !== undefined && held.quality !== undefined
      ? {
          timedBy: "camera",
          durationMs: held.holdSeconds * 1000,
          stopReason: held.stopReason,
          quality: held.quality,
        }
      : { timedBy: "stopwatch" };
  };
  return {
    ...EMPTY_DRAFT,
    test: check.test,
    firstSide: check.firstSide,
    values: { left: String(check.left.holdSeconds), right: String(check.right.holdSeconds) },
    timings: { left: timing("left"), right: timing("right") },
  };
}

/** The check as entered, for the core's schema to accept or refuse (the same checks as the server's). */
export function checkOf(draft: Draft, date: string): unknown {
  const common = { test: draft.test, date, firstSide: draft.firstSide };
  if (draft.test === "hip-abduction-dynamometer") {
    return dynamometerCheckOf({ ...draft, forces: draft.values }, date);
  }
  // Timed by the camera (with why the hold ended and how steady it was), or with the stopwatch or a watch.
  const side = (text: string, timing: SideTiming) =>
    timing.timedBy === "camera"
      ? {
          holdSeconds: typedNumber(text),
          timedBy: "camera",
          stopReason: timing.stopReason,
          quality: timing.quality,
        }
      : { holdSeconds: typedNumber(text), timedBy: "stopwatch" };
  return {
    ...common,
    left: side(draft.values.left, draft.timings.left),
    right: side(draft.values.right, draft.timings.right),
  };
}
