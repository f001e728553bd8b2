import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswersSchema, SPORTS, type Answers } from "../intake/answers.js";
import { equipmentInUse, findExercise, ladderOf, ladders } from "../knowledge/library.js";
import { EQUIPMENT, type Equipment } from "../knowledge/schema.js";
import { personas } from "../personas/index.js";
import { SEVERE_REST_PAIN_MIN } from "../screening/situation-red-flags.js";
import { addDays, WEEKDAYS, weekdayOf, type Weekday } from "../shared/dates.js";
import { generateProgram } from "./generate-program.js";
import { ProgramSchema, BLOCKS, type PlannedSession, type Program } from "./schema.js";
import {
  GLUTE_MED_LADDER,
  HOUSEHOLD_EQUIPMENT,
  SESSION_MINUTES_MAX,
  SESSION_MINUTES_MIN,
  WARM_UP_MINUTES_MAX,
  isKneeFocused,
} from "./select-exercises.js";

const START = "2026-03-02"; // a Monday

function programFor(answers: Answers, weeks?: number): Program {
  const result = generateProgram(
    answers,
    weeks === undefined ? { startDate: START } : { startDate: START, weeks },
  );
  if (!result.ok) throw new Error(`expected a program, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

const strengthSessions = (program: Program): PlannedSession[] =>
  program.sessions.filter((session) => session.kind === "strength");
const idsOf = (session: PlannedSession): string[] => session.exercises.map((exercise) => exercise.exerciseId);
const dayNames = (program: Program): Weekday[] => [
  ...new Set(strengthSessions(program).map((session) => weekdayOf(session.date))),
];

describe("generateProgram for named people", () => {
  it("Dana, a runner with kneecap pain and a Sunday long run, trains twice a week, away from Sunday and the day before", () => {
    const program = programFor(personas.runnerPfp);
    expect(ProgramSchema.parse(program)).toEqual(program);
    expect(program.weeks).toBe(6);
    expect(dayNames(program)).toEqual(["mon", "thu"]);
    expect(program.checkpoints.map((checkpoint) => checkpoint.week)).toEqual([2, 4, 6]);
    expect(program.rationale.map((reason) => reason.en)).toEqual(
      expect.arrayContaining([
        "Strength sessions are twice a week, on Monday and Thursday (two a week are enough to build strength).",
        expect.stringContaining("None falls on your hard running days (Sunday) or the day before"),
      ]),
    );
  });

  it("Dana gets a third weekly session only when she asks for it, still clear of Saturday and Sunday", () => {
    const program = programFor({ ...personas.runnerPfp, strengthSessionsPerWeek: 3 });
    expect(dayNames(program)).toEqual(["mon", "tue", "fri"]);
    expect(program.rationale.some((reason) => reason.en.includes("three times a week"))).toBe(true);
  });

  it("Dana's gluteus medius ladder climbs one rung per phase: clamshell, banded clamshell, side-lying leg lift", () => {
    const program = programFor(personas.runnerPfp);
    const rungs = strengthSessions(program).map(
      (session) => session.exercises.find((planned) => planned.ladderId === GLUTE_MED_LADDER)?.exerciseId,
    );
    expect([...new Set(rungs)]).toEqual(["clamshell", "banded-clamshell", "side-lying-leg-lift"]);
  });

  it("Alex, with no band, warms up the side hip with abductor lifts rather than bridge and stretch alone", () => {
    const program = programFor({ ...personas.deskWorker, equipment: [] });
    expect(program.warmUp.map((planned) => planned.exerciseId)).toContain("abductor-lifts");
  });

  it("Dana's loop band is enough for seed 003's side kick and lateral walk", () => {
    const program = programFor(personas.runnerPfp);
    expect(program.warmUp.map((planned) => planned.exerciseId)).toEqual(
      expect.arrayContaining(["band-side-kick", "band-lateral-walk"]),
    );
  });

  it("Dana's usual pain of 4/10 keeps high knee-load exercises out of the first four weeks", () => {
    const program = programFor(personas.runnerPfp);
    const early = strengthSessions(program).filter((session) => session.week <= 4);
    const loads = early.flatMap((session) =>
      session.exercises.map((exercise) => findExercise(exercise.exerciseId)?.kneeLoad),
    );
    expect(loads).not.toContain("high");
    expect(
      strengthSessions(program)
        .filter((session) => session.week === 1)
        .flatMap((s) => s.exercises)
        .map((e) => findExercise(e.exerciseId)?.kneeLoad),
    ).toEqual(expect.arrayContaining(["low"]));
  });

  it("Dana, a runner, gets the seed 003 warm-up on her Sunday run and no band exercise she cannot do without the right band", () => {
    const program = programFor(personas.runnerPfp);
    const warmUps = program.sessions.filter((session) => session.kind === "warm-up");
    expect(warmUps).toHaveLength(6);
    expect(warmUps.every((session) => weekdayOf(session.date) === "sun")).toBe(true);
    expect(program.warmUp.length).toBeGreaterThan(0);
    expect(
      program.sessions.find((session) => session.kind === "warm-up")?.estimatedMinutes,
    ).toBeLessThanOrEqual(WARM_UP_MINUTES_MAX);
  });

  it("Marco, a cyclist with outer-knee (IT band) pain, rolls the IT band and favours gluteal-selective exercises", () => {
    const program = programFor(personas.cyclistItb);
    const first = strengthSessions(program)[0];
    expect(first?.exercises[0]).toMatchObject({ exerciseId: "foam-roll-it-band", block: "release" });
    expect(idsOf(first ?? strengthSessions(program)[0]!)).toContain("clamshell");
    const strengthen = strengthSessions(program).find((session) => session.week === 3);
    expect(strengthen === undefined ? [] : idsOf(strengthen)).toContain("single-leg-bridge");
    expect(program.rationale.some((reason) => reason.en.includes("outside of the knee"))).toBe(true);
    expect(dayNames(program).some((day) => day === "sat" || day === "sun")).toBe(false);
  });

  it("Priya, a yoga teacher with no pain, ends each session with a pose for each hip compartment", () => {
    const program = programFor(personas.yogaTeacherNoPain);
    for (const session of strengthSessions(program)) {
      const compartments = session.exercises
        .map((exercise) => findExercise(exercise.exerciseId)?.compartment)
        .filter(Boolean);
      expect(new Set(compartments)).toEqual(new Set(["outer", "inner", "front"]));
    }
    expect(program.rationale.some((reason) => reason.en.includes("pain up to 5/10"))).toBe(false);
  });

  it("Sam, with a hot swollen knee and fever, gets no program but is told to go to an emergency department", () => {
    const result = generateProgram(personas.redFlagPerson, { startDate: START });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("needs-clinician");
    expect(result.error.message).toMatch(/emergency department/);
  });

  it("Ruth, injured two days ago at 58, is sent for an X-ray first (Ottawa knee rules)", () => {
    const result = generateProgram(personas.injuredOttawa, { startDate: START });
    expect(result.ok ? "program" : result.error.kind).toBe("needs-clinician");
  });

  it("Camille reads her program's reasons in French as well as English", () => {
    const program = programFor(personas.frenchTriathlete);
    expect(program.language).toBe("fr");
    expect(
      program.rationale.every(
        (reason) => reason.en.length > 0 && reason.fr.length > 0 && reason.en !== reason.fr,
      ),
    ).toBe(true);
    expect(
      program.rationale.some((reason) => reason.fr.includes("Aucune ne tombe sur vos grosses journées")),
    ).toBe(true);
  });

  it("every session mixes hip-focused work with one knee-focused (quadriceps) exercise", () => {
    for (const answers of [
      personas.runnerPfp,
      personas.cyclistItb,
      personas.deskWorker,
      personas.yogaTeacherNoPain,
    ]) {
      for (const session of strengthSessions(programFor(answers))) {
        const exercises = session.exercises.map((exercise) => findExercise(exercise.exerciseId));
        expect(exercises.some((exercise) => exercise !== undefined && isKneeFocused(exercise))).toBe(true);
        expect(
          exercises.some(
            (exercise) => exercise !== undefined && !isKneeFocused(exercise) && exercise.kind !== "stretch",
          ),
        ).toBe(true);
      }
    }
  });

  it("Tom, a cyclist free only on his Saturday and Sunday ride days, still gets two sessions and is told why", () => {
    const program = programFor({ ...personas.cyclistItb, availableDays: ["sat", "sun"] });
    expect(dayNames(program)).toEqual(["sat", "sun"]);
    expect(
      program.rationale.some((reason) =>
        reason.en.startsWith(
          "Your available days leave no other choice than Saturday and Sunday, a hard cycling day",
        ),
      ),
    ).toBe(true);
    expect(program.rationale.some((reason) => reason.en.includes("consecutive days"))).toBe(true);
  });

  it("asks Alex for a training day rather than making a program without sessions", () => {
    const result = generateProgram({ ...personas.deskWorker, availableDays: [] }, { startDate: START });
    expect(result.ok ? "program" : result.error).toMatchObject({
      kind: "invalid-input",
      field: "availableDays",
    });
  });

  it("refuses a program length outside 3–12 weeks", () => {
    const result = generateProgram(personas.deskWorker, { startDate: START, weeks: 13 });
    expect(result.ok ? "program" : result.error).toMatchObject({ kind: "invalid-input", field: "weeks" });
  });
});

const weekdaysArb = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 });
const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    base: fc.constantFrom(
      personas.runnerPfp,
      personas.cyclistItb,
      personas.yogaTeacherNoPain,
      personas.deskWorker,
      personas.frenchTriathlete,
    ),
    availableDays: weekdaysArb,
    equipment: fc.uniqueArray(fc.constantFrom(...EQUIPMENT)),
    sports: fc.uniqueArray(
      fc.record({
        sport: fc.constantFrom(...SPORTS),
        hardDays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 3 }),
      }),
      {
        maxLength: 3,
        selector: (activity) => activity.sport,
      },
    ),
    // Pain at rest of 8/10 or more sends the person to a clinician first: no program to check.
    pain: fc.integer({ min: 0, max: SEVERE_REST_PAIN_MIN - 1 }),
    perWeek: fc.constantFrom(undefined, 2, 3),
  })
  .map(({ base, availableDays, equipment, sports, pain, perWeek }) =>
    AnswersSchema.parse({
      ...base,
      ...(perWeek === undefined ? {} : { strengthSessionsPerWeek: perWeek }),
      availableDays,
      equipment,
      activities: sports.map((activity) => ({ ...activity, sessionsPerWeek: 3, minutesPerSession: 45 })),
      symptoms:
        base.symptoms === null
          ? null
          : {
              ...base.symptoms,
              painNow: pain,
              painUsual: pain,
              painWorst: Math.max(pain, base.symptoms.painWorst),
            },
    }),
  );
const optionsArb = fc.record({
  startDate: fc.integer({ min: 0, max: 3650 }).map((days) => addDays("2024-01-01", days)),
  weeks: fc.integer({ min: 3, max: 12 }),
});

const next = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7] ?? day;
const hardDaysOf = (answers: Answers): Weekday[] =>
  answers.activities.flatMap((activity) => activity.hardDays);

/** Every choice of `size` days from `available` (brute force). */
function choicesOf(available: readonly Weekday[], size: number): Weekday[][] {
  if (size === 0) return [[]];
  const [first, ...rest] = available;
  if (first === undefined) return [];
  return [...choicesOf(rest, size - 1).map((choice) => [first, ...choice]), ...choicesOf(rest, size)];
}

/** Ladder positions of the steps whose equipment is at hand. */
function ladderStepsOpen(ladderId: string, atHand: ReadonlySet<Equipment>): number[] {
  const ladder = ladders.find((candidate) => candidate.id === ladderId);
  return (ladder?.steps ?? []).flatMap((id, index) => {
    const exercise = findExercise(id);
    return exercise !== undefined && equipmentInUse(exercise, atHand) !== undefined ? [index] : [];
  });
}

describe("generateProgram properties", () => {
  const settings = { numRuns: 60 };

  it("produces schema-valid programs on the person's available days, 2–3 strength sessions a week", () => {
    fc.assert(
      fc.property(answersArb, optionsArb, (answers, options) => {
        const program = programFor(answers, options.weeks);
        expect(ProgramSchema.safeParse(program).success).toBe(true);
        const strength = strengthSessions(program);
        expect(strength.every((session) => answers.availableDays.includes(weekdayOf(session.date)))).toBe(
          true,
        );
        for (let week = 1; week <= program.weeks; week += 1) {
          const count = strength.filter((session) => session.week === week).length;
          expect(count).toBe(Math.min(answers.strengthSessionsPerWeek ?? 2, answers.availableDays.length));
        }
      }),
      settings,
    );
  });

  it("no strength session on or the day before a hard sport day when another choice of days avoids it", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const program = programFor(answers);
        const hard = new Set(hardDaysOf(answers));
        const clashes = (days: readonly Weekday[]): number =>
          days.filter((day) => hard.has(day) || hard.has(next(day))).length;
        const chosen = dayNames(program);
        const fewest = Math.min(...choicesOf(answers.availableDays, chosen.length).map(clashes));
        expect(clashes(chosen)).toBe(fewest);
        // The words agree with the days: "None falls on your hard days" only when none does.
        const saysClear = program.rationale.some((reason) => reason.en.startsWith("None falls on your hard"));
        expect(saysClear).toBe(hard.size > 0 && clashes(chosen) === 0);
      }),
      settings,
    );
  });

  it("keeps one gluteus medius rung in every week of a program with pain, moving at most one step week to week", () => {
    fc.assert(
      fc.property(answersArb, optionsArb, (answers, options) => {
        fc.pre(answers.symptoms !== null);
        const program = programFor(answers, options.weeks);
        const rungByWeek = new Map<number, number>();
        for (const session of strengthSessions(program)) {
          const onLadder = session.exercises.filter((planned) => planned.ladderId === GLUTE_MED_LADDER);
          expect(onLadder).toHaveLength(1);
          const index = ladderOf(onLadder[0]?.exerciseId ?? "")?.index ?? -1;
          expect(rungByWeek.get(session.week) ?? index).toBe(index);
          rungByWeek.set(session.week, index);
        }
        // Steps the person can do (equipment at hand) are the ladder they climb: count in those.
        const atHand = new Set([...answers.equipment, ...HOUSEHOLD_EQUIPMENT]);
        const open = ladderStepsOpen(GLUTE_MED_LADDER, atHand);
        for (let week = 2; week <= program.weeks; week += 1) {
          const before = open.indexOf(rungByWeek.get(week - 1) ?? -1);
          const now = open.indexOf(rungByWeek.get(week) ?? -1);
          expect(Math.abs(now - before)).toBeLessThanOrEqual(1);
        }
      }),
      settings,
    );
  });

  it("no ladder starts above a rung the person could do and never did (decision 0645)", () => {
    fc.assert(
      fc.property(answersArb, optionsArb, (answers, options) => {
        const program = programFor(answers, options.weeks);
        const atHand = new Set([...answers.equipment, ...HOUSEHOLD_EQUIPMENT]);
        const held = new Map<string, number>();
        const warmUps = program.sessions.some((session) => session.kind === "warm-up") ? program.warmUp : [];
        for (const planned of warmUps) {
          const placement = ladderOf(planned.exerciseId);
          if (placement === undefined) continue;
          held.set(
            placement.ladder.id,
            Math.min(placement.index, held.get(placement.ladder.id) ?? placement.index),
          );
        }
        for (const session of strengthSessions(program)) {
          for (const planned of session.exercises) {
            const placement = ladderOf(planned.exerciseId);
            if (placement === undefined) continue;
            const open = ladderStepsOpen(placement.ladder.id, atHand).filter(
              (index) => index < placement.index,
            );
            const before = held.get(placement.ladder.id);
            if (open.length > 0) expect(before, `${planned.exerciseId} in ${session.id}`).toBeDefined();
          }
          for (const planned of session.exercises) {
            const placement = ladderOf(planned.exerciseId);
            if (placement === undefined) continue;
            held.set(placement.ladder.id, Math.max(placement.index, held.get(placement.ladder.id) ?? 0));
          }
        }
      }),
      settings,
    );
  });

  it("every warm-up has side-hip (gluteus medius) work, with the equipment at hand", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const program = programFor(answers);
        expect(
          program.warmUp.some((planned) =>
            findExercise(planned.exerciseId)?.targets.some(
              (target) => target.structureId === "gluteus-medius" && target.role === "prime-mover",
            ),
          ),
        ).toBe(true);
      }),
      settings,
    );
  });

  it("orders every session release → activation → balance → strength → stretch, with library doses and equipment at hand", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const program = programFor(answers);
        const atHand = new Set([...answers.equipment, ...HOUSEHOLD_EQUIPMENT]);
        for (const session of strengthSessions(program)) {
          const ranks = session.exercises.map((exercise) => BLOCKS.indexOf(exercise.block));
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          expect(session.estimatedMinutes).toBeLessThanOrEqual(SESSION_MINUTES_MAX);
          expect(session.estimatedMinutes).toBeGreaterThanOrEqual(SESSION_MINUTES_MIN);
          expect(new Set(idsOf(session)).size).toBe(session.exercises.length);
          for (const planned of session.exercises) {
            const exercise = findExercise(planned.exerciseId);
            expect(exercise?.dose).toEqual(planned.dose);
            expect(exercise && equipmentInUse(exercise, atHand)).toBeDefined();
            expect(planned.ladderId).toBe(ladderOf(planned.exerciseId)?.ladder.id);
          }
        }
        for (const planned of program.warmUp) {
          const exercise = findExercise(planned.exerciseId);
          expect(exercise && equipmentInUse(exercise, atHand)).toBeDefined();
          expect(planned.dose).toEqual({ ...findExercise(planned.exerciseId)?.dose, sets: 1 });
        }
      }),
      settings,
    );
  });

  it("refuses whenever the red-flag screen blocks self-management", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(
          "hotSwollenKneeWithFever",
          "kneeLocks",
          "calfPainSwellingWarmth",
          "footColdPaleOrNumb",
        ),
        (answers, flag) => {
          const result = generateProgram(
            { ...answers, redFlags: { ...answers.redFlags, [flag]: true } },
            { startDate: START },
          );
          expect(result.ok ? "program" : result.error.kind).toBe("needs-clinician");
        },
      ),
      { numRuns: 20 },
    );
  });

  it("is deterministic: the same answers and options give a deep-equal program", () => {
    fc.assert(
      fc.property(answersArb, optionsArb, (answers, options) => {
        expect(generateProgram(structuredClone(answers), options)).toEqual(generateProgram(answers, options));
      }),
      { numRuns: 30 },
    );
  });
});
