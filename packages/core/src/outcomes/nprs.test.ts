import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personas } from "../personas/index.js";
import { classifyPainChange, NPRS_MCID_POINTS, nprsMinimalChangePoints } from "./nprs.js";

const painScore = fc.integer({ min: 0, max: 10 });

describe("classifyPainChange (NPRS 0–10; Farrar 2001: 2 points or 30%; Piva 2009: 1.16 points in PFP)", () => {
  it.each([
    { before: 5, after: 3, change: "better", deltaPoints: -2, deltaPct: -40 },
    { before: 5, after: 4, change: "no-real-change", deltaPoints: -1, deltaPct: -20 },
    { before: 5, after: 5, change: "no-real-change", deltaPoints: 0, deltaPct: 0 },
    { before: 5, after: 6, change: "no-real-change", deltaPoints: 1, deltaPct: 20 },
    { before: 5, after: 7, change: "worse", deltaPoints: 2, deltaPct: 40 },
    { before: 10, after: 8, change: "better", deltaPoints: -2, deltaPct: -20 },
    { before: 10, after: 9, change: "no-real-change", deltaPoints: -1, deltaPct: -10 },
    { before: 3, after: 2, change: "no-real-change", deltaPoints: -1, deltaPct: -33.3 },
    { before: 2, after: 0, change: "better", deltaPoints: -2, deltaPct: -100 },
    { before: 1, after: 0, change: "no-real-change", deltaPoints: -1, deltaPct: -100 },
    { before: 0, after: 1, change: "no-real-change", deltaPoints: 1, deltaPct: null },
    { before: 0, after: 2, change: "worse", deltaPoints: 2, deltaPct: null },
  ])("$before → $after is $change", ({ before, after, change, deltaPoints, deltaPct }) => {
    expect(classifyPainChange(before, after)).toMatchObject({ change, deltaPoints, deltaPct });
  });

  it("Dana's usual pain falling from 4 to 2 is a real improvement, explained in both languages", () => {
    const result = classifyPainChange(personas.runnerPfp.symptoms?.painUsual ?? Number.NaN, 2);
    expect(result.change).toBe("better");
    expect(result.explanation.en).toBe(
      "Your pain went from 4 to 2 out of 10: 2 points less (50%). That is a real improvement, at least the smallest change people notice (2 points, or about 30%).",
    );
    expect(result.explanation.fr).toContain(
      "Votre douleur est passée de 4 à 2 sur 10\u00a0: 2 points de moins (50 %)",
    );
  });

  it("writes a decimal percentage the French way", () => {
    const result = classifyPainChange(6, 4);
    expect(result.explanation.en).toContain("(33.3%)");
    expect(result.explanation.fr).toContain("(33,3 %)");
  });

  it("a real worsening asks for the warning-sign questions again", () => {
    const result = classifyPainChange(3, 6);
    expect(result.change).toBe("worse");
    expect(result.explanation.en).toContain("answer the warning-sign questions again");
  });

  it("a small wobble is explained as not a real change yet", () => {
    expect(classifyPainChange(4, 3).explanation.en).toContain("does not count as a real change yet");
  });

  it("the smallest change counted is Farrar's 2 points or 30%, never below Piva's 1.16 points", () => {
    expect(nprsMinimalChangePoints(10)).toBe(NPRS_MCID_POINTS);
    expect(nprsMinimalChangePoints(5)).toBe(1.5);
    expect(nprsMinimalChangePoints(2)).toBe(1.16);
    expect(nprsMinimalChangePoints(0)).toBe(1.16);
  });

  it("with whole-number ratings, only a change of 2 points or more is real", () => {
    fc.assert(
      fc.property(painScore, painScore, (before, after) => {
        const { change, deltaPoints } = classifyPainChange(before, after);
        expect(deltaPoints).toBe(after - before);
        if (Math.abs(after - before) < 2) expect(change).toBe("no-real-change");
        else expect(change).toBe(after < before ? "better" : "worse");
      }),
    );
  });

  it("swapping before and after swaps better and worse", () => {
    const opposite = { better: "worse", worse: "better", "no-real-change": "no-real-change" } as const;
    fc.assert(
      fc.property(painScore, painScore, (a, b) => {
        expect(classifyPainChange(b, a).change).toBe(opposite[classifyPainChange(a, b).change]);
      }),
    );
  });

  it.each([
    [-1, 3],
    [3, 11],
    [2.5, 4],
  ])("rejects %s → %s as a bug: NPRS scores are whole numbers 0–10", (before, after) => {
    expect(() => classifyPainChange(before, after)).toThrow(RangeError);
  });
});
