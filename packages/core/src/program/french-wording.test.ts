/**
 * Specification of the French a person reads (issue 10, item 8): programs, their reasons, the progression's
 * reasons, the load note and the safety screen, generated for many people, read as a French physiotherapist would.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "../index.js";
import { describeDose } from "../display/describe-dose.js";
import {
  AnswersSchema,
  RedFlagAnswersSchema,
  SPORTS,
  type Answers,
  type RedFlagAnswers,
} from "../intake/answers.js";
import { findExercise } from "../knowledge/library.js";
import { EQUIPMENT } from "../knowledge/schema.js";
import { personas } from "../personas/index.js";
import { frenchWordingProblems } from "../personas/french-wording.js";
import { reviseProgram } from "../progression/revise-program.js";
import { screenRedFlags } from "../screening/red-flags.js";
import { addDays, WEEKDAYS } from "../shared/dates.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { generateProgram } from "./generate-program.js";
import { loadManagementNote } from "./load-management-note.js";
import { phasesReason } from "./program-rationale.js";

const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    base: fc.constantFrom(
      personas.runnerPfp,
      personas.cyclistItb,
      personas.deskWorker,
      personas.frenchTriathlete,
      personas.yogaTeacherNoPain,
    ),
    availableDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
    equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
    sports: fc.uniqueArray(
      fc.record({
        sport: fc.constantFrom(...SPORTS),
        hardDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 3 }),
        sessionsPerWeek: fc.integer({ min: 1, max: 6 }),
      }),
      { maxLength: 3, selector: (activity) => activity.sport },
    ),
    pain: fc.integer({ min: 0, max: 7 }),
    ageYears: fc.integer({ min: 12, max: 80 }),
    perWeek: fc.constantFrom(undefined, 2, 3),
  })
  .map(({ base, availableDays, equipment, sports, pain, ageYears, perWeek }) =>
    AnswersSchema.parse({
      ...base,
      person: { ...base.person, ageYears, language: "fr" },
      ...(perWeek === undefined ? {} : { strengthSessionsPerWeek: perWeek }),
      availableDays,
      equipment,
      activities: sports.map((activity) => ({ ...activity, minutesPerSession: 45 })),
      symptoms:
        base.symptoms === null
          ? null
          : {
              ...base.symptoms,
              aggravators: [...base.symptoms.aggravators, "downhill"],
              painNow: pain,
              painUsual: pain,
              painWorst: Math.max(pain, base.symptoms.painWorst),
            },
    }),
  );

/** French apostrophes are typographic (’) everywhere a person reads them: one style, as a French editor would. */
const withStraightApostrophe = (text: string): boolean => text.includes("'");

/**
 * The inclusive point between letters (« assis·e ») reads oddly to patients: French texts are phrased neutrally
 * instead. A point with spaces around it (« 3 séances · 20 min ») separates and is not refused, nor is a unit (N·m).
 */
const withInclusivePoint = (text: string): boolean => /\p{L}·\p{L}/u.test(text.replaceAll("N·m", ""));

function expectFrench(texts: readonly string[]): void {
  expect(texts.flatMap(frenchWordingProblems)).toEqual([]);
  expect(texts.filter(withStraightApostrophe)).toEqual([]);
  expect(texts.filter(withInclusivePoint)).toEqual([]);
}

/** Every `fr` text in a value: the knowledge base, the questions, the catalogues and tables core exports. */
function frenchTextsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "fr" && typeof inner === "string" ? [inner] : frenchTextsIn(inner, seen),
  );
}

describe("French as a French physiotherapist writes it", () => {
  it("the helper catches the mistakes it is for", () => {
    expect(frenchWordingProblems("D’abord, la semaine 1 réveillent les muscles")).toHaveLength(1);
    expect(frenchWordingProblems("Coquillage (clamshell)")).toHaveLength(1);
    expect(frenchWordingProblems("Pourquoi: parce que")).toHaveLength(1);
    expect(frenchWordingProblems("1 séances par semaine")).toHaveLength(1);
    expect(frenchWordingProblems("on redescend de un cran")).toHaveLength(1);
    expect(frenchWordingProblems("Dans les une à deux semaines\u00a0: consultez.")).toEqual([]);
    // An ordinary space lets « ? » start a line alone on a phone: French sets a no-break one.
    expect(frenchWordingProblems("Avez-vous mal ?")).toHaveLength(1);
    expect(frenchWordingProblems("Cliquez sur « Suivant »")).toHaveLength(2);
    expect(frenchWordingProblems("Avez-vous mal\u00a0? Cliquez sur «\u00a0Suivant\u00a0»")).toEqual([]);
  });

  it("writes the apostrophe as ’ in every French text core exports", () => {
    const texts = frenchTextsIn(core);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter(withStraightApostrophe)).toEqual([]);
  });

  it("sets a no-break space before « ? », « ! », « : », « ; » and inside « » in every French text core exports", () => {
    const breakable = (text: string): boolean => / [:;?!»]|« /.test(text);
    expect(frenchTextsIn(core).filter(breakable)).toEqual([]);
  });

  it("phrases every French text core exports without the inclusive point between letters", () => {
    expect(withInclusivePoint("Restez-vous assis·e régulièrement ?")).toBe(true);
    expect(withInclusivePoint("3 séances · 20 min · N·m/kg")).toBe(false);
    expect(frenchTextsIn(core).filter(withInclusivePoint)).toEqual([]);
  });

  it("names the weeks of each phase without making a verb agree with them", () => {
    const reason = phasesReason([
      { phase: "wake-up", fromWeek: 1, toWeek: 1 },
      { phase: "strengthen", fromWeek: 2, toWeek: 3 },
      { phase: "integrate", fromWeek: 4, toWeek: 6 },
    ]);
    expect(reason.fr).toBe(
      "D’abord, en semaine 1, on réveille les muscles endormis de la hanche\u00a0; en semaines 2 et 3, on les renforce\u00a0; en semaines 4 à 6, on fait passer cette force dans la station debout, les escaliers et votre sport.",
    );
    expect(reason.en).toBe(
      "First, in week 1, we wake up the sleepy hip muscles; in weeks 2–3, we make them stronger; in weeks 4–6, we carry that strength into standing, stairs and your sport.",
    );
  });

  it("every program, its exercises and doses, its load note and its revisions read as French", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.integer({ min: 3, max: 12 }),
        fc.array(
          fc.record({
            surplus: fc.integer({ min: -2, max: 6 }),
            hurtPain: fc.integer({ min: 2, max: 9 }),
            morningPain: fc.integer({ min: 0, max: 7 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (answers, weeks, days) => {
          const generated = generateProgram(answers, { startDate: "2026-03-02", weeks, id: "p-fr" });
          if (!generated.ok) throw new Error(generated.error.message);
          let program = generated.value;
          const planned = [...program.warmUp, ...program.sessions.flatMap((session) => session.exercises)];
          const texts = [
            ...program.rationale.map((reason) => reason.fr),
            ...planned.map((item) => findExercise(item.exerciseId)?.name.fr ?? item.exerciseId),
            ...planned.map((item) => describeDose(item.dose, "fr")),
            loadManagementNote(answers)?.fr ?? "",
          ];
          const logs: SessionLog[] = [];
          const checkIns: MorningCheckIn[] = [];
          program.sessions.slice(0, days.length).forEach((session, i) => {
            const day = days[i];
            if (day === undefined) return;
            logs.push({
              id: `log-${session.id}`,
              programId: program.id,
              plannedSessionId: session.id,
              date: session.date,
              kind: session.kind,
              completed: true,
              entries: session.exercises.map(({ exerciseId, dose }, index) => ({
                exerciseId,
                sets: [
                  {
                    side: "both",
                    ...(dose.mode === "reps" ? { reps: Math.max(0, dose.reps + day.surplus) } : {}),
                    ...(dose.mode === "hold" ? { holdSeconds: dose.holdSeconds + 5 * day.surplus } : {}),
                    ...(dose.mode === "timed"
                      ? { durationSeconds: dose.durationSeconds + 5 * day.surplus }
                      : {}),
                  },
                ],
                painDuring: index === 0 ? day.hurtPain : 2,
                rpe: 5,
              })),
            });
            checkIns.push({
              date: addDays(session.date, 1),
              pain: day.morningPain,
              settled: day.morningPain < 4,
            });
            const outcome = reviseProgram(program, logs, checkIns, addDays(session.date, 1), { answers });
            program = outcome.program;
            texts.push(
              outcome.revision?.reason.fr ?? "",
              ...outcome.recommendations.map((recommendation) => recommendation.reason.fr),
            );
          });
          expectFrench(texts);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("every sign of the safety screen, alone or together, at every age, reads as French", () => {
    const questions = Object.keys(RedFlagAnswersSchema.shape) as (keyof RedFlagAnswers)[];
    fc.assert(
      fc.property(
        fc.subarray(questions),
        fc.integer({ min: 5, max: 90 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        fc.integer({ min: 0, max: 10 }),
        (yes, ageYears, injuryDaysAgo, pain) => {
          const answers = AnswersSchema.parse({
            ...personas.frenchTriathlete,
            person: { ...personas.frenchTriathlete.person, ageYears },
            redFlags: {
              ...personas.frenchTriathlete.redFlags,
              ...Object.fromEntries(yes.map((q) => [q, true])),
            },
            symptoms: {
              ...personas.frenchTriathlete.symptoms,
              painNow: pain,
              painUsual: pain,
              painWorst: 10,
            },
            injury:
              injuryDaysAgo === null
                ? null
                : {
                    daysAgo: injuryDaysAgo,
                    tenderOnlyOnKneecap: pain > 5,
                    tenderAtFibulaHead: false,
                    cannotBendTo90: pain > 7,
                    couldNotTakeFourSteps: false,
                  },
          });
          const screen = screenRedFlags(answers);
          expectFrench([
            screen.advice.fr,
            screen.nextStep.fr,
            ...screen.cautions.map((caution) => caution.fr),
            ...screen.flags.flatMap((flag) => [
              flag.reason.fr,
              flag.whoToSee.fr,
              flag.howSoon.fr,
              flag.advice.fr,
            ]),
          ]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
