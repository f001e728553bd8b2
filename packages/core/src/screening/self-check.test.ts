import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SelfCheck } from "../intake/answers.js";
import { personas } from "../personas/index.js";
import { evaluateSelfCheck } from "./self-check.js";

const answersOf = (sits: boolean, back: boolean, repetitive: boolean, hipWork: boolean): SelfCheck => ({
  sitsRegularly: sits,
  hasBackPain: back,
  repetitiveExercise: repetitive,
  doesHipBalanceWork: hipWork,
});

describe("evaluateSelfCheck (seed 001: yes to 1, 2 or 3 and no to 4 → look at hip balance)", () => {
  // The complete truth table of the four questions, written out as the seed states the rule.
  it.each([
    { q1: false, q2: false, q3: false, q4: false, look: false, yesTo: [] },
    { q1: true, q2: false, q3: false, q4: false, look: true, yesTo: ["sits"] },
    { q1: false, q2: true, q3: false, q4: false, look: true, yesTo: ["back-pain"] },
    { q1: false, q2: false, q3: true, q4: false, look: true, yesTo: ["repetitive"] },
    { q1: true, q2: true, q3: false, q4: false, look: true, yesTo: ["sits", "back-pain"] },
    { q1: true, q2: false, q3: true, q4: false, look: true, yesTo: ["sits", "repetitive"] },
    { q1: false, q2: true, q3: true, q4: false, look: true, yesTo: ["back-pain", "repetitive"] },
    { q1: true, q2: true, q3: true, q4: false, look: true, yesTo: ["sits", "back-pain", "repetitive"] },
    { q1: false, q2: false, q3: false, q4: true, look: false, yesTo: [] },
    { q1: true, q2: false, q3: false, q4: true, look: false, yesTo: ["sits"] },
    { q1: false, q2: true, q3: false, q4: true, look: false, yesTo: ["back-pain"] },
    { q1: false, q2: false, q3: true, q4: true, look: false, yesTo: ["repetitive"] },
    { q1: true, q2: true, q3: false, q4: true, look: false, yesTo: ["sits", "back-pain"] },
    { q1: true, q2: false, q3: true, q4: true, look: false, yesTo: ["sits", "repetitive"] },
    { q1: false, q2: true, q3: true, q4: true, look: false, yesTo: ["back-pain", "repetitive"] },
    { q1: true, q2: true, q3: true, q4: true, look: false, yesTo: ["sits", "back-pain", "repetitive"] },
  ])("sits=$q1 back=$q2 repetitive=$q3 hipWork=$q4 → look=$look", ({ q1, q2, q3, q4, look, yesTo }) => {
    const result = evaluateSelfCheck(answersOf(q1, q2, q3, q4));
    expect(result.lookAtHipBalance).toBe(look);
    expect(result.yesTo).toEqual(yesTo);
    expect(result.doesHipBalanceWork).toBe(q4);
  });

  it("tells Alex, the desk worker, that sitting and back pain led there, in both languages", () => {
    const result = evaluateSelfCheck(personas.deskWorker.selfCheck);
    expect(result.lookAtHipBalance).toBe(true);
    expect(result.explanation.en).toContain("you sit on a regular basis and you have back pain");
    expect(result.explanation.fr).toContain(
      "vous restez régulièrement en position assise et vous avez mal au dos",
    );
    expect(result.explanation.en).toContain("not a diagnosis");
  });

  it("tells Dana, the runner, that sitting and repetitive running led there", () => {
    const result = evaluateSelfCheck(personas.runnerPfp.selfCheck);
    expect(result.yesTo).toEqual(["sits", "repetitive"]);
    expect(result.explanation.en).toContain("your exercise repeats the same motions");
  });

  it("lists three reasons with commas and a final 'and' / 'et'", () => {
    const result = evaluateSelfCheck(answersOf(true, true, true, false));
    expect(result.explanation.en).toContain(
      "you sit on a regular basis, you have back pain and your exercise repeats the same motions",
    );
    expect(result.explanation.fr).toContain("en position assise, vous avez mal au dos et votre activité");
  });

  it("encourages a person who already trains hip balance to keep going", () => {
    const result = evaluateSelfCheck(answersOf(true, false, false, true));
    expect(result.lookAtHipBalance).toBe(false);
    expect(result.explanation.en).toContain("already do exercises for balance around your hips");
    expect(result.explanation.fr).toContain("continuez");
  });

  it("says the check does not point to hip balance when no question 1–3 applies", () => {
    const result = evaluateSelfCheck(answersOf(false, false, false, false));
    expect(result.explanation.en).toContain("does not point to hip balance");
  });

  it("always explains itself in English and in French, never the same text", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (q1, q2, q3, q4) => {
        const { explanation } = evaluateSelfCheck(answersOf(q1, q2, q3, q4));
        expect(explanation.en.length).toBeGreaterThan(20);
        expect(explanation.fr.length).toBeGreaterThan(20);
        expect(explanation.fr).not.toBe(explanation.en);
      }),
    );
  });
});
