/**
 * The kit of the physiotherapist scenarios (packages/core/src/scenarios/*.test.ts, decision 0550): the people as a
 * physiotherapist changes them ("the same runner, with a calf sign"), what they log, and the table runner that checks
 * every text a scenario shows the person. Test code only: core's build leaves `src/testing/` out.
 */
import { describe, expect, it } from "vitest";
import type { Answers, RedFlagAnswers, Symptoms } from "../intake/answers.js";
import { generateProgram } from "../program/generate-program.js";
import type { PlannedSession, Program } from "../program/schema.js";
import { analyzeProgress } from "../progress/analyze-progress.js";
import { reviseProgram, type RevisionOutcome } from "../progression/revise-program.js";
import { screenRedFlags, type RedFlagScreen } from "../screening/red-flags.js";
import { addDays, type IsoDate } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import type { MorningCheckIn, PainEntry, PsfsEntry, SessionLog } from "../sessions/schema.js";
import type { StrengthCheck } from "../strength/strength-check.js";

export const START: IsoDate = "2026-03-02";

export type Scenario = {
  /** Short id, stable across runs. */
  readonly id: string;
  /** The situation, as a physiotherapist tells it. */
  readonly story: string;
  /** What a physiotherapist expects, and on which source. */
  readonly expected: string;
  readonly source: string;
  /** Asserts the expectation; returns every text the person is shown, for the text checks. */
  readonly check: () => readonly Localized[];
};

// ---------------------------------------------------------------------------------------------------------------
// People and their answers

export function withFlags(base: Answers, flags: Partial<RedFlagAnswers>): Answers {
  return { ...base, redFlags: { ...base.redFlags, ...flags } };
}

export function withSymptoms(base: Answers, symptoms: Partial<Symptoms>): Answers {
  if (base.symptoms === null) throw new Error("the persona has no symptoms to change");
  return { ...base, symptoms: { ...base.symptoms, ...symptoms } };
}

export function withAge(base: Answers, ageYears: number): Answers {
  return { ...base, person: { ...base.person, ageYears } };
}

export function injured(base: Answers, injury: Partial<NonNullable<Answers["injury"]>>): Answers {
  return {
    ...base,
    injury: {
      daysAgo: 2,
      tenderOnlyOnKneecap: false,
      tenderAtFibulaHead: false,
      cannotBendTo90: false,
      couldNotTakeFourSteps: false,
      ...injury,
    },
  };
}

export function programFor(answers: Answers, id = "p-1"): Program {
  const result = generateProgram(answers, { startDate: START, id });
  if (!result.ok) throw new Error(`expected a program, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

export const strength = (program: Program): PlannedSession[] =>
  program.sessions.filter((session) => session.kind === "strength");

export function nth(program: Program, index: number): PlannedSession {
  const session = strength(program)[index];
  if (session === undefined) throw new Error(`no strength session ${index}`);
  return session;
}

export const idsOf = (session: PlannedSession | undefined): string[] =>
  session?.exercises.map((planned) => planned.exerciseId) ?? [];

// ---------------------------------------------------------------------------------------------------------------
// What a person logs

export type Done = {
  /** Final set per side, in reps; the target by default. */
  readonly left?: number;
  readonly right?: number;
  readonly pain?: number;
};

/** A planned session logged as done: every exercise at its target with pain 2/10, unless `done` says otherwise. */
export function logOf(
  program: Program,
  session: PlannedSession,
  done: Readonly<Record<string, Done>> = {},
  extra: Partial<SessionLog> = {},
): SessionLog {
  return {
    id: `log-${session.id}`,
    programId: program.id,
    plannedSessionId: session.id,
    date: session.date,
    kind: session.kind,
    completed: true,
    entries: session.exercises.map((planned) => {
      const what = done[planned.exerciseId] ?? {};
      const target = planned.dose.mode === "reps" ? planned.dose.reps : undefined;
      const amount = (reps: number | undefined) =>
        planned.dose.mode === "reps"
          ? { reps: reps ?? target }
          : planned.dose.mode === "hold"
            ? { holdSeconds: planned.dose.holdSeconds }
            : { durationSeconds: planned.dose.durationSeconds };
      return {
        exerciseId: planned.exerciseId,
        sets: planned.dose.perSide
          ? [
              { side: "left" as const, ...amount(what.left) },
              { side: "right" as const, ...amount(what.right) },
            ]
          : [{ side: "both" as const, ...amount(what.left) }],
        painDuring: what.pain ?? 2,
        rpe: 5,
      };
    }),
    ...extra,
  };
}

export const morning = (date: IsoDate, pain: number, settled = true): MorningCheckIn => ({
  date,
  pain,
  settled,
});

/** A settled morning of the same pain after each session. */
export const settledAfter = (sessions: readonly PlannedSession[], pain = 2): MorningCheckIn[] =>
  sessions.map((session) => morning(addDays(session.date, 1), pain));

export function revise(
  answers: Answers,
  program: Program,
  logs: readonly SessionLog[],
  checkIns: readonly MorningCheckIn[],
  today: IsoDate,
  screenedAt?: string,
): RevisionOutcome {
  return reviseProgram(program, logs, checkIns, today, {
    answers,
    changedAt: `${today}T18:00:00.000Z`,
    ...(screenedAt === undefined ? {} : { screenedAt }),
  });
}

export function revisionText(outcome: RevisionOutcome): Localized[] {
  return outcome.revision === null ? [] : [outcome.revision.reason];
}

export const screenTexts = (screen: RedFlagScreen): Localized[] => [
  screen.advice,
  ...screen.flags.flatMap((flag) => [flag.reason, flag.whoToSee, flag.howSoon, flag.advice]),
];

/** A flag that stops self-management says whom to see and how soon, in both languages, and no program is made. */
export function expectStopsWithReferral(
  answers: Answers,
  flagId: string,
  tier: RedFlagScreen["tier"],
): RedFlagScreen {
  const screen = screenRedFlags(answers);
  const flag = screen.flags.find((candidate) => candidate.id === flagId);
  expect(flag, `flag ${flagId}`).toBeDefined();
  expect(flag?.tier).toBe(tier);
  expect(flag?.stopsProgram).toBe(true);
  expect(screen.selfManagementAllowed).toBe(false);
  for (const text of [flag?.whoToSee, flag?.howSoon, flag?.advice]) {
    expect(text?.en.length).toBeGreaterThan(0);
    expect(text?.fr.length).toBeGreaterThan(0);
  }
  const refused = generateProgram(answers, { startDate: START });
  expect(refused.ok ? "program" : refused.error.kind).toBe("needs-clinician");
  return screen;
}

// ---------------------------------------------------------------------------------------------------------------
// Checkpoint ratings

export const painOn = (date: IsoDate, usual: number): PainEntry => ({
  date,
  painNow: usual,
  painUsual: usual,
  painWorst: Math.min(10, usual + 2),
});

export const psfsOn = (date: IsoDate, scores: readonly number[]): PsfsEntry => ({
  date,
  items: scores.map((score, index) => ({ activity: `Activity ${index + 1}`, score })),
});

export const holdOn = (date: IsoDate, left: number, right: number): StrengthCheck => ({
  test: "abductor-endurance-hold",
  date,
  firstSide: "left",
  left: { holdSeconds: left, timedBy: "stopwatch" },
  right: { holdSeconds: right, timedBy: "stopwatch" },
});

/** Every planned strength session up to `until` logged as done at its target, painless. */
export function allDoneUntil(program: Program, until: IsoDate): SessionLog[] {
  return strength(program)
    .filter((session) => session.date <= until)
    .map((session) => logOf(program, session));
}

export function verdictAt(
  answers: Answers,
  week: number,
  ratings: {
    readonly pain?: readonly PainEntry[];
    readonly psfs?: readonly PsfsEntry[];
    readonly strength?: readonly StrengthCheck[];
    readonly logs?: (program: Program, until: IsoDate) => SessionLog[];
  },
) {
  const program = programFor(answers);
  const checkpoint = program.checkpoints.find((candidate) => candidate.week === week);
  if (checkpoint === undefined) throw new Error(`no checkpoint in week ${week}`);
  const logs = (ratings.logs ?? allDoneUntil)(program, checkpoint.date);
  const report = analyzeProgress(
    program,
    logs,
    ratings.pain ?? [],
    ratings.psfs ?? [],
    [],
    checkpoint.date,
    answers,
    { strengthChecks: ratings.strength ?? [] },
  );
  const verdict = report.checkpoints.find((candidate) => candidate.week === week);
  if (verdict === undefined) throw new Error(`no verdict in week ${week}`);
  return { program, checkpoint, verdict };
}

/** A condition named as a fact about the person ("you have …"), in either language. Signs may say "can come from". */
const DIAGNOSIS_EN =
  /\byou (?:have|have got|are suffering from) (?:an? )?(?:septic|infected|fracture|broken|torn|tear|clot|thrombosis|DVT|arthritis|patellofemoral|iliotibial|IT-band syndrome|osteochondritis|slipped|tumou?r|cancer|infection|tendinopathy|meniscus)/i;
const DIAGNOSIS_FR =
  /\bvous (?:avez|souffrez d['’e]) ?(?:une? |la |le |d['’]une? )?(?:arthrite|fracture|caillot|thrombose|phlébite|infection|syndrome|tumeur|cancer|tendinopathie|ostéochondrite|épiphysiolyse|déchirure)/i;
/** French puts a space before : ; ? and ! (a narrow one or a plain one); a time such as 08:00 is not punctuation. */
const FRENCH_PUNCTUATION_WITHOUT_SPACE = /[^\s\u00a0\u202f]([:;?!])(?=\s|$)/;
const PAIN_SCORES = /\b\d+\/10\b/g;

function painScoresOf(text: string): string[] {
  return [...text.matchAll(PAIN_SCORES)].map((match) => match[0]).sort();
}

/** Two scenarios told as one: a threshold and its near miss, side by side. */
export function bothOf(first: Scenario, second: Scenario): Scenario {
  return {
    id: first.id,
    story: `${first.story} Then: ${second.story}`,
    expected: `${first.expected} ${second.expected}`,
    source: `${first.source}; ${second.source}`,
    check: () => [...first.check(), ...second.check()],
  };
}

/**
 * The table with each pair of ids told as one scenario: a threshold and its near miss, the second folded into the
 * first.
 */
export function pairUp(
  scenarios: readonly Scenario[],
  pairs: readonly (readonly [string, string])[],
): Scenario[] {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const folded = new Set(pairs.map(([, second]) => second));
  return scenarios
    .filter((scenario) => !folded.has(scenario.id))
    .map((scenario) => {
      const second = pairs.find(([first]) => first === scenario.id)?.[1];
      const other = second === undefined ? undefined : byId.get(second);
      return other === undefined ? scenario : bothOf(scenario, other);
    });
}

/**
 * One test per scenario, named by its story and expectation; each text it shows is checked for a diagnosis named as a
 * fact, for French punctuation, and for the same pain scores in French as in English.
 */
export function describeScenarios(title: string, scenarios: readonly Scenario[]): void {
  describe(title, () => {
    it("every scenario has its own id and a source", () => {
      expect(new Set(scenarios.map((scenario) => scenario.id)).size).toBe(scenarios.length);
      for (const scenario of scenarios) {
        expect(scenario.source).toMatch(/docs\/clinical|seed:00\d|decision \d{4}/);
      }
    });

    for (const scenario of scenarios) {
      it(`${scenario.id} ${scenario.story} → ${scenario.expected}`, () => {
        for (const text of scenario.check()) {
          expect(text.en, "a text the person reads").not.toMatch(DIAGNOSIS_EN);
          expect(text.fr, "a text the person reads").not.toMatch(DIAGNOSIS_FR);
          expect(text.fr.match(FRENCH_PUNCTUATION_WITHOUT_SPACE)?.[0] ?? null, text.fr).toBeNull();
          expect(painScoresOf(text.fr), `${text.en}\n${text.fr}`).toEqual(painScoresOf(text.en));
        }
      });
    }
  });
}
