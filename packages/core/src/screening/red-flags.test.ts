import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AnswersSchema,
  RED_FLAG_QUESTIONS_ADDED_LATER,
  RedFlagAnswersSchema,
  type Answers,
  type RedFlagAnswers,
} from "../intake/answers.js";
import { CLOT_RISK_QUESTIONS } from "../intake/questions.js";
import { personas } from "../personas/index.js";
import type { RedFlagTier } from "./red-flag.js";
import { isRescreenNeeded, screenRedFlags } from "./red-flags.js";

/** The clot risk factors raise no flag alone (docs/clinical §7.4): every other question does. */
type ContextQuestion = (typeof CLOT_RISK_QUESTIONS)[number];
type Question = Exclude<keyof RedFlagAnswers, ContextQuestion>;

/** The tier each question alone must give an adult (docs/clinical §7.2–7.4), and whether it stops the program. */
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
  swellingHoursAfterInjury: "urgent",
  givesWayAfterInjury: "urgent",
  givesWayWithoutInjury: "soon",
  kneecapDislocated: "urgent",
  constantNightOrRestPain: "urgent",
  unexplainedWeightLoss: "urgent",
  hardLumpNearKnee: "urgent",
  worseningNumbnessOrWeakness: "urgent",
  morningStiffnessOver30Min: "soon",
  severalSwollenJoints: "soon",
  childLimpOrHipPain: "soon",
  youngUnwellOrBruising: "urgent",
  calfTenderWithoutCause: "urgent",
  penetratingKneeWound: "emergency",
  kneeReplacement: "urgent",
  otherInjuries: "urgent",
  headInjuryOrConfusion: "emergency",
  reducedFeelingInLegs: "urgent",
};
/** The "soon" signs that still stop the program: a knee giving way should be examined before it is loaded. */
const SOON_BUT_STOPS: readonly Question[] = ["givesWayWithoutInjury"];
const CONTEXT: readonly string[] = CLOT_RISK_QUESTIONS;
const QUESTIONS = (Object.keys(RedFlagAnswersSchema.shape) as (keyof RedFlagAnswers)[]).filter(
  (q): q is Question => !CONTEXT.includes(q),
);
const BLOCKING_QUESTIONS = QUESTIONS.filter(
  (q) => EXPECTED_ADULT_TIER[q] !== "soon" || SOON_BUT_STOPS.includes(q),
);

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

const aged = (base: Answers, ageYears: number): Answers => ({
  ...base,
  person: { ...base.person, ageYears },
});

describe("screenRedFlags: one answer at a time", () => {
  it("has an expected tier for every question of the schema", () => {
    expect(Object.keys(EXPECTED_ADULT_TIER).sort()).toEqual([...QUESTIONS].sort());
  });

  it.each(QUESTIONS)("%s alone gives the right tier and stops the program when it should", (question) => {
    const screen = screenRedFlags(withAnswers(alex, { [question]: true }));
    const expected = EXPECTED_ADULT_TIER[question];
    expect(screen.tier).toBe(expected);
    expect(screen.flags).toHaveLength(1);
    expect(screen.flags[0]?.tier).toBe(expected);
    expect(screen.selfManagementAllowed).toBe(!BLOCKING_QUESTIONS.includes(question));
    expect(screen.flags[0]?.stopsProgram).toBe(BLOCKING_QUESTIONS.includes(question));
  });

  it.each(QUESTIONS)(
    "%s gives a flag that says whom to see and how soon, in English and French",
    (question) => {
      const [flag] = screenRedFlags(withAnswers(alex, { [question]: true })).flags;
      for (const text of [flag?.reason, flag?.whoToSee, flag?.howSoon, flag?.advice]) {
        expect(text?.en.length).toBeGreaterThan(3);
        expect(text?.fr.length).toBeGreaterThan(3);
        expect(text?.fr).not.toBe(text?.en);
      }
      expect(flag?.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(flag?.source.length).toBeGreaterThan(10);
    },
  );

  it.each(QUESTIONS)("%s alone says each sentence of its advice once, in English and French", (question) => {
    // The advice joins the sign's own words and what happens to the program now: neither may repeat the other.
    for (const ageYears of [15, 45]) {
      const { advice } = screenRedFlags(aged(withAnswers(alex, { [question]: true }), ageYears));
      for (const text of [advice.en, advice.fr]) {
        const sentences = text
          .split(/(?<=[.!?])\s+|\s*;\s*/)
          .map((sentence) =>
            sentence
              .replace(/[.!?]$/, "")
              .trim()
              .toLowerCase(),
          )
          .filter((sentence) => sentence.length > 0);
        expect(sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index)).toEqual([]);
      }
    }
  });

  it.each(QUESTIONS)("%s never names a diagnosis as a fact", (question) => {
    const [flag] = screenRedFlags(withAnswers(alex, { [question]: true })).flags;
    expect(flag?.reason.en).not.toMatch(/\byou have\b|septic arthritis|DVT|tumou?r|cancer of/i);
    expect(flag?.reason.fr).not.toMatch(/\bvous avez (un|une)\b|arthrite septique|thrombose|tumeur/i);
  });
});

const idsOf = (screen: { flags: readonly { id: string }[] }): string[] => screen.flags.map((flag) => flag.id);

describe("screenRedFlags: children and the hip", () => {
  it.each([
    { ageYears: 12, tier: "urgent", id: "child-limp-or-hip-pain" },
    { ageYears: 17, tier: "urgent", id: "child-limp-or-hip-pain" },
    { ageYears: 18, tier: "soon", id: "adult-hip-signs" },
  ])("a limp or hip pain at $ageYears is $tier", ({ ageYears, tier, id }) => {
    const screen = screenRedFlags(aged(withAnswers(alex, { childLimpOrHipPain: true }), ageYears));
    expect(screen.tier).toBe(tier);
    expect(idsOf(screen)).toEqual([id]);
    expect(screen.selfManagementAllowed).toBe(tier === "soon");
  });

  it("a 13-year-old with groin or thigh pain is sent for a same-day hip examination, not toward the knee", () => {
    const screen = screenRedFlags(aged(withAnswers(alex, { childLimpOrHipPain: true }), 13));
    const [flag] = screen.flags;
    expect(flag?.howSoon.en).toBe("Today, the same day");
    expect(flag?.whoToSee.en).toMatch(/examines the hip, not only the knee/);
    expect(screen.advice.en).toMatch(/^Today, have the hip examined, not only the knee/);
    expect(screen.advice.en).not.toMatch(/X-ray after an injury|acute knee clinic/);
    expect(screen.advice.fr).toContain("urgences pédiatriques");
  });
});

describe("screenRedFlags: age", () => {
  it.each([5, 7, 11])("a %i-year-old gets no program: a clinician first, without alarm", (ageYears) => {
    const screen = screenRedFlags(aged(alex, ageYears));
    expect(idsOf(screen)).toEqual(["child-under-12"]);
    expect(screen.tier).toBe("soon");
    expect(screen.selfManagementAllowed).toBe(false);
    expect(screen.flags[0]?.whoToSee.en).toMatch(/paediatrician/);
    expect(screen.advice.en).toContain("Do not start the exercise program");
    expect(screen.advice.fr).toContain("pédiatre");
  });

  it("a 7-year-old with knee pain and a limp goes to the hip the same day, and still gets no program", () => {
    const screen = screenRedFlags(aged(withAnswers(alex, { childLimpOrHipPain: true }), 7));
    expect(idsOf(screen)).toEqual(["child-limp-or-hip-pain", "child-under-12"]);
    expect(screen.tier).toBe("urgent");
    expect(screen.selfManagementAllowed).toBe(false);
  });

  it.each([12, 15, 17])(
    "a %i-year-old keeps the program, with a teenager's caution in both languages",
    (ageYears) => {
      const screen = screenRedFlags(aged(alex, ageYears));
      expect(screen.selfManagementAllowed).toBe(true);
      expect(screen.cautions).toHaveLength(1);
      expect(screen.cautions[0]?.en).toContain("bones are still growing");
      expect(screen.cautions[0]?.fr).toContain("os sont encore en croissance");
      expect(screen.advice.en).toContain("bones are still growing");
    },
  );

  it("an adult gets no teenager's caution", () => {
    expect(screenRedFlags(aged(alex, 18)).cautions).toEqual([]);
  });

  it.each([
    { question: "kneeLocks", young: "knee-locks-growing", adult: "knee-locks" },
    {
      question: "givesWayWithoutInjury",
      young: "gives-way-without-injury-growing",
      adult: "gives-way-without-injury",
    },
  ] as const)(
    "$question means the joint surface of a growing knee under 18",
    ({ question, young, adult }) => {
      const teen = screenRedFlags(aged(withAnswers(alex, { [question]: true }), 14));
      expect(idsOf(teen)).toEqual([young]);
      expect(teen.flags[0]?.reason.en).toContain("joint surface of a growing knee");
      expect(teen.selfManagementAllowed).toBe(false);
      expect(idsOf(screenRedFlags(aged(withAnswers(alex, { [question]: true }), 30)))).toEqual([adult]);
    },
  );
});

describe("screenRedFlags: pain and swelling", () => {
  const inPain = (painNow: number, painUsual: number, painWorst: number): Answers => ({
    ...personas.runnerPfp,
    symptoms: { ...personas.runnerPfp.symptoms!, painNow, painUsual, painWorst },
  });

  it("pain now 9, usual 8, worst 10: see a doctor first", () => {
    const screen = screenRedFlags(inPain(9, 8, 10));
    expect(idsOf(screen)).toEqual(["severe-pain-at-rest"]);
    expect(screen.selfManagementAllowed).toBe(false);
    expect(screen.flags[0]?.reason.en).toContain("now 9/10, usually 8/10");
    expect(screen.flags[0]?.reason.fr).toContain("maintenant 9/10, habituellement 8/10");
  });

  it.each([
    { now: 8, usual: 3, stops: true },
    { now: 3, usual: 8, stops: true },
    { now: 7, usual: 7, stops: false },
    // Worst pain during a run is not pain at rest.
    { now: 2, usual: 4, stops: false, worst: 10 },
  ])("pain now $now, usual $usual: stops $stops", ({ now, usual, stops, worst }) => {
    expect(screenRedFlags(inPain(now, usual, worst ?? 9)).selfManagementAllowed).toBe(!stops);
  });

  it("swelling that came hours after an injury stops the program and sends the knee for an examination", () => {
    const screen = screenRedFlags(
      withAnswers(withInjury(alex, { daysAgo: 3 }), { swellingHoursAfterInjury: true }),
    );
    expect(idsOf(screen)).toEqual(["swelling-hours-after-injury"]);
    expect(screen.selfManagementAllowed).toBe(false);
    expect(screen.flags[0]?.howSoon.en).toBe("Within a few days");
  });
});

describe("screenRedFlags: each sign points its own way", () => {
  it("night pain with weight loss goes to the GP to look for the cause, not to injury X-rays", () => {
    const screen = screenRedFlags(
      withAnswers(alex, { constantNightOrRestPain: true, unexplainedWeightLoss: true }),
    );
    expect(screen.tier).toBe("urgent");
    expect(screen.advice.en).toMatch(/^Book an appointment with your GP within a day or two/);
    expect(screen.advice.en).not.toMatch(/after an injury|acute knee|fracture/i);
    // The two signs share one route: the advice says it once.
    expect(screen.advice.en.match(/Book an appointment with your GP/g)).toHaveLength(1);
  });

  it("calf pain and swelling goes to a same-day check of the leg veins, not the knee", () => {
    const screen = screenRedFlags(withAnswers(alex, { calfPainSwellingWarmth: true }));
    expect(screen.flags[0]?.whoToSee.en).toContain("veins of the leg");
    expect(screen.flags[0]?.howSoon.en).toBe("Today, the same day");
    expect(screen.advice.en).not.toMatch(/knee/);
    expect(screen.advice.fr).toContain("veine de la jambe");
  });

  it("no two questions share one reason: each flag explains its own sign", () => {
    const reasons = QUESTIONS.map(
      (q) => screenRedFlags(withAnswers(alex, { [q]: true })).flags[0]?.reason.en,
    );
    expect(new Set(reasons).size).toBe(QUESTIONS.length);
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
    // The advice leads with the most severe sign's own route: the leg veins, the same day.
    expect(screen.advice.en).toMatch(/^Today, go to an emergency department .* a clot in a leg vein/);
    expect(screen.advice.en).not.toContain("X-ray");
  });

  it("Sam, with a hot swollen knee and fever, is sent to an emergency department, not to a program", () => {
    const screen = screenRedFlags(personas.redFlagPerson);
    expect(screen.tier).toBe("emergency");
    expect(screen.selfManagementAllowed).toBe(false);
    expect(screen.flags[0]?.id).toBe("hot-swollen-knee-with-fever");
    expect(screen.flags[0]?.reason.en).toContain("need a clinician to look today");
    expect(screen.advice.fr).toContain("Allez aux urgences maintenant");
  });

  it("urgent advice for a knee giving way since an injury names the knee clinic, the day-or-two delay and the ligaments", () => {
    const screen = screenRedFlags(withAnswers(alex, { givesWayAfterInjury: true }));
    expect(screen.advice.en).toContain(
      "Within a day or two, see a doctor or an acute knee (fracture) clinic",
    );
    expect(screen.advice.en).toContain("ligaments");
    expect(screen.advice.en).toContain("Do not start the exercise program");
    expect(screen.advice.fr).toContain("Dans les 24 à 48 heures");
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
    { daysAgo: 0, id: "ottawa-x-ray" },
    { daysAgo: 7, id: "ottawa-x-ray" },
    { daysAgo: 8, id: "injury-signs-persist" },
    { daysAgo: 60, id: "injury-signs-persist" },
  ])(
    "an injury $daysAgo days ago that still cannot take 4 steps stops the program ($id)",
    ({ daysAgo, id }) => {
      const screen = screenRedFlags(withInjury(alex, { daysAgo, couldNotTakeFourSteps: true }));
      expect(screen.tier).toBe("urgent");
      expect(screen.selfManagementAllowed).toBe(false);
      expect(screen.flags.map((flag) => flag.id)).toEqual([id]);
      if (daysAgo > 7) {
        expect(screen.ottawa).toEqual({ status: "not-applicable", reason: "injury-older-than-7-days" });
      }
    },
  );

  it("at 60, ten days after the injury and still unable to bend to 90° or take 4 steps: a doctor and an X-ray", () => {
    const screen = screenRedFlags(
      withInjury(alex, { daysAgo: 10, cannotBendTo90: true, couldNotTakeFourSteps: true }, 60),
    );
    expect(screen.selfManagementAllowed).toBe(false);
    const [flag] = screen.flags;
    expect(flag?.id).toBe("injury-signs-persist");
    expect(flag?.reason.en).toContain("10 days ago");
    // Age is not a sign of the knee: it is not listed as something that "still" shows after the window.
    expect(flag?.reason.en).toContain("cannot bend the knee to a right angle; could not take 4 steps");
    expect(flag?.reason.en).not.toContain("age 55");
    expect(flag?.whoToSee.en).toContain("X-ray");
    expect(flag?.reason.fr).toContain("10 jours");
  });

  it("after the 7-day window, age alone with a knee that has recovered is no reason to stop", () => {
    const screen = screenRedFlags(withInjury(alex, { daysAgo: 10 }, 70));
    expect(screen.tier).toBe("none");
    expect(screen.selfManagementAllowed).toBe(true);
  });

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
    expect(screen.advice.fr).toContain("règles du genou d’Ottawa");
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
  it("any answer that stops the program never allows self-management", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        fc.pre(BLOCKING_QUESTIONS.some((q) => answers.redFlags[q]));
        const screen = screenRedFlags(answers);
        expect(screen.selfManagementAllowed).toBe(false);
        expect(screen.nextStep.en).toContain("Do not start the exercise program");
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

  it("with every answer 'no', no injury and low pain, the tier is none from 12 years old", () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 120 }), (ageYears) => {
        const screen = screenRedFlags({ ...alex, person: { ...alex.person, ageYears } });
        expect(screen.tier).toBe("none");
      }),
    );
  });

  it("every flag that stops the program says what to do in both languages, and the advice carries it", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const screen = screenRedFlags(answers);
        expect(screen.selfManagementAllowed).toBe(!screen.flags.some((flag) => flag.stopsProgram));
        for (const flag of screen.flags.filter((f) => f.tier === screen.tier)) {
          expect(screen.advice.en).toContain(flag.advice.en);
          expect(screen.advice.fr).toContain(flag.advice.fr);
        }
        expect(screen.advice.en).toContain(screen.nextStep.en);
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

describe("screenRedFlags: a clot's risk factors (docs/clinical §7.4)", () => {
  it("a risk factor alone raises no flag: the program goes on with the signs to act on, in both languages", () => {
    const screen = screenRedFlags(withAnswers(alex, { clotRiskImmobility: true }));
    expect(screen.flags).toEqual([]);
    expect(screen.selfManagementAllowed).toBe(true);
    expect(screen.cautions.map((caution) => caution.en)).toEqual([
      expect.stringMatching(
        /^Your risk of a blood clot in a leg vein is higher than usual \(a recent operation/,
      ),
    ]);
    expect(screen.cautions[0]?.fr).toContain("appelez immédiatement votre numéro d’urgence");
    expect(screen.advice.en).toContain("short of breath");
  });

  it.each(["calfTenderWithoutCause", "calfPainSwellingWarmth"] as const)(
    "%s with a risk factor is one same-day flag for the leg veins, naming the risk",
    (calf) => {
      const screen = screenRedFlags(
        withAnswers(alex, { [calf]: true, clotRiskHistoryOrCancer: true, clotRiskHormonal: true }),
      );
      expect(idsOf(screen)).toEqual(["calf-pain-with-clot-risk"]);
      expect(screen.tier).toBe("emergency");
      expect(screen.selfManagementAllowed).toBe(false);
      expect(screen.flags[0]?.howSoon.en).toBe("Today, within hours");
      expect(screen.advice.en).toContain("a previous clot or cancer treatment and a pregnancy");
      expect(screen.advice.fr).toContain("échographie des veines de la jambe");
    },
  );

  it("both calf signs with a risk factor are said once", () => {
    const screen = screenRedFlags(
      withAnswers(alex, {
        calfTenderWithoutCause: true,
        calfPainSwellingWarmth: true,
        clotRiskImmobility: true,
      }),
    );
    expect(idsOf(screen)).toEqual(["calf-pain-with-clot-risk"]);
  });

  it("a tender calf without a risk factor goes to a doctor today or tomorrow, and waits the program", () => {
    const screen = screenRedFlags(withAnswers(alex, { calfTenderWithoutCause: true }));
    expect(idsOf(screen)).toEqual(["calf-tender-without-cause"]);
    expect(screen.flags[0]?.howSoon.en).toBe("Today or tomorrow");
    expect(screen.flags[0]?.whoToSee.en).toContain("veins of the leg");
    expect(screen.selfManagementAllowed).toBe(false);
  });
});

describe("screenRedFlags: injuries the Ottawa knee rules were not made for (docs/clinical §7.3)", () => {
  it.each([
    { question: "penetratingKneeWound", reason: "penetrating-injury", id: "penetrating-knee-wound" },
    { question: "kneeReplacement", reason: "knee-prosthesis", id: "injured-knee-replacement" },
    { question: "otherInjuries", reason: "multiple-injuries", id: "several-injuries" },
    { question: "headInjuryOrConfusion", reason: "altered-consciousness", id: "head-injury-or-confusion" },
    { question: "reducedFeelingInLegs", reason: "reduced-sensation", id: "injury-with-reduced-feeling" },
  ] as const)(
    "$question: the rule does not clear the knee, the flag routes it",
    ({ question, reason, id }) => {
      const screen = screenRedFlags(withAnswers(withInjury(alex, {}), { [question]: true }));
      expect(screen.ottawa).toEqual({ status: "not-applicable", reason });
      expect(idsOf(screen)).toEqual([id]);
      expect(screen.selfManagementAllowed).toBe(false);
      expect(screen.advice.en).not.toContain("meets none of the Ottawa knee rules");
    },
  );

  it("an artificial knee injured 20 days ago with signs that persist gets its own route, not the persisting-signs one", () => {
    const answers = withAnswers(withInjury(alex, { daysAgo: 20, cannotBendTo90: true }), {
      kneeReplacement: true,
    });
    expect(idsOf(screenRedFlags(answers))).toEqual(["injured-knee-replacement"]);
  });
});

describe("screenRedFlags: answers given before the newest questions", () => {
  const added: readonly string[] = RED_FLAG_QUESTIONS_ADDED_LATER;
  const oldest = Object.fromEntries(
    Object.entries(alex.redFlags).filter(([question]) => !added.includes(question)),
  );

  it("a version 2 file without them still reads, and is asked to answer the four that apply to everyone", () => {
    const answers = AnswersSchema.parse({ ...alex, redFlags: oldest });
    const screen = screenRedFlags(answers);
    expect(screen.selfManagementAllowed).toBe(true);
    expect(screen.cautions.map((caution) => caution.en)).toEqual([
      "4 safety questions were added since these answers were given and never asked. Answer the check-in again so the screen covers them.",
    ]);
  });

  it("after an injury, the five about the injury count too", () => {
    const answers = AnswersSchema.parse({ ...withInjury(alex, {}), redFlags: oldest });
    expect(screenRedFlags(answers).cautions[0]?.en).toMatch(/^9 safety questions were added/);
  });
});
