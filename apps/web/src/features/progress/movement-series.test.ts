import { describe, expect, it } from "vitest";
import { movementFindingIds, movementRows } from "./movement-series.js";

/** Two single-leg squat screens of Chloé, three weeks apart: her right knee caves in less. */
const screens = [
  {
    recordedAt: "2026-03-02T08:00:00.000Z",
    report: {
      test: "single-leg-squat",
      status: "scored",
      findings: [
        { id: "fppa-peak", side: "left", valueDeg: 6, errorDeg: 3 },
        { id: "fppa-peak", side: "right", valueDeg: 14, errorDeg: 3 },
        { id: "trunk-lean", side: "right", valueDeg: 4, errorDeg: 2 },
      ],
    },
  },
  {
    recordedAt: "2026-03-23T08:00:00.000Z",
    report: {
      test: "single-leg-squat",
      status: "scored",
      findings: [{ id: "fppa-peak", side: "right", valueDeg: 9, errorDeg: 3 }],
    },
  },
  { recordedAt: "2026-03-24T08:00:00.000Z", report: { test: "single-leg-squat", status: "not-scorable" } },
];

describe("movement findings over time", () => {
  it("lists each finding once, in the order first seen", () => {
    expect(movementFindingIds(screens)).toEqual(["fppa-peak", "trunk-lean"]);
  });

  it("gives one row per screen with the finding, each side with its error band", () => {
    expect(movementRows(screens, "fppa-peak")).toEqual([
      { date: "2026-03-02", left: 6, right: 14, leftBand: [3, 9], rightBand: [11, 17] },
      { date: "2026-03-23", left: null, right: 9, leftBand: null, rightBand: [6, 12] },
    ]);
  });

  it("skips a screen that could not be scored", () => {
    expect(movementRows(screens.slice(2), "fppa-peak")).toEqual([]);
  });
});
