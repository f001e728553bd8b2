/**
 * Which exercises go into a session of a given phase, for a given person. The knowledge base decides what each
 * exercise is (kind, equipment, phase, knee load, evidence); this module only chooses and orders.
 */
import {
  equipmentInUse,
  exercises as LIBRARY,
  findExercise,
  ladderOf,
  ladders,
} from "../knowledge/library.js";
import type { Equipment, Exercise, Ladder, ProgramPhase } from "../knowledge/schema.js";
import { BLOCKS, type Block, type PlannedExercise } from "./schema.js";
import { estimateMinutes } from "./session-duration.js";

export type KneeLoad = Exercise["kneeLoad"];

/** A floor, a wall and a chair are in every home: body-weight work needs nothing else. */
export const HOUSEHOLD_EQUIPMENT: readonly Equipment[] = ["mat", "wall", "chair"];

export const SESSION_MINUTES_MIN = 20;
export const SESSION_MINUTES_MAX = 35;
/** Seed 003 warm-up before runs and rides; kept short so it is actually done. */
export const WARM_UP_MINUTES_MAX = 8;
/** Seed 003 gives two exercises; a couple more at most keeps the warm-up a warm-up. */
export const WARM_UP_EXERCISES_MAX = 4;

export type SelectionContext = {
  readonly phase: ProgramPhase;
  /** Equipment at hand, household items included. */
  readonly equipment: ReadonlySet<Equipment>;
  readonly maxKneeLoad: KneeLoad;
  /** Outer knee, outer hip or outer thigh pain: favour gluteal-selective work over the TFL (Selkowitz 2013). */
  readonly outerKneePain: boolean;
  /** Yoga practitioners get the three hip compartments' poses (seed 001). */
  readonly yoga: boolean;
  /**
   * The step of each ladder this phase holds (ladder id → exercise id), from `planLadderSteps`: a ladder missing
   * here has no step in this phase.
   */
  readonly ladderSteps: ReadonlyMap<string, string>;
  /** Ladder steps the sessions hold first, from `rungsToHold` (decision 0660); none when absent. */
  readonly rungsToHold?: RungsToHold;
};

/**
 * The gluteus medius ladder (clamshell → banded clamshell → side-lying leg lift → side plank with abduction,
 * ordered by gluteus medius activity, docs/clinical §4): one of its steps is in every strength session.
 */
export const GLUTE_MED_LADDER = "side-lying-abduction";

const PHASE_RANK: Readonly<Record<ProgramPhase, number>> = { "wake-up": 0, strengthen: 1, integrate: 2 };
const LOAD_RANK: Readonly<Record<KneeLoad, number>> = { low: 0, moderate: 1, high: 2 };
const BLOCK_OF_KIND: Readonly<Record<Exercise["kind"], Block>> = {
  release: "release",
  activation: "activation",
  strength: "strength",
  stretch: "stretch",
  mobility: "stretch",
  balance: "balance",
};
const KNEE_MUSCLES = new Set(["quadriceps", "rectus-femoris"]);
const OUTER_STRUCTURES = new Set(["tensor-fasciae-latae", "iliotibial-band"]);
const TFL = new Set(["tensor-fasciae-latae"]);
/** Larger than any index × 10 + %MVIC, so TFL-led work ranks below all other work. */
const TFL_LED_PENALTY = 10_000;
/** Seed 001: pigeon opens the outer hip, yogi squat the inner, low lunge the front. */
const YOGA_COMPARTMENTS = ["outer", "inner", "front"] as const;

/**
 * How many exercises of each block a phase asks for, before fitting the session to 20–35 minutes. Early on more
 * release and activation (seed 000: release, then wake the muscles up), later more strength and balance.
 */
const BLOCK_COUNTS: Readonly<Record<ProgramPhase, Readonly<Record<Block, number>>>> = {
  "wake-up": { release: 2, activation: 2, balance: 0, strength: 2, stretch: 2 },
  strengthen: { release: 1, activation: 1, balance: 1, strength: 3, stretch: 2 },
  integrate: { release: 1, activation: 1, balance: 1, strength: 3, stretch: 2 },
};

function fitsPhase(exercise: Exercise, phase: ProgramPhase): boolean {
  return PHASE_RANK[exercise.phase] <= PHASE_RANK[phase];
}

/**
 * What a person's program may hold at one point of it: the equipment at hand and the knee load the phase and the
 * person's pain allow. An exercise's own phase is when the generator first offers it, not a limit: a person who
 * beats the target early may climb its ladder early (the 2-for-2 rule is individual).
 */
export type ExerciseLimits = Pick<SelectionContext, "equipment" | "maxKneeLoad">;
export type LimitBreach = "equipment" | "knee-load";

/**
 * Why an exercise may not go into a program within these limits, or undefined when it may: the generator's own
 * checks, so a later change (a ladder step up) never brings in what the generator would keep out.
 */
export function limitBreach(exercise: Exercise, limits: ExerciseLimits): LimitBreach | undefined {
  if (equipmentInUse(exercise, limits.equipment) === undefined) return "equipment";
  if (LOAD_RANK[exercise.kneeLoad] > LOAD_RANK[limits.maxKneeLoad]) return "knee-load";
  return undefined;
}

export function isAllowed(exercise: Exercise, context: ExerciseLimits): boolean {
  return limitBreach(exercise, context) === undefined;
}

/** Warm-ups stay at moderate knee load whatever the phase: they come before a run or a ride, not instead of it. */
export const WARM_UP_MAX_KNEE_LOAD: KneeLoad = "moderate";

export type PhaseLimits = { readonly phase: ProgramPhase; readonly limits: ExerciseLimits };

function allowedSteps(ladder: Ladder, { phase, limits }: PhaseLimits): { id: string; index: number }[] {
  return ladder.steps.flatMap((id, index) => {
    const exercise = findExercise(id);
    return exercise !== undefined && isAllowed(exercise, limits) && fitsPhase(exercise, phase)
      ? [{ id, index }]
      : [];
  });
}

/**
 * The step of every ladder in each phase, phases in program order. A ladder starts at its easiest step the person
 * can do, and climbs at most one step (of the steps open to them) at each phase change: a program never skips a
 * rung (docs/clinical §4 ordering, §5.3 progression; docs/decisions/0160). Climbing faster within a phase is the
 * 2-for-2 rule's job (progression/).
 */
export function planLadderSteps(phases: readonly PhaseLimits[]): Map<ProgramPhase, Map<string, string>> {
  const byPhase = new Map<ProgramPhase, Map<string, string>>(
    phases.map(({ phase }) => [phase, new Map<string, string>()]),
  );
  for (const ladder of ladders) {
    let previous: number | undefined;
    for (const span of phases) {
      const allowed = allowedSteps(ladder, span);
      const step =
        previous === undefined
          ? allowed[0]
          : (allowed.find((item) => item.index > (previous ?? 0)) ??
            allowed.filter((item) => item.index <= (previous ?? 0)).at(-1));
      if (step === undefined) continue;
      byPhase.get(span.phase)?.set(ladder.id, step.id);
      previous = step.index;
    }
  }
  return byPhase;
}

/**
 * The ladder steps one phase's sessions hold, given what the sessions before actually held (`reached`: ladder id →
 * the highest step index held, the warm-up's included). A step planned by `planLadderSteps` but left out of its
 * phase's sessions (another exercise took the slot) was never done, so it is no rung climbed: the ladder climbs
 * from the step last held, and one never held enters at its easiest step, never above a rung the person has not
 * done (docs/clinical §4.3 order; decision 0645). The result is never above the plan, and never a step the warm-up
 * before the sport (`inWarmUp`) already holds.
 */
export function heldLadderSteps(
  span: PhaseLimits,
  planned: ReadonlyMap<string, string>,
  reached: ReadonlyMap<string, number>,
  inWarmUp: ReadonlySet<string>,
): Map<string, string> {
  const steps = new Map<string, string>();
  for (const ladder of ladders) {
    const plannedId = planned.get(ladder.id);
    if (plannedId === undefined) continue;
    const plannedIndex = ladder.steps.indexOf(plannedId);
    // A step the warm-up holds stays the warm-up's: it climbs there by its own count (decision 0240).
    const allowed = allowedSteps(ladder, span).filter(
      (item) => item.index <= plannedIndex && !inWarmUp.has(item.id),
    );
    const previous = reached.get(ladder.id);
    const step =
      previous === undefined
        ? allowed[0]
        : (allowed.find((item) => item.index > previous) ??
          allowed.filter((item) => item.index <= previous).at(-1));
    if (step !== undefined) steps.set(ladder.id, step.id);
  }
  return steps;
}

/** Ladder steps a phase's sessions hold first (`rungsToHold`). */
export type RungsToHold = {
  /** The rung a later phase climbs from: in the sessions whatever its block's count. */
  readonly climbedFrom: ReadonlySet<string>;
  /** The rung this phase climbed to from a rung done before: next in its block, whatever the block's count. */
  readonly climbedTo: ReadonlySet<string>;
};

/**
 * The ladder steps one phase's sessions hold first, so that a ladder climbs from rungs actually done (decision
 * 0660). `climbedFrom`: the step a later phase's plan climbs from; a rung left out of the sessions is no rung
 * climbed (decision 0645), so without it the later, harder steps are never reached (single-leg stance before the
 * step-down and the single-leg squat: Crossley 2011, Boren 2011; docs/clinical §4.3 orders the levels).
 * `climbedTo`: the step this phase climbed to from a rung done before, the point of the climb (docs/clinical §5.3
 * progression). `held`: this phase's steps (`heldLadderSteps`); `laterPlans`: the plan of each later phase
 * (`planLadderSteps`); `reached`: the highest step index each ladder held before this phase, the warm-up's included;
 * `inWarmUp`: the steps the warm-up before the sport holds.
 */
export function rungsToHold(
  held: ReadonlyMap<string, string>,
  laterPlans: readonly ReadonlyMap<string, string>[],
  reached: ReadonlyMap<string, number>,
  inWarmUp: ReadonlySet<string>,
): RungsToHold {
  const climbedFrom = new Set<string>();
  const climbedTo = new Set<string>();
  for (const ladder of ladders) {
    const stepId = held.get(ladder.id);
    if (stepId === undefined) continue;
    const index = ladder.steps.indexOf(stepId);
    const climbsLater = laterPlans.some((plan) => {
      const later = plan.get(ladder.id);
      // A step the warm-up holds climbs there, by its own count (decision 0240): no climb of the sessions.
      return later !== undefined && !inWarmUp.has(later) && ladder.steps.indexOf(later) > index;
    });
    const before = reached.get(ladder.id);
    if (climbsLater) climbedFrom.add(stepId);
    else if (before !== undefined && index > before) climbedTo.add(stepId);
  }
  return { climbedFrom, climbedTo };
}

function eligibleExercises(context: SelectionContext): Exercise[] {
  const onLadders = new Set(ladders.flatMap((ladder) => ladder.steps));
  const current = new Set(context.ladderSteps.values());
  return LIBRARY.filter(
    (exercise) =>
      isAllowed(exercise, context) &&
      fitsPhase(exercise, context.phase) &&
      (!onLadders.has(exercise.id) || current.has(exercise.id)),
  );
}

function targets(exercise: Exercise, structures: ReadonlySet<string>, roles: readonly string[]): boolean {
  return exercise.targets.some((target) => structures.has(target.structureId) && roles.includes(target.role));
}

/** Quadriceps work: the knee-focused half of hip + knee exercise (2016/2018 consensus; Nascimento 2018). */
export function isKneeFocused(exercise: Exercise): boolean {
  return targets(exercise, KNEE_MUSCLES, ["prime-mover"]);
}

function evidenceMax(exercise: Exercise, key: "gluteToTflIndex" | "gluteusMediusMvicPct"): number {
  return Math.max(0, ...exercise.evidence.map((item) => item[key] ?? 0));
}

/**
 * Gluteus medius activity for ranking (%MVIC, docs/clinical §4). An exercise without a published figure is ranked
 * by its ladder position, not scored as zero: a step is at least as demanding as the steps below it, so it takes
 * the highest figure among them (banded clamshell ranks with the clamshell's 40%, not below adductor work).
 */
export function gluteusMediusRank(exercise: Exercise): number {
  const own = evidenceMax(exercise, "gluteusMediusMvicPct");
  if (own > 0) return own;
  const placement = ladderOf(exercise.id);
  if (placement === undefined) return 0;
  const below = placement.ladder.steps.slice(0, placement.index).map(findExercise);
  return Math.max(
    0,
    ...below.map((step) => (step === undefined ? 0 : evidenceMax(step, "gluteusMediusMvicPct"))),
  );
}

/**
 * Higher is better. With outer knee pain, release and stretch the TFL and IT band, and strengthen with the highest
 * gluteal-to-TFL index (Selkowitz 2013: clam 115, sidestep 64, unilateral bridge 59; docs/clinical §4), avoiding
 * TFL-led work. Otherwise, strength work is ordered by gluteus medius activity (docs/clinical §4 table).
 */
function scoreOf(exercise: Exercise, block: Block, context: SelectionContext): number {
  const outer = targets(exercise, OUTER_STRUCTURES, ["released", "stretched"]);
  if (block === "release" || block === "stretch") return context.outerKneePain && outer ? 1 : 0;
  const gluteusMedius = gluteusMediusRank(exercise);
  if (!context.outerKneePain) return gluteusMedius;
  // The index dominates (×10); gluteus medius activity only breaks ties; TFL-led work goes last.
  const tflLed = targets(exercise, TFL, ["prime-mover"]);
  return evidenceMax(exercise, "gluteToTflIndex") * 10 + gluteusMedius - (tflLed ? TFL_LED_PENALTY : 0);
}

function ranked(pool: readonly Exercise[], block: Block, context: SelectionContext): Exercise[] {
  // Array.prototype.sort is stable: equal scores keep the library's order, so the result is deterministic.
  return pool
    .filter((exercise) => BLOCK_OF_KIND[exercise.kind] === block)
    .sort((a, b) => scoreOf(b, block, context) - scoreOf(a, block, context));
}

type Choice = { readonly exercise: Exercise; readonly block: Block; readonly keep: number };

/**
 * A rung climbed to beyond its block's count, or among the later strength work: left out of a long session after the
 * other later strength work (keep 5) and before the balance exercise (also keep 4, but earlier in the session).
 */
const CLIMBED_TO_KEEP = 4;

/** `keep`: lower numbers are kept longest when a session must be shortened. */
function firstChoices(pool: readonly Exercise[], context: SelectionContext): Choice[] {
  const counts = BLOCK_COUNTS[context.phase];
  // The gluteus medius rung is the spine of the program: always there, kept whatever the session length.
  const gluteMedId = context.ladderSteps.get(GLUTE_MED_LADDER);
  const gluteMed = pool.find((exercise) => exercise.id === gluteMedId);
  const others = pool.filter((exercise) => exercise !== gluteMed);
  const gluteMedChoice: Choice[] =
    gluteMed === undefined ? [] : [{ exercise: gluteMed, block: BLOCK_OF_KIND[gluteMed.kind], keep: 0 }];
  const gluteMedIn = (block: Block): number =>
    gluteMed !== undefined && BLOCK_OF_KIND[gluteMed.kind] === block ? 1 : 0;
  // The rung a later phase climbs from goes first in its block and takes a place whatever the block's count, kept
  // until the first-ranked activation (keep 1): only the spine of the session (keep 0) outlasts it. The rung this
  // phase climbed to comes next, also whatever the count, kept ahead of other later strength work but left out of a
  // long session before the balance exercise (keep 4) (decision 0660).
  const holds = (exercise: Exercise): boolean => context.rungsToHold?.climbedFrom.has(exercise.id) === true;
  const climbed = (exercise: Exercise): boolean => context.rungsToHold?.climbedTo.has(exercise.id) === true;
  const take = (
    block: Block,
    list: readonly Exercise[],
    count: number,
    keepFirst: number,
    keepRest: number,
  ): Choice[] =>
    [
      ...list.filter(holds),
      ...list.filter((exercise) => !holds(exercise) && climbed(exercise)),
      ...list.filter((exercise) => !holds(exercise) && !climbed(exercise)),
    ]
      .filter((exercise, i) => i < count || holds(exercise) || climbed(exercise))
      .map((exercise, i) => {
        const keep = i === 0 ? keepFirst : keepRest;
        if (holds(exercise)) return { exercise, block, keep: Math.min(keep, 1) };
        return { exercise, block, keep: i < count ? keep : Math.max(keep, CLIMBED_TO_KEEP) };
      });
  const strength = ranked(others, "strength", context);
  const knee = strength.filter(isKneeFocused);
  const hip = strength.filter((exercise) => !isKneeFocused(exercise));
  const stretches = ranked(others, "stretch", context);
  const compartmentPoses = YOGA_COMPARTMENTS.map((compartment) =>
    stretches.find((exercise) => exercise.compartment === compartment),
  ).filter((exercise): exercise is Exercise => exercise !== undefined);
  return [
    ...gluteMedChoice,
    ...take("release", ranked(others, "release", context), counts.release, 2, 7),
    ...take(
      "activation",
      ranked(others, "activation", context),
      counts.activation - gluteMedIn("activation"),
      1,
      6,
    ),
    ...take("balance", ranked(others, "balance", context), counts.balance, 4, 4),
    ...take("strength", knee, 1, 0, 0),
    ...take("strength", hip, counts.strength - gluteMedIn("strength"), 0, 0).map((choice, i) => ({
      ...choice,
      keep:
        i < 2 - gluteMedIn("strength")
          ? choice.keep
          : holds(choice.exercise)
            ? 1
            : climbed(choice.exercise)
              ? CLIMBED_TO_KEEP
              : 5,
    })),
    // The yoga poses are the point of the stretch block for yoga people, so all three are kept as long as possible.
    ...(context.yoga && compartmentPoses.length > 0
      ? compartmentPoses.map((exercise) => ({ exercise, block: "stretch" as const, keep: 3 }))
      : take("stretch", stretches, counts.stretch, 3, 8)),
  ];
}

function toPlanned(choice: Choice): PlannedExercise {
  const ladderId = ladderOf(choice.exercise.id)?.ladder.id;
  return {
    exerciseId: choice.exercise.id,
    dose: choice.exercise.dose,
    block: choice.block,
    ...(ladderId === undefined ? {} : { ladderId }),
  };
}

function inBlockOrder(choices: readonly Choice[]): PlannedExercise[] {
  return BLOCKS.flatMap((block) => choices.filter((choice) => choice.block === block).map(toPlanned));
}

const minutesOf = (choices: readonly Choice[]): number => estimateMinutes(inBlockOrder(choices));

/** Shorten to at most 35 minutes (least important first), then top up towards 20 with what is left. */
function fitToDuration(
  choices: readonly Choice[],
  pool: readonly Exercise[],
  context: SelectionContext,
): Choice[] {
  let fitted = [...choices];
  while (minutesOf(fitted) > SESSION_MINUTES_MAX && fitted.some((choice) => choice.keep > 0)) {
    const leastKept = Math.max(...fitted.map((choice) => choice.keep));
    const index = fitted.map((choice) => choice.keep).lastIndexOf(leastKept);
    fitted = fitted.filter((_, i) => i !== index);
  }
  const used = new Set(fitted.map((choice) => choice.exercise.id));
  const extras = (["strength", "activation", "balance", "stretch"] as const).flatMap((block) =>
    ranked(pool, block, context)
      .filter((exercise) => !used.has(exercise.id))
      .map((exercise) => ({ exercise, block, keep: 9 })),
  );
  for (const extra of extras) {
    if (minutesOf(fitted) >= SESSION_MINUTES_MIN) break;
    if (minutesOf([...fitted, extra]) <= SESSION_MINUTES_MAX) fitted = [...fitted, extra];
  }
  return fitted;
}

/** The exercises of one strength session, in block order: release → activation → balance → strength → stretch. */
export function selectSessionExercises(context: SelectionContext): PlannedExercise[] {
  const pool = eligibleExercises(context);
  return inBlockOrder(fitToDuration(firstChoices(pool, context), pool, context));
}

/** Seed 003's two band exercises come first in every warm-up they fit in. */
const SEED_003_WARM_UP = ["band-side-kick", "band-lateral-walk"];
const SIDE_HIP = new Set(["gluteus-medius"]);

function warmUpRank(exercise: Exercise): number {
  if (SEED_003_WARM_UP.includes(exercise.id)) return 0;
  return targets(exercise, SIDE_HIP, ["prime-mover"]) ? 1 : 2;
}

/**
 * The short warm-up before a run, a ride or any workout (seed 003: "perform these exercises as a warm-up to your
 * regular fitness routine"): warm-up exercises at hand, at most moderate knee load, seed 003's first, then the side
 * hip (gluteus medius) work, within 8 minutes. A warm-up is one set of each library dose: it prepares, it does not
 * train to fatigue.
 */
export function selectWarmUp(equipment: ReadonlySet<Equipment>): PlannedExercise[] {
  const context = { equipment, maxKneeLoad: WARM_UP_MAX_KNEE_LOAD };
  const candidates = LIBRARY.filter((exercise) => exercise.warmUp && isAllowed(exercise, context)).sort(
    (a, b) => warmUpRank(a) - warmUpRank(b),
  );
  const chosen: Choice[] = [];
  for (const exercise of candidates) {
    const choice = {
      exercise: { ...exercise, dose: { ...exercise.dose, sets: 1 } },
      block: BLOCK_OF_KIND[exercise.kind],
      keep: 0,
    };
    if (chosen.length < WARM_UP_EXERCISES_MAX && minutesOf([...chosen, choice]) <= WARM_UP_MINUTES_MAX) {
      chosen.push(choice);
    }
  }
  return inBlockOrder(chosen);
}
