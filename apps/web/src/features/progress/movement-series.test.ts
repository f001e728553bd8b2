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
        { id: "knee-fppa", side: "left", valueDeg: 6, errorDeg: 3 },
        { id: "knee-fppa-asymmetry", side: "both", valueDeg: -8, errorDeg: 4.2 },
        { id: "knee-fppa", side: "right", valueDeg: 14, errorDeg: 3 },
        { id: "trunk-lean", side: "right", valueDeg: 4, errorDeg: 2 },
      ],
    },
  },
  {
    recordedAt: "2026-03-23T08:00:00.000Z",
    report: {
      test: "single-leg-squat",
      status: "scored",
      findings: [{ id: "knee-fppa", side: "right", valueDeg: 9, errorDeg: 3 }],
    },
  },
  { recordedAt: "2026-03-24T08:00:00.000Z", report: { test: "single-leg-squat", status: "not-scorable" } },
];

describe("movement findings over time", () => {
  it("lists each finding once, in the order first seen", () => {
    expect(movementFindingIds(screens)).toEqual(["knee-fppa", "knee-fppa-asymmetry", "trunk-lean"]);
  });

  it("gives one row per screen with the finding, each side with its error band", () => {
    expect(movementRows(screens, "knee-fppa")).toEqual([
      {
        date: "2026-03-02",
        left: 6,
        right: 14,
        both: null,
        leftBand: [3, 9],
        rightBand: [11, 17],
        bothBand: null,
      },
      {
        date: "2026-03-23",
        left: null,
        right: 9,
        both: null,
        leftBand: null,
        rightBand: [6, 12],
        bothBand: null,
      },
    ]);
  });

  it("keeps a finding about both legs, such as the left-right difference, on its own line", () => {
    expect(movementRows(screens, "knee-fppa-asymmetry")[0]).toMatchObject({
      both: -8,
      bothBand: [expect.closeTo(-12.2, 6), expect.closeTo(-3.8, 6)],
    });
  });

  it("skips a screen that could not be scored", () => {
    expect(movementRows(screens.slice(2), "knee-fppa")).toEqual([]);
  });
});
