/**
 * Physiotherapist scenarios (decision 0550): the warning signs that stop the program and their near misses, and the
 * five personas' programs. Each expectation is justified by its source, not by what the code does today.
 */
import { expect } from "vitest";
import type { RedFlagAnswers } from "../intake/answers.js";
import { CLOT_RISK_QUESTIONS, isRedFlagQuestionAsked, RED_FLAG_QUESTION_SCOPE } from "../intake/questions.js";
import { generateProgram } from "../program/generate-program.js";
import { screenRedFlags } from "../screening/red-flags.js";
import { evaluateSelfCheck } from "../screening/self-check.js";
import { weekdayOf } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import { personas } from "../personas/index.js";
import {
  START,
  type Scenario,
  describeScenarios,
  expectStopsWithReferral,
  idsOf,
  injured,
  nth,
  pairUp,
  programFor,
  screenTexts,
  strength,
  withAge,
  withFlags,
  withSymptoms,
} from "../testing/physio-scenarios.js";

const dana = personas.runnerPfp;
const marco = personas.cyclistItb;
const priya = personas.yogaTeacherNoPain;
const alex = personas.deskWorker;
const camille = personas.frenchTriathlete;

const RED_FLAG_ROWS: readonly Scenario[] = [
  {
    id: "RF-01",
    story: "Sam, 52: right knee hot, red and swollen, with a fever.",
    expected: "Emergency department now, the program waits; no program is made.",
    source: "docs/clinical §7.2 (emergency: hot swollen joint with fever, possible septic arthritis)",
    check: () => {
      const screen = expectStopsWithReferral(
        personas.redFlagPerson,
        "hot-swollen-knee-with-fever",
        "emergency",
      );
      expect(screen.flags[0]?.whoToSee.en).toMatch(/emergency/i);
      expect(screen.flags[0]?.howSoon.en).toMatch(/now/i);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-02",
    story: "Dana: calf painful, swollen and warm; no clot risk factor.",
    expected: "Same-day check of the leg veins; never massage the calf; emergency number for breathlessness.",
    source: "docs/clinical §7.2 (suspected DVT, same-day assessment) and §7.4",
    check: () => {
      const screen = expectStopsWithReferral(
        withFlags(dana, { calfPainSwellingWarmth: true }),
        "calf-pain-swelling-warmth",
        "emergency",
      );
      const flag = screen.flags[0];
      expect(flag?.whoToSee.en).toMatch(/veins of the leg/);
      expect(flag?.advice.en).toMatch(/Do not massage the calf/);
      expect(flag?.advice.en).toMatch(/short of breath or have chest pain/);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-03",
    story: "Camille, on the pill: a tender calf she cannot explain, no swelling.",
    expected: "A calf sign with a risk factor makes a clot likely: a scan of the leg veins within hours.",
    source: "docs/clinical §7.4 (Wells: calf sign and a risk factor; NICE NG158, scan within 4 hours)",
    check: () => {
      const screen = expectStopsWithReferral(
        withFlags(camille, { calfTenderWithoutCause: true, clotRiskHormonal: true }),
        "calf-pain-with-clot-risk",
        "emergency",
      );
      expect(screen.flags[0]?.howSoon.en).toMatch(/within hours/);
      expect(screen.flags[0]?.advice.fr).toMatch(/pilule/);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-04",
    story: "Near miss. Dana flew home from a marathon (over 4 hours) and has no calf sign.",
    expected:
      "A risk factor alone is not a warning sign: the program goes on, with the calf signs to act on named.",
    source: "docs/clinical §7.4 (a risk factor alone raises no flag; caution beside the program)",
    check: () => {
      const answers = withFlags(dana, { clotRiskImmobility: true });
      const screen = screenRedFlags(answers);
      expect(screen.tier).toBe("none");
      expect(screen.selfManagementAllowed).toBe(true);
      expect(screen.cautions.map((caution) => caution.en).join(" ")).toMatch(/same day.*emergency number/s);
      expect(generateProgram(answers, { startDate: START }).ok).toBe(true);
      return [...screenTexts(screen), ...screen.cautions];
    },
  },
  {
    id: "RF-05",
    story: "Marco's knee locks and will not fully straighten.",
    expected: "Urgent: a doctor or an acute knee clinic within a day or two; do not force it straight.",
    source: "docs/clinical §7.2 (urgent: locked knee)",
    check: () => {
      const screen = expectStopsWithReferral(withFlags(marco, { kneeLocks: true }), "knee-locks", "urgent");
      expect(screen.flags[0]?.howSoon.en).toBe("Within a day or two");
      return screenTexts(screen);
    },
  },
  {
    id: "RF-06",
    story: "Alex: constant night pain painkillers do not ease, and weight loss without trying.",
    expected: "Urgent GP to look for the cause (not an injury clinic); the shared advice said once.",
    source: "docs/clinical §7.2 (urgent specialist, suspected malignancy pathway)",
    check: () => {
      const screen = expectStopsWithReferral(
        withFlags(alex, { constantNightOrRestPain: true, unexplainedWeightLoss: true }),
        "constant-night-or-rest-pain",
        "urgent",
      );
      expect(screen.flags.map((flag) => flag.id)).toContain("unexplained-weight-loss");
      expect(screen.flags[0]?.whoToSee.en).toMatch(/GP/);
      expect(screen.advice.en.match(/look for the cause/g)).toHaveLength(1);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-07",
    story: "Near miss. Alex has morning stiffness lasting more than 30 minutes.",
    expected: "Not urgent: GP or physiotherapist in one to two weeks; gentle exercise may go on meanwhile.",
    source: "docs/clinical §7.2 (inflammatory arthritis: rheumatology route, not an emergency)",
    check: () => {
      const answers = withFlags(alex, { morningStiffnessOver30Min: true });
      const screen = screenRedFlags(answers);
      expect(screen.tier).toBe("soon");
      expect(screen.selfManagementAllowed).toBe(true);
      expect(screen.flags[0]?.howSoon.en).toMatch(/one to two weeks/);
      expect(screen.nextStep.en).toMatch(/keep exercising gently/);
      expect(generateProgram(answers, { startDate: START }).ok).toBe(true);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-08",
    story: "Pain at rest at the line: Dana sits at the check-in with pain 8/10 now.",
    expected: "Severe pain at rest stops the program: the GP within a day or two.",
    source:
      "docs/clinical §5.4 (5/10 ceiling; 8–10 far above it) and §7.2 (constant rest pain); decision 0170",
    check: () => {
      const screen = expectStopsWithReferral(
        withSymptoms(dana, { painNow: 8, painUsual: 5, painWorst: 9 }),
        "severe-pain-at-rest",
        "urgent",
      );
      expect(screen.flags[0]?.reason.en).toMatch(/now 8\/10/);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-09",
    story: "Near miss. Dana: pain 7/10 now and usually, 9/10 at worst during a run.",
    expected:
      "Just under the rest-pain line, and the worst pain (in sport) is not rest pain: the program goes on.",
    source: "docs/clinical §5.4; decision 0170 (pain now and usual pain count, the worst does not)",
    check: () => {
      const answers = withSymptoms(dana, { painNow: 7, painUsual: 7, painWorst: 9 });
      const screen = screenRedFlags(answers);
      expect(screen.flags).toEqual([]);
      expect(screen.selfManagementAllowed).toBe(true);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-10",
    story: "Ruth, 58, fell on her knee 2 days ago; she walks and bends it fully.",
    expected: "Age 55 or over within the first week: an X-ray today, the program waits.",
    source: "docs/clinical §7.1 (Ottawa knee rules: age 55 or over)",
    check: () => {
      const screen = expectStopsWithReferral(personas.injuredOttawa, "ottawa-x-ray", "urgent");
      expect(screen.flags[0]?.howSoon.en).toBe("Today");
      return screenTexts(screen);
    },
  },
  {
    id: "RF-11",
    story: "Near miss. The same fall at 54, walking and bending fully, nothing tender on the bone.",
    expected: "No Ottawa criterion: no X-ray needed, the program may start.",
    source: "docs/clinical §7.1 (Ottawa knee rules, about 100% sensitive: none of the criteria)",
    check: () => {
      const answers = withAge(personas.injuredOttawa, 54);
      const screen = screenRedFlags(answers);
      expect(screen.ottawa.status).toBe("x-ray-not-indicated");
      expect(screen.selfManagementAllowed).toBe(true);
      expect(screen.advice.en).toMatch(/X-ray/);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-12",
    story: "Dana twisted her knee 7 days ago and still cannot bend it to a right angle; on day 8 the same.",
    expected:
      "Day 7 is inside the Ottawa window (X-ray today); on day 8 the sign has not settled: still urgent.",
    source: "docs/clinical §7.1 (Ottawa, first 7 days) and §7.2 (persistent localised pain needs an X-ray)",
    check: () => {
      const day7 = expectStopsWithReferral(
        injured(dana, { daysAgo: 7, cannotBendTo90: true }),
        "ottawa-x-ray",
        "urgent",
      );
      const day8 = expectStopsWithReferral(
        injured(dana, { daysAgo: 8, cannotBendTo90: true }),
        "injury-signs-persist",
        "urgent",
      );
      return [...screenTexts(day7), ...screenTexts(day8)];
    },
  },
  {
    id: "RF-13",
    story: "Near miss. Ruth, 58, ten days after the fall, walking and bending fully again.",
    expected: "Age alone is not a sign that failed to settle: after the first week it raises no flag.",
    source: "docs/clinical §7.1 (the rule applies to the first 7 days); decision 0172",
    check: () => {
      const answers = injured(withAge(dana, 58), { daysAgo: 10 });
      const screen = screenRedFlags(answers);
      expect(screen.flags).toEqual([]);
      expect(screen.selfManagementAllowed).toBe(true);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-14",
    story: "A 14-year-old runner limps and has groin pain; her knee is what hurts.",
    expected: "The hip of a growing body, not the knee: a doctor examines the hip today.",
    source:
      "docs/clinical §7.2 (children and adolescents: slipped capital femoral epiphysis, hip felt in the knee)",
    check: () => {
      const screen = expectStopsWithReferral(
        withAge(withFlags(dana, { childLimpOrHipPain: true }), 14),
        "child-limp-or-hip-pain",
        "urgent",
      );
      expect(screen.flags[0]?.whoToSee.en).toMatch(/hip/);
      expect(screen.flags[0]?.howSoon.en).toMatch(/same day/);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-15",
    story: "Near miss. Dana, 34, also has some groin pain and a stiff hip.",
    expected: "An adult's hip is examined within one to two weeks; the program goes on gently.",
    source: "docs/clinical §7.2 (adults too can feel a hip problem only in the knee, Devon guidance)",
    check: () => {
      const screen = screenRedFlags(withFlags(dana, { childLimpOrHipPain: true }));
      expect(screen.flags.map((flag) => flag.id)).toEqual(["adult-hip-signs"]);
      expect(screen.selfManagementAllowed).toBe(true);
      return screenTexts(screen);
    },
  },
  {
    id: "RF-16",
    story: "A 10-year-old with knee pain and no warning sign; a 15-year-old with the same.",
    expected:
      "Under 12: a paediatric clinician first. At 15: the program, with the growing athlete's caution.",
    source: "docs/clinical §1.2 (adolescent evidence), §7.1 (Pittsburgh, under 12) and §7.2 (children)",
    check: () => {
      const child = expectStopsWithReferral(withAge(dana, 10), "child-under-12", "soon");
      const teen = screenRedFlags(withAge(dana, 15));
      expect(teen.selfManagementAllowed).toBe(true);
      expect(teen.cautions.map((caution) => caution.en).join(" ")).toMatch(/bones are still growing/);
      return [...screenTexts(child), ...teen.cautions];
    },
  },
  {
    id: "RF-17",
    story: "Alex's knee gives way now and then, without any injury.",
    expected: "Not urgent, but examined before exercises load it: the program waits one to two weeks.",
    source: "docs/clinical §7.2 (instability and giving way: NHS Gloucestershire knee pathway)",
    check: () => {
      const screen = expectStopsWithReferral(
        withFlags(alex, { givesWayWithoutInjury: true }),
        "gives-way-without-injury",
        "soon",
      );
      return screenTexts(screen);
    },
  },
  {
    id: "RF-18",
    story: "Ruth's injured knee is an artificial one.",
    expected: "The Ottawa rules were not made for it: an X-ray today, whatever the criteria say.",
    source: "docs/clinical §7.3 (the rule does not apply to a knee prosthesis)",
    check: () => {
      const screen = expectStopsWithReferral(
        withFlags(withAge(personas.injuredOttawa, 50), { kneeReplacement: true }),
        "injured-knee-replacement",
        "urgent",
      );
      expect(screen.ottawa).toEqual({ status: "not-applicable", reason: "knee-prosthesis" });
      return screenTexts(screen);
    },
  },
];
const PERSONAS: readonly Scenario[] = [
  {
    id: "PE-01",
    story: "Dana runs 4 times a week, long run on Sunday; kneecap pain on stairs and after sitting.",
    expected:
      "Twice a week, never on the long-run day nor the day before; hip and knee work together; checkpoints at " +
      "weeks 2, 4 and 6; a warm-up before the long run; a running load note.",
    source:
      "seed:002 (twice a week, small muscles opposite the big), seed:003 (warm-up), seed:004 and " +
      "docs/clinical §5.1 (hip and knee), §5.2 (reassess at 6 weeks)",
    check: () => {
      const program = programFor(dana);
      const weekOne = strength(program).filter((session) => session.week === 1);
      expect(weekOne).toHaveLength(2);
      for (const session of strength(program)) expect(["sat", "sun"]).not.toContain(weekdayOf(session.date));
      const warmUps = program.sessions.filter((session) => session.kind === "warm-up");
      expect(warmUps.every((session) => weekdayOf(session.date) === "sun")).toBe(true);
      expect(warmUps.length).toBeGreaterThan(0);
      expect(program.checkpoints.map((checkpoint) => checkpoint.week)).toEqual([2, 4, 6]);
      const first = idsOf(nth(program, 0));
      expect(first).toContain("clamshell");
      expect(first).toContain("straight-leg-raise");
      const rationale = program.rationale.map((reason) => reason.en).join(" ");
      expect(rationale).toMatch(/30%/);
      return program.rationale;
    },
  },
  {
    id: "PE-02",
    story: "Marco rides at weekends; pain on the outside of the knee; owns a foam roller, no band.",
    expected:
      "Gluteal-selective work first (clamshell), IT-band release with his roller, sessions away from the weekend " +
      "rides, a cycling load note.",
    source:
      "docs/clinical §4.2 (gluteal-to-TFL index: clam highest, Selkowitz 2013); seed:002; decision 0164",
    check: () => {
      const program = programFor(marco);
      const first = idsOf(nth(program, 0));
      expect(first).toContain("clamshell");
      expect(first).toContain("foam-roll-it-band");
      for (const session of strength(program)) {
        expect(["fri", "sat", "sun"]).not.toContain(weekdayOf(session.date));
      }
      expect(program.rationale.map((reason) => reason.en).join(" ")).toMatch(/rid/i);
      return program.rationale;
    },
  },
  {
    id: "PE-03",
    story:
      "Camille, triathlète, lit tout en français\u00a0: genou droit, face externe, à la course et à vélo.",
    expected:
      "A program whose reasons read in French, sessions away from her Saturday ride and Sunday run, one gluteus " +
      "medius rung in every strength session.",
    source: "docs/clinical §4.2 (gluteal-selective for outer knee pain); seed:002; decision 0160",
    check: () => {
      const program = programFor(camille);
      expect(program.language).toBe("fr");
      for (const session of strength(program)) {
        expect(["fri", "sat", "sun"]).not.toContain(weekdayOf(session.date));
        const rungs = idsOf(session).filter((id) =>
          ["clamshell", "banded-clamshell", "side-lying-leg-lift", "side-plank-abduction"].includes(id),
        );
        expect(rungs).toHaveLength(1);
      }
      expect(program.rationale.every((reason) => reason.fr.length > 0)).toBe(true);
      return program.rationale;
    },
  },
  {
    id: "PE-04",
    story: "Priya teaches yoga daily and has no knee pain: she wants to keep it that way.",
    expected: "A prevention program without the knee-pain ceiling and without a runner's load note.",
    source: "seed:001 (hip balance for yoga practitioners); decision 0164 (pain ceiling for knee pain only)",
    check: () => {
      const program = programFor(priya);
      const rationale = program.rationale.map((reason) => reason.en).join(" ");
      expect(rationale).not.toMatch(/Why 5 out of 10/);
      expect(rationale).not.toMatch(/30%/);
      expect(strength(program).length).toBeGreaterThan(0);
      return program.rationale;
    },
  },
  {
    id: "PE-05",
    story: "Alex sits all day, has back pain, walks, and does no hip work.",
    expected: "The self-check points to hip balance, as a pointer and not a diagnosis; no sport load note.",
    source: "seed:001 (yes to 1, 2 or 3 and no to 4: look at hip balance)",
    check: () => {
      const result = evaluateSelfCheck(alex.selfCheck);
      expect(result.lookAtHipBalance).toBe(true);
      expect(result.yesTo).toEqual(["sits", "back-pain"]);
      expect(result.explanation.en).toMatch(/not a diagnosis/);
      const program = programFor(alex);
      expect(program.rationale.map((reason) => reason.en).join(" ")).not.toMatch(/30%/);
      expect(program.sessions.some((session) => session.kind === "warm-up")).toBe(false);
      return [result.explanation, ...program.rationale];
    },
  },
  {
    id: "RF-19",
    story:
      "Every warning sign answered yes on its own, by an adult of 34, a teenager of 15 and an adult of 60.",
    expected:
      "Each sign that stops the program says whom to see and how soon, and the French says the same urgency " +
      "(now, today, a day or two, a few days, one to two weeks).",
    source: "docs/clinical §7.2 (whom to see, by urgency; software behaviour) and §7.3–§7.4",
    check: () => {
      const texts: Localized[] = [];
      const questions = (Object.keys(RED_FLAG_QUESTION_SCOPE) as (keyof RedFlagAnswers)[]).filter(
        (question) => !(CLOT_RISK_QUESTIONS as readonly string[]).includes(question),
      );
      for (const ageYears of [34, 15, 60]) {
        for (const question of questions) {
          const base =
            RED_FLAG_QUESTION_SCOPE[question].injury === "injured" ? injured(dana, { daysAgo: 10 }) : dana;
          const answers = withAge(withFlags(base, { [question]: true }), ageYears);
          if (!isRedFlagQuestionAsked(question, { ageYears, injured: answers.injury !== null })) continue;
          const screen = screenRedFlags(answers);
          expect(screen.flags.length, question).toBeGreaterThan(0);
          expect(screen.selfManagementAllowed, question).toBe(
            !screen.flags.some((flag) => flag.stopsProgram),
          );
          for (const flag of screen.flags) {
            if (flag.tier !== "soon") expect(flag.stopsProgram, flag.id).toBe(true);
            const urgency = URGENCY.filter(([english]) => english.test(flag.howSoon.en));
            expect(urgency.length, `${flag.id}: ${flag.howSoon.en}`).toBeGreaterThan(0);
            for (const [, french] of urgency) expect(flag.howSoon.fr, flag.id).toMatch(french);
          }
          texts.push(...screenTexts(screen));
        }
      }
      return texts;
    },
  },
];

/** How soon, in each language: the French of a flag must say the same urgency as its English. */
const URGENCY: readonly (readonly [RegExp, RegExp])[] = [
  [/\bnow\b/i, /maintenant/i],
  [/\btoday\b/i, /aujourd’hui/i],
  [/same day/i, /jour même/i],
  [/within hours/i, /dans les heures/i],
  [/tomorrow/i, /demain/i],
  [/a day or two/i, /24 à 48 heures/],
  [/a few days/i, /jours qui viennent/],
  [/one to two weeks/i, /une à deux semaines/],
];

const RED_FLAGS = pairUp(RED_FLAG_ROWS, [
  ["RF-08", "RF-09"],
  ["RF-10", "RF-11"],
  ["RF-12", "RF-13"],
  ["RF-14", "RF-15"],
]);

describeScenarios("physiotherapist scenarios: warning signs and personas", [...RED_FLAGS, ...PERSONAS]);
