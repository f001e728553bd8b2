/**
 * Applies the progression rules to the sessions still ahead. The revision is a function of the stored history and
 * of what the program records it has already acted on (`Program.actedOn`, progression/acted-on.ts): each painful
 * session, next-morning flare, weekly rise, sharp rise and 2-for-2 count is acted on exactly once, so running the
 * revision after every log and every morning check-in changes nothing the second time (docs/decisions/0161).
 *
 * Order: a sharp rise in morning pain stops everything until a new red-flag screen (docs/clinical §7.2); after a
 * clean screen the sessions resume at a smaller dose. Pain above 5/10 during an exercise steps back on that
 * exercise's own ladder; a flare the next morning, pain above 5/10 right after a session or a week-on-week rise is
 * an ordinary reduction
 * (docs/clinical §5.4); two sessions beating the target step up (2-for-2, docs/clinical §5.3). Past and
 * already-logged sessions are never rewritten: they are the record of what was planned.
 */
import type { Answers } from "../intake/answers.js";
import { findExercise, ladderOf, ladders } from "../knowledge/library.js";
import type { Dose, Exercise, ProgramPhase } from "../knowledge/schema.js";
import { exerciseLimits } from "../program/generate-program.js";
import { phaseOfWeek } from "../program/program-phases.js";
import type {
  PlannedExercise,
  PlannedSession,
  Program,
  ProgramChange,
  ProgramRevision,
} from "../program/schema.js";
import { isAllowed } from "../program/select-exercises.js";
import { estimateMinutes } from "../program/session-duration.js";
import { sortByDate } from "../progress/trend.js";
import { daysBetween, type IsoDate } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { actedOnKey, weeklyRiseDates } from "./acted-on.js";
import { beatTarget, TWO_FOR_TWO_SESSIONS } from "./final-set.js";
import {
  nextMorning,
  painAfter,
  painDuring,
  PAIN_DURING_ACCEPTABLE_MAX,
  sharpRise,
  weekOnWeekRise,
} from "./pain-gate.js";
import {
  answerToPainDuring,
  AWAITING_RESCREEN,
  keepDose,
  exerciseNameOf,
  ORDINARY_REDUCTION,
  RESUMED_AFTER_RESCREEN,
  smallerDose,
  stepUpFrom,
  stopForRescreen,
  warmUpStepUpFrom,
  whyStepBack,
  type Decision,
  type DoseRecommendation,
  type Move,
} from "./recommend-next-dose.js";

export type RevisionOutcome = {
  readonly program: Program;
  /** `null` when the rules change nothing. */
  readonly revision: ProgramRevision | null;
  /** What the rules say for each exercise still ahead, changed or not (for display). */
  readonly recommendations: readonly (DoseRecommendation & { readonly exerciseId: string })[];
};

export type ReviseOptions = {
  /** The answers the program is built from: a ladder step the person's equipment or pain rules out is not taken. */
  readonly answers: Answers;
  /** ISO instant of the revision; the core reads no clock, so it defaults to midnight UTC of `today`. */
  readonly changedAt?: string;
  /**
   * ISO instant of the latest red-flag screen, given only when it allowed self-management. A program stopped by a
   * sharp rise in pain resumes only once a screen made after the stop found no warning sign.
   */
  readonly screenedAt?: string;
};

type Where = ProgramPhase | "warm-up";
type Upcoming = { readonly planned: PlannedExercise; readonly where: Where };
/** `grouped`: the reason is said once for the group (a flare, a weekly rise, a resumption), the change briefly. */
type Subject = { readonly exerciseId: string; readonly decision: Decision; readonly grouped?: boolean };

/** The weekly means need a new week of mornings to move: a week between two week-on-week reductions. */
const WEEKLY_RULE_INTERVAL_DAYS = 7;
/** Release and stretches load the knee little: reductions and the weekly rule leave them as they are. */
const LOADED_KINDS = new Set<Exercise["kind"]>(["activation", "balance", "strength"]);

function isLoaded(exerciseId: string): boolean {
  const kind = findExercise(exerciseId)?.kind;
  return kind !== undefined && LOADED_KINDS.has(kind);
}

/**
 * Each exercise still ahead once, with the phase of its first session ahead (or the warm-up). Run at every
 * revision over every session ahead, so it works out a phase only for an exercise not seen yet and builds no list
 * it throws away.
 */
function upcomingExercises(program: Program, sessions: readonly PlannedSession[]): Upcoming[] {
  const upcoming: Upcoming[] = [];
  const seen = new Set<string>();
  const isNew = (planned: PlannedExercise): boolean => {
    if (seen.has(planned.exerciseId)) return false;
    seen.add(planned.exerciseId);
    return true;
  };
  for (const session of sessions) {
    if (session.kind !== "strength") continue;
    for (const planned of session.exercises) {
      if (isNew(planned)) upcoming.push({ planned, where: phaseOfWeek(program.phases, session.week) });
    }
  }
  for (const planned of program.warmUp) {
    if (isNew(planned)) upcoming.push({ planned, where: "warm-up" });
  }
  return upcoming;
}

/** Sets × reps (or seconds): to keep the smaller of two reductions, or the larger of two increases. */
function volumeOf(dose: Dose): number {
  const amount =
    dose.mode === "reps" ? dose.reps : dose.mode === "hold" ? dose.holdSeconds : dose.durationSeconds;
  return dose.sets * amount;
}

/** The dose an exercise was planned at in the session a log records (past sessions are never rewritten). */
function doseDone(program: Program, log: SessionLog, exerciseId: string): Dose | undefined {
  const session = program.sessions.find((candidate) => candidate.id === log.plannedSessionId);
  const planned = (
    log.kind === "warm-up" && session === undefined ? program.warmUp : session?.exercises
  )?.find((candidate) => candidate.exerciseId === exerciseId);
  return planned?.dose ?? findExercise(exerciseId)?.dose;
}

function ladderIdOf(exerciseId: string): string | undefined {
  return ladderOf(exerciseId)?.ladder.id;
}

/** The subject a move concerns: the exercises of that ladder, or that one exercise. */
function concerns(move: Move, exerciseId: string): boolean {
  return move.kind === "rung" ? ladderIdOf(exerciseId) === move.ladderId : move.exerciseId === exerciseId;
}

type Applied = { readonly program: Program; readonly changes: ProgramChange[] };

function applyMoves(
  program: Program,
  aheadIds: ReadonlySet<string>,
  moves: readonly Move[],
  answers: Answers,
): Applied {
  const changes = new Map<string, ProgramChange>();
  const phaseIndex = (week: number): number =>
    program.phases.findIndex((span) => span.phase === phaseOfWeek(program.phases, week));
  const ahead = program.sessions.filter((session) => aheadIds.has(session.id));
  // The phase a ladder is held from is that of its first strength session ahead: a warm-up ahead in the phase that
  // hurt holds its own exercises (and never climbs), so counting it would let the next phase's first session climb
  // a step right after the pain.
  const firstPhaseOf = (ladderId: string): number => {
    const first = ahead.find(
      (session) =>
        session.kind !== "warm-up" &&
        session.exercises.some((planned) => ladderIdOf(planned.exerciseId) === ladderId),
    );
    return first === undefined ? 0 : phaseIndex(first.week);
  };

  const record = (before: PlannedExercise, after: PlannedExercise): void => {
    if (before.exerciseId !== after.exerciseId) {
      changes.set(`${before.exerciseId}>${after.exerciseId}`, {
        exerciseId: before.exerciseId,
        from: before.exerciseId,
        to: after.exerciseId,
      });
    } else if (JSON.stringify(before.dose) !== JSON.stringify(after.dose)) {
      changes.set(`${before.exerciseId}:${JSON.stringify(before.dose)}>${JSON.stringify(after.dose)}`, {
        exerciseId: before.exerciseId,
        from: before.dose,
        to: after.dose,
      });
    }
  };

  /** The highest step at or below `index` the limits of `where` allow. */
  const stepAtMost = (ladderId: string, index: number, where: Where): string | undefined => {
    const steps = ladders.find((ladder) => ladder.id === ladderId)?.steps ?? [];
    const limits = exerciseLimits(answers, where);
    return steps
      .slice(0, index + 1)
      .filter((id) => {
        const exercise = findExercise(id);
        return exercise !== undefined && isAllowed(exercise, limits);
      })
      .at(-1);
  };

  const moveOne = (planned: PlannedExercise, where: Where, week: number | undefined): PlannedExercise => {
    let current = planned;
    for (const move of moves) {
      if (!concerns(move, current.exerciseId)) continue;
      if (move.kind === "dose") {
        const smaller = volumeOf(move.dose) < volumeOf(current.dose);
        if (move.direction === "down" ? smaller : !smaller && where !== "warm-up") {
          current = { ...current, dose: move.dose };
        }
        continue;
      }
      const index = ladderOf(current.exerciseId)?.index ?? 0;
      if (where === "warm-up") {
        // A step back in the warm-up is a smaller dose of an exercise above it: the warm-up keeps its exercises.
        if (move.direction === "down" && index > move.index) {
          const reduced = smallerDose(current.exerciseId, current.dose, { en: "", fr: "" });
          if (typeof reduced.to === "object") current = { ...current, dose: reduced.to };
        }
        // A climb earned in the warm-up: exactly one rung, to a step a warm-up may hold, at the warm-up's sets.
        if (move.direction === "up" && move.warmUp === true && index === move.index - 1) {
          const stepId = ladders.find((ladder) => ladder.id === move.ladderId)?.steps[move.index];
          const step = stepId === undefined ? undefined : findExercise(stepId);
          if (step?.warmUp === true && isAllowed(step, exerciseLimits(answers, "warm-up"))) {
            current = {
              exerciseId: step.id,
              dose: { ...step.dose, sets: current.dose.sets },
              block: current.block,
              ladderId: move.ladderId,
            };
          }
        }
        continue;
      }
      if (move.warmUp === true) continue;
      const crossings = week === undefined ? 0 : phaseIndex(week) - firstPhaseOf(move.ladderId);
      const target =
        move.direction === "down" ? Math.min(index, move.index + crossings) : Math.max(index, move.index);
      if (target === index) continue;
      const stepId = stepAtMost(move.ladderId, target, where);
      const step = stepId === undefined ? undefined : findExercise(stepId);
      if (step === undefined || stepId === current.exerciseId) continue;
      if (move.direction === "up" && (ladderOf(step.id)?.index ?? 0) <= index) continue;
      current = { exerciseId: step.id, dose: step.dose, block: current.block, ladderId: move.ladderId };
    }
    record(planned, current);
    return current;
  };

  const dedupe = (exercises: readonly PlannedExercise[]): PlannedExercise[] => {
    const seen = new Set<string>();
    return exercises.filter((planned) => {
      if (seen.has(planned.exerciseId)) return false;
      seen.add(planned.exerciseId);
      return true;
    });
  };

  const sessions = program.sessions.map((session) => {
    if (!aheadIds.has(session.id)) return session;
    const where: Where = session.kind === "warm-up" ? "warm-up" : phaseOfWeek(program.phases, session.week);
    const exercises = dedupe(session.exercises.map((planned) => moveOne(planned, where, session.week)));
    return { ...session, exercises, estimatedMinutes: estimateMinutes(exercises) };
  });
  const warmUp = dedupe(program.warmUp.map((planned) => moveOne(planned, "warm-up", undefined)));
  return { program: { ...program, sessions, warmUp }, changes: [...changes.values()] };
}

function sentence(why: Localized): Localized {
  return { en: `${why.en}.`, fr: `${why.fr}.` };
}

/** What the person reads about one exercise: the decision without its move. */
function recommendationOf(decision: Decision): DoseRecommendation {
  return {
    action: decision.action,
    reason: decision.reason,
    ...(decision.to === undefined ? {} : { to: decision.to }),
  };
}

function joined(parts: readonly Localized[]): Localized {
  const unique = [...new Map(parts.map((part) => [part.en, part])).values()];
  return { en: unique.map((part) => part.en).join(" "), fr: unique.map((part) => part.fr).join(" ") };
}

export function reviseProgram(
  program: Program,
  logs: readonly SessionLog[],
  checkIns: readonly MorningCheckIn[],
  today: IsoDate,
  options: ReviseOptions,
): RevisionOutcome {
  const changedAt = options.changedAt ?? `${today}T00:00:00.000Z`;
  const history = sortByDate(logs.filter((log) => log.programId === program.id));
  const acted = new Set(program.actedOn ?? []);
  const fresh = new Set<string>();
  const isActed = (key: string): boolean => acted.has(key) || fresh.has(key);
  const logged = new Set(history.map((log) => log.plannedSessionId));
  const ahead = program.sessions.filter(
    (session) => daysBetween(today, session.date) >= 0 && !logged.has(session.id),
  );
  const aheadIds = new Set(ahead.map((session) => session.id));
  const upcoming = upcomingExercises(program, ahead);
  const limitsFor = (where: Where) => exerciseLimits(options.answers, where);
  const firstStrengthPhase: Where = upcoming.find((item) => item.where !== "warm-up")?.where ?? "integrate";
  const every = (decision: (item: Upcoming) => Decision) =>
    upcoming.map((item) => {
      return { exerciseId: item.planned.exerciseId, ...recommendationOf(decision(item)) };
    });

  const revise = (
    revised: Program,
    changes: ProgramChange[],
    reasons: readonly Localized[],
    recommendations: RevisionOutcome["recommendations"],
  ): RevisionOutcome => {
    const next: Program = {
      ...revised,
      revision: program.revision + 1,
      lastRevisedOn: today,
      actedOn: [...acted, ...fresh],
    };
    return {
      program: next,
      revision: {
        revision: next.revision,
        changedAt,
        changedBy: "rules",
        reason: joined(reasons),
        changes,
      },
      recommendations,
    };
  };

  // 1. A sharp rise in morning pain crosses the re-screen line: everything stops, once.
  const latest = sortByDate(checkIns).at(-1);
  const candidate =
    latest !== undefined && !isActed(actedOnKey.sharpRise(latest.date)) ? sharpRise(checkIns) : undefined;
  // The week after a clean re-screen, pain that stays at the level the screen cleared is not a new rise: only a
  // higher one stops the exercises again.
  const resumedOn = program.rescreen?.resumedOn;
  const clearedPain = checkIns.find((checkIn) => checkIn.date === program.rescreen?.pausedOn)?.pain;
  const rise =
    candidate?.kind === "sharp-rise" &&
    resumedOn !== undefined &&
    clearedPain !== undefined &&
    daysBetween(resumedOn, candidate.date) <= WEEKLY_RULE_INTERVAL_DAYS &&
    candidate.toPain <= clearedPain
      ? undefined
      : candidate;
  if (latest !== undefined && rise !== undefined && rise.kind === "sharp-rise") {
    fresh.add(actedOnKey.sharpRise(latest.date));
    const reason = stopForRescreen(whyStepBack(rise, { en: "", fr: "" }));
    return revise(
      { ...program, rescreen: { pausedOn: rise.date, pausedAt: changedAt } },
      [],
      [reason],
      every(() => ({ action: "stop", reason })),
    );
  }
  const paused = program.rescreen !== undefined && program.rescreen.resumedOn === undefined;
  if (paused) {
    const pausedAt = Date.parse(program.rescreen?.pausedAt ?? changedAt);
    const clean = options.screenedAt !== undefined && Date.parse(options.screenedAt) > pausedAt;
    if (!clean) {
      return {
        program,
        revision: null,
        recommendations: every(() => ({ action: "stop", reason: AWAITING_RESCREEN })),
      };
    }
  }

  const subjects: Subject[] = [];
  const leading: Localized[] = [];
  const general: Localized[] = [];
  const movedDown = (exerciseId: string): boolean =>
    subjects.some(
      ({ decision }) => decision.move?.direction === "down" && concerns(decision.move, exerciseId),
    ) ||
    subjects.some(
      ({ exerciseId: subject, decision }) => subject === exerciseId && decision.action === "stop",
    );
  /**
   * The load ahead that a painful session asks to lighten for one of its exercises: the exercise itself, or, once its
   * ladder has climbed past it (a new phase ahead), the first step of that ladder the sessions ahead hold. Pain after a
   * session or the next morning says the load was too much (docs/clinical §5.4); a harder step of the same ladder at
   * full dose is more of it, not less.
   */
  const aheadOf = (exerciseId: string): PlannedExercise | undefined => {
    const ladderId = ladderIdOf(exerciseId);
    return (
      upcoming.find((item) => item.planned.exerciseId === exerciseId) ??
      (ladderId === undefined
        ? undefined
        : upcoming.find((item) => ladderIdOf(item.planned.exerciseId) === ladderId))
    )?.planned;
  };

  // 2. Pain above the ceiling during an exercise: a step back on that exercise's own ladder.
  for (const log of history) {
    const key = actedOnKey.painDuring(log.id);
    if (isActed(key)) continue;
    const hurt = log.entries.filter((entry) => painDuring(entry.painDuring, log.date) !== undefined);
    if (hurt.length === 0) continue;
    fresh.add(key);
    const where: Where = log.kind === "warm-up" ? "warm-up" : firstStrengthPhase;
    for (const entry of hurt) {
      const signal = painDuring(entry.painDuring, log.date);
      const dose = doseDone(program, log, entry.exerciseId);
      if (signal === undefined || dose === undefined) continue;
      const why = whyStepBack(signal, exerciseNameOf(entry.exerciseId));
      // The same answer the session player gave at once (decision 0661): a step back, or in the warm-up less of the
      // exercise that hurt.
      subjects.push({
        exerciseId: entry.exerciseId,
        decision: answerToPainDuring(entry.exerciseId, dose, why, limitsFor(where), where === "warm-up"),
      });
    }
  }

  // 3. Resuming after a clean re-screen: everything loaded comes back a quarter smaller; the flares of the stopped
  //    days are covered by it.
  if (paused) {
    for (const log of history) {
      fresh.add(actedOnKey.nextMorning(log.id));
      fresh.add(actedOnKey.painAfter(log.id));
    }
    if (latest !== undefined) fresh.add(actedOnKey.weeklyRise(latest.date));
    leading.push(RESUMED_AFTER_RESCREEN);
    for (const { planned } of upcoming) {
      if (!isLoaded(planned.exerciseId) || movedDown(planned.exerciseId)) continue;
      const decision = smallerDose(planned.exerciseId, planned.dose, RESUMED_AFTER_RESCREEN);
      if (decision.action === "regress") {
        subjects.push({ exerciseId: planned.exerciseId, decision, grouped: true });
      }
    }
  }

  // 4. After a session: a next morning not settled or worse, or pain above the ceiling right after it, is an
  //    ordinary reduction of that session's loaded exercises, once per session; the next morning counts first, as the
  //    24-hour response matters more (docs/clinical §5.4).
  for (const log of history) {
    const key = actedOnKey.nextMorning(log.id);
    if (isActed(key) || isActed(actedOnKey.painAfter(log.id))) continue;
    const morningSignal = nextMorning(log, checkIns);
    const signal = morningSignal ?? painAfter(log);
    if (signal === undefined) continue;
    fresh.add(morningSignal === undefined ? actedOnKey.painAfter(log.id) : key);
    const why = whyStepBack(signal, { en: "", fr: "" });
    const before = subjects.length;
    const lightened = new Set<string>();
    for (const entry of log.entries) {
      const ahead = aheadOf(entry.exerciseId);
      if (ahead === undefined || lightened.has(ahead.exerciseId)) continue;
      if (!isLoaded(ahead.exerciseId) || movedDown(ahead.exerciseId)) continue;
      lightened.add(ahead.exerciseId);
      subjects.push({
        exerciseId: ahead.exerciseId,
        decision: smallerDose(ahead.exerciseId, ahead.dose, why),
        grouped: true,
      });
    }
    if (subjects.length > before) {
      leading.push(sentence(why));
      general.push(ORDINARY_REDUCTION);
    }
  }

  // 5. Morning pain rising week on week: less of the same exercises, at most once a week.
  const weekly = latest === undefined ? undefined : weekOnWeekRise(checkIns);
  const recentWeekly =
    latest !== undefined &&
    [...weeklyRiseDates(acted), ...weeklyRiseDates(fresh)].some(
      (date) => daysBetween(date, latest.date) < WEEKLY_RULE_INTERVAL_DAYS,
    );
  if (latest !== undefined && weekly !== undefined && !recentWeekly) {
    fresh.add(actedOnKey.weeklyRise(latest.date));
    const why = whyStepBack(weekly, { en: "", fr: "" });
    const before = subjects.length;
    for (const { planned, where } of upcoming) {
      if (where === "warm-up" || !isLoaded(planned.exerciseId) || movedDown(planned.exerciseId)) continue;
      subjects.push({
        exerciseId: planned.exerciseId,
        decision: smallerDose(planned.exerciseId, planned.dose, why),
        grouped: true,
      });
    }
    if (subjects.length > before) {
      leading.push(sentence(why));
      general.push(ORDINARY_REDUCTION);
    }
  }

  // 6. The 2-for-2 rule, on sessions after any stop and with no pain signal, each entry counted once; the warm-up
  //    climbs its own exercises by the same rule (docs/decisions/0240).
  const after = program.rescreen?.pausedOn;
  const inWarmUp = new Set(program.warmUp.map((planned) => planned.exerciseId));
  for (const { planned, where } of upcoming) {
    // 2-for-2 and the ACSM increments are resistance-training rules (docs/clinical §5.3): they add load to muscles
    // worked against resistance. The sources give no progression for a stretch, a release or a mobility drill, so
    // those stay at the dose planned (decision 0645).
    if (movedDown(planned.exerciseId) || !isLoaded(planned.exerciseId)) continue;
    // Two warm-up exercises can share a ladder (the side kick and the lateral walk): each counts its own entries.
    const ladderId = where === "warm-up" ? undefined : ladderIdOf(planned.exerciseId);
    const recent = history
      .filter((log) => after === undefined || daysBetween(after, log.date) > 0)
      .flatMap((log) =>
        log.entries
          .filter(
            (entry) =>
              entry.exerciseId === planned.exerciseId ||
              (ladderId !== undefined && ladderIdOf(entry.exerciseId) === ladderId),
          )
          .map((entry) => ({ log, entry })),
      )
      .slice(-TWO_FOR_TWO_SESSIONS);
    const twoForTwo =
      recent.length === TWO_FOR_TWO_SESSIONS &&
      recent.every(
        ({ log, entry }) =>
          entry.exerciseId === planned.exerciseId &&
          // Done at the dose planned now: a reduction since then starts the count again.
          JSON.stringify(doseDone(program, log, entry.exerciseId)) === JSON.stringify(planned.dose) &&
          beatTarget(entry, planned.dose) &&
          entry.painDuring <= PAIN_DURING_ACCEPTABLE_MAX &&
          painAfter(log) === undefined &&
          nextMorning(log, checkIns) === undefined &&
          !isActed(actedOnKey.twoForTwo(log.id, planned.exerciseId)),
      );
    if (!twoForTwo) continue;
    const decision =
      where === "warm-up"
        ? warmUpStepUpFrom(planned.exerciseId, planned.dose, limitsFor(where), inWarmUp)
        : stepUpFrom(planned.exerciseId, planned.dose, limitsFor(where));
    if (decision === undefined) continue;
    for (const { log } of recent) fresh.add(actedOnKey.twoForTwo(log.id, planned.exerciseId));
    subjects.push({ exerciseId: planned.exerciseId, decision });
  }

  const recommendations = upcoming.map(({ planned }) => {
    const subject =
      subjects.find((item) => item.exerciseId === planned.exerciseId) ??
      subjects.find(
        (item) => item.decision.move !== undefined && concerns(item.decision.move, planned.exerciseId),
      );
    const decision =
      subject?.decision ??
      keepDose(
        planned.exerciseId,
        planned.dose,
        history.some((log) => log.entries.some((entry) => entry.exerciseId === planned.exerciseId)),
        isLoaded(planned.exerciseId),
      );
    return { exerciseId: planned.exerciseId, ...recommendationOf(decision) };
  });
  if (fresh.size === 0) return { program, revision: null, recommendations };

  const moves = subjects.flatMap(({ decision, grouped }) => {
    const move = decision.move;
    if (move === undefined) return [];
    // A smaller dose of a ladder step that hurt also holds the ladder there: no harder step right after the pain,
    // and one step per phase change from there (docs/decisions/0161).
    const placement = move.kind === "dose" ? ladderOf(move.exerciseId) : undefined;
    return placement !== undefined && move.direction === "down" && grouped !== true
      ? [
          move,
          {
            kind: "rung" as const,
            ladderId: placement.ladder.id,
            index: placement.index,
            direction: "down" as const,
          },
        ]
      : [move];
  });
  // Ladder steps first, then doses: a step back onto a ladder step that hurt keeps that step's smaller dose.
  const ordered = [
    ...moves.filter((move) => move.kind === "rung"),
    ...moves.filter((move) => move.kind === "dose"),
  ];
  const applied = applyMoves(program, aheadIds, ordered, options.answers);
  const resumed: Program = paused
    ? {
        ...applied.program,
        rescreen: {
          pausedOn: program.rescreen?.pausedOn ?? today,
          pausedAt: program.rescreen?.pausedAt ?? changedAt,
          resumedOn: today,
        },
      }
    : applied.program;
  const reasons = [
    ...leading,
    ...subjects.map(({ decision, grouped }) =>
      grouped === true ? (decision.brief ?? decision.reason) : decision.reason,
    ),
    ...general,
  ];
  // A signal whose exercises are no longer ahead changes nothing; evaluated again, it still changes nothing.
  if (reasons.length === 0) return { program, revision: null, recommendations };
  return revise(resumed, applied.changes, reasons, recommendations);
}
