import { describe, expect, it } from "vitest";
import type { Answers } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { intakeSummary } from "./client-intake.js";

describe("a client's intake answers for their coach", () => {
  it("words Dana's knee, pain, sport, equipment and days in English", () => {
    expect(intakeSummary(personas.runnerPfp, "en")).toEqual({
      symptoms: {
        knee: "right knee",
        locations: ["around the kneecap", "behind the kneecap"],
        aggravators: ["going down stairs", "sitting for a long time", "running"],
        durationWeeks: 10,
        painNow: 3,
        painUsual: 4,
        painWorst: 6,
      },
      sports: [{ sport: "Running", sessionsPerWeek: 4, minutesPerSession: 45 }],
      equipment: ["mini band (loop around the legs)", "mat"],
      days: ["Monday", "Tuesday", "Thursday", "Friday", "Saturday", "Sunday"],
    });
  });

  it("words them in French for a French-speaking coach", () => {
    const summary = intakeSummary(personas.runnerPfp, "fr");
    expect(summary.symptoms?.knee).toBe("genou droit");
    expect(summary.symptoms?.locations).toEqual(["autour de la rotule", "derrière la rotule"]);
    expect(summary.days[0]).toBe("lundi");
  });

  it("lists the days in week order, whatever order they were ticked in", () => {
    const answers: Answers = { ...personas.runnerPfp, availableDays: ["sat", "tue", "mon"] };
    expect(intakeSummary(answers, "en").days).toEqual(["Monday", "Tuesday", "Saturday"]);
  });

  it("has no symptoms to word for a client training without knee pain", () => {
    expect(intakeSummary(personas.yogaTeacherNoPain, "en").symptoms).toBeNull();
  });
});
