import { describe, expect, it } from "vitest";
import { frenchWordingProblems } from "@hipcheck/core/testing";
import { holdVideoEn, holdVideoFr } from "./hold-video.js";
import { notSavedEn, notSavedFr } from "./not-saved.js";

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === "string" ? [value] : leaves(value as object),
  );
}

/** The words of a hold timed from a film and of the "Not saved" list, as a French physiotherapist would write them. */
describe("the hold video's and the Not saved list's words", () => {
  it.each([
    ["hold video", holdVideoEn, holdVideoFr],
    ["Not saved", notSavedEn, notSavedFr],
  ] as const)("%s: nothing a French reader would correct, and every text in both languages", (_, en, fr) => {
    const french = leaves(fr).map((text) => text.replace(/{{\w+}}/g, "3"));
    expect(french.flatMap(frenchWordingProblems)).toEqual([]);
    expect(leaves(fr)).toHaveLength(leaves(en).length);
  });
});
