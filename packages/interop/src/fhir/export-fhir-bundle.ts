/**
 * A person's HipCheck record as a FHIR R4 Bundle for a clinician's system: Patient, the knee pain they reported as
 * health concerns (never diagnoses), the program as a CarePlan with the sessions done, pain and movement-screen
 * Observations, and the self-check, intake and PSFS as QuestionnaireResponses. Two forms (decision 0212): a
 * `collection` to read, and a `transaction` a FHIR server loads, each entry a conditional update on the resource's
 * HipCheck identifier, so loading it again updates and two people never overwrite each other. Every entry has a
 * `urn:uuid` full URL, and references inside the bundle point at those. Deterministic: the same record gives a
 * deep-equal bundle.
 */
import { ok, type Answers, type HipError, type Result, type StrengthCheck } from "@hipcheck/core";
import {
  collectMovementFindings,
  type MovementFindingsSources,
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

/** FHIR JSON forbids empty arrays and empty objects (R4 §2.6.2); a list with nothing in it is left out. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
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

export function exportFhirBundle(record: ClinicalRecord, options: FhirBundleOptions = {}): Bundle {
  const lang = record.answers.person.language;
  const context = exportContext(record.personId, lang);
  const ids = record.storedIds;
  const checkInKey = ids?.checkIn ?? `${record.personId}.${record.answeredOn}`;
  const checkIn = { patientRef: context.patientRef, authored: record.answeredOn, lang };
  const responseOf = (part: string) => ({
    ...checkIn,
    id: context.id(`check-in.${checkInKey}.${part}`),
    identifier: { system: HIPCHECK_ID_SYSTEMS.checkIn, value: `${checkInKey}.${part}` },
  });
  const intake = toIntakeResponse(record.answers, responseOf("intake"));
  const screening = { context, answeredOn: record.answeredOn, checkInKey };
  const painKeys = ids?.pain ?? keysByDate(record.painEntries, record.personId);
  const psfsKeys = ids?.psfs ?? keysByDate(record.psfsEntries, record.personId);
  const findingKeys = keysByDate(record.movementFindings, "finding");
  const strengthChecks = record.strengthChecks ?? [];
  const strengthKeys = ids?.strength ?? keysByDate(strengthChecks, `${record.personId}.strength`);
  const resources: FhirResource[] = [
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
          toCarePlan(record.program, context, record.doneSessionIds ?? []),
          toProgramDocument(record.program, context),
        ]),
    ...record.painEntries.map((entry, index) =>
      toPainObservation(entry, painKeys[index] ?? `${record.personId}.pain.${index}`, context),
    ),
    ...record.psfsEntries.map((entry, index) => {
      const key = psfsKeys[index] ?? `${record.personId}.psfs.${index}`;
      return toPsfsResponse(entry, {
        id: context.id(`psfs.${key}`),
        identifier: { system: HIPCHECK_ID_SYSTEMS.psfs, value: key },
        patientRef: context.patientRef,
        lang,
      });
    }),
    ...record.movementFindings.map((finding, index) =>
      toMovementObservation(finding, findingKeys[index] ?? `finding.${index}`, context),
    ),
    ...strengthChecks.map((check, index) =>
      toStrengthObservation(check, strengthKeys[index] ?? `${record.personId}.strength.${index}`, context),
    ),
  ];
  const type = options.type ?? "collection";
  return withoutEmpty({
    resourceType: "Bundle",
    type,
    entry: resources.map((resource) => entryOf(resource, type)),
  }) as Bundle;
}

/** What the application gathers for a clinical export: the record's parts, with the screens its findings come from. */
export type ClinicalSources = Omit<
  ClinicalRecord,
  "painEntries" | "psfsEntries" | "movementFindings" | "storedIds" | "doneSessionIds" | "strengthChecks"
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
  };

/**
 * The bundle of a person's gathered sources, as the server and the CLI export it: the movement findings of saved
 * and imported screens first, so a saved report that does not read is a clear error rather than a shorter record.
 */
export function exportFhirBundleFromSources(
  sources: ClinicalSources,
  options: FhirBundleOptions = {},
): Result<Bundle, HipError> {
  const findings = collectMovementFindings(sources, sources.answers.person.language);
  if (!findings.ok) return findings;
  const { personId, answeredOn, answers, program, painEntries, psfsEntries, storedIds, doneSessionIds } =
    sources;
  const strengthChecks = sources.strengthChecks ?? [];
  return ok(
    exportFhirBundle(
      {
        personId,
        answeredOn,
        answers,
        program,
        painEntries: [...painEntries],
        psfsEntries: [...psfsEntries],
        movementFindings: findings.value,
        ...(strengthChecks.length === 0 ? {} : { strengthChecks: [...strengthChecks] }),
        ...(storedIds === undefined
          ? {}
          : {
              storedIds: {
                ...(storedIds.checkIn === undefined ? {} : { checkIn: storedIds.checkIn }),
                ...(storedIds.pain === undefined ? {} : { pain: [...storedIds.pain] }),
                ...(storedIds.psfs === undefined ? {} : { psfs: [...storedIds.psfs] }),
                ...(storedIds.strength === undefined ? {} : { strength: [...storedIds.strength] }),
              },
            }),
        ...(doneSessionIds === undefined ? {} : { doneSessionIds: [...doneSessionIds] }),
      },
      options,
    ),
  );
}
