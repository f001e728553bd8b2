import { describe, expect, it } from "vitest";
import { CAMERA_FPPA_ERROR, FPPA_SEM_DEG, KNEE_FPPA_ERROR_DEG } from "./movement-thresholds.js";

describe("the error band shown with every camera-measured knee angle", () => {
  it("covers the camera's measured median error and its residual bias", () => {
    expect(KNEE_FPPA_ERROR_DEG).toBeGreaterThanOrEqual(CAMERA_FPPA_ERROR.medianAbsDeg);
    expect(KNEE_FPPA_ERROR_DEG).toBeGreaterThanOrEqual(Math.abs(CAMERA_FPPA_ERROR.biasDeg));
  });

  it("is never narrower than a clinician marking the same picture by hand", () => {
    expect(KNEE_FPPA_ERROR_DEG).toBeGreaterThanOrEqual(FPPA_SEM_DEG);
  });

  it("is stated in half degrees, as the eval rounds it", () => {
    expect(Number.isInteger(KNEE_FPPA_ERROR_DEG * 2)).toBe(true);
  });
});
