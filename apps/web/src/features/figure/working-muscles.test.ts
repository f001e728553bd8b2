import { describe, expect, it } from "vitest";
import { findExercise } from "@hipcheck/core";
import { workingSegments } from "./working-muscles.js";

describe("the muscles lit up on a figure", () => {
  it("lights the hip and the thigh for a clamshell, which works the gluteals", () => {
    expect(workingSegments(findExercise("clamshell")!)).toEqual([
      ["leftHip", "rightHip"],
      ["leftHip", "leftKnee"],
    ]);
  });

  it("lights only the thigh when only thigh muscles work", () => {
    expect(workingSegments({ targets: [{ structureId: "quadriceps", role: "prime-mover" }] })).toEqual([
      ["leftHip", "leftKnee"],
    ]);
  });

  it("lights nothing when the structures are only stretched or held steady", () => {
    expect(workingSegments({ targets: [{ structureId: "gluteus-medius", role: "stabiliser" }] })).toEqual([]);
  });
});
