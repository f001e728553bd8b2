/**
 * Shapes of the knowledge base (anatomy, exercises, ladders). The data itself lives in JSON under
 * `knowledge/data/` and is parsed with these schemas when the module loads, so a malformed entry
 * fails loudly in tests instead of reaching a person.
 */
import { z } from "zod";

export const LocalizedSchema = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();

/** A reference: a seed article (`seed:000` … `seed:004`) or a citation from docs/clinical. */
export const SourceSchema = z.string().min(3);

export const HIP_COMPARTMENTS = ["inner", "outer", "front", "back"] as const;
export type HipCompartment = (typeof HIP_COMPARTMENTS)[number];

export const STRUCTURE_KINDS = ["muscle", "muscle-group", "fascia", "bone"] as const;

export const StructureSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    kind: z.enum(STRUCTURE_KINDS),
    name: LocalizedSchema,
    origin: LocalizedSchema.nullable(),
    insertion: LocalizedSchema.nullable(),
    actions: z.array(LocalizedSchema),
    nerve: z.string().nullable(),
    crossesHip: z.boolean(),
    crossesKnee: z.boolean(),
    /** Seed 001's three hip compartments (inner, outer, front), plus back for the extensors. */
    compartment: z.enum(HIP_COMPARTMENTS).nullable(),
    whyItMattersForKnee: LocalizedSchema,
    /** Ids of other structures this one belongs to or works with (e.g. the TFL inserts into the IT band). */
    related: z.array(z.string()),
    sources: z.array(SourceSchema).min(1),
  })
  .strict();
export type Structure = z.infer<typeof StructureSchema>;

export const EXERCISE_KINDS = [
  "release",
  "activation",
  "strength",
  "stretch",
  "balance",
  "mobility",
] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const POSITIONS = [
  "standing",
  "side-lying",
  "supine",
  "prone",
  "quadruped",
  "seated",
  "kneeling",
] as const;
export type Position = (typeof POSITIONS)[number];

export const EQUIPMENT = [
  "mat",
  "therapy-balls",
  "foam-roller",
  "mini-band",
  "handled-band",
  "yoga-block",
  "yoga-strap",
  "wall",
  "step",
  "chair",
  "dumbbell",
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const TARGET_ROLES = ["prime-mover", "synergist", "stabiliser", "stretched", "released"] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

export const TargetSchema = z.object({ structureId: z.string(), role: z.enum(TARGET_ROLES) }).strict();

const positiveInt = z.number().int().positive();

/** How much of an exercise: reps, a held position, or a timed bout. `perSide` doubles the work. */
export const DoseSchema = z.discriminatedUnion("mode", [
  z
    .object({
      mode: z.literal("reps"),
      sets: positiveInt,
      reps: positiveInt,
      perSide: z.boolean(),
      restSeconds: z.number().int().min(0),
    })
    .strict(),
  z
    .object({
      mode: z.literal("hold"),
      sets: positiveInt,
      holdSeconds: positiveInt,
      perSide: z.boolean(),
      restSeconds: z.number().int().min(0),
    })
    .strict(),
  z
    .object({
      mode: z.literal("timed"),
      sets: positiveInt,
      durationSeconds: positiveInt,
      perSide: z.boolean(),
      restSeconds: z.number().int().min(0),
    })
    .strict(),
]);
export type Dose = z.infer<typeof DoseSchema>;

export const EvidenceSchema = z
  .object({
    /** Gluteus medius activity as % of a maximal voluntary isometric contraction. */
    gluteusMediusMvicPct: z.number().positive().optional(),
    /** Gluteal-to-TFL activation index (Selkowitz 2013): higher favours the gluteals over the TFL. */
    gluteToTflIndex: z.number().positive().optional(),
    note: LocalizedSchema,
    source: SourceSchema,
    /** The verification tag of docs/clinical: V verified, P partly verified, U unverified. */
    verification: z.enum(["V", "P", "U"]),
  })
  .strict();

export const PROGRAM_PHASES = ["wake-up", "strengthen", "integrate"] as const;
export type ProgramPhase = (typeof PROGRAM_PHASES)[number];

/**
 * The key pose a cue applies to: `start` (setting up, before the movement), `top` (the movement's end pose: the top
 * of a lift, the bottom of a squat, the held position), `return` (on the way back). The follow-along pace shows
 * and says each cue at its moment.
 */
export const CUE_POSES = ["start", "top", "return"] as const;
export type CuePose = (typeof CUE_POSES)[number];

export const CueSchema = z
  .object({ en: z.string().min(1), fr: z.string().min(1), pose: z.enum(CUE_POSES) })
  .strict();
export type Cue = z.infer<typeof CueSchema>;

export const ExerciseSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: LocalizedSchema,
    summary: LocalizedSchema,
    kind: z.enum(EXERCISE_KINDS),
    position: z.enum(POSITIONS),
    /** Every item is needed; an empty list means body weight only. */
    equipment: z.array(z.enum(EQUIPMENT)),
    /**
     * Other sets of equipment that do the same job, each complete on its own (seed 003's side kick and lateral
     * walk work with a plain loop band as well as the handled band). `equipment` stays the first choice.
     */
    equipmentAlternatives: z.array(z.array(z.enum(EQUIPMENT)).min(1)).optional(),
    targets: z.array(TargetSchema).min(1),
    /** For the yoga hip-release poses of seed 001: which hip compartment the pose opens. */
    compartment: z.enum(HIP_COMPARTMENTS).nullable(),
    dose: DoseSchema,
    steps: z.array(LocalizedSchema).min(1),
    cues: z.array(CueSchema).min(1),
    commonErrors: z.array(LocalizedSchema).min(1),
    precautions: z.array(LocalizedSchema),
    /** Earliest program phase in which the exercise belongs. */
    phase: z.enum(PROGRAM_PHASES),
    /** Load on the front of the knee (patellofemoral joint); pain gating avoids high-load work early. */
    kneeLoad: z.enum(["low", "moderate", "high"]),
    /** Short enough and dynamic enough to be part of the warm-up before a run or ride (seed 003). */
    warmUp: z.boolean(),
    evidence: z.array(EvidenceSchema),
    sources: z.array(SourceSchema).min(1),
  })
  .strict();
export type Exercise = z.infer<typeof ExerciseSchema>;

/** An ordered progression, easiest first, e.g. clamshell → banded clamshell → side-lying abduction → side plank. */
export const LadderSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: LocalizedSchema,
    steps: z.array(z.string()).min(2),
    sources: z.array(SourceSchema).min(1),
  })
  .strict();
export type Ladder = z.infer<typeof LadderSchema>;
