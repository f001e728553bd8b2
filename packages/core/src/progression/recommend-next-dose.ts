/**
 * What to do next time with one planned exercise, from what the person logged and how their knee answered.
 * Order of the checks: a sharp rise in pain first (re-screen), then the pain-monitoring model's gates
 * (pain-gate.ts), then the 2-for-2 rule (final-set.ts). Each answer says why in plain words, in English and French.
 */
import { findExercise, ladderOf, nextOnLadder, previousOnLadder } from "../knowledge/library.js";
import type { Dose, Exercise } from "../knowledge/schema.js";
import { describeDose } from "../display/describe-dose.js";
import { formatNumber } from "../outcomes/format-number.js";
import type { PlannedExercise } from "../program/schema.js";
import { limitBreach, type ExerciseLimits, type LimitBreach } from "../program/select-exercises.js";
import { sortByDate } from "../progress/trend.js";
import type { MorningCheckIn, SessionEntry, SessionLog } from "../sessions/schema.js";
import { addDays, daysBetween, type IsoDate } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import { increaseDose, reduceDose } from "./adjust-dose.js";
import { beatTarget, requiredSurplus, TWO_FOR_TWO_SESSIONS } from "./final-set.js";
import {
  nextMorning,
  painDuring,
  PAIN_DURING_ACCEPTABLE_MAX,
  sharpRise,
  weekOnWeekRise,
  type PainSignal,
} from "./pain-gate.js";

export const DOSE_ACTIONS = ["progress", "keep", "regress", "stop"] as const;
export type DoseAction = (typeof DOSE_ACTIONS)[number];

export type DoseRecommendation = {
  readonly action: DoseAction;
  /** The exercise id to switch to (a ladder step) or the new dose; absent when nothing in the plan changes. */
  readonly to?: string | Dose;
  readonly reason: Localized;
};

type LoggedEntry = { readonly log: SessionLog; readonly entry: SessionEntry };

const BANDS = new Set(["mini-band", "handled-band"]);
/** The weekly rule reduces load; release and stretches load the knee little, so they are left as they are. */
const LOADED_BLOCKS = new Set(["activation", "balance", "strength"]);

function nameOf(exerciseId: string): Localized {
  return findExercise(exerciseId)?.name ?? { en: exerciseId, fr: exerciseId };
}

function text(en: string, fr: string): Localized {
  return { en, fr };
}

function doseText(dose: Dose): Localized {
  return text(describeDose(dose, "en"), describeDose(dose, "fr"));
}

/** Entries of the planned exercise and of the other steps of its ladder, oldest first. */
function ladderHistory(history: readonly SessionLog[], exerciseId: string): LoggedEntry[] {
  const ladderId = ladderOf(exerciseId)?.ladder.id;
  const belongs = (id: string): boolean =>
    id === exerciseId || (ladderId !== undefined && ladderOf(id)?.ladder.id === ladderId);
  return sortByDate(history).flatMap((log) =>
    log.entries.filter((entry) => belongs(entry.exerciseId)).map((entry) => ({ log, entry })),
  );
}

function whyStepBack(signal: PainSignal, exercise: Localized): Localized {
  const n = (value: number, lang: "en" | "fr"): string => formatNumber(value, lang);
  switch (signal.kind) {
    case "pain-during":
      return text(
        `Your knee hurt ${signal.pain}/10 during ${exercise.en}, more than the ${PAIN_DURING_ACCEPTABLE_MAX}/10 that is acceptable`,
        `Votre genou a fait mal à ${signal.pain}/10 pendant ${exercise.fr}, plus que les ${PAIN_DURING_ACCEPTABLE_MAX}/10 acceptables`,
      );
    case "not-settled":
      return text(
        "Your knee had not settled by the next morning",
        "Votre genou ne s'était pas calmé le lendemain matin",
      );
    case "higher-next-morning":
      return text(
        `Your knee hurt more the next morning (${n(signal.fromPain, "en")}/10 before, ${n(signal.toPain, "en")}/10 after)`,
        `Votre genou faisait plus mal le lendemain matin (${n(signal.fromPain, "fr")}/10 avant, ${n(signal.toPain, "fr")}/10 après)`,
      );
    case "rising-week-on-week":
      return text(
        `Your morning pain has risen from one week to the next (${n(signal.fromPain, "en")}/10 to ${n(signal.toPain, "en")}/10 on average)`,
        `Votre douleur du matin a augmenté d'une semaine à l'autre (de ${n(signal.fromPain, "fr")}/10 à ${n(signal.toPain, "fr")}/10 en moyenne)`,
      );
    case "sharp-rise":
      return text(
        `Your morning pain jumped to ${signal.toPain}/10 (about ${n(signal.fromPain, "en")}/10 the week before)`,
        `Votre douleur du matin est montée à ${signal.toPain}/10 (environ ${n(signal.fromPain, "fr")}/10 la semaine d'avant)`,
      );
  }
}

function stop(why: Localized): DoseRecommendation {
  return {
    action: "stop",
    reason: text(
      `${why.en}: stop the exercises for now and answer the warning-sign questions again before your next session.`,
      `${why.fr} : arrêtez les exercices pour l'instant et répondez à nouveau aux questions sur les signes d'alerte avant votre prochaine séance.`,
    ),
  };
}

/**
 * Back one ladder step (when the person's limits allow it: an easier step can need another band), else a smaller
 * dose; with neither left, stop this exercise and ask a clinician.
 */
function stepBack(
  planned: PlannedExercise,
  why: Localized,
  ladder: ExerciseLimits | "same-exercise",
): DoseRecommendation {
  const step = ladder === "same-exercise" ? undefined : previousOnLadder(planned.exerciseId);
  const previous =
    step !== undefined && ladder !== "same-exercise" && limitBreach(step, ladder) === undefined
      ? step.id
      : undefined;
  if (previous !== undefined) {
    const name = nameOf(previous);
    return {
      action: "regress",
      to: previous,
      reason: text(`${why.en}: we step back to ${name.en}.`, `${why.fr} : on revient à ${name.fr}.`),
    };
  }
  const reduced = reduceDose(planned.dose);
  const name = nameOf(planned.exerciseId);
  if (reduced !== undefined) {
    const dose = doseText(reduced);
    return {
      action: "regress",
      to: reduced,
      reason: text(
        `${why.en}: ${name.en} drops to ${dose.en}.`,
        `${why.fr} : ${name.fr} passe à ${dose.fr}.`,
      ),
    };
  }
  return {
    action: "stop",
    reason: text(
      `${why.en}, even at the smallest dose of ${name.en}: leave it out and talk to a physiotherapist or a doctor.`,
      `${why.fr}, même à la plus petite dose de ${name.fr} : laissez-le de côté et parlez-en à un kinésithérapeute ou à un médecin.`,
    ),
  };
}

/** "2 reps" / "5 seconds": the margin the 2-for-2 rule asks for, in the dose's own unit. */
function marginText(dose: Dose): Localized {
  const surplus = requiredSurplus(dose);
  return dose.mode === "reps"
    ? text(`${surplus} reps`, `${surplus} répétitions`)
    : text(`${surplus} seconds`, `${surplus} secondes`);
}

/** Why the next ladder step waits, in words: the generator's own reasons for leaving an exercise out. */
function whyNotYet(breach: LimitBreach, step: Localized): Localized {
  switch (breach) {
    case "equipment":
      return text(
        `${step.en} needs equipment you have not listed`,
        `${step.fr} demande du matériel que vous n'avez pas indiqué`,
      );
    case "knee-load":
      return text(
        `${step.en} loads the knee more than your pain allows for now`,
        `${step.fr} sollicite le genou plus que votre douleur ne le permet pour l'instant`,
      );
  }
}

function progress(
  planned: PlannedExercise,
  exercise: Exercise | undefined,
  limits: ExerciseLimits,
): DoseRecommendation {
  const margin = marginText(planned.dose);
  const twice = text(
    `You did ${margin.en} more than asked, twice in a row`,
    `Vous avez fait ${margin.fr} de plus que prévu, deux fois de suite`,
  );
  const step = nextOnLadder(planned.exerciseId);
  const breach = step === undefined ? undefined : limitBreach(step, limits);
  if (step !== undefined && breach === undefined) {
    const name = nameOf(step.id);
    return {
      action: "progress",
      to: step.id,
      reason: text(`${twice.en}: next time, ${name.en}.`, `${twice.fr} : la prochaine fois, ${name.fr}.`),
    };
  }
  const waiting = step === undefined || breach === undefined ? undefined : whyNotYet(breach, nameOf(step.id));
  const lead =
    waiting === undefined ? twice : text(`${twice.en}, and ${waiting.en}`, `${twice.fr}, et ${waiting.fr}`);
  // Top of the ladder (or its next step out of reach): band work moves up a band colour, as in the trials
  // (docs/clinical §5.3); the rest adds reps or time.
  if (exercise?.equipment.some((item) => BANDS.has(item)) === true) {
    return {
      action: "progress",
      reason: text(
        `${lead.en}: next time, use the next, stronger band colour.`,
        `${lead.fr} : la prochaine fois, prenez l'élastique de la couleur suivante, plus résistant.`,
      ),
    };
  }
  const dose = doseText(increaseDose(planned.dose));
  return {
    action: "progress",
    to: increaseDose(planned.dose),
    reason: text(`${lead.en}: next time, ${dose.en}.`, `${lead.fr} : la prochaine fois, ${dose.fr}.`),
  };
}

function keep(planned: PlannedExercise, logged: boolean): DoseRecommendation {
  const name = nameOf(planned.exerciseId);
  const dose = doseText(planned.dose);
  const margin = marginText(planned.dose);
  return {
    action: "keep",
    reason: logged
      ? text(
          `Keep ${name.en} at ${dose.en}: it moves up once your last set beats the target by ${margin.en}, two sessions in a row.`,
          `Gardez ${name.fr} à ${dose.fr} : on passe à la suite quand votre dernière série dépasse l'objectif de ${margin.fr}, deux séances de suite.`,
        )
      : text(
          `No session of ${name.en} logged yet: start at ${dose.en}.`,
          `Aucune séance de ${name.fr} notée pour l'instant : commencez à ${dose.fr}.`,
        ),
  };
}

export type RecommendOptions = {
  /** What the person's program may hold where this exercise is planned: a ladder step outside it is not taken. */
  readonly limits: ExerciseLimits;
  /**
   * Logs and check-ins up to this day were already acted on (the program's `lastRevisedOn`): they do not trigger a
   * second change, and the 2-for-2 rule counts only sessions after it.
   */
  readonly since?: IsoDate;
};

/** A week between two week-on-week reductions: the weekly means need a new week of mornings to move. */
const WEEKLY_RULE_INTERVAL_DAYS = 7;

export function recommendNextDose(
  history: readonly SessionLog[],
  planned: PlannedExercise,
  morningCheckIns: readonly MorningCheckIn[],
  options: RecommendOptions,
): DoseRecommendation {
  const { since, limits } = options;
  const after = (date: IsoDate, days = 1): boolean => since === undefined || daysBetween(since, date) >= days;
  const latestCheckIn = sortByDate(morningCheckIns).at(-1);

  const rise =
    latestCheckIn !== undefined && after(latestCheckIn.date) ? sharpRise(morningCheckIns) : undefined;
  if (rise !== undefined) return stop(whyStepBack(rise, nameOf(planned.exerciseId)));

  const entries = ladderHistory(history, planned.exerciseId);
  const latest = entries.at(-1);
  if (latest !== undefined) {
    const during = after(latest.log.date) ? painDuring(latest.entry.painDuring, latest.log.date) : undefined;
    const morning = nextMorning(latest.log, morningCheckIns);
    const gate =
      during ?? (morning !== undefined && after(addDays(latest.log.date, 1)) ? morning : undefined);
    if (gate !== undefined) {
      return stepBack(planned, whyStepBack(gate, nameOf(latest.entry.exerciseId)), limits);
    }
  }
  const weekly =
    LOADED_BLOCKS.has(planned.block) &&
    latestCheckIn !== undefined &&
    after(latestCheckIn.date, WEEKLY_RULE_INTERVAL_DAYS)
      ? weekOnWeekRise(morningCheckIns)
      : undefined;
  // A slow weekly rise asks for less load of the same exercise, not a different one (docs/clinical §5.4).
  if (weekly !== undefined) {
    return stepBack(planned, whyStepBack(weekly, nameOf(planned.exerciseId)), "same-exercise");
  }

  const recent = entries.filter(({ log }) => after(log.date)).slice(-TWO_FOR_TWO_SESSIONS);
  const twoForTwo =
    recent.length === TWO_FOR_TWO_SESSIONS &&
    recent.every(({ entry }) => entry.exerciseId === planned.exerciseId && beatTarget(entry, planned.dose));
  if (twoForTwo) return progress(planned, findExercise(planned.exerciseId), limits);
  return keep(planned, entries.length > 0);
}
