import { describe, expect, it } from "vitest";
import { cameraErrorNote } from "./camera-error-note.js";
import { CAMERA_FPPA_ERROR, KNEE_FPPA_ERROR_DEG } from "./movement-thresholds.js";

describe("cameraErrorNote: the camera's error shown with its knee angles", () => {
  it("states the band, the figures it comes from and the bias with its direction, in English and French", () => {
    const note = cameraErrorNote();
    expect(note.en).toContain(`± ${KNEE_FPPA_ERROR_DEG.toFixed(1)}°`);
    expect(note.en).toContain(`median ${CAMERA_FPPA_ERROR.medianAbsDeg.toFixed(1)}°`);
    expect(note.en).toContain(`${Math.abs(CAMERA_FPPA_ERROR.biasDeg).toFixed(1)}° more inward`);
    expect(note.fr).toContain(`± ${KNEE_FPPA_ERROR_DEG.toFixed(1).replace(".", ",")}°\u00a0:`);
    expect(note.fr).toContain("plus vers l’intérieur");
  });

  it("says outward when the camera reads knees more outward than marked", () => {
    const note = cameraErrorNote({ ...CAMERA_FPPA_ERROR, biasDeg: -1.5 });
    expect(note.en).toContain("1.5° more outward than marked");
    expect(note.fr).toContain("1,5° plus vers l’extérieur");
  });

  it("adds the figures over every annotated person's knees, whose 90th percentile is far wider, in both languages", () => {
    const note = cameraErrorNote({
      ...CAMERA_FPPA_ERROR,
      wider: { medianAbsDeg: 3.1, p90AbsDeg: 12.5, biasDeg: 0, knees: 19 },
    });
    expect(note.en).toContain(
      "Over 19 knees of every person marked on those photos, the median was 3.1°, but 1 in 10 was off by more than 12.5°",
    );
    expect(note.fr).toContain(
      "Sur 19 genoux de toutes les personnes annotées de ces photos, l’écart médian était de 3,1°, mais 1 sur 10 dépassait 12,5°\u00a0:",
    );
    const { medianAbsDeg, p90AbsDeg, biasDeg, knees, bandDeg } = CAMERA_FPPA_ERROR;
    expect(cameraErrorNote({ medianAbsDeg, p90AbsDeg, biasDeg, knees, bandDeg }).en).toMatch(
      /than marked\.$/,
    );
  });
});
