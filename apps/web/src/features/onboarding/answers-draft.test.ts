import { describe, expect, it } from "vitest";
import { personas } from "@hipcheck/core/testing";
import {
  answerNoneApply,
  draftFromAnswers,
  emptyDraft,
  missingTrainingDays,
  noneApply,
  safetyQuestionKeys,
  toAnswers,
  toggled,
} from "./answers-draft.js";
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
  // She read the safety questions: none applies, and her knee was not injured.
  answerNoneApply(draft);
  draft.injured = false;
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

  it("names the unanswered self-check question", () => {
    const draft = chloe();
    draft.selfCheck.hasBackPain = null;
    const result = toAnswers(draft, "en");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((problem) => problem.field)).toEqual(["selfCheck.hasBackPain"]);
  });

  it("asks Chloé for a training day, but not someone whose warning sign ended the check-in", () => {
    const draft = chloe();
    draft.availableDays = [];
    const noDays = toAnswers(draft, "en");
    if (!noDays.ok) throw new Error("Chloé's answers read");
    expect(missingTrainingDays(noDays.value)).toBe(true);
    draft.redFlags.hotSwollenKneeWithFever = true;
    const stopped = toAnswers(draft, "en");
    if (!stopped.ok) throw new Error("answers with a red flag read");
    expect(missingTrainingDays(stopped.value)).toBe(false);
    draft.availableDays = ["mon"];
    draft.redFlags.hotSwollenKneeWithFever = false;
    const withDay = toAnswers(draft, "en");
    expect(withDay.ok && missingTrainingDays(withDay.value)).toBe(false);
  });

  it("adds and removes a choice once", () => {
    expect(toggled(toggled(["mon"], "tue", true), "tue", true)).toEqual(["mon", "tue"]);
    expect(toggled(["mon", "tue"], "mon", false)).toEqual(["tue"]);
  });
});

describe("the safety screen, which must be read", () => {
  it("starts with no answer set, so a click-through sends nothing", () => {
    const draft = chloe();
    const fresh = emptyDraft();
    draft.redFlags = fresh.redFlags;
    draft.injured = fresh.injured;
    expect(Object.values(draft.redFlags).every((answer) => answer === null)).toBe(true);
    expect(toAnswers(draft, "en").ok).toBe(false);
  });

  it("asks the under-18 question of a 15-year-old only, and reads it as no for Chloé", () => {
    expect(safetyQuestionKeys({ ageYears: 15, injured: false })).toContain("youngUnwellOrBruising");
    expect(safetyQuestionKeys({ ageYears: 34, injured: false })).not.toContain("youngUnwellOrBruising");
    const result = toAnswers(chloe(), "en");
    expect(result.ok && result.value.redFlags.youngUnwellOrBruising).toBe(false);
  });

  it("asks the questions that follow an injury only once the person says they were injured", () => {
    expect(safetyQuestionKeys({ ageYears: 34, injured: false })).not.toContain("swellingHoursAfterInjury");
    expect(safetyQuestionKeys({ ageYears: 34, injured: true })).toContain("swellingHoursAfterInjury");
    expect(safetyQuestionKeys({ ageYears: 34, injured: true })).not.toContain("givesWayWithoutInjury");
  });

  it("answers every question asked no with one “none of these apply”, and shows it ticked only then", () => {
    const draft = emptyDraft();
    draft.ageYears = 15;
    expect(noneApply(draft)).toBe(false);
    answerNoneApply(draft);
    expect(
      safetyQuestionKeys({ ageYears: 15, injured: false }).every((key) => draft.redFlags[key] === false),
    ).toBe(true);
    expect(noneApply(draft)).toBe(true);
    draft.redFlags.kneeLocks = true;
    expect(noneApply(draft)).toBe(false);
  });
});

describe("a new check-in from the last one", () => {
  it("keeps what Chloé told before but asks the safety questions again", () => {
    const draft = draftFromAnswers(personas.runnerPfp);
    expect(draft.ageYears).toBe(personas.runnerPfp.person.ageYears);
    expect(draft.availableDays).toEqual(personas.runnerPfp.availableDays);
    expect(draft.painUsual).toBe(personas.runnerPfp.symptoms?.painUsual);
    expect(Object.values(draft.redFlags).every((answer) => answer === null)).toBe(true);
    expect(draft.injured).toBeNull();
    draft.injured = false;
    answerNoneApply(draft);
    const again = toAnswers(draft, personas.runnerPfp.person.language);
    expect(again.ok && again.value.symptoms).toEqual(personas.runnerPfp.symptoms);
  });
});
