import { analyzeMovement, type KeypointFrame } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { describe, expect, it } from "vitest";
import { KeypointSeriesSchema, MovementReportSchema, parseMovementReport } from "./movement-schemas.js";

/** Dana standing still, facing the camera, 30 frames a second for one second (image pixels). */
const danaStanding: KeypointFrame[] = Array.from({ length: 30 }, (_, i) => ({
  timeMs: Math.round((i * 1000) / 30),
  keypoints: {
    nose: { x: 320, y: 80, score: 0.95 },
    leftHip: { x: 345, y: 320, score: 0.9 },
    rightHip: { x: 295, y: 320, score: 0.9 },
    leftKnee: { x: 348, y: 440, score: 0.9 },
    rightKnee: { x: 292, y: 440, score: 0.9 },
  },
}));

/** The shape of a motion-module report for Dana's right single-leg squat, as stored. */
const danaSquatReport = {
  test: "single-leg-squat",
  status: "scored",
  problems: [],
  repCount: 3,
  sides: [{ side: "right", peakFppa: { meanDeg: 11.5, sdDeg: 2.1, n: 3 }, band: "borderline" }],
  asymmetry: null,
  stance: null,
  findings: [{ id: "knee-valgus", side: "right", valueDeg: 11.5, errorDeg: 3 }],
  confidence: 0.82,
  framesUsed: 88,
  framesTotal: 90,
};

describe("what a movement screen stores", () => {
  it("a report is read back with every field it was written with", () => {
    const stored = JSON.parse(JSON.stringify(danaSquatReport)) as unknown;
    expect(parseMovementReport(stored)).toEqual(danaSquatReport);
  });

  it("a report must say which test it is and whether it was scored", () => {
    expect(() => parseMovementReport({ ...danaSquatReport, status: "maybe" })).toThrow();
    expect(() => parseMovementReport({ status: "scored" })).toThrow();
  });

  it("keypoint series keep joints by name; unknown joints and scores outside 0–1 are refused", () => {
    expect(KeypointSeriesSchema.parse(danaStanding)).toEqual(danaStanding);
    const unknownJoint = [{ timeMs: 0, keypoints: { tail: { x: 1, y: 1, score: 0.5 } } }];
    const scoreTooHigh = [{ timeMs: 0, keypoints: { nose: { x: 1, y: 1, score: 2 } } }];
    expect(KeypointSeriesSchema.safeParse(unknownJoint).success).toBe(false);
    expect(KeypointSeriesSchema.safeParse(scoreTooHigh).success).toBe(false);
  });
});

/** Reports straight from the motion module: scored from the front and from behind, and one it could not score. */
const beaSingleLegSquats = analyzeMovement(
  syntheticDips(5, (depth) => ({
    fppaDeg: { left: 0, right: 12 * depth },
    pelvicDropDeg: 4 * depth,
    dropSide: "left",
    trunkLeanDeg: 3 * depth,
    leanSide: "right",
  })),
  { test: "single-leg-squat", side: "right", sex: "female" },
);
const unevenSquats = analyzeMovement(
  syntheticDips(4, (depth) => ({ fppaDeg: { left: 18 * depth, right: 2 * depth } })),
  { test: "squat" },
);
const joStepDownsFromBehind = analyzeMovement(
  syntheticDips(4, (depth) => ({ view: "back", fppaDeg: { left: 14 * depth, right: 0 } })),
  { test: "step-down", side: "left", view: "back" },
);
const noBodySeen = analyzeMovement(
  Array.from({ length: 20 }, (_, index) => ({ timeMs: index * 100, keypoints: {} })),
  { test: "squat" },
);

/** A report as it arrives over HTTP: JSON, so a client that is not the app could have written anything. */
function asSent(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function withFirstFinding(change: Record<string, unknown>): Record<string, unknown> {
  const report = asSent(beaSingleLegSquats);
  const [first, ...rest] = report["findings"] as Record<string, unknown>[];
  return { ...report, findings: [{ ...first, ...change }, ...rest] };
}

function refusal(value: unknown): { path: string; message: string } | undefined {
  const parsed = MovementReportSchema.safeParse(value);
  const issue = parsed.error?.issues[0];
  return issue && { path: issue.path.join("."), message: issue.message };
}

describe("what a new movement report must hold (checked on save)", () => {
  it("the motion module's own reports pass, scored or not, every field kept as it was", () => {
    expect(beaSingleLegSquats.status).toBe("scored");
    expect(beaSingleLegSquats.findings.length).toBeGreaterThan(0);
    expect(joStepDownsFromBehind.view).toBe("back");
    expect(noBodySeen.status).toBe("not-scorable");
    for (const report of [beaSingleLegSquats, unevenSquats, joStepDownsFromBehind, noBodySeen]) {
      const sent = asSent(report);
      expect(MovementReportSchema.parse(sent)).toEqual(sent);
    }
  });

  it("fields a newer motion module adds pass through unchanged, in the report and in its findings", () => {
    const newer = { ...withFirstFinding({ percentile: 70 }), cameraHeightCm: 90 };
    expect(MovementReportSchema.parse(newer)).toEqual(newer);
  });

  it("a report that could not be scored needs only its test and status", () => {
    const minimal = { test: "single-leg-squat", status: "not-scorable" };
    expect(MovementReportSchema.parse(minimal)).toEqual(minimal);
  });

  it("refuses a finding whose value is missing or not a number, naming where", () => {
    expect(refusal(withFirstFinding({ valueDeg: undefined }))?.path).toBe("findings.0.valueDeg");
    expect(refusal(withFirstFinding({ valueDeg: "12.5" }))?.path).toBe("findings.0.valueDeg");
    expect(refusal(withFirstFinding({ errorDeg: null }))?.path).toBe("findings.0.errorDeg");
  });

  it("refuses what the exports could not read: an unknown finding, band or side, an angle off the circle", () => {
    expect(refusal(withFirstFinding({ id: "knee-valgus" }))?.path).toBe("findings.0.id");
    expect(refusal(withFirstFinding({ band: "bad" }))?.path).toBe("findings.0.band");
    expect(refusal(withFirstFinding({ side: "middle" }))?.path).toBe("findings.0.side");
    expect(refusal(withFirstFinding({ valueDeg: 400 }))?.path).toBe("findings.0.valueDeg");
    expect(refusal(withFirstFinding({ errorDeg: -1 }))?.path).toBe("findings.0.errorDeg");
    expect(refusal(withFirstFinding({ message: { en: "Knee" } }))?.path).toBe("findings.0.message.fr");
  });

  it("refuses a scored report without its view, side, counts or confidence in range", () => {
    const report = asSent(beaSingleLegSquats);
    expect(refusal({ ...report, view: "side" })?.path).toBe("view");
    expect(refusal({ ...report, referenceSide: undefined })?.path).toBe("referenceSide");
    expect(refusal({ ...report, reps: 5 })?.path).toBe("reps");
    expect(refusal({ ...report, repCount: 2.5 })?.path).toBe("repCount");
    expect(refusal({ ...report, confidence: 1.5 })?.path).toBe("confidence");
    expect(refusal({ ...report, framesUsed: -1 })?.path).toBe("framesUsed");
    expect(refusal({ ...report, test: "cartwheel" })?.path).toBe("test");
    expect(refusal({ ...report, disclaimer: undefined })?.path).toBe("disclaimer");
  });

  it("a hand-made report stored before this check still reads back, but would not be saved now", () => {
    expect(parseMovementReport(asSent(danaSquatReport))).toEqual(danaSquatReport);
    expect(refusal(danaSquatReport)?.path).toBe("view");
  });
});
