import { describe, expect, it } from "vitest";
import { parseWith } from "../shared/parse.js";
import {
  asymmetryPct,
  classifyStrengthChange,
  compareStrengthChecks,
  strengthChangeKind,
} from "./compare-strength.js";
import {
  kgfToNewtons,
  StrengthCheckSchema,
  strengthValue,
  torquePerKg,
  type StrengthCheck,
} from "./strength-check.js";
import { minimalDetectableChange, STRENGTH_TESTS } from "./strength-tests.js";

const hold = (date: string, left: number, right: number): StrengthCheck => ({
  test: "abductor-endurance-hold",
  date,
  firstSide: "left",
  left: { holdSeconds: left, timedBy: "stopwatch", stopReason: "leg-dropped" },
  right: { holdSeconds: right, timedBy: "stopwatch", stopReason: "leg-dropped" },
});

const dynamometer = (date: string, leftN: number, rightN: number): StrengthCheck => ({
  test: "hip-abduction-dynamometer",
  date,
  firstSide: "right",
  left: { forceN: leftN },
  right: { forceN: rightN },
  leverArmM: 0.45,
  bodyMassKg: 60,
  device: "MicroFET2",
  placement: "side-lying, above the lateral knee",
});

describe("the verdict on a side never calls a change real unless it exceeds the check's MDC", () => {
  it("abductor hold: 33 s more is not yet sure; 33.1 s more is stronger", () => {
    expect(minimalDetectableChange("abductor-endurance-hold", 40)).toBe(33);
    expect(classifyStrengthChange("abductor-endurance-hold", 40, 73)).toBe("no-sure-change");
    expect(classifyStrengthChange("abductor-endurance-hold", 40, 73.1)).toBe("stronger");
    expect(classifyStrengthChange("abductor-endurance-hold", 80, 47)).toBe("no-sure-change");
    expect(classifyStrengthChange("abductor-endurance-hold", 80, 46.9)).toBe("weaker");
  });

  it("side bridge: its poor absolute reliability (typical error 11 s) asks for more than 30.4 s", () => {
    expect(STRENGTH_TESTS["side-bridge-hold"].reliability.semValue).toBe(10.95);
    expect(classifyStrengthChange("side-bridge-hold", 60, 90.4)).toBe("no-sure-change");
    expect(classifyStrengthChange("side-bridge-hold", 60, 90.5)).toBe("stronger");
    // A gain of 25 s (about 40%) feels large but is within the test's own error.
    expect(classifyStrengthChange("side-bridge-hold", 60, 85)).toBe("no-sure-change");
  });

  it("dynamometer: the MDC is 15% of the baseline torque", () => {
    expect(minimalDetectableChange("hip-abduction-dynamometer", 1.6)).toBeCloseTo(0.24, 10);
    expect(classifyStrengthChange("hip-abduction-dynamometer", 1.6, 1.84)).toBe("no-sure-change");
    expect(classifyStrengthChange("hip-abduction-dynamometer", 1.6, 1.85)).toBe("stronger");
  });
});

describe("torque normalised to body mass", () => {
  it("is force × lever arm ÷ body mass, in N·m/kg", () => {
    expect(torquePerKg(200, 0.45, 60)).toBe(1.5);
    expect(strengthValue(dynamometer("2026-03-01", 200, 180), "right")).toBe(1.35);
  });

  it("converts kilograms-force read on a device to newtons", () => {
    expect(kgfToNewtons(20)).toBe(196.1);
  });
});

describe("left–right asymmetry", () => {
  it("is the weaker side's shortfall as a share of the stronger side", () => {
    expect(asymmetryPct(40, 50)).toBe(20);
    expect(asymmetryPct(50, 40)).toBe(20);
    expect(asymmetryPct(45, 45)).toBe(0);
    expect(asymmetryPct(0, 0)).toBeNull();
  });
});

describe("compareStrengthChecks: Léa's side-lying hold, baseline and week 2", () => {
  const checks = [hold("2026-03-01", 40, 62), hold("2026-03-15", 80, 70), hold("2026-02-01", 10, 10)];

  it("takes the latest check on or before the start as the baseline, the latest up to the date as today's", () => {
    const comparison = compareStrengthChecks(checks, "abductor-endurance-hold", "2026-03-02", "2026-03-15");
    expect(comparison?.baselineDate).toBe("2026-03-01");
    expect(comparison?.latestDate).toBe("2026-03-15");
    expect(comparison?.sides.map((side) => [side.side, side.delta, side.change])).toEqual([
      ["left", 40, "stronger"],
      ["right", 8, "no-sure-change"],
    ]);
    expect(comparison?.asymmetryPct).toBe(12.5);
    expect(comparison && strengthChangeKind(comparison)).toBe("better");
  });

  it("says so in English and French, with the error and the asymmetry", () => {
    const comparison = compareStrengthChecks(checks, "abductor-endurance-hold", "2026-03-02", "2026-03-15");
    expect(comparison?.explanation.en).toBe(
      "Side-lying leg hold: left 40 s → 80 s (+40 s): stronger; right 62 s → 70 s (+8 s): no change you can be sure of yet. Only a change of more than 33 s is larger than this check's own error. The sides now differ by 12.5%.",
    );
    expect(comparison?.explanation.fr).toBe(
      "Maintien jambe tendue sur le côté\u00a0: gauche 40 s → 80 s (+40 s)\u00a0: plus fort\u00a0; droite 62 s → 70 s (+8 s)\u00a0: pas encore de changement certain. Seul un changement de plus de 33 s dépasse l’erreur propre à ce test. Les deux côtés diffèrent maintenant de 12,5 %.",
    );
  });

  it("has nothing to compare with a single check", () => {
    expect(
      compareStrengthChecks(
        [hold("2026-03-01", 40, 40)],
        "abductor-endurance-hold",
        "2026-03-01",
        "2026-03-20",
      ),
    ).toBeUndefined();
  });
});

describe("StrengthCheckSchema refuses absurd input with a clear error", () => {
  it("a 20-minute side hold", () => {
    const result = parseWith(StrengthCheckSchema, {
      ...hold("2026-03-01", 40, 40),
      right: { holdSeconds: 1200, timedBy: "stopwatch" },
    });
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid-input", field: "right.holdSeconds" } });
    expect(result.ok ? "" : result.error.message).toBe("right.holdSeconds: must be at most 600 (got 1200)");
  });

  it("a negative time", () => {
    const result = parseWith(StrengthCheckSchema, hold("2026-03-01", -5, 40));
    expect(result).toMatchObject({ ok: false, error: { field: "left.holdSeconds" } });
  });

  it("3,000 N", () => {
    const result = parseWith(StrengthCheckSchema, dynamometer("2026-03-01", 3000, 200));
    expect(result.ok ? "" : result.error.message).toBe("left.forceN: must be at most 1000 (got 3000)");
  });

  it("a lever arm out of human range", () => {
    const result = parseWith(StrengthCheckSchema, { ...dynamometer("2026-03-01", 200, 200), leverArmM: 4.5 });
    expect(result).toMatchObject({ ok: false, error: { field: "leverArmM" } });
  });

  it("a missing side", () => {
    const oneSide = { ...hold("2026-03-01", 40, 40), right: undefined };
    const result = parseWith(StrengthCheckSchema, oneSide);
    expect(result.ok ? "" : result.error.message).toMatch(/^right: is required/);
  });

  it("a dynamometer check without its device", () => {
    const noDevice = { ...dynamometer("2026-03-01", 200, 200), device: undefined };
    expect(parseWith(StrengthCheckSchema, noDevice)).toMatchObject({ ok: false, error: { field: "device" } });
  });

  it("accepts a camera-timed hold with its stop reason and quality", () => {
    const camera = {
      ...hold("2026-03-01", 40, 40),
      left: { holdSeconds: 41.2, timedBy: "camera", stopReason: "hips-dropped", quality: "good" },
    };
    expect(parseWith(StrengthCheckSchema, camera).ok).toBe(true);
  });
});
