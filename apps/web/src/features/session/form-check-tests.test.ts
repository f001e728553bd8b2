import { describe, expect, it } from "vitest";
import { findExercise, generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { MOVEMENT_TESTS, TEST_PROFILES } from "@hipcheck/motion";
import { FORM_CHECK_TESTS, formCheckOf } from "./form-check-tests.js";

const FLOOR_POSITIONS: readonly string[] = ["supine", "side-lying", "prone"];

describe("which exercises the camera can check in a session", () => {
  const mapped = Object.entries(FORM_CHECK_TESTS);

  it("names only exercises of the library", () => {
    expect(mapped.filter(([exerciseId]) => findExercise(exerciseId) === undefined)).toEqual([]);
  });

  it("checks a standing exercise with a standing test and a floor exercise with a floor test", () => {
    for (const [exerciseId, test] of mapped) {
      const position = findExercise(exerciseId)?.position ?? "";
      const expected =
        position === "standing" ? "standing" : FLOOR_POSITIONS.includes(position) ? "floor" : "";
      expect({ exerciseId, posture: TEST_PROFILES[test].posture }).toEqual({ exerciseId, posture: expected });
      expect(formCheckOf(exerciseId)?.posture).toBe(expected);
    }
  });

  it("gives one-leg tests only exercises done side by side, so each set names the standing leg", () => {
    const oneLegFromBothSides = mapped.filter(
      ([exerciseId, test]) => TEST_PROFILES[test].oneLeg && findExercise(exerciseId)?.dose.perSide !== true,
    );
    expect(oneLegFromBothSides).toEqual([]);
  });

  it("offers every test of the motion module through at least one exercise", () => {
    expect([...new Set(Object.values(FORM_CHECK_TESTS))].sort()).toEqual([...MOVEMENT_TESTS].sort());
  });

  it("offers no check for a still hold, a deliberate pelvic drop, a release or a stretch", () => {
    for (const exerciseId of ["wall-sit", "hip-hike", "therapy-ball-tfl", "pigeon", "straight-leg-raise"]) {
      expect({ exerciseId, check: formCheckOf(exerciseId) }).toEqual({ exerciseId, check: undefined });
    }
    expect(formCheckOf("toString")).toBeUndefined();
  });

  it("lets Dana check the clamshell and the bridge of her first session, as floor tests, and nothing else in it", () => {
    const program = generateProgram(personas.runnerPfp, { startDate: "2026-03-02" });
    if (!program.ok) throw new Error(program.error.message);
    const first = program.value.sessions[0]?.exercises ?? [];
    expect(
      first.flatMap((planned) => {
        const check = formCheckOf(planned.exerciseId);
        return check === undefined ? [] : [[planned.exerciseId, check.test, check.posture]];
      }),
    ).toEqual([
      ["clamshell", "clamshell", "floor"],
      ["bridge", "bridge", "floor"],
    ]);
  });
});
