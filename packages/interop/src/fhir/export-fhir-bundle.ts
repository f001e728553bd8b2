/**
 * A person's HipCheck record as a FHIR R4 Bundle for a clinician's system: Patient, the knee pain they reported as
 * health concerns (never diagnoses), the program as a CarePlan with the sessions done, pain and movement-screen
 * Observations, and the self-check, intake and PSFS as QuestionnaireResponses. Two forms (decision 0212): a
 * `collection` to read, and a `transaction` a FHIR server loads, each entry a conditional update on the resource's
 * HipCheck identifier, so loading it again updates and two people never overwrite each other. Every entry has a
 * `urn:uuid` full URL, and references inside the bundle point at those. Deterministic: the same record gives a
 * deep-equal bundle.
 */
import {
  ok,
  type Answers,
  type HipError,
  type PainEntry,
  type PsfsEntry,
  type Result,
  type StrengthCheck,
} from "@hipcheck/core";
import type { MovementFinding } from "@hipcheck/motion";
import {
  collectNamedMovementFindings,
  type MovementFindingsSources,
  type NamedMovementFinding,
} from "../movement/movement-findings-from-report.js";
import { toIntakeResponse, toPsfsResponse, toSelfCheckResponse } from "./answers-questionnaire.js";
import type { ClinicalRecord } from "./clinical-record.js";
import { exportContext, urnOf, type ExportContext } from "./export-context.js";
import { BCP_47, HIPCHECK_ID_SYSTEMS } from "./fhir-codes.js";
import type { Bundle, BundleEntry, FhirResource, Identifier, Patient } from "./fhir-resources.js";
import { toMovementObservation } from "./movement-observation.js";
import { toPainObservation } from "./pain-observation.js";
import { toStrengthObservation } from "./strength-observation.js";
import { toCarePlan, toProgramDocument } from "./program-care-plan.js";
import { toReportedConditions } from "./reported-conditions.js";
import { toRedFlagObservation, toSelfCheckObservation } from "./screening-observations.js";

export type FhirBundleOptions = { readonly type?: Bundle["type"] };

function toPatient(context: ExportContext, person: Answers["person"]): Patient {
  return {
    resourceType: "Patient",
    id: context.id("patient"),
    language: person.language,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.person, value: context.personId }],
    ...(person.name === undefined ? {} : { name: [{ text: person.name }] }),
    ...(person.sex === undefined ? {} : { gender: person.sex }),
    communication: [{ language: { coding: [{ system: BCP_47, code: person.language }] }, preferred: true }],
  };
}

/**
 * Keys for entries that have no stored id in the record given: the date and the place among that date's entries,
 * so an entry added on another day renumbers nothing.
 */
function keysByDate(items: readonly { readonly date: string }[], prefix: string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.date) ?? 0) + 1;
    seen.set(item.date, count);
    return `${prefix}.${item.date}.${count}`;
  });
}

/** The no-break spaces French typography sets before « : ; ? ! » and inside « » (decision 0921). */
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/**
 * FHIR JSON forbids empty arrays and empty objects (R4 §2.6.2); a list with nothing in it is left out. No-break
 * spaces become ordinary ones: FHIR's JSON Schema checks every string against `^[ \r\n\t\S]+$`, which a
 * JavaScript validator reads as refusing a no-break space (decision 0921).
 */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (typeof value === "string") return value.replace(NO_BREAK_SPACES, " ");
  if (value === null || typeof value !== "object") return value;
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const cleaned = withoutEmpty(child);
    if (Array.isArray(cleaned) && cleaned.length === 0) continue;
    kept[key] = cleaned;
  }
  return kept;
}

function identifierOf(resource: FhirResource): Identifier | undefined {
  const { identifier } = resource;
  return Array.isArray(identifier)
    ? (identifier[0] as Identifier | undefined)
    : (identifier as Identifier | undefined);
}

function entryOf(resource: FhirResource, type: Bundle["type"]): BundleEntry {
  const fullUrl = urnOf(resource.id);
  const identifier = identifierOf(resource);
  if (type === "collection" || identifier === undefined) return { fullUrl, resource };
  const search = `identifier=${encodeURIComponent(identifier.system)}|${encodeURIComponent(identifier.value)}`;
  // The server chooses the id of what it creates (a conditional update may not name one); inside the bundle the
  // resource is its `urn:uuid` full URL.
  const withoutId: Record<string, unknown> = { ...resource };
  delete withoutId.id;
  return {
    fullUrl,
    resource: withoutId as FhirResource,
    request: { method: "PUT", url: `${resource.resourceType}?${search}` },
  };
}

/** A record without its two long lists: what every entry before and after them is made from. */
export type FhirRecordFrame = Omit<ClinicalRecord, "painEntries" | "psfsEntries">;

/**
 * The bundle in its order, in parts: the entries before the pain entries, the entry of one pain or PSFS entry under
 * its key, and the entries after the PSFS entries. A long record is written from these a page at a time (decision
 * 0625); `exportFhirBundle` joins them, so both give the same entries.
 */
export type FhirBundleParts = {
  readonly type: Bundle["type"];
  /** Patient, reported concerns, the check-in's answers and screenings, the program. */
  readonly leading: readonly BundleEntry[];
  readonly painEntry: (entry: PainEntry, key: string) => BundleEntry;
  readonly psfsEntry: (entry: PsfsEntry, key: string) => BundleEntry;
  /** Movement findings and strength checks. */
  readonly trailing: readonly BundleEntry[];
};

export function fhirBundleParts(record: FhirRecordFrame, options: FhirBundleOptions = {}): FhirBundleParts {
  const lang = record.answers.person.language;
  const context = exportContext(record.personId, lang);
  const ids = record.storedIds;
  const type = options.type ?? "collection";
  const finished = (resource: FhirResource) => withoutEmpty(entryOf(resource, type)) as BundleEntry;
  const checkInKey = ids?.checkIn ?? `${record.personId}.${record.answeredOn}`;
  const checkIn = { patientRef: context.patientRef, authored: record.answeredOn, lang };
  const responseOf = (part: string) => ({
    ...checkIn,
    id: context.id(`check-in.${checkInKey}.${part}`),
    identifier: { system: HIPCHECK_ID_SYSTEMS.checkIn, value: `${checkInKey}.${part}` },
  });
  const intake = toIntakeResponse(record.answers, responseOf("intake"));
  const screening = { context, answeredOn: record.answeredOn, checkInKey };
  const findingNames = ids?.movement;
  const findingKeys = keysByDate(record.movementFindings, "finding");
  const strengthChecks = record.strengthChecks ?? [];
  const strengthKeys = ids?.strength ?? keysByDate(strengthChecks, `${record.personId}.strength`);
  const leading: FhirResource[] = [
    toPatient(context, record.answers.person),
    ...toReportedConditions(record.answers, {
      id: context.id,
      patientRef: context.patientRef,
      personId: record.personId,
      intakeRef: urnOf(intake.id),
      answeredOn: record.answeredOn,
    }),
    toSelfCheckResponse(record.answers, responseOf("self-check")),
    intake,
    toSelfCheckObservation(record.answers, screening),
    toRedFlagObservation(record.answers, screening),
    ...(record.program === null
      ? []
      : [
          toCarePlan(record.program, context, record.doneSessionIds ?? [], record.partlyDoneSessionIds ?? []),
          toProgramDocument(record.program, context),
        ]),
  ];
  const trailing: FhirResource[] = [
    ...record.movementFindings.map((finding, index) => {
      const name = findingNames?.[index];
      return name === undefined
        ? toMovementObservation(finding, findingKeys[index] ?? `finding.${index}`, context)
        : toMovementObservation(finding, name, context, name);
    }),
    ...strengthChecks.map((check, index) =>
      toStrengthObservation(check, strengthKeys[index] ?? `${record.personId}.strength.${index}`, context),
    ),
  ];
  return {
    type,
    leading: leading.map(finished),
    painEntry: (entry, key) => finished(toPainObservation(entry, key, context)),
    psfsEntry: (entry, key) =>
      finished(
        toPsfsResponse(entry, {
          id: context.id(`psfs.${key}`),
          identifier: { system: HIPCHECK_ID_SYSTEMS.psfs, value: key },
          patientRef: context.patientRef,
          lang,
        }),
      ),
    trailing: trailing.map(finished),
  };
}

export function exportFhirBundle(record: ClinicalRecord, options: FhirBundleOptions = {}): Bundle {
  const parts = fhirBundleParts(record, options);
  const painKeys = record.storedIds?.pain ?? keysByDate(record.painEntries, record.personId);
  const psfsKeys = record.storedIds?.psfs ?? keysByDate(record.psfsEntries, record.personId);
  return {
    resourceType: "Bundle",
    type: parts.type,
    entry: [
      ...parts.leading,
      ...record.painEntries.map((entry, index) =>
        parts.painEntry(entry, painKeys[index] ?? `${record.personId}.pain.${index}`),
      ),
      ...record.psfsEntries.map((entry, index) =>
        parts.psfsEntry(entry, psfsKeys[index] ?? `${record.personId}.psfs.${index}`),
      ),
      ...parts.trailing,
    ],
  };
}

/** The opening of the bundle's JSON text, as `JSON.stringify(bundle, null, 2)` writes it, up to its first entry. */
export function fhirBundleTextOpening(type: Bundle["type"]): string {
  return `{\n  "resourceType": "Bundle",\n  "type": ${JSON.stringify(type)},\n  "entry": [`;
}

/**
 * One entry of the bundle's JSON text, with the comma before it unless it is the first: the entry's own lines
 * indented as deep as `JSON.stringify(bundle, null, 2)` indents them (JSON strings hold no raw line breaks).
 */
export function fhirBundleEntryText(entry: BundleEntry, first: boolean): string {
  return `${first ? "" : ","}\n    ${JSON.stringify(entry, null, 2).replaceAll("\n", "\n    ")}`;
}

/** The end of the bundle's JSON text, after its last entry. */
export const FHIR_BUNDLE_TEXT_CLOSING = "\n  ]\n}";

/** What the application gathers for a clinical export: the record's parts, with the screens its findings come from. */
export type ClinicalSources = Omit<
  ClinicalRecord,
  | "painEntries"
  | "psfsEntries"
  | "movementFindings"
  | "storedIds"
  | "doneSessionIds"
  | "partlyDoneSessionIds"
  | "strengthChecks"
> &
  MovementFindingsSources & {
    readonly painEntries: readonly ClinicalRecord["painEntries"][number][];
    readonly psfsEntries: readonly ClinicalRecord["psfsEntries"][number][];
    readonly strengthChecks?: readonly StrengthCheck[];
    readonly storedIds?: {
      readonly checkIn?: string;
      readonly pain?: readonly string[];
      readonly psfs?: readonly string[];
      readonly strength?: readonly string[];
    };
    readonly doneSessionIds?: readonly string[];
    readonly partlyDoneSessionIds?: readonly string[];
  };

/** The gathered sources without the pain and PSFS entries, which a long record hands on a page at a time. */
export type ClinicalFrameSources = Omit<ClinicalSources, "painEntries" | "psfsEntries">;

function frameOf(sources: ClinicalFrameSources, named: readonly NamedMovementFinding[]): FhirRecordFrame {
  const { personId, answeredOn, answers, program, storedIds, doneSessionIds, partlyDoneSessionIds } = sources;
  const strengthChecks = sources.strengthChecks ?? [];
  const movementFindings: MovementFinding[] = named.map(({ finding }) => finding);
  // Every finding by its name, or (sources without names) every one by its date, never a mixture.
  const names = named.flatMap(({ name }) => (name === null ? [] : [name]));
  const movement = names.length === named.length && names.length > 0 ? names : undefined;
  return {
    personId,
    answeredOn,
    answers,
    program,
    movementFindings,
    ...(strengthChecks.length === 0 ? {} : { strengthChecks: [...strengthChecks] }),
    ...(storedIds === undefined && movement === undefined
      ? {}
      : {
          storedIds: {
            ...(storedIds?.checkIn === undefined ? {} : { checkIn: storedIds.checkIn }),
            ...(storedIds?.pain === undefined ? {} : { pain: [...storedIds.pain] }),
            ...(storedIds?.psfs === undefined ? {} : { psfs: [...storedIds.psfs] }),
            ...(storedIds?.strength === undefined ? {} : { strength: [...storedIds.strength] }),
            ...(movement === undefined ? {} : { movement }),
          },
        }),
    ...(doneSessionIds === undefined ? {} : { doneSessionIds: [...doneSessionIds] }),
    ...(partlyDoneSessionIds === undefined ? {} : { partlyDoneSessionIds: [...partlyDoneSessionIds] }),
  };
}

/**
 * The bundle of a person's gathered sources, as the server and the CLI export it: the movement findings of saved
 * and imported screens first, so a saved report that does not read is a clear error rather than a shorter record.
 */
export function exportFhirBundleFromSources(
  sources: ClinicalSources,
  options: FhirBundleOptions = {},
): Result<Bundle, HipError> {
  const findings = collectNamedMovementFindings(sources, sources.answers.person.language);
  if (!findings.ok) return findings;
  return ok(
    exportFhirBundle(
      {
        ...frameOf(sources, findings.value),
        painEntries: [...sources.painEntries],
        psfsEntries: [...sources.psfsEntries],
      },
      options,
    ),
  );
}

/**
 * The same bundle's parts, for a record whose pain and PSFS entries are read and written a page at a time
 * (decision 0625); each of those entries is keyed by its stored id.
 */
export function fhirBundlePartsFromSources(
  sources: ClinicalFrameSources,
  options: FhirBundleOptions = {},
): Result<FhirBundleParts, HipError> {
  const findings = collectNamedMovementFindings(sources, sources.answers.person.language);
  if (!findings.ok) return findings;
  return ok(fhirBundleParts(frameOf(sources, findings.value), options));
}
