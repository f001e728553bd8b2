/**
 * Reads any FHIR R4 Bundle resource by resource (decision 0280): what HipCheck keeps comes back as values (the
 * check-in answers, pain and PSFS entries with the stored ids they carry, movement findings, the program), and every
 * other resource is listed as skipped with its type, its id and why, so a bundle from another system (an Epic,
 * Cerner or HAPI export) is not refused whole for holding an Encounter or a heart rate. Only what makes the whole
 * bundle unreadable is an error: not a Bundle, or more than one Patient (whose record would it be?).
 */
import { createHash } from "node:crypto";
import {
  AnswersSchema,
  err,
  hipError,
  ok,
  parseWith,
  PsfsEntrySchema,
  type Answers,
  type HipError,
  type IsoDate,
  type PainEntry,
  type Program,
  type PsfsEntry,
  type Result,
  type StrengthCheck,
} from "@hipcheck/core";
import type { z } from "zod";
import { answersFromResponses, psfsEntryFromResponse } from "./answers-questionnaire.js";
import {
  HIPCHECK_ID_SYSTEMS,
  HIPCHECK_SCREENING_SYSTEM,
  INTAKE_QUESTIONNAIRE,
  PROGRAM_CONTENT_TYPE,
  PSFS_QUESTIONNAIRE,
  SELF_CHECK_QUESTIONNAIRE,
} from "./fhir-codes.js";
import {
  BinaryInputSchema,
  BUNDLE_ENTRIES_MAX,
  BundleInputSchema,
  DocumentReferenceInputSchema,
  ObservationInputSchema,
  PatientInputSchema,
  QuestionnaireResponseInputSchema,
} from "./fhir-resources.js";
import { fromMovementObservation, isMovementObservation } from "./movement-observation.js";
import { screenOfFindingName } from "../movement/movement-findings-from-report.js";
import { calendarDayOf, fromPainObservation, isPainObservation } from "./pain-observation.js";
import { fromProgramBinary } from "./program-care-plan.js";
import { fromStrengthObservation, isStrengthObservation } from "./strength-observation.js";
import type { MovementFinding } from "@hipcheck/motion";

/**
 * Why a resource was not taken: `not-read`, HipCheck keeps nothing of that kind (an Encounter, a heart rate);
 * `recomputed`, HipCheck's own conclusion or program, made again from the answers; `not-final`, a reading its own
 * system marks as not (or no longer) valid; `invalid`, a kind HipCheck reads, in a shape or with values it cannot
 * take. The application adds the write routes' own reasons (decision 0280).
 */
export const FHIR_SKIP_REASONS = ["not-read", "recomputed", "not-final", "invalid"] as const;
export type FhirSkipReason = (typeof FHIR_SKIP_REASONS)[number];

export type SkippedResource = {
  readonly resourceType: string;
  /** The resource's id, else its entry's full URL, else null. */
  readonly id: string | null;
  readonly reason: FhirSkipReason;
  /** In words, for the person or the integration engineer reading the import's answer. */
  readonly detail: string;
};

/** `storedId`: HipCheck's id for the entry (its own, or one made from the foreign system's identifier), or null. */
export type ReadPainEntry = { readonly storedId: string | null; readonly entry: PainEntry };
export type ReadPsfsEntry = { readonly storedId: string | null; readonly entry: PsfsEntry };
export type ReadStrengthCheck = { readonly storedId: string | null; readonly entry: StrengthCheck };
/**
 * `storedId`: the finding's name in HipCheck (decision 0710), or null when it has none (another system's finding,
 * or an export written before names, keyed by date); `screenId`: the saved screen that name points into, if any.
 */
export type ReadMovementFinding = {
  readonly storedId: string | null;
  readonly screenId: string | null;
  readonly entry: MovementFinding;
};

export type FhirBundleContents = {
  /** HipCheck's person id (its identifier), else the Patient's id, else null (no Patient in the bundle). */
  readonly personId: string | null;
  /** `storedId`: the check-in's stored id in HipCheck, when the file names it (decision 0710). */
  readonly checkIn: {
    readonly storedId: string | null;
    readonly answeredOn: IsoDate;
    readonly answers: Answers;
  } | null;
  readonly program: Program | null;
  readonly painEntries: readonly ReadPainEntry[];
  readonly psfsEntries: readonly ReadPsfsEntry[];
  /** HipCheck's own strength checks (decision 0480); another system's strength readings are not read. */
  readonly strengthChecks: readonly ReadStrengthCheck[];
  readonly movementFindings: readonly ReadMovementFinding[];
  readonly skipped: readonly SkippedResource[];
};

type Entry = { readonly fullUrl?: string | undefined; readonly resource: Record<string, unknown> };
type Identified = { readonly resourceType: string; readonly id: string | null; readonly resource: unknown };

const ACCEPTED_OBSERVATION_STATUSES: readonly unknown[] = ["final", "amended", "corrected"];

function identify(entry: Entry): Identified {
  const { resource } = entry;
  const id = typeof resource.id === "string" ? resource.id : (entry.fullUrl ?? null);
  return { resourceType: String(resource.resourceType), id, resource };
}

function skip(item: Identified, reason: FhirSkipReason, detail: string): SkippedResource {
  return { resourceType: item.resourceType, id: item.id, reason, detail };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined
    ? "not in the expected shape"
    : `${issue.path.map(String).join(".")}: ${issue.message}`;
}

type Identifiers = readonly { readonly system?: unknown; readonly value?: unknown }[] | undefined;

function isObject(value: unknown): value is object {
  return value !== null && typeof value === "object";
}

/** A resource's identifiers; what is not an object in a list (`[null]`, a number) is no identifier and left out. */
function identifiersOf(resource: unknown): Identifiers {
  const identifier = (resource as { identifier?: unknown }).identifier;
  if (Array.isArray(identifier)) return identifier.filter(isObject);
  // A QuestionnaireResponse has one identifier, not a list.
  return isObject(identifier) ? ([identifier] as Identifiers) : undefined;
}

function hipcheckId(resource: unknown, system: string): string | undefined {
  const found = identifiersOf(resource)?.find((identifier) => identifier.system === system)?.value;
  return typeof found === "string" && found.length > 0 && found.length <= 120 ? found : undefined;
}

function isHipCheckResource(resource: unknown): boolean {
  return (identifiersOf(resource) ?? []).some(
    (identifier) => typeof identifier.system === "string" && identifier.system.startsWith("urn:hipcheck:"),
  );
}

/**
 * A stored id for a foreign reading: made from the sending system's identifier, else from its resource id, so
 * importing the same bundle again finds the entry already there. Null when the resource names itself in no way.
 */
function foreignStoredId(item: Identified): string | null {
  const identifier = identifiersOf(item.resource)?.find(
    (candidate) => typeof candidate.system === "string" && typeof candidate.value === "string",
  );
  const key =
    identifier === undefined
      ? item.id === null
        ? null
        : `${item.resourceType}/${item.id}`
      : `${String(identifier.system)}|${String(identifier.value)}`;
  return key === null ? null : `fhir-${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;
}

type Reading = {
  pain: ReadPainEntry[];
  strength: ReadStrengthCheck[];
  findings: ReadMovementFinding[];
  skipped: SkippedResource[];
};

function readObservation(item: Identified, reading: Reading): void {
  const parsed = ObservationInputSchema.safeParse(item.resource);
  if (!parsed.success) {
    reading.skipped.push(skip(item, "invalid", firstIssue(parsed.error)));
    return;
  }
  const observation = parsed.data;
  const codes = observation.code.coding ?? [];
  if (codes.some((coding) => coding.system === HIPCHECK_SCREENING_SYSTEM)) {
    reading.skipped.push(
      skip(item, "recomputed", "HipCheck's screen result, worked out again from the answers"),
    );
    return;
  }
  const isPain = isPainObservation(observation);
  const isStrength = isStrengthObservation(observation);
  if (!isPain && !isStrength && !isMovementObservation(observation)) {
    const code = codes.map((coding) => `${coding.code ?? "?"} (${coding.system ?? "no system"})`).join(", ");
    reading.skipped.push(
      skip(
        item,
        "not-read",
        `Observation coded ${code || "without a code"}: not a 0-10 pain rating (LOINC 72514-3)`,
      ),
    );
    return;
  }
  if (observation.status !== undefined && !ACCEPTED_OBSERVATION_STATUSES.includes(observation.status)) {
    reading.skipped.push(skip(item, "not-final", `status ${observation.status}`));
    return;
  }
  if (isPain) {
    const entry = fromPainObservation(observation);
    if (!entry.ok) {
      reading.skipped.push(skip(item, "invalid", entry.error.message));
      return;
    }
    const own = hipcheckId(item.resource, HIPCHECK_ID_SYSTEMS.pain);
    reading.pain.push({ storedId: own ?? foreignStoredId(item), entry: entry.value });
    return;
  }
  if (isStrength) {
    const check = fromStrengthObservation(observation);
    if (!check.ok) {
      reading.skipped.push(skip(item, "invalid", check.error.message));
      return;
    }
    const own = hipcheckId(item.resource, HIPCHECK_ID_SYSTEMS.strength);
    reading.strength.push({ storedId: own ?? foreignStoredId(item), entry: check.value });
    return;
  }
  const finding = fromMovementObservation(observation);
  if (!finding.ok) {
    reading.skipped.push(skip(item, "invalid", finding.error.message));
    return;
  }
  const name = findingNameOf(hipcheckId(item.resource, HIPCHECK_ID_SYSTEMS.movement));
  reading.findings.push({
    storedId: name,
    screenId: name === null ? null : screenOfFindingName(name),
    entry: finding.value,
  });
}

type ResponseInput = z.infer<typeof QuestionnaireResponseInputSchema>;

function readCheckIn(
  responses: readonly { item: Identified; response: ResponseInput }[],
  patient: Identified | undefined,
  skipped: SkippedResource[],
): FhirBundleContents["checkIn"] {
  const selfCheck = responses.find((r) => r.response.questionnaire === SELF_CHECK_QUESTIONNAIRE);
  const intake = responses.find((r) => r.response.questionnaire === INTAKE_QUESTIONNAIRE);
  const parts = [selfCheck, intake].filter((part) => part !== undefined);
  if (selfCheck === undefined || intake === undefined) {
    for (const part of parts) {
      skipped.push(
        skip(part.item, "invalid", "a HipCheck check-in needs both its self-check and its intake"),
      );
    }
    return null;
  }
  const read = answersFromResponses(selfCheck.response.item ?? [], intake.response.item ?? []) as {
    person?: Record<string, unknown>;
  };
  const answers = parseWith(AnswersSchema, { ...read, person: { ...read.person, ...personFields(patient) } });
  if (!answers.ok) {
    for (const part of parts) {
      skipped.push(skip(part.item, "invalid", `the check-in's ${answers.error.message}`));
    }
    return null;
  }
  const answeredOn = calendarDayOf(intake.response.authored);
  return { storedId: checkInIdOf(intake.item.resource, answeredOn), answers: answers.value, answeredOn };
}

/**
 * The check-in's stored id, from its intake's identifier (`<id>.intake`), or null when the file names none, or
 * only the person and the day (an export made without stored ids): that key names no stored check-in.
 */
function checkInIdOf(intake: unknown, answeredOn: IsoDate): string | null {
  const key = hipcheckId(intake, HIPCHECK_ID_SYSTEMS.checkIn)?.replace(/\.intake$/, "");
  return key === undefined || key.length === 0 || key.endsWith(`.${answeredOn}`) ? null : key;
}

/**
 * A finding's name from its identifier, or null for one keyed by its date (`<person>.finding.<day>.<n>`, written
 * before names and by exports without stored ids): such a key moves when a screen of that day is added or removed.
 */
function findingNameOf(identifier: string | undefined): string | null {
  return identifier === undefined || /\.finding\.\d{4}-\d{2}-\d{2}\.\d+$/.test(identifier)
    ? null
    : identifier;
}

function readProgram(items: readonly Identified[], skipped: SkippedResource[]): Program | null {
  let program: Program | null = null;
  for (const item of items) {
    const data = programData(item);
    if (data === undefined) {
      skipped.push(skip(item, "not-read", `${item.resourceType} that is not a HipCheck program`));
      continue;
    }
    const read: Result<Program, HipError> | undefined =
      program === null ? fromProgramBinary({ data }) : undefined;
    if (read === undefined) skipped.push(skip(item, "invalid", "a second program in one bundle"));
    else if (!read.ok) skipped.push(skip(item, "invalid", read.error.message));
    else {
      program = read.value;
      skipped.push(skip(item, "recomputed", "HipCheck's program, made again from the answers by the rules"));
    }
  }
  return program;
}

function programData(item: Identified): string | undefined {
  if (item.resourceType === "Binary") {
    const binary = BinaryInputSchema.safeParse(item.resource);
    return binary.success && binary.data.contentType === PROGRAM_CONTENT_TYPE ? binary.data.data : undefined;
  }
  const document = DocumentReferenceInputSchema.safeParse(item.resource);
  if (!document.success) return undefined;
  return document.data.content.find(
    ({ attachment }) => attachment.contentType === PROGRAM_CONTENT_TYPE && attachment.data !== undefined,
  )?.attachment.data;
}

function personIdOf(patient: Identified | undefined): string | null {
  if (patient === undefined) return null;
  const parsed = PatientInputSchema.safeParse(patient.resource);
  const own = parsed.success
    ? parsed.data.identifier?.find((identifier) => identifier.system === HIPCHECK_ID_SYSTEMS.person)?.value
    : undefined;
  return own ?? patient.id;
}

/** The person's name, sex and language from the Patient, for the answers of a HipCheck check-in. */
function personFields(patient: Identified | undefined): Record<string, unknown> {
  const parsed = patient === undefined ? undefined : PatientInputSchema.safeParse(patient.resource);
  if (parsed?.success !== true) return {};
  const name = parsed.data.name?.[0]?.text;
  const language = parsed.data.communication?.[0]?.language.coding?.[0]?.code;
  const sex = parsed.data.gender === "unknown" ? undefined : parsed.data.gender;
  return {
    ...(name === undefined ? {} : { name }),
    ...(sex === undefined ? {} : { sex }),
    ...(language === undefined ? {} : { language }),
  };
}

/** Why a body is not a Bundle HipCheck can read, in words an integration engineer can act on. */
function notABundle(body: unknown, error: z.ZodError): string {
  const type =
    typeof body === "object" && body !== null ? (body as { resourceType?: unknown }).resourceType : undefined;
  if (typeof type === "string" && type !== "Bundle") {
    return `A FHIR ${type}, not a Bundle: send the resources inside a Bundle (type "collection" will do).`;
  }
  if (type !== "Bundle") return 'Not a FHIR Bundle: no resourceType "Bundle".';
  const tooMany = error.issues.some((issue) => issue.code === "too_big" && issue.path[0] === "entry");
  return tooMany
    ? `The Bundle holds more than ${String(BUNDLE_ENTRIES_MAX)} entries.`
    : `The Bundle is not in the expected shape (${firstIssue(error)}).`;
}

export function readFhirBundle(bundle: unknown): Result<FhirBundleContents, HipError> {
  const parsed = BundleInputSchema.safeParse(bundle);
  if (!parsed.success) return err(hipError("invalid-input", notABundle(bundle, parsed.error)));
  const items = parsed.data.entry.flatMap((entry) =>
    entry.resource === undefined ? [] : [identify(entry as Entry)],
  );
  const patients = items.filter((item) => item.resourceType === "Patient");
  if (patients.length > 1) {
    return err(
      hipError("invalid-input", "The bundle holds more than one Patient: whose record would it be?"),
    );
  }
  const reading: Reading = { pain: [], strength: [], findings: [], skipped: [] };
  const responses: { item: Identified; response: ResponseInput }[] = [];
  const psfs: ReadPsfsEntry[] = [];
  const programCarriers: Identified[] = [];
  for (const item of items) {
    switch (item.resourceType) {
      case "Patient":
        break;
      case "Observation":
        readObservation(item, reading);
        break;
      case "QuestionnaireResponse": {
        const response = QuestionnaireResponseInputSchema.safeParse(item.resource);
        if (!response.success) reading.skipped.push(skip(item, "invalid", firstIssue(response.error)));
        else if (response.data.questionnaire === PSFS_QUESTIONNAIRE) {
          const entry = parseWith(
            PsfsEntrySchema,
            psfsEntryFromResponse(calendarDayOf(response.data.authored), response.data.item ?? []),
          );
          if (!entry.ok) reading.skipped.push(skip(item, "invalid", entry.error.message));
          else {
            psfs.push({
              storedId: hipcheckId(item.resource, HIPCHECK_ID_SYSTEMS.psfs) ?? null,
              entry: entry.value,
            });
          }
        } else if (
          response.data.questionnaire === SELF_CHECK_QUESTIONNAIRE ||
          response.data.questionnaire === INTAKE_QUESTIONNAIRE
        ) {
          responses.push({ item, response: response.data });
        } else {
          reading.skipped.push(
            skip(
              item,
              "not-read",
              `answers to a questionnaire HipCheck does not read (${response.data.questionnaire})`,
            ),
          );
        }
        break;
      }
      case "Binary":
      case "DocumentReference":
        programCarriers.push(item);
        break;
      case "Condition":
      case "CarePlan":
        reading.skipped.push(
          isHipCheckResource(item.resource)
            ? skip(
                item,
                "recomputed",
                "HipCheck's own reading of the check-in, worked out again from the answers",
              )
            : skip(
                item,
                "not-read",
                "HipCheck keeps what the person reports, not another system's problems or plans",
              ),
        );
        break;
      default:
        reading.skipped.push(skip(item, "not-read", `HipCheck keeps no ${item.resourceType}`));
    }
  }
  const patient = patients[0];
  return ok({
    personId: personIdOf(patient),
    checkIn: readCheckIn(responses, patient, reading.skipped),
    program: readProgram(programCarriers, reading.skipped),
    painEntries: reading.pain,
    psfsEntries: psfs,
    strengthChecks: reading.strength,
    movementFindings: reading.findings,
    skipped: reading.skipped,
  });
}

/**
 * What a read bundle brings into a person's record, in the shape the application's import takes (the server and
 * the CLI both send this): the check-in, the entries with their stored ids, the findings, and what was skipped.
 * The program is left out: the rules make it again from the answers.
 */
export function clinicalImportOf(contents: FhirBundleContents) {
  return {
    checkIn: contents.checkIn,
    painEntries: contents.painEntries,
    psfsEntries: contents.psfsEntries,
    strengthChecks: contents.strengthChecks,
    movementFindings: contents.movementFindings,
    skipped: contents.skipped.map(({ resourceType, id, reason, detail }) => ({
      type: resourceType,
      id,
      reason,
      detail,
    })),
  };
}
