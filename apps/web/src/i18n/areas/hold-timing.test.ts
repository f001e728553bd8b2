import { describe, expect, it } from "vitest";
import { frenchWordingProblems } from "@hipcheck/core/testing";
import {
  HOLD_PROBLEM_MESSAGES,
  HOLD_QUALITY_NAMES,
  HOLD_STOP_REASON_NAMES,
  HOLD_TEST_NAMES,
} from "@hipcheck/motion";
import { holdTimingEn, holdTimingFr } from "./hold-timing.js";

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === "string" ? [value] : leaves(value as object),
  );
}

/** The camera hold timer's French, as a French physiotherapist would write it, and the same keys in both languages. */
describe("the hold timing's words", () => {
  const motionFrench = [
    HOLD_PROBLEM_MESSAGES,
    HOLD_QUALITY_NAMES,
    HOLD_STOP_REASON_NAMES,
    HOLD_TEST_NAMES,
  ].flatMap((table) => Object.values(table).map((text) => text.fr));

  it("has nothing a French reader would correct", () => {
    // Placeholders are filled with French words ("gauche", "droit") before anyone reads them.
    const french = [...leaves(holdTimingFr), ...motionFrench].map((text) =>
      text.replace(/{{\w+}}/g, "gauche"),
    );
    expect(french.flatMap(frenchWordingProblems)).toEqual([]);
  });

  it("has the same number of texts in both languages", () => {
    expect(leaves(holdTimingFr)).toHaveLength(leaves(holdTimingEn).length);
  });
});
