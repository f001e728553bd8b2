import { describe, expect, it } from "vitest";
import { answerNoneApply, emptyDraft } from "../answers-draft.js";
import type { AnswersDraft } from "../answers-draft.js";
import { reachableStep, stepProblems } from "./check-in-steps.js";
import { parseStoredDraft, storedDraft } from "./stored-draft.js";

/** Marc, 41, whose left knee hurts on stairs: answered up to the safety questions. */
function marcUpToSafety(): AnswersDraft {
  const draft = emptyDraft();
  draft.ageYears = 41;
  draft.selfCheck = {
    sitsRegularly: true,
    hasBackPain: false,
    repetitiveExercise: false,
    doesHipBalanceWork: false,
  };
  draft.hasPain = true;
  draft.knee = "left";
  draft.locations = ["around-kneecap"];
  draft.painNow = 3;
  draft.painUsual = 3;
  draft.painWorst = 5;
  return draft;
}

describe("each check-in step's own problems", () => {
  it("reports a worst pain lower than the pain now at the symptoms step, where it was given", () => {
    const draft = marcUpToSafety();
    draft.painWorst = 1;
    expect(stepProblems("symptoms", draft)).toEqual(["worstBelowOthers"]);
    expect(stepProblems("about", draft)).toEqual([]);
  });

  // A slider starts somewhere: left untouched, "usual pain 0" once became the baseline of every later comparison.
  it("keeps the symptoms step closed until each pain is rated, 0 included", () => {
    const draft = marcUpToSafety();
    draft.painUsual = null;
    expect(stepProblems("symptoms", draft)).toEqual(["painUnrated"]);
    expect(
      stepProblems("symptoms", { ...emptyDraft(), hasPain: true, locations: ["around-kneecap"] }),
    ).toEqual(["painUnrated"]);
    draft.painUsual = 0;
    expect(stepProblems("symptoms", draft)).toEqual([]);
    // No pain: nothing to rate.
    expect(stepProblems("symptoms", { ...emptyDraft(), hasPain: false })).toEqual([]);
  });

  it("keeps the safety step closed until every question and the injury question are answered", () => {
    const draft = marcUpToSafety();
    expect(stepProblems("safety", draft)).toEqual(["safetyUnanswered", "injuredUnanswered"]);
    answerNoneApply(draft);
    draft.injured = true;
    // An injury adds its own questions, unanswered.
    expect(stepProblems("safety", draft)).toEqual(["safetyUnanswered", "injuryUnanswered"]);
    answerNoneApply(draft);
    expect(stepProblems("safety", draft)).toEqual(["injuryUnanswered"]);
    draft.injury = {
      ...draft.injury,
      tenderOnlyOnKneecap: false,
      tenderAtFibulaHead: false,
      cannotBendTo90: false,
    };
    draft.injury.couldNotTakeFourSteps = false;
    expect(stepProblems("safety", draft)).toEqual([]);
  });

  it("sends an address of a later step back to the first incomplete one", () => {
    const draft = marcUpToSafety();
    expect(reachableStep("activities", draft)).toBe("safety");
    expect(reachableStep("activities", emptyDraft())).toBe("about");
    expect(reachableStep("symptoms", draft)).toBe("symptoms");
  });
});

describe("the draft kept on the device", () => {
  it("reads back what was written, a rating not given yet included", () => {
    const draft = marcUpToSafety();
    expect(parseStoredDraft(structuredClone(storedDraft(draft)))?.draft).toEqual(draft);
    draft.painWorst = null;
    expect(parseStoredDraft(structuredClone(storedDraft(draft)))?.draft).toEqual(draft);
  });

  it("drops a draft of another version or a damaged one rather than trusting it", () => {
    const draft = marcUpToSafety();
    expect(parseStoredDraft({ version: 2, draft })).toBeUndefined();
    expect(parseStoredDraft({ version: 1, draft: { ...draft, painNow: 14 } })).toBeUndefined();
    expect(parseStoredDraft(undefined)).toBeUndefined();
  });
});
