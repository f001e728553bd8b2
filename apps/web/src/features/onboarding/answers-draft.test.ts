import { describe, expect, it } from "vitest";
import { emptyDraft, toAnswers, toggled } from "./answers-draft.js";
import type { AnswersDraft } from "./answers-draft.js";

/** Chloé, 34, runs three times a week and her right kneecap hurts going downstairs. */
function chloe(): AnswersDraft {
  const draft = emptyDraft();
  draft.ageYears = 34;
  draft.sex = "female";
  draft.selfCheck = {
    sitsRegularly: true,
    hasBackPain: false,
    repetitiveExercise: true,
    doesHipBalanceWork: false,
  };
  draft.hasPain = true;
  draft.locations = ["around-kneecap"];
  draft.aggravators = ["stairs-down", "running"];
  draft.painNow = 2;
  draft.painUsual = 3;
  draft.painWorst = 6;
  draft.activities = {
    running: { sport: "running", sessionsPerWeek: 3, minutesPerSession: 45, hardDays: ["sun"] },
  };
  draft.availableDays = ["tue", "thu", "sat"];
  draft.psfs[0] = { activity: "Going down stairs", score: 4 };
  return draft;
}

describe("turning the check-in form into Answers", () => {
  it("gives Chloé's answers the strict shape the server accepts", () => {
    const result = toAnswers(chloe(), "fr");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person).toEqual({ ageYears: 34, sex: "female", language: "fr" });
    expect(result.value.symptoms?.painWorst).toBe(6);
    expect(result.value.psfs).toEqual([{ activity: "Going down stairs", score: 4 }]);
    expect(result.value.injury).toBeNull();
  });

  it("sends no symptoms for Yann, a yoga teacher training for prevention without knee pain", () => {
    const draft = chloe();
    draft.hasPain = false;
    const result = toAnswers(draft, "en");
    expect(result.ok && result.value.symptoms).toBeNull();
  });

  it("names the unanswered self-check question and the missing training days", () => {
    const draft = chloe();
    draft.selfCheck.hasBackPain = null;
    draft.availableDays = [];
    const result = toAnswers(draft, "en");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(["selfCheck.hasBackPain", "availableDays"]),
    );
  });

  it("adds and removes a choice once", () => {
    expect(toggled(toggled(["mon"], "tue", true), "tue", true)).toEqual(["mon", "tue"]);
    expect(toggled(["mon", "tue"], "mon", false)).toEqual(["tue"]);
  });
});
