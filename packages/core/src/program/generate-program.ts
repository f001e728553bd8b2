/**
 * The personal hip program: pure and deterministic (the same answers and options give a deep-equal program).
 * Every path that creates a program goes through the red-flag screen first (docs/clinical §7.2): a blocking flag
 * refuses with `needs-clinician` and says whom to see.
 */
import type { Answers, Sport } from "../intake/answers.js";
import type { Equipment, ProgramPhase } from "../knowledge/schema.js";
import { screenRedFlags } from "../screening/red-flags.js";
import { evaluateSelfCheck } from "../screening/self-check.js";
import { addDays, isIsoDate, weekdayOf, type IsoDate, type Weekday } from "../shared/dates.js";
import { hipError, type HipError } from "../shared/error-kind.js";
import { err, ok, type Result } from "../shared/result.js";
import type { Localized } from "../shared/i18n.js";
import { ladderOf } from "../knowledge/library.js";
import { planCheckpoints, planPhases, phaseOfWeek } from "./program-phases.js";
import {
  checkpointsReason,
  HIGH_PAIN_NPRS,
  HIGH_PAIN_REASON,
  HIP_AND_KNEE_REASON,
  NO_BAND_REASON,
  NO_RELEASE_TOOLS_REASON,
  ORDER_REASON,
  OUTER_KNEE_REASON,
  PAIN_RULE_REASON,
  phasesReason,
  scheduleReason,
  warmUpReason,
  YOGA_REASON,
} from "./program-rationale.js";
import { PAIN_CEILING } from "../progression/pain-rule.js";
import { loadManagementNote } from "./load-management-note.js";
import { planWeekdays } from "./schedule-weekdays.js";
import {
  PROGRAM_WEEKS_DEFAULT,
  PROGRAM_WEEKS_MAX,
  PROGRAM_WEEKS_MIN,
  type PlannedExercise,
  type PlannedSession,
  type Program,
} from "./schema.js";
import {
  HOUSEHOLD_EQUIPMENT,
  heldLadderSteps,
  planLadderSteps,
  rungsToHold,
  selectSessionExercises,
  selectWarmUp,
  WARM_UP_MAX_KNEE_LOAD,
  type ExerciseLimits,
  type KneeLoad,
  type SelectionContext,
} from "./select-exercises.js";
import { estimateMinutes } from "./session-duration.js";

export type GenerateProgramOptions = {
  readonly startDate: IsoDate;
  /** 3–12 weeks; 6 by default (docs/clinical §5.2: trials of 3–8 weeks, reassess at 6). */
  readonly weeks?: number;
  /** Ids come in as arguments (the core makes none up); by default derived from the start date. */
  readonly id?: string;
  /** The day the program is made; the start date by default. */
  readonly createdOn?: IsoDate;
};

const DAYS_PER_WEEK = 7;
const ENDURANCE_SPORTS: readonly Sport[] = ["running", "cycling", "triathlon"];
const OUTER_LOCATIONS = new Set(["outer-knee", "outer-hip", "outer-thigh"]);

function maxKneeLoad(phase: ProgramPhase, highPain: boolean): KneeLoad {
  switch (phase) {
    case "wake-up":
      return highPain ? "low" : "moderate";
    case "strengthen":
      return highPain ? "moderate" : "high";
    case "integrate":
      return "high";
  }
}

function validateOptions(options: GenerateProgramOptions): Result<number, HipError> {
  const weeks = options.weeks ?? PROGRAM_WEEKS_DEFAULT;
  if (!Number.isInteger(weeks) || weeks < PROGRAM_WEEKS_MIN || weeks > PROGRAM_WEEKS_MAX) {
    return err(
      hipError(
        "invalid-input",
        `A program lasts ${PROGRAM_WEEKS_MIN} to ${PROGRAM_WEEKS_MAX} whole weeks, got ${weeks}.`,
        "weeks",
      ),
    );
  }
  if (!isIsoDate(options.startDate)) {
    return err(
      hipError(
        "invalid-input",
        `The start date must be a calendar date written YYYY-MM-DD, got "${options.startDate}".`,
        "startDate",
      ),
    );
  }
  if (options.createdOn !== undefined && !isIsoDate(options.createdOn)) {
    return err(
      hipError(
        "invalid-input",
        `createdOn must be a calendar date written YYYY-MM-DD, got "${options.createdOn}".`,
        "createdOn",
      ),
    );
  }
  return ok(weeks);
}

type Person = {
  readonly equipment: ReadonlySet<Equipment>;
  readonly highPain: boolean;
  readonly outerKneePain: boolean;
  readonly yoga: boolean;
  readonly endurance: readonly Sport[];
  readonly hardDays: readonly Weekday[];
  readonly hardSports: readonly Sport[];
};

function personOf(answers: Answers): Person {
  const symptoms = answers.symptoms;
  const hardActivities = answers.activities.filter((activity) => activity.hardDays.length > 0);
  const sports = answers.activities
    .filter((activity) => activity.sessionsPerWeek > 0)
    .map((activity) => activity.sport);
  return {
    equipment: new Set([...HOUSEHOLD_EQUIPMENT, ...answers.equipment]),
    highPain: symptoms !== null && Math.max(symptoms.painNow, symptoms.painUsual) >= HIGH_PAIN_NPRS,
    outerKneePain: symptoms?.locations.some((location) => OUTER_LOCATIONS.has(location)) ?? false,
    yoga: sports.includes("yoga"),
    endurance: ENDURANCE_SPORTS.filter((sport) => sports.includes(sport)),
    hardDays: [...new Set(hardActivities.flatMap((activity) => activity.hardDays))],
    hardSports: [...new Set(hardActivities.map((activity) => activity.sport))],
  };
}

/**
 * The limits a person's answers set on the exercises of a phase (or of the warm-up): what the generator chose
 * from, and what the progression rules may move to later.
 */
export function exerciseLimits(answers: Answers, phase: ProgramPhase | "warm-up"): ExerciseLimits {
  const person = personOf(answers);
  if (phase === "warm-up") {
    return { equipment: person.equipment, maxKneeLoad: WARM_UP_MAX_KNEE_LOAD };
  }
  return { equipment: person.equipment, maxKneeLoad: maxKneeLoad(phase, person.highPain) };
}

function contextFor(
  person: Person,
  phase: ProgramPhase,
  ladderSteps: ReadonlyMap<string, string>,
): SelectionContext {
  return {
    phase,
    equipment: person.equipment,
    maxKneeLoad: maxKneeLoad(phase, person.highPain),
    outerKneePain: person.outerKneePain,
    yoga: person.yoga,
    ladderSteps,
  };
}

/** Seed 003's warm-up on the endurance athlete's own sport days (the hard days given for those sports). */
function warmUpDays(answers: Answers): Set<Weekday> {
  return new Set(
    answers.activities
      .filter((activity) => ENDURANCE_SPORTS.includes(activity.sport))
      .flatMap((activity) => activity.hardDays),
  );
}

function planSessions(
  answers: Answers,
  person: Person,
  start: IsoDate,
  weeks: number,
  warmUp: readonly PlannedExercise[],
): PlannedSession[] {
  const phases = planPhases(weeks);
  const strengthDays = new Set(
    planWeekdays(answers.availableDays, person.hardDays, answers.strengthSessionsPerWeek).days,
  );
  const sportDays = warmUp.length > 0 ? warmUpDays(answers) : new Set<Weekday>();
  const steps = planLadderSteps(
    phases.map((span) => ({
      phase: span.phase,
      limits: { equipment: person.equipment, maxKneeLoad: maxKneeLoad(span.phase, person.highPain) },
    })),
  );
  // Phase by phase: a ladder climbs from the step its sessions actually held, not from one planned but left out.
  // The warm-up before the sport counts from week 1, at the easiest step of each ladder it holds.
  const reached = new Map<string, number>();
  const warmUpDone = sportDays.size === 0 ? [] : warmUp;
  const inWarmUp = new Set(warmUpDone.map((planned) => planned.exerciseId));
  for (const planned of warmUpDone) {
    const placement = ladderOf(planned.exerciseId);
    if (placement === undefined) continue;
    reached.set(
      placement.ladder.id,
      Math.min(placement.index, reached.get(placement.ladder.id) ?? placement.index),
    );
  }
  const byPhase = new Map<ProgramPhase, PlannedExercise[]>();
  for (const [i, span] of phases.entries()) {
    const limits = { equipment: person.equipment, maxKneeLoad: maxKneeLoad(span.phase, person.highPain) };
    const held = heldLadderSteps(
      { phase: span.phase, limits },
      steps.get(span.phase) ?? new Map(),
      reached,
      inWarmUp,
    );
    // The rung a later phase climbs from, and the one this phase climbs to, are in the sessions (decision 0660).
    const later = phases.slice(i + 1).map((next) => steps.get(next.phase) ?? new Map<string, string>());
    const exercises = selectSessionExercises({
      ...contextFor(person, span.phase, held),
      rungsToHold: rungsToHold(held, later, reached, inWarmUp),
    });
    for (const planned of exercises) {
      const placement = ladderOf(planned.exerciseId);
      if (placement === undefined) continue;
      reached.set(placement.ladder.id, Math.max(placement.index, reached.get(placement.ladder.id) ?? 0));
    }
    byPhase.set(span.phase, exercises);
  }
  const sessions: PlannedSession[] = [];
  for (let week = 1; week <= weeks; week += 1) {
    const exercises = byPhase.get(phaseOfWeek(phases, week)) ?? [];
    const dates = Array.from({ length: DAYS_PER_WEEK }, (_, day) =>
      addDays(start, (week - 1) * DAYS_PER_WEEK + day),
    );
    dates
      .filter((date) => strengthDays.has(weekdayOf(date)))
      .forEach((date, i) => {
        sessions.push({
          id: `w${week}-s${i + 1}`,
          date,
          week,
          kind: "strength",
          exercises,
          estimatedMinutes: estimateMinutes(exercises),
        });
      });
    dates
      .filter((date) => sportDays.has(weekdayOf(date)))
      .forEach((date, i) => {
        sessions.push({
          id: `w${week}-wu${i + 1}`,
          date,
          week,
          kind: "warm-up",
          exercises: [...warmUp],
          estimatedMinutes: estimateMinutes(warmUp),
        });
      });
  }
  // Calendar order; on a shared day the warm-up (before the sport) comes first.
  const kindRank = (session: PlannedSession): number => (session.kind === "warm-up" ? 0 : 1);
  return sessions.sort((a, b) => a.date.localeCompare(b.date) || kindRank(a) - kindRank(b));
}

type Shape = { readonly start: IsoDate; readonly weeks: number; readonly warmUp: readonly PlannedExercise[] };

function rationaleFor(answers: Answers, person: Person, { start, weeks, warmUp }: Shape): Localized[] {
  const phases = planPhases(weeks);
  const plan = planWeekdays(answers.availableDays, person.hardDays, answers.strengthSessionsPerWeek);
  const selfCheck = evaluateSelfCheck(answers.selfCheck);
  const has = (item: Equipment): boolean => person.equipment.has(item);
  const loadNote = loadManagementNote(answers);
  return [
    ...(selfCheck.lookAtHipBalance ? [selfCheck.explanation] : []),
    ...scheduleReason(plan, { days: person.hardDays, sports: person.hardSports }),
    phasesReason(phases),
    checkpointsReason(planCheckpoints(start, weeks).map((checkpoint) => checkpoint.week)),
    ORDER_REASON,
    HIP_AND_KNEE_REASON,
    ...(person.outerKneePain ? [OUTER_KNEE_REASON] : []),
    ...(person.highPain ? [HIGH_PAIN_REASON] : []),
    ...(person.yoga ? [YOGA_REASON] : []),
    ...(has("therapy-balls") || has("foam-roller") ? [] : [NO_RELEASE_TOOLS_REASON]),
    ...(has("mini-band") || has("handled-band") ? [] : [NO_BAND_REASON]),
    ...(warmUp.length > 0 ? [warmUpReason(person.endurance, estimateMinutes(warmUp))] : []),
    ...(answers.symptoms === null ? [] : [PAIN_RULE_REASON, PAIN_CEILING]),
    ...(loadNote === undefined ? [] : [loadNote]),
  ];
}

export function generateProgram(
  answers: Answers,
  options: GenerateProgramOptions,
): Result<Program, HipError> {
  const screen = screenRedFlags(answers);
  if (!screen.selfManagementAllowed) {
    const whom = screen.flags[0]?.whoToSee.en;
    return err({
      ...hipError(
        "needs-clinician",
        `${screen.advice.en}${whom === undefined ? "" : ` Whom to see: ${whom}.`}`,
      ),
      details: { tier: screen.tier, advice: screen.advice, flags: screen.flags.map((flag) => flag.id) },
    });
  }
  if (answers.availableDays.length === 0) {
    return err(
      hipError(
        "invalid-input",
        "Choose at least one day you can train: a program needs one.",
        "availableDays",
      ),
    );
  }
  const validWeeks = validateOptions(options);
  if (!validWeeks.ok) return validWeeks;
  const weeks = validWeeks.value;
  const person = personOf(answers);
  const warmUp = selectWarmUp(person.equipment);
  return ok({
    id: options.id ?? `program-${options.startDate}`,
    createdOn: options.createdOn ?? options.startDate,
    startDate: options.startDate,
    weeks,
    language: answers.person.language,
    revision: 0,
    phases: planPhases(weeks),
    checkpoints: planCheckpoints(options.startDate, weeks),
    sessions: planSessions(answers, person, options.startDate, weeks, warmUp),
    warmUp,
    rationale: rationaleFor(answers, person, { start: options.startDate, weeks, warmUp }),
  });
}
