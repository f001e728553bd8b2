/**
 * A program as a FHIR CarePlan that any clinical system can read (one activity per planned session, plus the
 * warm-up, each session marked completed once the person logged it), in the program's language, and the exact
 * program as HipCheck's JSON in a DocumentReference next to it, so HipCheck can read it back without loss
 * (docs/decisions/0090-interop.md, 0212).
 */
import {
  addDays,
  describeDose,
  err,
  hipError,
  findExercise,
  parseWith,
  ProgramSchema,
  type HipError,
  type Lang,
  type PlannedExercise,
  type PlannedSession,
  type Program,
  type Result,
} from "@hipcheck/core";
import type { ExportContext } from "./export-context.js";
import { urnOf } from "./export-context.js";
import { HIPCHECK_ID_SYSTEMS, PROGRAM_CONTENT_TYPE } from "./fhir-codes.js";
import type { CarePlan, CarePlanActivity, DocumentReference } from "./fhir-resources.js";

const TEXT = {
  week: { en: "Week", fr: "Semaine" },
  kind: {
    strength: { en: "strength session", fr: "séance de renforcement" },
    "warm-up": { en: "warm-up session", fr: "séance d’échauffement" },
  },
  warmUp: { en: "Warm-up before runs and rides", fr: "Échauffement avant la course et le vélo" },
  warmUpWhen: { en: "Before each run or ride", fr: "Avant chaque sortie course ou vélo" },
  title: { en: "HipCheck hip-strengthening program", fr: "Programme HipCheck de renforcement des hanches" },
  document: {
    en: "The HipCheck program as HipCheck reads it back (JSON)",
    fr: "Le programme HipCheck tel que HipCheck le relit (JSON)",
  },
} as const;

function descriptionOf(program: Program): string {
  return program.language === "fr"
    ? `Programme autonome de ${program.weeks} semaines pour les hanches, contre la douleur au genou, révision ${program.revision}.`
    : `${program.weeks}-week self-managed hip program for knee pain, revision ${program.revision}.`;
}

function exerciseLine(planned: PlannedExercise, lang: Lang): string {
  const name = findExercise(planned.exerciseId)?.name[lang] ?? planned.exerciseId;
  return `${name}: ${describeDose(planned.dose, lang)}`;
}

/**
 * A session logged as completed is `completed`; one only saved part way (decision 0810) is `stopped`, FHIR's word
 * for an activity ended before completion after it started; any other is `scheduled`.
 */
function statusOf(
  session: PlannedSession,
  done: ReadonlySet<string>,
  partlyDone: ReadonlySet<string>,
): CarePlanActivity["detail"]["status"] {
  if (done.has(session.id)) return "completed";
  return partlyDone.has(session.id) ? "stopped" : "scheduled";
}

function sessionActivity(
  session: PlannedSession,
  lang: Lang,
  done: ReadonlySet<string>,
  partlyDone: ReadonlySet<string>,
): CarePlanActivity {
  return {
    detail: {
      code: { text: `${TEXT.week[lang]} ${session.week}, ${TEXT.kind[session.kind][lang]} (${session.id})` },
      status: statusOf(session, done, partlyDone),
      scheduledPeriod: { start: session.date, end: session.date },
      description: session.exercises.map((planned) => exerciseLine(planned, lang)).join("; "),
    },
  };
}

function warmUpActivity(program: Program): CarePlanActivity[] {
  if (program.warmUp.length === 0) return [];
  return [
    {
      detail: {
        code: { text: TEXT.warmUp[program.language] },
        status: "scheduled",
        scheduledString: TEXT.warmUpWhen[program.language],
        description: program.warmUp.map((planned) => exerciseLine(planned, program.language)).join("; "),
      },
    },
  ];
}

/**
 * `doneSessionIds`: planned sessions the person logged as completed; `partlyDoneSessionIds`: those only saved part
 * way.
 */
export function toCarePlan(
  program: Program,
  context: ExportContext,
  doneSessionIds: readonly string[],
  partlyDoneSessionIds: readonly string[] = [],
): CarePlan {
  const lang = program.language;
  const done = new Set(doneSessionIds);
  const partlyDone = new Set(partlyDoneSessionIds);
  return {
    resourceType: "CarePlan",
    id: context.id(`program.${program.id}`),
    language: lang,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.program, value: program.id }],
    status: "active",
    intent: "plan",
    title: TEXT.title[lang],
    description: descriptionOf(program),
    subject: { reference: context.patientRef },
    period: { start: program.startDate, end: addDays(program.startDate, program.weeks * 7 - 1) },
    created: program.createdOn,
    activity: [
      ...warmUpActivity(program),
      ...program.sessions.map((session) => sessionActivity(session, lang, done, partlyDone)),
    ],
    supportingInfo: [{ reference: urnOf(programDocumentId(program, context)) }],
    note: program.rationale.map((reason) => ({ text: reason[lang] })),
  };
}

function programDocumentId(program: Program, context: ExportContext): string {
  return context.id(`program-document.${program.id}`);
}

function toBase64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(data: string): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(
      Uint8Array.from(atob(data), (char) => char.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
}

export function toProgramDocument(program: Program, context: ExportContext): DocumentReference {
  return {
    resourceType: "DocumentReference",
    id: programDocumentId(program, context),
    language: program.language,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.programDocument, value: program.id }],
    status: "current",
    subject: { reference: context.patientRef },
    description: TEXT.document[program.language],
    content: [{ attachment: { contentType: PROGRAM_CONTENT_TYPE, data: toBase64(JSON.stringify(program)) } }],
  };
}

export function fromProgramBinary(binary: { readonly data: string }): Result<Program, HipError> {
  const text = fromBase64(binary.data);
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    return err(hipError("invalid-input", "The program in the bundle is not readable JSON."));
  }
  const parsed = parseWith(ProgramSchema, json);
  if (parsed.ok) return parsed;
  return err({ ...parsed.error, message: `The program in the bundle: ${parsed.error.message}` });
}
