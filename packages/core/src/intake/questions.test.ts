import { describe, expect, it } from "vitest";
import { RedFlagAnswersSchema, type RedFlagAnswers } from "./answers.js";
import { RED_FLAG_QUESTIONS, RED_FLAG_QUESTION_SCOPE, isRedFlagQuestionAsked } from "./questions.js";

const QUESTIONS = Object.keys(RedFlagAnswersSchema.shape) as (keyof RedFlagAnswers)[];
const asked = (ageYears: number, injured: boolean): (keyof RedFlagAnswers)[] =>
  QUESTIONS.filter((question) => isRedFlagQuestionAsked(question, { ageYears, injured }));

describe("red-flag questions", () => {
  it("word and scope every question of the schema, in the schema's order", () => {
    expect(Object.keys(RED_FLAG_QUESTIONS)).toEqual(QUESTIONS);
    expect(Object.keys(RED_FLAG_QUESTION_SCOPE).sort()).toEqual([...QUESTIONS].sort());
  });

  it("end every French question with a no-break space before the question mark", () => {
    for (const question of QUESTIONS) expect(RED_FLAG_QUESTIONS[question].fr).toMatch(/[^ ]\u00a0\?$/);
  });

  it("ask about injury signs only after an injury, and giving way without one only without", () => {
    expect(asked(30, false)).not.toContain("swellingHoursAfterInjury");
    expect(asked(30, false)).not.toContain("deformityAfterInjury");
    expect(asked(30, false)).toContain("givesWayWithoutInjury");
    expect(asked(30, true)).toContain("swellingHoursAfterInjury");
    expect(asked(30, true)).toContain("givesWayAfterInjury");
    expect(asked(30, true)).not.toContain("givesWayWithoutInjury");
  });

  it("ask the signs of a young body up to 17, and the hip question at every age", () => {
    expect(asked(17, false)).toContain("youngUnwellOrBruising");
    expect(asked(18, false)).not.toContain("youngUnwellOrBruising");
    for (const age of [5, 13, 40, 90]) expect(asked(age, false)).toContain("childLimpOrHipPain");
  });
});
