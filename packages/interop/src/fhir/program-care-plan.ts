/**
 * A program as a FHIR CarePlan that any clinical system can read (one activity per planned session, plus the
 * warm-up), and the exact program as a JSON Binary next to it so HipCheck can read it back without loss
 * (docs/decisions/0090-interop.md).
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
import { HIPCHECK_PROGRAM_SYSTEM, PROGRAM_CONTENT_TYPE } from "./fhir-codes.js";
import type { Binary, CarePlan, CarePlanActivity } from "./fhir-resources.js";

export const PROGRAM_BINARY_ID = "program";

function exerciseLine(planned: PlannedExercise, lang: Lang): string {
  const name = findExercise(planned.exerciseId)?.name[lang] ?? planned.exerciseId;
  return `${name}: ${describeDose(planned.dose, lang)}`;
}

function sessionActivity(session: PlannedSession, lang: Lang): CarePlanActivity {
  return {
    detail: {
      code: { text: `Week ${session.week}, ${session.kind} session (${session.id})` },
      status: "scheduled",
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
        code: { text: "Warm-up before runs and rides" },
        status: "scheduled",
        scheduledString: "Before each run or ride",
        description: program.warmUp.map((planned) => exerciseLine(planned, program.language)).join("; "),
      },
    },
  ];
}

export function toCarePlan(program: Program, patientRef: string): CarePlan {
  return {
    resourceType: "CarePlan",
    id: "hip-program",
    identifier: [{ system: HIPCHECK_PROGRAM_SYSTEM, value: program.id }],
    status: "active",
    intent: "plan",
    title: "HipCheck hip-strengthening program",
    description: `${program.weeks}-week self-managed hip program for knee pain, revision ${program.revision}.`,
    subject: { reference: patientRef },
    period: { start: program.startDate, end: addDays(program.startDate, program.weeks * 7 - 1) },
    created: program.createdOn,
    activity: [
      ...warmUpActivity(program),
      ...program.sessions.map((session) => sessionActivity(session, program.language)),
    ],
    supportingInfo: [{ reference: `Binary/${PROGRAM_BINARY_ID}` }],
    note: program.rationale.map((reason) => ({ text: reason[program.language] })),
  };
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

export function toProgramBinary(program: Program): Binary {
  return {
    resourceType: "Binary",
    id: PROGRAM_BINARY_ID,
    contentType: PROGRAM_CONTENT_TYPE,
    data: toBase64(JSON.stringify(program)),
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
