import { describe, expect, it } from "vitest";
import { cameraErrorNote } from "./camera-error-note.js";
import { CAMERA_FPPA_ERROR, KNEE_FPPA_ERROR_DEG } from "./movement-thresholds.js";

describe("cameraErrorNote: the camera's error shown with its knee angles", () => {
  it("states the band, the figures it comes from and the bias with its direction, in English and French", () => {
    const note = cameraErrorNote();
    expect(note.en).toContain(`± ${KNEE_FPPA_ERROR_DEG.toFixed(1)}°`);
    expect(note.en).toContain(`median ${CAMERA_FPPA_ERROR.medianAbsDeg.toFixed(1)}°`);
    expect(note.en).toContain(`${Math.abs(CAMERA_FPPA_ERROR.biasDeg).toFixed(1)}° more inward`);
    expect(note.fr).toContain(`± ${KNEE_FPPA_ERROR_DEG.toFixed(1).replace(".", ",")}° :`);
    expect(note.fr).toContain("plus vers l'intérieur");
  });

  it("says outward when the camera reads knees more outward than marked", () => {
    const note = cameraErrorNote({ ...CAMERA_FPPA_ERROR, biasDeg: -1.5 });
    expect(note.en).toContain("1.5° more outward than marked");
    expect(note.fr).toContain("1,5° plus vers l'extérieur");
  });
});
