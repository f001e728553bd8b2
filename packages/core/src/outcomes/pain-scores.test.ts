import { describe, expect, it } from "vitest";
import { futureDateProblem, painRatingsProblem } from "./pain-scores.js";

describe("a set of pain ratings", () => {
  it("accepts Dana's 3 now, 4 usual, 6 at worst, and a worst equal to now", () => {
    expect(painRatingsProblem({ painNow: 3, painUsual: 4, painWorst: 6 })).toBeUndefined();
    expect(painRatingsProblem({ painNow: 5, painUsual: 2, painWorst: 5 })).toBeUndefined();
  });

  it("refuses a worst pain below the pain now, naming the field", () => {
    expect(painRatingsProblem({ painNow: 6, painUsual: 4, painWorst: 1 }, "symptoms.")).toMatchObject({
      kind: "invalid-input",
      field: "symptoms.painWorst",
      message: expect.stringMatching(/cannot be lower than the pain now \(6\/10\)/),
    });
  });

  it("refuses a worst pain below the usual pain (the sliders left at 0)", () => {
    expect(painRatingsProblem({ painNow: 0, painUsual: 3, painWorst: 0 })).toMatchObject({
      field: "painWorst",
      message: expect.stringMatching(/usual pain \(3\/10\)/),
    });
  });
});

describe("the day a rating is about", () => {
  it("may be today, yesterday, or tomorrow for a person east of the server", () => {
    for (const date of ["2026-12-01", "2026-11-30", "2026-12-02"]) {
      expect(futureDateProblem(date, "2026-12-01")).toBeUndefined();
    }
  });

  it("may not be a day further ahead", () => {
    expect(futureDateProblem("2031-01-01", "2026-12-01")).toMatchObject({
      kind: "invalid-input",
      field: "date",
    });
    expect(futureDateProblem("2026-12-03", "2026-12-01")).toBeDefined();
  });
});
