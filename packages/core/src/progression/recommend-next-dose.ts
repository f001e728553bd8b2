/**
 * What the rules decide for one exercise, in plain words (English and French, exercise names in the reader's
 * language): a step back on the ladder of the exercise that hurt, a smaller dose, a step up after the 2-for-2 rule.
 * The decisions are moves (progression/revise-program.ts applies them to the sessions ahead); this module knows the
 * ladders and the limits, not the calendar.
 */
import { findExercise, ladderOf } from "../knowledge/library.js";
import type { Dose, Exercise } from "../knowledge/schema.js";
import { describeDose } from "../display/describe-dose.js";
import { formatIsoDate } from "../shared/dates.js";
import { formatNumber } from "../outcomes/format-number.js";
import { limitBreach, type ExerciseLimits, type LimitBreach } from "../program/select-exercises.js";
import type { Localized } from "../shared/i18n.js";
import { increaseDose, reduceDose } from "./adjust-dose.js";
import { requiredSurplus } from "./final-set.js";
import { PAIN_DURING_ACCEPTABLE_MAX, type PainSignal } from "./pain-gate.js";

export const DOSE_ACTIONS = ["progress", "keep", "regress", "stop"] as const;
export type DoseAction = (typeof DOSE_ACTIONS)[number];

/**
 * A change to the sessions ahead: a ladder moved to a step (down: never above `index`; up: at least `index`), or an
 * exercise's dose.
 */
export type Move =
  | {
      readonly kind: "rung";
      readonly ladderId: string;
      readonly index: number;
      readonly direction: "down" | "up";
      /** A climb earned in the warm-up moves the warm-up only; the strength sessions keep their own ladder. */
      readonly warmUp?: true;
    }
  | {
      readonly kind: "dose";
      readonly exerciseId: string;
      readonly dose: Dose;
      readonly direction: "down" | "up";
    };

export type DoseRecommendation = {
  readonly action: DoseAction;
  /** The exercise id to switch to (a ladder step) or the new dose; absent when nothing in the plan changes. */
  readonly to?: string | Dose;
  readonly reason: Localized;
};

/** `brief`: the change alone, for a revision that states its reason once for several exercises. */
export type Decision = DoseRecommendation & { readonly move?: Move; readonly brief?: Localized };

const BANDS = new Set(["mini-band", "handled-band"]);

export function exerciseNameOf(exerciseId: string): Localized {
  return findExercise(exerciseId)?.name ?? { en: exerciseId, fr: exerciseId };
}

function text(en: string, fr: string): Localized {
  return { en, fr };
}

function doseText(dose: Dose): Localized {
  return text(describeDose(dose, "en"), describeDose(dose, "fr"));
}

/** Why the rules act, in the person's words. */
export function whyStepBack(signal: PainSignal, exercise: Localized): Localized {
  const n = (value: number, lang: "en" | "fr"): string => formatNumber(value, lang);
  switch (signal.kind) {
    case "pain-during":
      return text(
        `Your knee hurt ${signal.pain}/10 during ${exercise.en}, more than the ${PAIN_DURING_ACCEPTABLE_MAX}/10 that is acceptable`,
        `Votre genou a fait mal à ${signal.pain}/10 pendant l’exercice ${exercise.fr}, plus que les ${PAIN_DURING_ACCEPTABLE_MAX}/10 acceptables`,
      );
    case "pain-after":
      return text(
        `Your knee hurt ${signal.pain}/10 after your session of ${formatIsoDate(signal.date, "en")}, more than the ${PAIN_DURING_ACCEPTABLE_MAX}/10 that may follow a session`,
        `Votre genou a fait mal à ${signal.pain}/10 après votre séance du ${formatIsoDate(signal.date, "fr")}, plus que les ${PAIN_DURING_ACCEPTABLE_MAX}/10 admis après une séance`,
      );
    case "not-settled":
      return text(
        `Your knee had not settled by the next morning (${formatIsoDate(signal.date, "en")})`,
        `Votre genou ne s’était pas calmé le lendemain matin (${formatIsoDate(signal.date, "fr")})`,
      );
    case "higher-next-morning":
      return text(
        `Your knee hurt more the morning after your session (${n(signal.fromPain, "en")}/10 before, ${n(signal.toPain, "en")}/10 after)`,
        `Votre genou faisait plus mal le lendemain matin de votre séance (${n(signal.fromPain, "fr")}/10 avant, ${n(signal.toPain, "fr")}/10 après)`,
      );
    case "rising-week-on-week":
      return text(
        `Your morning pain has risen from one week to the next (${n(signal.fromPain, "en")}/10 to ${n(signal.toPain, "en")}/10 on average)`,
        `Votre douleur du matin a augmenté d’une semaine à l’autre (de ${n(signal.fromPain, "fr")}/10 à ${n(signal.toPain, "fr")}/10 en moyenne)`,
      );
    case "sharp-rise":
      // After a gap the comparison is with one earlier morning, named by its date, not with "the week before".
      return signal.since === undefined
        ? text(
            `Your morning pain jumped to ${signal.toPain}/10 (about ${n(signal.fromPain, "en")}/10 the week before)`,
            `Votre douleur du matin est montée à ${signal.toPain}/10 (environ ${n(signal.fromPain, "fr")}/10 la semaine d’avant)`,
          )
        : text(
            `Your morning pain jumped to ${signal.toPain}/10 (${n(signal.fromPain, "en")}/10 at your last morning check-in, on ${formatIsoDate(signal.since, "en")})`,
            `Votre douleur du matin est montée à ${signal.toPain}/10 (${n(signal.fromPain, "fr")}/10 lors de votre dernier relevé du matin, le ${formatIsoDate(signal.since, "fr")})`,
          );
  }
}

/** A sharp rise crosses the re-screen line (docs/clinical §7.2): every exercise stops until the screen is redone. */
export function stopForRescreen(why: Localized): Localized {
  return text(
    `${why.en}: stop the exercises for now and answer the warning-sign questions again before your next session.`,
    `${why.fr}\u00a0: arrêtez les exercices pour l’instant et répondez à nouveau aux questions sur les signes d’alerte avant votre prochaine séance.`,
  );
}

export const AWAITING_RESCREEN: Localized = text(
  "The exercises stay stopped until you answer the warning-sign questions again.",
  "Les exercices restent arrêtés jusqu’à ce que vous répondiez à nouveau aux questions sur les signes d’alerte.",
);

export const RESUMED_AFTER_RESCREEN: Localized = text(
  "Your new answers show no warning sign: the sessions resume at a smaller dose, about a quarter less, and build up again from there.",
  "Vos nouvelles réponses ne montrent aucun signe d’alerte\u00a0: les séances reprennent à une dose plus petite, environ un quart de moins, puis remontent progressivement.",
);

/** An ordinary reduction (a flare after a session, a weekly rise): not a stop (docs/clinical §5.4). */
export const ORDINARY_REDUCTION: Localized = text(
  "This is an ordinary adjustment, not a reason to stop: carry on with the smaller dose.",
  "C’est un ajustement habituel, pas une raison d’arrêter\u00a0: continuez avec la dose plus petite.",
);

/** The dose `planned` made smaller, with its reason; a stop for that exercise when nothing is left to take off. */
export function smallerDose(exerciseId: string, dose: Dose, why: Localized): Decision {
  const reduced = reduceDose(dose);
  const name = exerciseNameOf(exerciseId);
  if (reduced === undefined) {
    return {
      action: "stop",
      reason: text(
        `${why.en}, even at the smallest dose of ${name.en}: leave it out and talk to a physiotherapist or a doctor.`,
        `${why.fr}, même à la plus petite dose de l’exercice ${name.fr}\u00a0: laissez-le de côté et parlez-en à un kinésithérapeute ou à un médecin.`,
      ),
    };
  }
  const next = doseText(reduced);
  return {
    action: "regress",
    to: reduced,
    move: { kind: "dose", exerciseId, dose: reduced, direction: "down" },
    reason: text(
      `${why.en}: ${name.en} drops to ${next.en}.`,
      `${why.fr}\u00a0: ${name.fr} passe à ${next.fr}.`,
    ),
    brief: text(`${name.en} drops to ${next.en}.`, `${name.fr} passe à ${next.fr}.`),
  };
}

/**
 * Pain during `hurt` (done at `doneDose`): one step below it on its own ladder, the nearest easier step the limits
 * allow, never a harder one; at the bottom (or off any ladder), a smaller dose of the same exercise
 * (docs/clinical §5.4: pain above 5/10, stop or do an easier version; docs/decisions/0161).
 */
export function stepBackFrom(hurt: string, doneDose: Dose, why: Localized, limits: ExerciseLimits): Decision {
  const placement = ladderOf(hurt);
  if (placement !== undefined) {
    const easier = placement.ladder.steps
      .slice(0, placement.index)
      .map((id, index) => ({ id, index, exercise: findExercise(id) }))
      .filter(
        (step): step is { id: string; index: number; exercise: Exercise } =>
          step.exercise !== undefined && limitBreach(step.exercise, limits) === undefined,
      )
      .at(-1);
    if (easier !== undefined) {
      const from = exerciseNameOf(hurt);
      const to = exerciseNameOf(easier.id);
      return {
        action: "regress",
        to: easier.id,
        move: { kind: "rung", ladderId: placement.ladder.id, index: easier.index, direction: "down" },
        reason: text(
          `${why.en}: we step back from ${from.en} to ${to.en}.`,
          `${why.fr}\u00a0: on redescend de l’exercice ${from.fr} à l’exercice ${to.fr}.`,
        ),
      };
    }
  }
  return smallerDose(hurt, doneDose, why);
}

/**
 * The one answer to pain above 5/10 during an exercise (docs/clinical §5.4): what the progression rules do to the
 * sessions ahead (`reviseProgram`) and what the session player offers at once, so the two say the same thing
 * (decision 0661). In a strength session: the step back of `stepBackFrom`; when nothing easier is left the exercise is
 * left out, and its ladder is held at that step and dose so the next phase brings no harder step of it
 * (docs/decisions/0161, 0650). In the warm-up before the sport (`inWarmUp`): the warm-up keeps its exercises, which
 * prepare the sport (seed 003; decision 0240), so the one that hurt does less, and the rung below holds its ladder in
 * the strength sessions ahead (decision 0645); the person is offered that smaller dose, not another exercise.
 */
export function answerToPainDuring(
  hurt: string,
  doneDose: Dose,
  why: Localized,
  limits: ExerciseLimits,
  inWarmUp: boolean,
): Decision {
  const stepBack = stepBackFrom(hurt, doneDose, why, limits);
  const back: Decision =
    stepBack.action === "stop" && stepBack.move === undefined && ladderOf(hurt) !== undefined
      ? { ...stepBack, move: { kind: "dose", exerciseId: hurt, dose: doneDose, direction: "down" } }
      : stepBack;
  if (!inWarmUp) return back;
  const inPlace = smallerDose(hurt, doneDose, why);
  return inPlace.action === "regress" && back.move?.kind === "rung"
    ? { ...inPlace, move: back.move }
    : inPlace;
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
        `l’exercice ${step.fr} demande du matériel que vous n’avez pas indiqué`,
      );
    case "knee-load":
      return text(
        `${step.en} loads the knee more than your pain allows for now`,
        `l’exercice ${step.fr} sollicite le genou plus que votre douleur ne le permet pour l’instant`,
      );
  }
}

/**
 * The 2-for-2 rule was met on `exerciseId` at `dose` (docs/clinical §5.3): the next step of its ladder when the
 * limits allow it; else, band work moves up a band colour (trials progressed elastic by colour) and the rest adds
 * reps or time.
 */
export function stepUpFrom(exerciseId: string, dose: Dose, limits: ExerciseLimits): Decision {
  const margin = marginText(dose);
  const twice = text(
    `You did ${margin.en} more than asked on ${exerciseNameOf(exerciseId).en}, twice in a row`,
    `Vous avez fait ${margin.fr} de plus que prévu à l’exercice ${exerciseNameOf(exerciseId).fr}, deux fois de suite`,
  );
  const placement = ladderOf(exerciseId);
  const nextId = placement?.ladder.steps[placement.index + 1];
  const step = nextId === undefined ? undefined : findExercise(nextId);
  const breach = step === undefined ? undefined : limitBreach(step, limits);
  if (placement !== undefined && step !== undefined && breach === undefined) {
    const name = exerciseNameOf(step.id);
    return {
      action: "progress",
      to: step.id,
      move: { kind: "rung", ladderId: placement.ladder.id, index: placement.index + 1, direction: "up" },
      reason: text(
        `${twice.en}: next time, ${name.en}.`,
        `${twice.fr}\u00a0: la prochaine fois, ${name.fr}.`,
      ),
    };
  }
  const waiting =
    step === undefined || breach === undefined ? undefined : whyNotYet(breach, exerciseNameOf(step.id));
  const lead =
    waiting === undefined ? twice : text(`${twice.en}, and ${waiting.en}`, `${twice.fr}, et ${waiting.fr}`);
  if (findExercise(exerciseId)?.equipment.some((item) => BANDS.has(item)) === true) {
    return {
      action: "progress",
      reason: text(
        `${lead.en}: next time, use the next, stronger band colour.`,
        `${lead.fr}\u00a0: la prochaine fois, prenez l’élastique de la couleur suivante, plus résistant.`,
      ),
    };
  }
  const bigger = increaseDose(dose);
  const next = doseText(bigger);
  return {
    action: "progress",
    to: bigger,
    move: { kind: "dose", exerciseId, dose: bigger, direction: "up" },
    reason: text(`${lead.en}: next time, ${next.en}.`, `${lead.fr}\u00a0: la prochaine fois, ${next.fr}.`),
  };
}

/**
 * The 2-for-2 rule met on a warm-up exercise (docs/clinical §5.3): the warm-up moves one rung up the same ladder,
 * only to a step the generator could have put in a warm-up (a warm-up exercise, at hand, at most the warm-up's knee
 * load) and not already in it. `undefined` when there is no such step: the warm-up stays as it is, since it
 * prepares for the sport and the strength sessions carry the progression (docs/decisions/0240).
 */
export function warmUpStepUpFrom(
  exerciseId: string,
  dose: Dose,
  limits: ExerciseLimits,
  inWarmUp: ReadonlySet<string>,
): Decision | undefined {
  const placement = ladderOf(exerciseId);
  const nextId = placement?.ladder.steps[placement.index + 1];
  const step = nextId === undefined ? undefined : findExercise(nextId);
  const fits = step?.warmUp === true && !inWarmUp.has(step.id) && limitBreach(step, limits) === undefined;
  if (placement === undefined || step === undefined || !fits) return undefined;
  const margin = marginText(dose);
  const from = exerciseNameOf(exerciseId);
  const to = exerciseNameOf(step.id);
  return {
    action: "progress",
    to: step.id,
    move: {
      kind: "rung",
      ladderId: placement.ladder.id,
      index: placement.index + 1,
      direction: "up",
      warmUp: true,
    },
    reason: text(
      `You did ${margin.en} more than asked on ${from.en} in your warm-up, twice in a row: next time, the warm-up has ${to.en} instead.`,
      `Vous avez fait ${margin.fr} de plus que prévu à l’exercice ${from.fr} pendant l’échauffement, deux fois de suite\u00a0: la prochaine fois, l’échauffement passe à l’exercice ${to.fr}.`,
    ),
  };
}

/**
 * Nothing to change: the planned dose, and what it takes to move up. `progresses` is false for a stretch, a release
 * or a mobility drill, which the 2-for-2 rule does not move (docs/clinical §5.3 is about load): nothing is promised.
 */
export function keepDose(exerciseId: string, dose: Dose, logged: boolean, progresses = true): Decision {
  const name = exerciseNameOf(exerciseId);
  const planned = doseText(dose);
  const margin = marginText(dose);
  if (logged && !progresses) {
    return {
      action: "keep",
      reason: text(`Keep ${name.en} at ${planned.en}.`, `Gardez l’exercice ${name.fr} à ${planned.fr}.`),
    };
  }
  return {
    action: "keep",
    reason: logged
      ? text(
          `Keep ${name.en} at ${planned.en}: it moves up once your last set beats the target by ${margin.en}, two sessions in a row.`,
          `Gardez l’exercice ${name.fr} à ${planned.fr}\u00a0: on passe à la suite quand votre dernière série dépasse l’objectif de ${margin.fr}, deux séances de suite.`,
        )
      : text(
          `No session of ${name.en} logged yet: start at ${planned.en}.`,
          `Aucune séance de l’exercice ${name.fr} notée pour l’instant\u00a0: commencez à ${planned.fr}.`,
        ),
  };
}
