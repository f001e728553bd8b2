import { describe, expect, it } from "vitest";
import { AnswersSchema, screenRedFlags } from "@hipcheck/core";
import { classAnswers } from "./class-answers.js";

describe("a class's representative answers", () => {
  it("gives Inès's Tuesday and Thursday yoga class valid answers that pass the red-flag screen", () => {
    const answers = classAnswers({
      sport: "yoga",
      days: ["tue", "thu"],
      equipment: ["mat", "yoga-block"],
      language: "fr",
    });
    expect(AnswersSchema.parse(answers)).toEqual(answers);
    expect(screenRedFlags(answers).selfManagementAllowed).toBe(true);
    expect(answers.availableDays).toEqual(["tue", "thu"]);
  });
});
