import { describe, expect, it } from "vitest";
import {
  FINDING_IDS,
  MOVEMENT_METRIC_OF_FINDING,
  MOVEMENT_METRICS,
  movementMetricOf,
} from "./movement-finding.js";

describe("movement metric codes", () => {
  it("give every kind of report finding its own listed code", () => {
    const codes = FINDING_IDS.map((id) => MOVEMENT_METRIC_OF_FINDING[id]);
    expect(new Set(codes).size).toBe(FINDING_IDS.length);
    expect(codes.toSorted()).toEqual([...MOVEMENT_METRICS].toSorted());
  });

  it("read each code as itself", () => {
    for (const metric of MOVEMENT_METRICS) expect(movementMetricOf(metric)).toBe(metric);
  });

  it("read a name a finding was once written under as today's code", () => {
    expect(movementMetricOf("knee-fppa")).toBe("knee-frontal-plane-angle");
    expect(movementMetricOf("knee-fppa-asymmetry")).toBe("knee-frontal-plane-angle-asymmetry");
    expect(movementMetricOf("sway")).toBe("single-leg-stance-sway");
  });

  it("read no other name", () => {
    expect(movementMetricOf("hip-abduction-torque")).toBeUndefined();
    expect(movementMetricOf("toString")).toBeUndefined();
    expect(movementMetricOf("")).toBeUndefined();
  });
});
