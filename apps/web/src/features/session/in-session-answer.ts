/**
 * The answer to knee pain above the acceptable line during an exercise, given at once in the session: stop that
 * exercise, and do the easier rung of its ladder or a smaller dose now. Pain above 5/10 during an exercise is
 * "high risk" and the answer to too much pain is less load (the pain-monitoring model, Silbernagel 2007;
 * docs/clinical §5.4; docs/clinical/in-session-pain.md). The offer is the one the progression rules make for the
 * next session (answerToPainDuring in core), so what the person reads during the session and the change the
 * server then makes to the program say the same thing: in the warm-up before the sport, less of the same exercise,
 * never another one (the warm-up keeps its exercises; decision 0661).
 */
import {
  answerToPainDuring,
  findExercise,
  PAIN_DURING_ACCEPTABLE_MAX,
  whyStepBack,
  reduceDose,
  type Dose,
  type Equipment,
  type IsoDate,
  type Localized,
  type PlannedExercise,
  type Program,
  type SessionKind,
} from "@hipcheck/core";

export type InSessionAnswer = {
  /** Why, in the rules' own words (the same sentence the program's history will show). */
  readonly reason: Localized;
  /** The easier rung of the ladder to do now, when there is one within what this program already uses. */
  readonly easier?: { readonly exerciseId: string; readonly dose: Dose };
  /** The same exercise with less work, when the dose can still go down. */
  readonly smallerDose?: Dose;
};

/** Equipment the program already asks for is equipment the person has: an easier rung may use only that. */
function programEquipment(program: Program): ReadonlySet<Equipment> {
  const ids = [...program.sessions.flatMap((session) => session.exercises), ...program.warmUp].map(
    (planned) => planned.exerciseId,
  );
  return new Set(ids.flatMap((id) => findExercise(id)?.equipment ?? []));
}

export function isAbovePainLine(painDuring: number): boolean {
  return painDuring > PAIN_DURING_ACCEPTABLE_MAX;
}

/** Undefined while the pain is at or below the acceptable line. */
export function answerPainDuring(input: {
  readonly program: Program;
  readonly planned: PlannedExercise;
  readonly painDuring: number;
  readonly date: IsoDate;
  readonly kind: SessionKind;
}): InSessionAnswer | undefined {
  const { program, planned, painDuring, date, kind } = input;
  if (!isAbovePainLine(painDuring)) return undefined;
  const exercise = findExercise(planned.exerciseId);
  if (exercise === undefined) return undefined;
  // Never harder on the knee than the exercise that hurt.
  const recommendation = answerToPainDuring(
    planned.exerciseId,
    planned.dose,
    whyStepBack({ kind: "pain-during", pain: painDuring, date }, exercise.name),
    { equipment: programEquipment(program), maxKneeLoad: exercise.kneeLoad },
    kind === "warm-up",
  );
  const to = recommendation.to;
  const easierExercise = typeof to === "string" ? findExercise(to) : undefined;
  const smallerDose = typeof to === "object" ? to : reduceDose(planned.dose);
  return {
    reason: recommendation.reason,
    ...(easierExercise === undefined
      ? {}
      : { easier: { exerciseId: easierExercise.id, dose: easierExercise.dose } }),
    ...(smallerDose === undefined ? {} : { smallerDose }),
  };
}
