import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RedFlagAnswersSchema, type Answers, type RedFlagAnswers } from "../intake/answers.js";
import { personas } from "../personas/index.js";
import type { RedFlagTier } from "./red-flag.js";
import { isRescreenNeeded, screenRedFlags } from "./red-flags.js";

type Question = keyof RedFlagAnswers;

/** The tier each question alone must give an adult (docs/clinical §7.2). */
const EXPECTED_ADULT_TIER: Record<Question, RedFlagTier> = {
  hotSwollenKneeWithFever: "emergency",
  suddenSwellingWithWeakImmunity: "emergency",
  deformityAfterInjury: "emergency",
  cannotLiftStraightLeg: "emergency",
  footColdPaleOrNumb: "emergency",
  calfPainSwellingWarmth: "emergency",
  highImpactTrauma: "emergency",
  kneeLocks: "urgent",
  swellingWithinHoursOfInjury: "urgent",
  givesWayAfterInjury: "urgent",
  kneecapDislocated: "urgent",
  constantNightOrRestPain: "urgent",
  unexplainedWeightLoss: "urgent",
  hardLumpNearKnee: "urgent",
  worseningNumbnessOrWeakness: "urgent",
  morningStiffnessOver30Min: "soon",
  severalSwollenJoints: "soon",
  childLimpOrHipPain: "soon",
};
const QUESTIONS = Object.keys(RedFlagAnswersSchema.shape) as Question[];
const BLOCKING_QUESTIONS = QUESTIONS.filter((q) => EXPECTED_ADULT_TIER[q] !== "soon");

/** Alex, the desk worker: no flag, no injury, 45 years old. Each test changes only what it names. */
const alex = personas.deskWorker;
const withAnswers = (base: Answers, changes: Partial<RedFlagAnswers>): Answers => ({
  ...base,
  redFlags: { ...base.redFlags, ...changes },
});
const withInjury = (
  base: Answers,
  injury: Partial<NonNullable<Answers["injury"]>>,
  ageYears = 40,
): Answers => ({
  ...base,
  person: { ...base.person, ageYears },
  injury: {
    daysAgo: 2,
    tenderOnlyOnKneecap: false,
    tenderAtFibulaHead: false,
    cannotBendTo90: false,
    couldNotTakeFourSteps: false,
    ...injury,
  },
});

describe("screenRedFlags: one answer at a time", () => {
  it("has an expected tier for every question of the schema", () => {
    expect(Object.keys(EXPECTED_ADULT_TIER).sort()).toEqual([...QUESTIONS].sort());
  });

  it.each(QUESTIONS)("%s alone gives the right tier and blocks only emergency/urgent", (question) => {
    const screen = screenRedFlags(withAnswers(alex, { [question]: true }));
    const expected = EXPECTED_ADULT_TIER[question];
    expect(screen.tier).toBe(expected);
    expect(screen.flags).toHaveLength(1);
    expect(screen.flags[0]?.tier).toBe(expected);
    expect(screen.selfManagementAllowed).toBe(expected === "soon");
  });

  it.each(QUESTIONS)(
    "%s gives a flag that says whom to see and how soon, in English and French",
    (question) => {
      const [flag] = screenRedFlags(withAnswers(alex, { [question]: true })).flags;
      for (const text of [flag?.reason, flag?.whoToSee, flag?.howSoon]) {
        expect(text?.en.length).toBeGreaterThan(3);
        expect(text?.fr.length).toBeGreaterThan(3);
        expect(text?.fr).not.toBe(text?.en);
      }
      expect(flag?.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(flag?.source.length).toBeGreaterThan(10);
    },
  );

  it.each(QUESTIONS)("%s never names a diagnosis as a fact", (question) => {
    const [flag] = screenRedFlags(withAnswers(alex, { [question]: true })).flags;
    expect(flag?.reason.en).not.toMatch(/\byou have\b|septic arthritis|DVT|tumou?r|cancer of/i);
    expect(flag?.reason.fr).not.toMatch(/\bvous avez (un|une)\b|arthrite septique|thrombose|tumeur/i);
  });
});

describe("screenRedFlags: children and the hip", () => {
  it.each([
    { ageYears: 12, tier: "urgent", id: "child-limp-or-hip-pain" },
    { ageYears: 17, tier: "urgent", id: "child-limp-or-hip-pain" },
    { ageYears: 18, tier: "soon", id: "adult-hip-signs" },
  ])("a limp or hip pain at $ageYears is $tier", ({ ageYears, tier, id }) => {
    const teen = { ...withAnswers(alex, { childLimpOrHipPain: true }), person: { ...alex.person, ageYears } };
    const screen = screenRedFlags(teen);
    expect(screen.tier).toBe(tier);
    expect(screen.flags.map((flag) => flag.id)).toEqual([id]);
    expect(screen.selfManagementAllowed).toBe(tier === "soon");
  });
});

describe("screenRedFlags: the most severe tier wins", () => {
  it("soon + urgent → urgent, listed urgent first", () => {
    const screen = screenRedFlags(withAnswers(alex, { morningStiffnessOver30Min: true, kneeLocks: true }));
    expect(screen.tier).toBe("urgent");
    expect(screen.flags.map((flag) => flag.tier)).toEqual(["urgent", "soon"]);
  });

  it("soon + urgent + emergency → emergency, ordered from most to least severe", () => {
    const screen = screenRedFlags(
      withAnswers(alex, {
        severalSwollenJoints: true,
        kneecapDislocated: true,
        calfPainSwellingWarmth: true,
      }),
    );
    expect(screen.tier).toBe("emergency");
    expect(screen.flags.map((flag) => flag.tier)).toEqual(["emergency", "urgent", "soon"]);
    expect(screen.advice.en).toContain(
      "Go to an emergency department now, or call your local emergency number",
    );
  });

  it("Sam, with a hot swollen knee and fever, is sent to an emergency department, not to a program", () => {
    const screen = screenRedFlags(personas.redFlagPerson);
    expect(screen.tier).toBe("emergency");
    expect(screen.selfManagementAllowed).toBe(false);
    expect(screen.flags[0]?.id).toBe("hot-swollen-knee-with-fever");
    expect(screen.flags[0]?.reason.en).toContain("need a clinician to look today");
    expect(screen.advice.fr).toContain("Allez aux urgences maintenant");
  });

  it("urgent advice names the doctor or acute knee clinic and the day-or-two delay", () => {
    const screen = screenRedFlags(withAnswers(alex, { givesWayAfterInjury: true }));
    expect(screen.advice.en).toContain("See a doctor or an acute knee clinic within a day or two");
  });

  it("soon advice books the GP or a physiotherapist within one to two weeks", () => {
    const screen = screenRedFlags(withAnswers(alex, { morningStiffnessOver30Min: true }));
    expect(screen.advice.en).toContain(
      "Book an appointment with your GP or a physiotherapist in the next one to two weeks",
    );
  });
});

describe("screenRedFlags: no flags", () => {
  it.each(["runnerPfp", "cyclistItb", "yogaTeacherNoPain", "deskWorker", "frenchTriathlete"] as const)(
    "%s has tier none and may self-manage",
    (name) => {
      const screen = screenRedFlags(personas[name]);
      expect(screen.tier).toBe("none");
      expect(screen.flags).toEqual([]);
      expect(screen.selfManagementAllowed).toBe(true);
      expect(screen.ottawa).toEqual({ status: "not-applicable", reason: "no-injury" });
    },
  );
});

describe("screenRedFlags: Ottawa knee rules after an injury", () => {
  it("Ruth, 58, who fell 2 days ago, needs an X-ray today because of her age alone", () => {
    const screen = screenRedFlags(personas.injuredOttawa);
    expect(screen.tier).toBe("urgent");
    expect(screen.selfManagementAllowed).toBe(false);
    expect(screen.ottawa).toEqual({ status: "x-ray-indicated", criteria: ["age-55-or-over"] });
    expect(screen.flags.map((flag) => flag.id)).toEqual(["ottawa-x-ray"]);
    expect(screen.flags[0]?.reason.en).toContain("an X-ray is needed");
    expect(screen.flags[0]?.howSoon.en).toBe("Today");
  });

  it.each([
    { injury: { tenderOnlyOnKneecap: true }, criterion: "isolated-patellar-tenderness" },
    { injury: { tenderAtFibulaHead: true }, criterion: "fibular-head-tenderness" },
    { injury: { cannotBendTo90: true }, criterion: "cannot-flex-to-90" },
    { injury: { couldNotTakeFourSteps: true }, criterion: "cannot-bear-weight-4-steps" },
  ])("$criterion alone, at 40, calls for an X-ray", ({ injury, criterion }) => {
    const screen = screenRedFlags(withInjury(alex, injury));
    expect(screen.ottawa).toEqual({ status: "x-ray-indicated", criteria: [criterion] });
    expect(screen.tier).toBe("urgent");
    expect(screen.selfManagementAllowed).toBe(false);
  });

  it.each([
    { ageYears: 54, indicated: false },
    { ageYears: 55, indicated: true },
    { ageYears: 56, indicated: true },
  ])("age $ageYears after a fall with no other criterion: X-ray $indicated", ({ ageYears, indicated }) => {
    const screen = screenRedFlags(withInjury(alex, {}, ageYears));
    expect(screen.ottawa.status).toBe(indicated ? "x-ray-indicated" : "x-ray-not-indicated");
    expect(screen.selfManagementAllowed).toBe(!indicated);
  });

  it.each([
    { daysAgo: 0, applies: true },
    { daysAgo: 7, applies: true },
    { daysAgo: 8, applies: false },
    { daysAgo: 60, applies: false },
  ])(
    "an injury $daysAgo days ago that cannot take 4 steps: rule applies $applies",
    ({ daysAgo, applies }) => {
      const screen = screenRedFlags(withInjury(alex, { daysAgo, couldNotTakeFourSteps: true }));
      expect(screen.tier).toBe(applies ? "urgent" : "none");
      if (!applies) {
        expect(screen.ottawa).toEqual({ status: "not-applicable", reason: "injury-older-than-7-days" });
      }
    },
  );

  it("lists every criterion met, in the rule's order", () => {
    const screen = screenRedFlags(withInjury(alex, { cannotBendTo90: true, tenderOnlyOnKneecap: true }, 60));
    expect(screen.ottawa).toEqual({
      status: "x-ray-indicated",
      criteria: ["age-55-or-over", "isolated-patellar-tenderness", "cannot-flex-to-90"],
    });
    expect(screen.flags).toHaveLength(1);
    expect(screen.flags[0]?.reason.fr).toContain("radiographie");
  });

  it("a recent injury with no criterion gets advice but no flag", () => {
    const screen = screenRedFlags(withInjury(alex, {}));
    expect(screen.tier).toBe("none");
    expect(screen.flags).toEqual([]);
    expect(screen.selfManagementAllowed).toBe(true);
    expect(screen.advice.en).toContain("meets none of the Ottawa knee rules");
    expect(screen.advice.fr).toContain("règles du genou d'Ottawa");
  });

  it("a deformed knee is an emergency; the rule does not apply to it", () => {
    const injured = withAnswers(withInjury(alex, { cannotBendTo90: true }), { deformityAfterInjury: true });
    const screen = screenRedFlags(injured);
    expect(screen.ottawa).toEqual({ status: "not-applicable", reason: "gross-deformity" });
    expect(screen.tier).toBe("emergency");
    expect(screen.flags.map((flag) => flag.id)).toEqual(["deformity-after-injury"]);
  });

  it("a hard lump is its own urgent flag; the rule does not apply to it", () => {
    const screen = screenRedFlags(withAnswers(withInjury(alex, {}, 70), { hardLumpNearKnee: true }));
    expect(screen.ottawa).toEqual({ status: "not-applicable", reason: "palpable-mass" });
    expect(screen.flags.map((flag) => flag.id)).toEqual(["hard-lump-near-knee"]);
  });
});

const redFlagAnswersArb: fc.Arbitrary<RedFlagAnswers> = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q, fc.boolean()])) as Record<Question, fc.Arbitrary<boolean>>,
);
const injuryArb = fc.option(
  fc.record({
    daysAgo: fc.integer({ min: 0, max: 30 }),
    tenderOnlyOnKneecap: fc.boolean(),
    tenderAtFibulaHead: fc.boolean(),
    cannotBendTo90: fc.boolean(),
    couldNotTakeFourSteps: fc.boolean(),
  }),
  { nil: null },
);
const answersArb = fc
  .record({ redFlags: redFlagAnswersArb, injury: injuryArb, ageYears: fc.integer({ min: 5, max: 100 }) })
  .map(({ redFlags, injury, ageYears }): Answers => ({
    ...alex,
    person: { ...alex.person, ageYears },
    redFlags,
    injury,
  }));

describe("screenRedFlags: properties", () => {
  it("any emergency or urgent answer never allows self-management", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        fc.pre(BLOCKING_QUESTIONS.some((q) => answers.redFlags[q]));
        const screen = screenRedFlags(answers);
        expect(screen.selfManagementAllowed).toBe(false);
        expect(["emergency", "urgent"]).toContain(screen.tier);
      }),
    );
  });

  it("the tier is none exactly when there is no flag, and then self-management is allowed", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const screen = screenRedFlags(answers);
        expect(screen.tier === "none").toBe(screen.flags.length === 0);
        if (screen.tier === "none") expect(screen.selfManagementAllowed).toBe(true);
      }),
    );
  });

  it("the screen's tier is the tier of its first, most severe flag", () => {
    const rank = { emergency: 0, urgent: 1, soon: 2 };
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { tier, flags } = screenRedFlags(answers);
        const ranks = flags.map((flag) => rank[flag.tier]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        if (flags[0] !== undefined) expect(tier).toBe(flags[0].tier);
      }),
    );
  });

  it("with every answer 'no' and no injury, the tier is always none", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 120 }), (ageYears) => {
        const screen = screenRedFlags({ ...alex, person: { ...alex.person, ageYears } });
        expect(screen.tier).toBe("none");
      }),
    );
  });
});

describe("isRescreenNeeded (a sharp rise in pain sends the person back to the red-flag questions)", () => {
  it.each([
    { previous: 3, current: 5, needed: true },
    { previous: 3, current: 4, needed: false },
    { previous: 1, current: 3, needed: true },
    { previous: 0, current: 2, needed: false },
    { previous: 0, current: 9, needed: true },
    { previous: 6, current: 4, needed: false },
    { previous: 5, current: 5, needed: false },
  ])("$previous → $current: $needed", ({ previous, current, needed }) => {
    expect(isRescreenNeeded(previous, current)).toBe(needed);
  });

  it("never asks for a new screen when pain stays the same or falls", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (a, b) => {
        expect(isRescreenNeeded(Math.max(a, b), Math.min(a, b))).toBe(false);
      }),
    );
  });

  it("always asks after a rise of 3 points or more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 3, max: 10 }), (previous, rise) => {
        fc.pre(previous + rise <= 10);
        expect(isRescreenNeeded(previous, previous + rise)).toBe(true);
      }),
    );
  });

  it.each([
    [-1, 3],
    [3, 11],
    [2.5, 6],
    [Number.NaN, 4],
  ])("rejects %s → %s as a bug: pain scores are whole numbers 0–10", (previous, current) => {
    expect(() => isRescreenNeeded(previous, current)).toThrow(RangeError);
  });
});
