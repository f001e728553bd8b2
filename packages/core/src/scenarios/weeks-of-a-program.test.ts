/**
 * Physiotherapist scenarios over weeks of a program (decision 0645): people a physiotherapist meets, their pain,
 * logs and mornings day by day on the real calendar, and what the program then does. Each expectation is what the
 * cited source says should happen, not the code's answer; where the sources are silent the scenario says so and the
 * decision records the gap.
 */
import { expect } from "vitest";
import type { Answers } from "../intake/answers.js";
import { findExercise, ladderOf } from "../knowledge/library.js";
import { exerciseLimits } from "../program/generate-program.js";
import type { PlannedSession, Program } from "../program/schema.js";
import { limitBreach } from "../program/select-exercises.js";
import type { RevisionOutcome } from "../progression/revise-program.js";
import { rescreenStateOf } from "../progression/rescreen-state.js";
import { addDays, type IsoDate } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { personas } from "../personas/index.js";
import {
  START,
  type Done,
  type Scenario,
  describeScenarios,
  expectStopsWithReferral,
  holdOn,
  idsOf,
  injured,
  logOf,
  morning,
  nth,
  painOn,
  pairUp,
  programFor,
  revise,
  revisionText,
  screenTexts,
  settledAfter,
  strength,
  verdictAt,
  withFlags,
  withSymptoms,
} from "../testing/physio-scenarios.js";

const dana = personas.runnerPfp;
const marco = personas.cyclistItb;
const priya = personas.yogaTeacherNoPain;
const alex = personas.deskWorker;
const camille = personas.frenchTriathlete;

const GLUTE_MED = "side-lying-abduction";

/** Every morning of `from` … `from + pains.length - 1` with these pains, settled when not above the first. */
function mornings(from: IsoDate, pains: readonly number[]): MorningCheckIn[] {
  return pains.map((pain, day) => morning(addDays(from, day), pain, pain <= (pains[0] ?? pain)));
}

/** The step of a ladder a session holds, or undefined. */
function stepOf(session: PlannedSession | undefined, ladderId: string): number | undefined {
  const planned = session?.exercises.find((item) => ladderOf(item.exerciseId)?.ladder.id === ladderId);
  return planned === undefined ? undefined : ladderOf(planned.exerciseId)?.index;
}

type Day = { readonly date: IsoDate; readonly outcome: RevisionOutcome };

/**
 * Weeks of a program lived on the calendar: each strength session logged on its day (as `done` says), the rules run
 * after it, then a settled morning the next day and the rules again, as the server does after every write.
 */
function live(
  answers: Answers,
  done: (session: PlannedSession) => Readonly<Record<string, Done>>,
  until: IsoDate,
  held: (log: SessionLog) => SessionLog = (log) => log,
): { program: Program; days: Day[] } {
  let program = programFor(answers);
  const logs: SessionLog[] = [];
  const checkIns: MorningCheckIn[] = [];
  const days: Day[] = [];
  for (const { id } of strength(program).filter((session) => session.date <= until)) {
    const session = program.sessions.find((candidate) => candidate.id === id);
    if (session === undefined) throw new Error(`session ${id}`);
    logs.push(held(logOf(program, session, done(session), { painBefore: 2 })));
    const afterSession = revise(answers, program, logs, checkIns, session.date);
    days.push({ date: session.date, outcome: afterSession });
    program = afterSession.program;
    checkIns.push(morning(addDays(session.date, 1), 2));
    const nextMorning = revise(answers, program, logs, checkIns, addDays(session.date, 1));
    days.push({ date: addDays(session.date, 1), outcome: nextMorning });
    program = nextMorning.program;
  }
  return { program, days };
}

/** Beat every loaded exercise's target by the 2-for-2 margin; stretches and releases done as planned. */
function tooEasy(session: PlannedSession): Record<string, Done> {
  return Object.fromEntries(
    session.exercises
      .filter((planned) => planned.dose.mode === "reps")
      .map((planned) => {
        const reps = planned.dose.mode === "reps" ? planned.dose.reps + 2 : 0;
        return [planned.exerciseId, { left: reps, right: reps }];
      }),
  );
}

/** Every hold of the session (single-leg stance, wall sit, planks) held `extraSeconds` longer than asked. */
function holdsLonger(extraSeconds: number): (log: SessionLog) => SessionLog {
  return (log) => ({
    ...log,
    entries: log.entries.map((entry) => ({
      ...entry,
      sets: entry.sets.map((set) =>
        set.holdSeconds === undefined ? set : { ...set, holdSeconds: set.holdSeconds + extraSeconds },
      ),
    })),
  });
}

/** The weeks of a program whose strength sessions hold an exercise. */
function weeksHolding(program: Program, exerciseId: string): number[] {
  return [
    ...new Set(
      strength(program)
        .filter((session) => idsOf(session).includes(exerciseId))
        .map((session) => session.week),
    ),
  ];
}

/**
 * No ladder step without the rung below: each exercise above the bottom of its ladder comes after a session (or a
 * warm-up) holding a lower step, unless every lower step needs equipment the person has not got (decision 0160).
 */
function expectNoSkippedRung(answers: Answers, program: Program): void {
  const limits = exerciseLimits(answers, "integrate");
  const held = new Map<string, number>();
  for (const planned of program.sessions.some((session) => session.kind === "warm-up")
    ? program.warmUp
    : []) {
    const placement = ladderOf(planned.exerciseId);
    if (placement !== undefined) held.set(placement.ladder.id, placement.index);
  }
  for (const session of strength(program)) {
    for (const planned of session.exercises) {
      const placement = ladderOf(planned.exerciseId);
      if (placement === undefined || placement.index === 0) continue;
      const lowerDoable = placement.ladder.steps.slice(0, placement.index).filter((id) => {
        const exercise = findExercise(id);
        return exercise !== undefined && limitBreach(exercise, limits) !== "equipment";
      });
      const before = held.get(placement.ladder.id);
      expect(
        lowerDoable.length === 0 ||
          (before !== undefined && before < placement.index) ||
          before === placement.index,
        `${planned.exerciseId} in ${session.id} without a lower rung of ${placement.ladder.id} before it`,
      ).toBe(true);
    }
    for (const planned of session.exercises) {
      const placement = ladderOf(planned.exerciseId);
      if (placement === undefined) continue;
      held.set(placement.ladder.id, Math.max(placement.index, held.get(placement.ladder.id) ?? 0));
    }
  }
}

const WEEK_ROWS: readonly Scenario[] = [
  {
    id: "PW-01",
    story:
      "Marco, a cyclist with pain on the outside of his left knee, has 2/10 mornings for a week, then over the next " +
      "six mornings it creeps 2, 2, 3, 3, 3, 4.",
    expected:
      "A point up is not yet a sharp rise: the program goes on. The 4/10, two points above the week's usual 2/10 " +
      "and out of the safe band, stops the exercises until the warning signs are asked again.",
    source:
      "docs/clinical §7.2 (re-screen whenever pain rises sharply); §6 (NPRS: 2 points is the smallest change that " +
      "counts, Farrar 2001); §5.4 (0–2/10 safe)",
    check: () => {
      let program = programFor(marco);
      const checkIns = mornings(START, [2, 2, 2, 2, 2, 2, 2]);
      const creep = [2, 2, 3, 3, 3, 4];
      const texts: Localized[] = [];
      creep.forEach((pain, day) => {
        const date = addDays(START, 7 + day);
        checkIns.push(morning(date, pain, pain <= 2));
        const outcome = revise(marco, program, [], checkIns, date);
        program = outcome.program;
        if (pain < 4) expect(program.rescreen, `${date} at ${pain}/10`).toBeUndefined();
        else {
          expect(program.rescreen?.pausedOn).toBe(date);
          expect(outcome.recommendations.every((item) => item.action === "stop")).toBe(true);
          expect(outcome.revision?.reason.en).toMatch(/jumped to 4\/10.*warning-sign questions again/);
          texts.push(...revisionText(outcome));
        }
      });
      return texts;
    },
  },
  {
    id: "PW-02",
    story:
      "Priya, a yoga teacher without knee pain, feels her knee only in Warrior 1 (6/10) in week 3; everything else " +
      "is 1/10. In week 5 Half moon hurts 7/10.",
    expected:
      "Only the pose that hurt changes: Warrior 1 is held a quarter shorter, the rest of her session is untouched " +
      "and nothing stops. Half moon steps back to Tree pose, the rung below on the same ladder, never a harder pose.",
    source:
      "docs/clinical §5.4 (above 5/10 during: an easier version or less of it); seed:001 (the standing poses); " +
      "docs/clinical §4.3 (order)",
    check: () => {
      const program = programFor(priya);
      const weekThree = strength(program).filter((session) => session.week === 3);
      const [first, second] = weekThree;
      if (first === undefined || second === undefined) throw new Error("two sessions in week 3");
      const onlyWarrior = Object.fromEntries(
        idsOf(first).map((id) => [id, { pain: id === "warrior-1" ? 6 : 1 }]),
      );
      const outcome = revise(priya, program, [logOf(program, first, onlyWarrior)], [], first.date);
      expect(outcome.revision?.changes).toEqual([
        {
          exerciseId: "warrior-1",
          from: expect.objectContaining({ holdSeconds: 30 }),
          to: expect.objectContaining({ holdSeconds: 23 }),
        },
      ]);
      const after = outcome.program.sessions.find((session) => session.id === second.id);
      expect(after?.exercises.filter((planned) => planned.exerciseId !== "warrior-1")).toEqual(
        second.exercises.filter((planned) => planned.exerciseId !== "warrior-1"),
      );
      expect(outcome.program.rescreen).toBeUndefined();

      const weekFive = strength(program).find((session) => session.week === 5);
      if (weekFive === undefined || !idsOf(weekFive).includes("half-moon")) {
        throw new Error("half moon in week 5");
      }
      const halfMoon = revise(
        priya,
        program,
        [logOf(program, weekFive, { "half-moon": { pain: 7 } })],
        [],
        weekFive.date,
      );
      expect(halfMoon.revision?.changes).toContainEqual({
        exerciseId: "half-moon",
        from: "half-moon",
        to: "tree-pose",
      });
      return [...revisionText(outcome), ...revisionText(halfMoon)];
    },
  },
  {
    id: "PW-03",
    story:
      "Alex sits all day and his knees cave in on the stairs (seed 004's knee valgus). He does every session of " +
      "the six weeks exactly as planned, painless, with settled mornings.",
    expected:
      "The hip ladder climbs one rung a phase: clamshell, then side-lying leg lift (banded clamshell needs a band " +
      "he has not got), then side plank with abduction. No ladder starts above a rung he never did: no front plank " +
      "before the quadruped hip extension, no single-leg squat before single-leg work. Nothing at target changes " +
      "the doses.",
    source:
      "seed:004 (hip abductors and knee valgus); docs/clinical §4.3 (progression order) and §5.2 (6-week " +
      "programmes); decision 0160 (a rung skipped only for missing equipment)",
    check: () => {
      const { program, days } = live(alex, () => ({}), addDays(START, 41));
      expect(days.every(({ outcome }) => outcome.revision === null)).toBe(true);
      const byWeek = (week: number) => strength(program).find((session) => session.week === week);
      expect(
        [1, 3, 5].map((week) => idsOf(byWeek(week)).find((id) => ladderOf(id)?.ladder.id === GLUTE_MED)),
      ).toEqual(["clamshell", "side-lying-leg-lift", "side-plank-abduction"]);
      expectNoSkippedRung(alex, program);
      const after = {
        "front-plank-hip-extension": "quadruped-hip-extension",
        "single-leg-squat": "single-leg-stance",
      };
      for (const session of strength(program)) {
        for (const [harder, rungBelow] of Object.entries(after)) {
          if (!idsOf(session).includes(harder)) continue;
          expect(
            strength(program).some(
              (earlier) => earlier.date < session.date && idsOf(earlier).includes(rungBelow),
            ),
            `${harder} in ${session.id}`,
          ).toBe(true);
        }
      }
      return [];
    },
  },
  {
    id: "PW-04",
    story:
      "Dana's clamshells hurt 6/10 during the first session, 2/10 right after it, and the next morning is settled.",
    expected:
      "Pain during above 5/10 is answered once: the clamshell a quarter smaller. The low pain after and the settled " +
      "morning take nothing more off.",
    source: "docs/clinical §5.4 (above 5/10 during: less; after may reach 5/10; settled next morning: keep)",
    check: () => {
      const program = programFor(dana);
      const first = nth(program, 0);
      const log = logOf(program, first, { clamshell: { pain: 6 } }, { painBefore: 2, painAfter: 2 });
      const outcome = revise(dana, program, [log], [], first.date);
      expect(outcome.revision?.changes).toEqual([
        {
          exerciseId: "clamshell",
          from: expect.objectContaining({ reps: 10 }),
          to: expect.objectContaining({ reps: 8 }),
        },
      ]);
      const nextMorning = revise(dana, outcome.program, [log], settledAfter([first]), addDays(first.date, 1));
      expect(nextMorning.revision).toBeNull();
      return revisionText(outcome);
    },
  },
  {
    id: "PW-05",
    story:
      "Alex's knees both hurt; Dana's only the right. Alex's right leg manages 11 clamshells while his left does " +
      "12, two sessions in a row.",
    expected:
      "The sources give no dose by side: both legs do the same work whichever knee hurts. The step up waits for the " +
      "weaker leg (the painful side is usually the weaker one).",
    source:
      "docs/clinical §5.2 (Fredericson 2000: the painful limb's hip abduction weaker) and §5.3 (2-for-2 on the " +
      "final set); decision 0030",
    check: () => {
      const sides = (["left", "right", "both"] as const).map((knee) =>
        strength(programFor(withSymptoms(dana, { knee }))).map((session) => session.exercises),
      );
      expect(sides[1]).toEqual(sides[0]);
      expect(sides[2]).toEqual(sides[0]);
      const program = programFor(alex);
      const [first, second] = [nth(program, 0), nth(program, 1)];
      const logs = [first, second].map((session) =>
        logOf(program, session, { clamshell: { left: 12, right: 11 } }),
      );
      const outcome = revise(alex, program, logs, settledAfter([first, second]), second.date);
      expect(outcome.revision).toBeNull();
      expect(outcome.recommendations.find((item) => item.exerciseId === "clamshell")?.action).toBe("keep");
      return outcome.recommendations.map((item) => item.reason);
    },
  },
  {
    id: "PW-06",
    story: "Week 3: Marco's knee locks and will not straighten.",
    expected: "The program stops; a doctor or acute knee clinic within a day or two.",
    source: "docs/clinical §7.2 (urgent: a locked knee)",
    check: () =>
      screenTexts(expectStopsWithReferral(withFlags(marco, { kneeLocks: true }), "knee-locks", "urgent")),
  },
  {
    id: "PW-07",
    story: "Week 3: Dana's knee now aches at night and at rest, and painkillers do not ease it.",
    expected: "The program stops; the GP within a day or two, who looks for the cause.",
    source: "docs/clinical §7.2 (urgent specialist pathway: constant night or rest pain)",
    check: () =>
      screenTexts(
        expectStopsWithReferral(
          withFlags(dana, { constantNightOrRestPain: true }),
          "constant-night-or-rest-pain",
          "urgent",
        ),
      ),
  },
  {
    id: "PW-08",
    story: "Week 3: Dana falls while running; the knee swells within two hours.",
    expected: "The program stops; the knee is examined within a day or two (bleeding into the joint).",
    source: "docs/clinical §7.2 (urgent: swelling within about 2 hours of an injury)",
    check: () =>
      screenTexts(
        expectStopsWithReferral(
          withFlags(injured(dana, { daysAgo: 0 }), { swellingWithinHoursOfInjury: true }),
          "swelling-within-hours-of-injury",
          "urgent",
        ),
      ),
  },
  {
    id: "PW-09",
    story:
      "Week 3: Alex falls on the stairs and could not take four steps then or now. Near miss: the same fall, " +
      "walking and bending fully, nothing tender on the bone.",
    expected:
      "The Ottawa rule asks for an X-ray today and the program stops; the near miss clears the rule and the " +
      "program goes on.",
    source: "docs/clinical §7.1 (Ottawa knee rules, Stiell 1995/1996)",
    check: () => {
      const screen = expectStopsWithReferral(
        injured(alex, { daysAgo: 0, couldNotTakeFourSteps: true }),
        "ottawa-x-ray",
        "urgent",
      );
      expect(screen.flags[0]?.whoToSee.en).toMatch(/X-ray/);
      expect(programFor(injured(alex, { daysAgo: 0 })).sessions.length).toBeGreaterThan(0);
      return screenTexts(screen);
    },
  },
  {
    id: "PW-10",
    story: "Week 3: Camille's leg feels numb and weak, worse each day; then her foot is cold, pale and numb.",
    expected:
      "Spreading numbness: the GP within a day or two. A cold, pale, numb foot: an emergency department now. Both " +
      "stop the program, in French.",
    source:
      "docs/clinical §7.2 (progressive loss of nerve function; a cold, pale or numb foot is an emergency)",
    check: () => {
      const numb = expectStopsWithReferral(
        withFlags(camille, { worseningNumbnessOrWeakness: true }),
        "worsening-numbness-or-weakness",
        "urgent",
      );
      const foot = expectStopsWithReferral(
        withFlags(camille, { footColdPaleOrNumb: true }),
        "foot-cold-pale-or-numb",
        "emergency",
      );
      expect(foot.flags[0]?.howSoon.fr.length).toBeGreaterThan(0);
      return [...screenTexts(numb), ...screenTexts(foot)];
    },
  },
  {
    id: "PW-11",
    story:
      "Dana logs her mornings at 2/10 for five days, then nothing for ten days, and comes back with 6/10, not " +
      "settled.",
    expected:
      "Four points above her last morning is a sharp rise, gap or not: the exercises stop until the warning signs " +
      "are asked again, and the message names the morning it compares with.",
    source: "docs/clinical §7.2 (re-screen whenever pain rises sharply); §6 (NPRS 2 points, Farrar 2001)",
    check: () => {
      const program = programFor(dana);
      const before = mornings(START, [2, 2, 2, 2, 2]);
      const back = addDays(START, 4 + 11);
      const outcome = revise(dana, program, [], [...before, morning(back, 6, false)], back);
      expect(outcome.program.rescreen?.pausedOn).toBe(back);
      expect(rescreenStateOf(outcome.program).state).toBe("paused");
      expect(outcome.revision?.reason.en).toMatch(
        /jumped to 6\/10 \(2\/10 at your last morning check-in, on 6 March 2026\)/,
      );
      expect(outcome.revision?.reason.en).not.toMatch(/not a reason to stop/);
      return revisionText(outcome);
    },
  },
  {
    id: "PW-12",
    story:
      "Near miss: Dana comes back after the same ten silent days at 2/10 and does her next session as planned.",
    expected:
      "Nothing is cut for the missed sessions and nothing stops: the next session is the one planned, and the " +
      "checkpoint counts what was done.",
    source:
      "decision 0030 (missed sessions cut nothing); docs/clinical §5.2 (trials needed about 80% of sessions)",
    check: () => {
      const program = programFor(dana);
      const back = addDays(START, 4 + 11);
      const outcome = revise(
        dana,
        program,
        [],
        [...mornings(START, [2, 2, 2, 2, 2]), morning(back, 2)],
        back,
      );
      expect(outcome.revision).toBeNull();
      expect(outcome.program.rescreen).toBeUndefined();
      return [];
    },
  },
  {
    id: "PW-13",
    story:
      "Camille warms up before her Saturday ride and Sunday run and does her strength work twice a week. The band " +
      "side kick of her warm-up hurts 6/10.",
    expected:
      "The warm-up keeps its exercises (they prepare the sport) and does less of the one that hurt, and says exactly " +
      "that, in French; her strength sessions stay as they are.",
    source: "seed:003 (warm-up before the sport); seed:002 (twice a week); docs/clinical §5.4; decision 0240",
    check: () => {
      const program = programFor(camille);
      const warmUp = program.sessions.find((session) => session.kind === "warm-up");
      if (warmUp === undefined) throw new Error("Camille warms up");
      const outcome = revise(
        camille,
        program,
        [logOf(program, warmUp, { "band-side-kick": { pain: 6 } })],
        [],
        warmUp.date,
      );
      const kick = outcome.program.warmUp.find((planned) => planned.exerciseId === "band-side-kick");
      expect(kick?.dose).toMatchObject({ reps: 15 });
      expect(outcome.revision?.reason.fr).toMatch(
        /6\/10 pendant l’exercice Coup de pied latéral avec élastique/,
      );
      expect(outcome.revision?.reason.fr).toMatch(/passe à 1 × 15 répétitions/);
      expect(outcome.revision?.reason.en).not.toMatch(/step back/);
      expect(strength(outcome.program).map((session) => session.exercises)).toEqual(
        strength(program).map((session) => session.exercises),
      );
      return revisionText(outcome);
    },
  },
  {
    id: "PW-14",
    story:
      "Dana's flare (2/10 mornings, then 4/10) stops the program; her re-screen the next day is clean. The week " +
      "after, her mornings stay at 4/10; then one morning is 6/10.",
    expected:
      "Resumed a quarter smaller; pain at the level the screen cleared does not stop it again, a further sharp " +
      "rise does.",
    source: "docs/clinical §7.2 (re-screen when pain rises sharply) and §5.4 (reduce, then build up)",
    check: () => {
      const program = programFor(dana);
      const flare = addDays(START, 7);
      const checkIns = [...mornings(START, [2, 2, 2, 2, 2, 2, 2]), morning(flare, 4, false)];
      const paused = revise(dana, program, [], checkIns, flare).program;
      const cleared = addDays(flare, 1);
      const resumed = revise(dana, paused, [], checkIns, cleared, `${cleared}T09:00:00.000Z`);
      expect(resumed.program.rescreen?.resumedOn).toBe(cleared);
      let current = resumed.program;
      for (let day = 1; day <= 4; day += 1) {
        const date = addDays(flare, day);
        checkIns.push(morning(date, 4));
        const outcome = revise(dana, current, [], checkIns, date);
        expect(outcome.program.rescreen?.resumedOn, `${date} at 4/10`).toBe(cleared);
        current = outcome.program;
      }
      const worse = addDays(flare, 5);
      checkIns.push(morning(worse, 6, false));
      const again = revise(dana, current, [], checkIns, worse);
      expect(again.program.rescreen).toMatchObject({ pausedOn: worse });
      expect(again.program.rescreen?.resumedOn).toBeUndefined();
      return [...revisionText(resumed), ...revisionText(again)];
    },
  },
  {
    id: "PW-15",
    story:
      "Dana finds every session too easy: six weeks of 2 reps more than asked on every exercise, painless, settled " +
      "mornings.",
    expected:
      "The hip ladder climbs one rung at a time, every two sessions at most, and never skips the banded clamshell " +
      "she can do; stretches and the mobility drill stay as planned (the sources progress load, not stretches).",
    source: "docs/clinical §5.3 (2-for-2: two sessions in a row, add load) and §4.3 (order); decision 0160",
    check: () => {
      const { program, days } = live(dana, tooEasy, addDays(START, 41));
      const rungs = strength(program).map((session) => stepOf(session, GLUTE_MED) ?? -1);
      rungs.slice(1).forEach((rung, index) => {
        expect(rung - (rungs[index] ?? 0)).toBeLessThanOrEqual(1);
      });
      expect(strength(program).some((session) => idsOf(session).includes("banded-clamshell"))).toBe(true);
      expect(rungs.at(-1)).toBe(3);
      for (const id of ["wall-leg-stretch", "half-happy-baby"]) {
        const doses = strength(program).flatMap((session) =>
          session.exercises.filter((item) => item.exerciseId === id).map((item) => item.dose),
        );
        expect(new Set(doses.map((dose) => JSON.stringify(dose))), id).toEqual(
          new Set([JSON.stringify(findExercise(id)?.dose)]),
        );
      }
      return days.flatMap(({ outcome }) => [
        ...revisionText(outcome),
        ...outcome.recommendations.map((item) => item.reason),
      ]);
    },
  },
  {
    id: "PW-16",
    story:
      "Alex says every session felt too easy (effort 1/10) but does exactly the reps asked, twice in a row.",
    expected:
      "The sources move the dose on reps beyond the target, not on felt effort: the dose stays, and the reason " +
      "says what it takes to move up.",
    source: "docs/clinical §5.3 (2-for-2 and ACSM: reps beyond the target); no source for effort alone",
    check: () => {
      const program = programFor(alex);
      const [first, second] = [nth(program, 0), nth(program, 1)];
      const logs = [first, second].map((session) => {
        const log = logOf(program, session);
        return { ...log, entries: log.entries.map((entry) => ({ ...entry, rpe: 1 })) };
      });
      const outcome = revise(alex, program, logs, settledAfter([first, second]), second.date);
      expect(outcome.revision).toBeNull();
      const clam = outcome.recommendations.find((item) => item.exerciseId === "clamshell");
      expect(clam?.reason.en).toMatch(/beats the target by 2 reps, two sessions in a row/);
      const stretch = outcome.recommendations.find((item) => item.exerciseId === "wall-leg-stretch");
      expect(stretch?.reason.en).toBe("Keep Leg stretch at the wall at 2 × 30 s per side, rest 15 s.");
      return outcome.recommendations.map((item) => item.reason);
    },
  },
  {
    id: "PW-17",
    story:
      "Dana's side-lying hold: 90 s each side at the start, 50 s left and 85 s right at week 4, pain flat. Near " +
      "miss: 70 s and 85 s.",
    expected:
      "A 40 s loss is beyond the test's 33 s error: the left is weaker, and the week-4 verdict says ease off and " +
      "talk to a clinician, naming no condition. A 20 s loss is no change she can be sure of.",
    source:
      "docs/clinical §10.1 (MDC about 33 s) and §10.5 (weaker only past the MDC); seed:004 (2, 4, 6 weeks)",
    check: () => {
      const checkpoint = programFor(dana).checkpoints.find((candidate) => candidate.week === 4);
      if (checkpoint === undefined) throw new Error("week 4 checkpoint");
      const pain = [painOn(START, 4), painOn(checkpoint.date, 4)];
      const { verdict } = verdictAt(dana, 4, {
        pain,
        strength: [holdOn(START, 90, 90), holdOn(checkpoint.date, 50, 85)],
      });
      expect(verdict.strength[0]?.sides.map((side) => [side.side, side.change])).toEqual([
        ["left", "weaker"],
        ["right", "no-sure-change"],
      ]);
      expect(verdict.verdict).toBe("worse");
      expect(verdict.explanation.en).toMatch(/talk to a clinician/);
      const near = verdictAt(dana, 4, {
        pain,
        strength: [holdOn(START, 90, 90), holdOn(checkpoint.date, 70, 85)],
      }).verdict;
      expect(near.strength[0]?.sides.map((side) => side.change)).toEqual([
        "no-sure-change",
        "no-sure-change",
      ]);
      expect(near.verdict).not.toBe("worse");
      return [verdict.explanation, near.explanation];
    },
  },
  {
    id: "PW-18",
    story:
      "Camille (en français)\u00a0: 7/10 juste après sa première séance, genou calmé le lendemain matin.",
    expected:
      "A session followed by more than the 5/10 pain after allows is made a quarter smaller, not stopped, and " +
      "every word of it reaches her in French with the same scores.",
    source: 'docs/clinical §5.4 (pain after activity may reach 5/10, "Numbers to encode" #24)',
    check: () => {
      const program = programFor(camille);
      const first = nth(program, 0);
      const outcome = revise(
        camille,
        program,
        [logOf(program, first, {}, { painBefore: 2, painAfter: 7 })],
        [],
        first.date,
      );
      const reason = outcome.revision?.reason;
      expect(reason?.fr).toMatch(/Votre genou a fait mal à 7\/10 après votre séance du 2 mars 2026/);
      expect(reason?.fr).toMatch(/C’est un ajustement habituel, pas une raison d’arrêter/);
      expect(reason?.fr).toMatch(/Palourde passe à|Clamshell passe à|passe à 3 × 8 répétitions/);
      expect(reason?.fr).not.toMatch(/\b(?:Your|knee|drops to|session)\b/);
      expect(outcome.program.rescreen).toBeUndefined();
      return revisionText(outcome);
    },
  },
  {
    id: "PW-19",
    story:
      "Dana runs with kneecap pain and owns no equipment at all: no band, no step. She does every session of the " +
      "six weeks in full, at the reps and holds asked, pain during 2/10, every morning settled.",
    expected:
      "Single-leg control climbs from a rung she has done: single-leg stance in the strengthen weeks, then the " +
      "single-leg squat in the integrate weeks, the step-down skipped only because she has no step. The squat is a " +
      "standing exercise counted in reps. Every session stays within 20 to 35 minutes.",
    source:
      "docs/clinical §4.3 (level 4, single-leg squat, after the lower levels) and §5.2 (hip and knee exercise, " +
      "6-week programmes); Crossley 2011 (single-leg squat); decision 0160 (a rung skipped only for missing " +
      "equipment); decision 0660",
    check: () => {
      const bare: Answers = { ...dana, equipment: [] };
      const { program, days } = live(bare, () => ({}), addDays(START, 41));
      expect(days.every(({ outcome }) => outcome.revision === null)).toBe(true);
      expect(weeksHolding(program, "single-leg-stance")).toEqual([3, 4]);
      expect(weeksHolding(program, "single-leg-squat")).toEqual([5, 6]);
      expect(weeksHolding(program, "step-down")).toEqual([]);
      expect(findExercise("single-leg-squat")?.dose.mode).toBe("reps");
      for (const session of strength(program)) {
        expect(session.estimatedMinutes).toBeGreaterThanOrEqual(20);
        expect(session.estimatedMinutes).toBeLessThanOrEqual(35);
      }
      expectNoSkippedRung(bare, program);
      return days.flatMap(({ outcome }) => outcome.recommendations.map((item) => item.reason));
    },
  },
  {
    id: "PW-20",
    story:
      "Dana, usual pain 4/10, has a step at home. In weeks 3 and 4 she holds every single-leg stance 10 s longer " +
      "than asked, painless, mornings settled.",
    expected:
      "Her pain keeps single-leg loading for later: while the strengthen weeks allow only moderate knee load, the " +
      "step-down and the single-leg squat (high knee load) never come in; the stance is held longer instead, and " +
      "the reason says the step-down loads the knee more than her pain allows for now. The step-down comes with " +
      "the integrate weeks, after the stance.",
    source:
      "docs/clinical §5.4 (pain-monitoring model: little room under 5/10 at 4/10 usual pain) and §5.3 (2-for-2); " +
      "decision 0660",
    check: () => {
      const withStep: Answers = { ...dana, equipment: ["step"] };
      const { program, days } = live(withStep, () => ({}), addDays(START, 27), holdsLonger(10));
      const strengthWeeks = strength(program).filter((session) => session.week >= 3 && session.week <= 4);
      for (const session of strengthWeeks) {
        expect(idsOf(session)).toContain("single-leg-stance");
        expect(idsOf(session)).not.toContain("step-down");
        expect(idsOf(session)).not.toContain("single-leg-squat");
      }
      const stance = strengthWeeks.at(-1)?.exercises.find((item) => item.exerciseId === "single-leg-stance");
      expect(stance?.dose.mode === "hold" ? stance.dose.holdSeconds : 0).toBeGreaterThan(30);
      const reasons = days.flatMap(({ outcome }) => outcome.recommendations.map((item) => item.reason));
      expect(
        reasons.some((reason) =>
          reason.en.includes("Step-down loads the knee more than your pain allows for now"),
        ),
      ).toBe(true);
      expect(weeksHolding(program, "step-down")).toEqual([5, 6]);
      expectNoSkippedRung(withStep, program);
      return [
        ...days.flatMap(({ outcome }) => revisionText(outcome)),
        ...reasons.filter((reason) => reason.en.includes("Step-down")),
      ];
    },
  },
  {
    id: "PW-21",
    story: "Near miss: the same weeks at 3/10 usual pain.",
    expected:
      "Below 4/10 the strengthen weeks allow high knee load: two sessions of stance held 10 s longer bring the " +
      "step-down into week 4, after the stance (an exercise's phase is when it is first offered, not a limit on " +
      "climbing).",
    source: "docs/clinical §5.3 (2-for-2) and §4.3 (order); decision 0660",
    check: () => {
      const withStep = withSymptoms({ ...dana, equipment: ["step"] }, { painNow: 3, painUsual: 3 });
      const { program, days } = live(withStep, () => ({}), addDays(START, 27), holdsLonger(10));
      expect(weeksHolding(program, "single-leg-stance")[0]).toBe(3);
      expect(weeksHolding(program, "step-down")[0]).toBe(4);
      expectNoSkippedRung(withStep, program);
      return days.flatMap(({ outcome }) => revisionText(outcome));
    },
  },
];

const WEEKS = pairUp(WEEK_ROWS, [
  ["PW-11", "PW-12"],
  ["PW-20", "PW-21"],
]);

describeScenarios("physiotherapist scenarios: weeks of a program", WEEKS);
