import { parseWith, StrengthCheckSchema } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { dynamometerCheckOf, limitOf, type DynamometerDraft } from "./strength-entry.js";

/** Maya types Dana's clinic reading as her device shows it; the form's refusals read as the server's. */
const MAYA: DynamometerDraft = {
  firstSide: "right",
  forces: { left: "20,4", right: "18.4" },
  forceUnit: "kg",
  leverArmM: "0,45",
  bodyMassKg: "60",
  device: "MicroFET2",
  placement: "side-lying, above the lateral knee",
};

describe("a dynamometer reading as typed", () => {
  it("reads a French decimal comma and stores kilograms-force in newtons", () => {
    const parsed = parseWith(StrengthCheckSchema, dynamometerCheckOf(MAYA, "2026-12-01"));
    expect(parsed).toMatchObject({
      ok: true,
      value: { left: { forceN: 200.1 }, right: { forceN: 180.4 }, leverArmM: 0.45, bodyMassKg: 60 },
    });
  });

  it("refuses what the server refuses, and names the same sentence for the page's check and the server's field", () => {
    const tooStrong = parseWith(
      StrengthCheckSchema,
      dynamometerCheckOf({ ...MAYA, forceUnit: "N", forces: { left: "3000", right: "180" } }, "2026-12-01"),
    );
    expect(tooStrong.ok).toBe(false);
    if (tooStrong.ok) return;
    expect(limitOf(tooStrong.error.field)).toBe("forceN");
    // The server names the field under the body's `check`.
    expect(limitOf("check.left.forceN")).toBe("forceN");
    const noLever = parseWith(
      StrengthCheckSchema,
      dynamometerCheckOf({ ...MAYA, leverArmM: "3" }, "2026-12-01"),
    );
    expect(!noLever.ok && limitOf(noLever.error.field)).toBe("leverArmM");
    const noDevice = parseWith(
      StrengthCheckSchema,
      dynamometerCheckOf({ ...MAYA, device: " " }, "2026-12-01"),
    );
    expect(!noDevice.ok && limitOf(noDevice.error.field)).toBe("other");
    expect(limitOf(undefined)).toBe("other");
  });
});
