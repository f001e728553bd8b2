/**
 * Applies the progression rules to the sessions still ahead: each exercise of the coming sessions gets a
 * recommendation (recommend-next-dose.ts), and each change becomes part of one revision with its reasons in plain
 * words. Past and already-logged sessions are never rewritten: they are the record of what was planned.
 */
import type { Answers } from "../intake/answers.js";
import { findExercise, ladderOf } from "../knowledge/library.js";
import type { Dose, ProgramPhase } from "../knowledge/schema.js";
import { exerciseLimits } from "../program/generate-program.js";
import { phaseOfWeek } from "../program/program-phases.js";
import type {
  PlannedExercise,
  PlannedSession,
  Program,
  ProgramChange,
  ProgramRevision,
} from "../program/schema.js";
import { estimateMinutes } from "../program/session-duration.js";
import { daysBetween, type IsoDate } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import type { MorningCheckIn, SessionLog } from "../sessions/schema.js";
import { recommendNextDose, type DoseRecommendation } from "./recommend-next-dose.js";

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
};

type Upcoming = { readonly planned: PlannedExercise; readonly where: ProgramPhase | "warm-up" };

/** Each exercise still ahead once, with the phase of its first session ahead (or the warm-up). */
function upcomingExercises(program: Program, sessions: readonly PlannedSession[]): Upcoming[] {
  const seen = new Set<string>();
  return [
    ...sessions.flatMap((session) =>
      session.exercises.map((planned) => ({ planned, where: phaseOfWeek(program.phases, session.week) })),
    ),
    ...program.warmUp.map((planned) => ({ planned, where: "warm-up" as const })),
  ].filter(({ planned }) => {
    if (seen.has(planned.exerciseId)) return false;
    seen.add(planned.exerciseId);
    return true;
  });
}

function applyTo(planned: PlannedExercise, to: string | Dose): PlannedExercise {
  if (typeof to !== "string") return { ...planned, dose: to };
  const exercise = findExercise(to);
  if (exercise === undefined) throw new Error(`Ladder step "${to}" is not in the exercise library`);
  const ladderId = ladderOf(to)?.ladder.id;
  return {
    exerciseId: to,
    dose: exercise.dose,
    block: planned.block,
    ...(ladderId === undefined ? {} : { ladderId }),
  };
}

/** Replaces changed exercises; if a session already had the new step, the first occurrence stays. */
function applyChanges(
  exercises: readonly PlannedExercise[],
  changes: ReadonlyMap<string, string | Dose>,
): PlannedExercise[] {
  const seen = new Set<string>();
  return exercises
    .map((planned) => {
      const to = changes.get(planned.exerciseId);
      return to === undefined ? planned : applyTo(planned, to);
    })
    .filter((planned) => {
      if (seen.has(planned.exerciseId)) return false;
      seen.add(planned.exerciseId);
      return true;
    });
}

function joined(parts: readonly Localized[]): Localized {
  return { en: parts.map((part) => part.en).join(" "), fr: parts.map((part) => part.fr).join(" ") };
}

export function reviseProgram(
  program: Program,
  logs: readonly SessionLog[],
  checkIns: readonly MorningCheckIn[],
  today: IsoDate,
  options: ReviseOptions,
): RevisionOutcome {
  const history = logs.filter((log) => log.programId === program.id);
  const logged = new Set(history.map((log) => log.plannedSessionId));
  const ahead = program.sessions.filter(
    (session) => daysBetween(today, session.date) >= 0 && !logged.has(session.id),
  );
  const since = program.lastRevisedOn === undefined ? {} : { since: program.lastRevisedOn };
  const pairs = upcomingExercises(program, ahead).map(({ planned, where }) => ({
    planned,
    recommendation: recommendNextDose(history, planned, checkIns, {
      ...since,
      limits: exerciseLimits(options.answers, where),
    }),
  }));
  const recommendations = pairs.map(({ planned, recommendation }) => ({
    exerciseId: planned.exerciseId,
    ...recommendation,
  }));
  const speaking = pairs.filter(({ recommendation }) => recommendation.action !== "keep");
  if (speaking.length === 0) return { program, revision: null, recommendations };

  const changing = pairs.flatMap(({ planned, recommendation }) =>
    recommendation.to === undefined ? [] : [{ planned, to: recommendation.to }],
  );
  const changes = new Map(changing.map(({ planned, to }) => [planned.exerciseId, to]));
  const aheadIds = new Set(ahead.map((session) => session.id));
  const revised: Program = {
    ...program,
    revision: program.revision + 1,
    lastRevisedOn: today,
    sessions: program.sessions.map((session) => {
      if (!aheadIds.has(session.id)) return session;
      const exercises = applyChanges(session.exercises, changes);
      return { ...session, exercises, estimatedMinutes: estimateMinutes(exercises) };
    }),
    warmUp: applyChanges(program.warmUp, changes),
  };
  const programChanges: ProgramChange[] = changing.map(({ planned, to }) => ({
    exerciseId: planned.exerciseId,
    from: typeof to === "string" ? planned.exerciseId : planned.dose,
    to,
  }));
  // A sharp rise stops every exercise with the same words: say it once.
  const reasons = [
    ...new Map(
      speaking.map(({ recommendation }) => [recommendation.reason.en, recommendation.reason]),
    ).values(),
  ];
  return {
    program: revised,
    revision: {
      revision: revised.revision,
      changedAt: options.changedAt ?? `${today}T00:00:00.000Z`,
      changedBy: "rules",
      reason: joined(reasons),
      changes: programChanges,
    },
    recommendations,
  };
}
