import { KNEE_FPPA_ERROR_DEG, MOVEMENT_METRICS } from "@hipcheck/motion";
import { describe, expect, it } from "vitest";
import {
  beaSingleLegSquats,
  danaSingleLegStance,
  emptyClip,
  gusLateralWalk,
  joStepDownsFromBehind,
  unevenSquats,
} from "../testing/movement-reports.js";
import { MovementFindingSchema } from "./movement-finding.js";
import {
  collectMovementFindings,
  collectNamedMovementFindings,
  movementFindingsFromReport,
  readReportForFindings,
} from "./movement-findings-from-report.js";

const DAY = "2026-11-20";

describe("movementFindingsFromReport", () => {
  it("turns Bea's single-leg squats into her right knee's FPPA with the camera's error band, pelvic drop and trunk lean", () => {
    const report = beaSingleLegSquats();
    const findings = movementFindingsFromReport(report, DAY);
    expect(findings.map(({ metric, side }) => [metric, side])).toEqual([
      ["knee-frontal-plane-angle", "right"],
      ["trunk-lean", "right"],
      ["pelvic-drop", "right"],
    ]);
    const knee = findings[0]!;
    expect(knee).toMatchObject({ date: DAY, test: "single-leg-squat", semDeg: KNEE_FPPA_ERROR_DEG });
    expect(Math.abs(knee.valueDeg - 12)).toBeLessThan(0.5);
    expect(knee.method).toMatch(/^Front camera view, single-leg squat standing on the right leg\./);
    expect(knee.method).toContain("2D landmarks hip, knee, ankle; + = knee inward, valgus");
    expect(knee.method).toContain(
      `5 repetitions, ${report.framesUsed} of ${report.framesTotal} frames usable`,
    );
    expect(knee.method).toContain("Band: borderline (derived from published data, not a validated cut-off)");
    expect(knee.method).toMatch(/Screening signal from a 2D video, not a diagnosis\.$/);
    expect(findings[1]!.method).toContain("+ = toward the standing leg");
    expect(Math.abs(findings[2]!.valueDeg - 4)).toBeLessThan(0.5);
    expect(findings[2]!.method).toContain("No published norm.");
  });

  it("writes the method in French for a French export: camera, test, leg, repetitions, band, not a diagnosis", () => {
    const report = beaSingleLegSquats();
    const english = movementFindingsFromReport(report, DAY, "en");
    const french = movementFindingsFromReport(report, DAY, "fr");
    // Only the method text changes with the language.
    const unsaid = (finding: (typeof english)[number]) => ({ ...finding, method: "" });
    expect(french.map(unsaid)).toEqual(english.map(unsaid));
    const knee = french[0]!.method;
    expect(knee).toMatch(/^Caméra de face, squat unipodal en appui sur la jambe droite\./);
    expect(knee).toContain("repères 2D hanche, genou, cheville\u00a0; + = genou vers l’intérieur, valgus");
    expect(knee).toContain(
      `5 répétitions, ${report.framesUsed} images exploitables sur ${report.framesTotal}`,
    );
    expect(knee).toContain("Zone\u00a0: limite (tirée de données publiées, pas un seuil validé)");
    expect(knee).toMatch(/Signal de dépistage issu d’une vidéo 2D, ce n’est pas un diagnostic\.$/);
    expect(french[1]!.method).toContain("+ = vers la jambe d’appui");
    expect(french[2]!.method).toContain("Pas de norme publiée.");
    expect(movementFindingsFromReport(danaSingleLegStance(), DAY, "fr")[0]!.method).toContain(
      "le maintien compté comme une répétition",
    );
  });

  it("gives a two-legged squat's left-right gap no side, with the smallest detectable difference as its error", () => {
    const findings = movementFindingsFromReport(unevenSquats(), DAY);
    const gap = findings.find((finding) => finding.metric === "knee-frontal-plane-angle-asymmetry");
    expect(gap?.side).toBeNull();
    expect(gap?.semDeg).toBe(9);
    expect(Math.abs((gap?.valueDeg ?? 0) - 16)).toBeLessThan(1);
    expect(gap?.method).toContain("Left minus right");
    expect(gap?.method).toContain("Band: above the typical range");
    expect(findings.find((finding) => finding.metric === "trunk-lean")?.method).toContain(
      "+ = toward the left",
    );
  });

  it("reads Dana's one-leg hold as a Trendelenburg-like sign on her standing leg, with her sway", () => {
    const findings = movementFindingsFromReport(danaSingleLegStance(), DAY);
    const sign = findings.find((finding) => finding.metric === "trendelenburg-sign");
    expect(sign).toMatchObject({ side: "left", valueDeg: 6, semDeg: 2 });
    expect(sign?.method).toContain("single-leg stance hold standing on the left leg");
    expect(sign?.method).toContain("the hold taken as one repetition");
    expect(findings.find((finding) => finding.metric === "single-leg-stance-sway")).toMatchObject({
      side: "left",
      valueDeg: 0,
      semDeg: 1,
    });
  });

  it("measures Gus's upper-body rocking on the band walk, and says a step-down was filmed from behind", () => {
    const rocking = movementFindingsFromReport(gusLateralWalk(), DAY).find(
      (finding) => finding.metric === "trunk-rocking",
    );
    expect(rocking?.side).toBeNull();
    expect(rocking?.valueDeg).toBeGreaterThan(5);
    const stepDown = movementFindingsFromReport(joStepDownsFromBehind(), DAY);
    expect(stepDown[0]?.method).toMatch(/^Back camera view, step-down standing on the left leg\./);
  });

  it("maps every finding of every report to a valid finding, and between them every metric", () => {
    const reports = [
      beaSingleLegSquats(),
      unevenSquats(),
      danaSingleLegStance(),
      gusLateralWalk(),
      joStepDownsFromBehind(),
    ];
    const metrics = new Set<string>();
    for (const report of reports) {
      expect(report.status).toBe("scored");
      const findings = movementFindingsFromReport(report, DAY);
      expect(findings).toHaveLength(report.findings.length);
      for (const finding of findings) {
        expect(MovementFindingSchema.safeParse(finding).success, finding.method).toBe(true);
        metrics.add(finding.metric);
      }
    }
    expect([...metrics].sort()).toEqual([...MOVEMENT_METRICS].sort());
  });

  it("has no findings for a screen that could not be scored", () => {
    const report = emptyClip();
    expect(report.status).toBe("not-scorable");
    expect(movementFindingsFromReport(report, DAY)).toEqual([]);
  });
});

describe("readReportForFindings and collectMovementFindings", () => {
  it("reads a report back from JSON and gives the same findings", () => {
    const report = beaSingleLegSquats();
    const read = readReportForFindings(JSON.parse(JSON.stringify(report)));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(movementFindingsFromReport(read.value, DAY)).toEqual(movementFindingsFromReport(report, DAY));
    }
  });

  it("refuses a stored report with a finding it does not know, naming the field", () => {
    const report = JSON.parse(JSON.stringify(beaSingleLegSquats())) as { findings: { id: string }[] };
    report.findings[0]!.id = "hip-rotation";
    const read = readReportForFindings(report);
    expect(read.ok ? undefined : read.error.field).toBe("findings.0.id");
  });

  it("puts screens and imported findings in date order, and skips an imported copy of a measured finding", () => {
    const measured = movementFindingsFromReport(unevenSquats(), "2026-11-10");
    const older = { ...movementFindingsFromReport(beaSingleLegSquats(), "2026-10-01")[0]! };
    const collected = collectMovementFindings({
      movementScreens: [
        { date: "2026-11-10", report: unevenSquats() },
        { date: "2026-11-12", report: emptyClip() },
      ],
      importedMovementFindings: [measured[0], older, older],
    });
    expect(collected).toEqual({ ok: true, value: [older, ...measured] });
  });

  it("reads an imported finding written under the knee angle's former name as today's code", () => {
    const today = movementFindingsFromReport(beaSingleLegSquats(), "2026-10-01")[0]!;
    expect(today.metric).toBe("knee-frontal-plane-angle");
    const collected = collectMovementFindings({
      movementScreens: [],
      importedMovementFindings: [{ ...today, metric: "knee-fppa" }],
    });
    expect(collected).toEqual({ ok: true, value: [today] });
  });

  it("names the saved screen or imported finding that does not read", () => {
    const screen = collectMovementFindings({
      movementScreens: [
        { date: DAY, report: { test: "squat", status: "not-scorable" } },
        { date: DAY, report: { test: "squat", status: "scored" } },
      ],
      importedMovementFindings: [],
    });
    expect(screen.ok ? undefined : screen.error).toMatchObject({
      kind: "unprocessable",
      message: expect.stringMatching(/^Saved movement screen 2 cannot be read: /) as unknown,
    });
    const imported = collectMovementFindings({
      movementScreens: [],
      importedMovementFindings: [{ date: DAY, metric: "knee-frontal-plane-angle" }],
    });
    expect(imported.ok ? undefined : imported.error.message).toMatch(
      /^Imported movement finding 1 cannot be read: /,
    );
  });

  it("names a screen's findings by the screen and their place, and leaves out an imported one under such a name", () => {
    const measured = movementFindingsFromReport(unevenSquats(), "2026-11-10");
    // Her own finding, imported back from a record written in French: other words, the same name.
    const inFrench = movementFindingsFromReport(unevenSquats(), "2026-11-10", "fr")[0]!;
    const clinic = { ...measured[0]!, date: "2026-11-12", valueDeg: 21 };
    const collected = collectNamedMovementFindings({
      movementScreens: [{ id: "screen-1", date: "2026-11-10", report: unevenSquats() }],
      importedMovementFindings: [inFrench, clinic],
      importedMovementFindingIds: ["screen-1.1", "clinic-9"],
    });
    expect(measured.length).toBeGreaterThan(1);
    expect(collected).toEqual({
      ok: true,
      value: [
        ...measured.map((finding, index) => ({ finding, name: `screen-1.${index + 1}` })),
        { finding: clinic, name: "clinic-9" },
      ],
    });
  });
});
