/**
 * Which library exercises the camera can check during a session, and with which test of the motion module.
 * An exercise is listed only when the test measures the same movement: a different movement would count the
 * wrong repetitions and compare angles with norms of another task (Lewis 2015: thresholds do not transfer
 * between tasks). Exercises left out (the wall sit's still hold, the hip hike's deliberate pelvic drop,
 * stretches, releases, planks) simply offer no camera check.
 */
import { TEST_PROFILES } from "@hipcheck/motion";
import type { MovementTest, TestProfile } from "@hipcheck/motion";

export const FORM_CHECK_TESTS: Readonly<Record<string, MovementTest>> = {
  "single-leg-squat": "single-leg-squat",
  "step-down": "step-down",
  "banded-squat": "squat",
  "band-lateral-walk": "lateral-walk",
  "banded-side-step": "lateral-walk",
  "band-side-kick": "band-side-kick",
  "single-leg-stance": "single-leg-stance",
  // Tree pose is a one-leg stance with the free foot resting on the standing leg: the stance test measures
  // only the standing leg, the pelvis and the sway, all of which the pose's cues are about.
  "tree-pose": "single-leg-stance",
  bridge: "bridge",
  "single-leg-bridge": "bridge",
  clamshell: "clamshell",
  "banded-clamshell": "clamshell",
  "side-lying-leg-lift": "side-lying-leg-lift",
  // Abductor lifts raise the straight top leg lying on the side: the side-lying lift, to hip height.
  "abductor-lifts": "side-lying-leg-lift",
};

export type FormCheck = {
  readonly test: MovementTest;
  readonly posture: TestProfile["posture"];
  /** One-leg tests take the set's side as the standing leg; floor tests as the working leg. */
  readonly oneLeg: boolean;
};

export function formCheckOf(exerciseId: string): FormCheck | undefined {
  const test = Object.hasOwn(FORM_CHECK_TESTS, exerciseId) ? FORM_CHECK_TESTS[exerciseId] : undefined;
  if (test === undefined) return undefined;
  const profile = TEST_PROFILES[test];
  return { test, posture: profile.posture, oneLeg: profile.oneLeg };
}
