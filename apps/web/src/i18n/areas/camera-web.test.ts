import { describe, expect, it } from "vitest";
import { frenchWordingProblems } from "@hipcheck/core/testing";
import { cameraWebFr } from "./camera-web.js";

/** The video file's and the form check's French, as a French physiotherapist would write it. */
describe("the camera screen's words for a chosen video", () => {
  it("has nothing a French reader would correct", () => {
    const french = Object.values(cameraWebFr.cameraWeb).map((text) => text.replace(/{{\w+}}/g, "12"));
    expect(french.flatMap(frenchWordingProblems)).toEqual([]);
  });
});
