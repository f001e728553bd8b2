import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PsfsItem } from "../intake/answers.js";
import { personas } from "../personas/index.js";
import { classifyPsfsChange, psfsActivityKey, scorePsfs } from "./psfs.js";

const danaBefore = personas.runnerPfp.psfs ?? [];
const camilleBefore = personas.frenchTriathlete.psfs ?? [];
const rated = (...pairs: [string, number][]): PsfsItem[] =>
  pairs.map(([activity, score]) => ({ activity, score }));

describe("scorePsfs (mean of up to 5 activities, each 0–10)", () => {
  it("scores Dana's three activities (5, 4, 6) as a mean of 5", () => {
    expect(scorePsfs(danaBefore)).toEqual({ meanScore: 5, items: 3 });
  });

  it("keeps fractions: 7 and 4 give 5.5", () => {
    expect(scorePsfs(rated(["Kneeling", 7], ["Squatting", 4]))).toEqual({ meanScore: 5.5, items: 2 });
  });

  it("the mean always lies between the lowest and the highest rating", () => {
    const item = fc.record({ activity: fc.string({ minLength: 1 }), score: fc.integer({ min: 0, max: 10 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
        const { meanScore, items: count } = scorePsfs(items);
        const scores = items.map((i) => i.score);
        expect(count).toBe(items.length);
        expect(meanScore).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(meanScore).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });

  it("rejects an empty list, six activities, or a rating of 11 as bugs (the schema prevents them)", () => {
    expect(() => scorePsfs([])).toThrow(RangeError);
    expect(() => scorePsfs(rated(["a", 1], ["b", 1], ["c", 1], ["d", 1], ["e", 1], ["f", 1]))).toThrow(
      RangeError,
    );
    expect(() => scorePsfs(rated(["a", 11]))).toThrow(RangeError);
  });
});

describe("classifyPsfsChange (Stratford 1995, unverified: 2 points for the mean, 3 for a single activity)", () => {
  it("Dana gains exactly 2 points on average over her three activities: a real improvement", () => {
    const after = rated(["Going down stairs", 7], ["Running 10 km", 6], ["Sitting through a film", 8]);
    const result = classifyPsfsChange(danaBefore, after);
    expect(result).toMatchObject({ change: "better", deltaPoints: 2, deltaPct: 40 });
    expect(result.comparedActivities).toEqual([
      "Going down stairs",
      "Running 10 km",
      "Sitting through a film",
    ]);
    expect(result.explanation.en).toBe(
      "Over the 3 activities rated both times, the score went from 5 to 7 out of 10. That is a real improvement (at least 2 points).",
    );
  });

  it("a mean gain of 1.67 points is not a real change yet", () => {
    const after = rated(["Going down stairs", 7], ["Running 10 km", 6], ["Sitting through a film", 7]);
    const result = classifyPsfsChange(danaBefore, after);
    expect(result).toMatchObject({ change: "no-real-change", deltaPoints: 1.67 });
    expect(result.explanation.en).toContain("from 5 to 6.7 out of 10");
  });

  it("a mean loss of 2 points is a real step back", () => {
    const after = rated(["Going down stairs", 3], ["Running 10 km", 2], ["Sitting through a film", 4]);
    expect(classifyPsfsChange(danaBefore, after).change).toBe("worse");
  });

  it("with a single activity in common, 2 points is not enough and 3 points is", () => {
    const before = rated(["Riding 2 hours", 4]);
    expect(classifyPsfsChange(before, rated(["Riding 2 hours", 6])).change).toBe("no-real-change");
    expect(classifyPsfsChange(before, rated(["Riding 2 hours", 7])).change).toBe("better");
    expect(classifyPsfsChange(before, rated(["Riding 2 hours", 1])).change).toBe("worse");
  });

  it("compares only activities named both times and says which were left out", () => {
    const after = rated(["Going down stairs", 9], ["Hiking", 2]);
    const result = classifyPsfsChange(danaBefore, after);
    expect(result.comparedActivities).toEqual(["Going down stairs"]);
    expect(result.leftOutActivities).toEqual(["Running 10 km", "Sitting through a film", "Hiking"]);
    expect(result).toMatchObject({ change: "better", deltaPoints: 4 });
    expect(result.explanation.en).toContain(
      "Rated only once, so left out: Running 10 km, Sitting through a film, Hiking.",
    );
  });

  it("matches names whatever their case, spacing or accent encoding", () => {
    const after = rated(["  courir   10 KM ", 8], ["Descendre les escaliers".normalize("NFD"), 9]);
    const result = classifyPsfsChange(camilleBefore, after);
    expect(result.comparedActivities).toEqual(["Courir 10 km", "Descendre les escaliers"]);
    expect(result.leftOutActivities).toEqual([]);
    expect(psfsActivityKey("Décrocher")).toBe(psfsActivityKey("De\u0301crocher"));
  });

  it("explains Camille's progress in French with a decimal comma", () => {
    const result = classifyPsfsChange(
      camilleBefore,
      rated(["Courir 10 km", 8], ["Descendre les escaliers", 9]),
    );
    expect(result.change).toBe("better");
    expect(result.explanation.fr).toBe(
      "Sur les 2 activités notées les deux fois, le score est passé de 6 à 8,5 sur 10. C’est une vraie amélioration (au moins 2 points).",
    );
  });

  it("cannot compare two ratings with no activity in common", () => {
    const result = classifyPsfsChange(danaBefore, rated(["Hiking", 9]));
    expect(result).toMatchObject({
      change: "not-comparable",
      deltaPoints: 0,
      deltaPct: null,
      comparedActivities: [],
    });
    expect(result.explanation.en).toContain("cannot be compared");
  });

  it("counts a repeated activity once, with its first rating", () => {
    const before = rated(["Stairs", 2], ["stairs", 9], ["Squat", 5]);
    const after = rated(["Stairs", 4], ["Squat", 7], ["STAIRS", 0]);
    const result = classifyPsfsChange(before, after);
    expect(result.comparedActivities).toEqual(["Stairs", "Squat"]);
    expect(result).toMatchObject({ change: "better", deltaPoints: 2 });
  });

  it("the same ratings in any order are never a real change", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(danaBefore, { minLength: 1 }), (subset) => {
        expect(classifyPsfsChange(danaBefore, [...subset].reverse()).change).toBe("no-real-change");
      }),
    );
  });

  it("a uniform gain of g points on every shared activity is better exactly when g ≥ the threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), (gain) => {
        const after = danaBefore.map((item) => ({ ...item, score: item.score + gain }));
        const { change } = classifyPsfsChange(danaBefore, after);
        expect(change).toBe(gain >= 2 ? "better" : "no-real-change");
      }),
    );
  });
});
