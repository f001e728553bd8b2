/**
 * What the sharing files (printable handout, calendar, FHIR record, spreadsheets) are made from. The application
 * decides who may read what and gathers the data; turning it into a PDF, a calendar or FHIR is the caller's job
 * (`@hipcheck/interop`), so this layer stays free of file formats.
 */
import {
  AnswersSchema,
  err,
  evaluateSelfCheck,
  ok,
  PainEntrySchema,
  parseWith,
  PsfsEntrySchema,
  screenRedFlags,
  IsoDateSchema,
  type Answers,
  type IsoDate,
  type Lang,
  type PainEntry,
  type Program,
  type PsfsEntry,
} from "@hipcheck/core";
import { z } from "zod";
import type { CheckInRecord, Repositories } from "../ports.js";
import {
  IMPORTED_MOVEMENT_FINDINGS_MAX,
  ImportedMovementFindingSchema,
  type ImportedMovementFinding,
} from "../imported-movement-finding.js";
import { accessPerson, notFound } from "./access.js";
import { movementFindingsSourceOf, type MovementFindingsSource } from "./movement.js";
import type { HipCheckDeps, PersonRef, UseCase } from "../use-case.js";
import type { ImportOutput } from "./portability.js";
import type { ProgramIdInput } from "./programs.js";

const ClinicalImportSchema = z
  .object({
    answeredOn: IsoDateSchema,
    answers: AnswersSchema,
    painEntries: z.array(PainEntrySchema),
    psfsEntries: z.array(PsfsEntrySchema),
    movementFindings: z.array(ImportedMovementFindingSchema).max(IMPORTED_MOVEMENT_FINDINGS_MAX).optional(),
  })
  .strict();
type ClinicalImport = z.infer<typeof ClinicalImportSchema>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Adds what is not there yet: importing the same record twice adds nothing the second time. */
async function importClinical(
  deps: HipCheckDeps,
  tx: Repositories,
  personId: string,
  record: ClinicalImport,
) {
  const now = deps.clock.now();
  const counts = { checkIns: 0, painEntries: 0, psfsEntries: 0, movementFindings: 0 };
  const checkIns = await tx.checkIns.listFor(personId);
  const known = checkIns.some(
    (checkIn) => checkIn.date === record.answeredOn && sameJson(checkIn.answers, record.answers),
  );
  if (!known) {
    // The screen is computed again from the answers: a file cannot switch a red flag off.
    const checkIn: CheckInRecord = {
      id: deps.ids.newId(),
      accountId: personId,
      date: record.answeredOn,
      createdAt: now,
      answers: record.answers,
      screen: screenRedFlags(record.answers),
      selfCheck: evaluateSelfCheck(record.answers.selfCheck),
    };
    await tx.checkIns.insert(checkIn);
    counts.checkIns += 1;
  }
  const pain = (await tx.outcomes.listPain(personId)).map((entry) => entry.entry);
  for (const entry of record.painEntries) {
    if (pain.some((existing) => sameJson(existing, entry))) continue;
    await tx.outcomes.insertPain({ id: deps.ids.newId(), accountId: personId, createdAt: now, entry });
    pain.push(entry);
    counts.painEntries += 1;
  }
  const psfs = (await tx.outcomes.listPsfs(personId)).map((entry) => entry.entry);
  for (const entry of record.psfsEntries) {
    if (psfs.some((existing) => sameJson(existing, entry))) continue;
    await tx.outcomes.insertPsfs({ id: deps.ids.newId(), accountId: personId, createdAt: now, entry });
    psfs.push(entry);
    counts.psfsEntries += 1;
  }
  for (const finding of record.movementFindings ?? []) {
    const stored = { id: deps.ids.newId(), accountId: personId, importedAt: now, finding };
    // The same finding imported again is recognised by the database and not stored twice.
    if (await tx.importedMovementFindings.insertIfAbsent(stored)) counts.movementFindings += 1;
  }
  return counts;
}

export function sharingUseCases(deps: HipCheckDeps) {
  const { repositories } = deps;
  return {
    importClinicalRecord: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      const record = parseWith(ClinicalImportSchema, input);
      if (!record.ok) return record;
      const counts = await repositories.transaction((tx) =>
        importClinical(deps, tx, access.value.personId, record.value),
      );
      return ok({ counts });
    },
    getHandoutSource: async (actor, input) => {
      const record = await repositories.programs.findById(input.programId);
      if (record === undefined) return err(notFound("program"));
      // The person and a coach they linked read it; anyone else is told it does not exist.
      const access = await accessPerson(repositories, actor, record.accountId, "view");
      if (!access.ok) return err(notFound("program"));
      const owner = await repositories.accounts.findById(record.accountId);
      const latest = await repositories.checkIns.latestFor(record.accountId);
      return ok({
        programId: record.id,
        program: record.program,
        // The name is optional in the check-in; without it, the email is how the person and their coach know it.
        personName: latest?.answers.person.name ?? owner?.email ?? "",
        language: record.program.language,
      });
    },
    getClinicalSource: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const personId = access.value.personId;
      const latest = await repositories.checkIns.latestFor(personId);
      if (latest === undefined) {
        // A clinical record starts from the person's own answers; there is nothing to send before them.
        return err({
          kind: "unprocessable",
          message: "Do the check-in first: the record starts from its answers.",
        });
      }
      const program = await repositories.programs.latestFor(personId);
      const pain = await repositories.outcomes.listPain(personId);
      const psfs = await repositories.outcomes.listPsfs(personId);
      const logs = program === undefined ? [] : await repositories.sessionLogs.listFor(personId);
      return ok({
        personId,
        answeredOn: latest.date,
        answers: latest.answers,
        program: program?.program ?? null,
        painEntries: pain.map((record) => record.entry),
        psfsEntries: psfs.map((record) => record.entry),
        storedIds: {
          checkIn: latest.id,
          pain: pain.map((record) => record.id),
          psfs: psfs.map((record) => record.id),
        },
        doneSessionIds: [
          ...new Set(
            logs.flatMap(({ log }) =>
              log.completed && log.programId === program?.program.id && log.plannedSessionId !== null
                ? [log.plannedSessionId]
                : [],
            ),
          ),
        ],
        ...(await movementFindingsSourceOf(repositories, personId)),
      });
    },
  } satisfies SharingUseCases;
}

export type HandoutSource = {
  readonly programId: string;
  readonly program: Program;
  readonly personName: string;
  readonly language: Lang;
};

export type ClinicalSource = {
  readonly personId: string;
  /** The day of the latest check-in, and its answers. */
  readonly answeredOn: IsoDate;
  readonly answers: Answers;
  readonly program: Program | null;
  readonly painEntries: readonly PainEntry[];
  readonly psfsEntries: readonly PsfsEntry[];
  /** Stored ids, carried into exports as identifiers: the check-in's, and the entries' in the lists' order. */
  readonly storedIds: {
    readonly checkIn: string;
    readonly pain: readonly string[];
    readonly psfs: readonly string[];
  };
  /** Planned sessions of the program the person logged as completed. */
  readonly doneSessionIds: readonly string[];
} & MovementFindingsSource;

/** What a clinical record (FHIR) brings into the person's own record; its program and screens are not read. */
export type ImportClinicalRecordInput = {
  readonly answeredOn: IsoDate;
  readonly answers: Answers;
  readonly painEntries: readonly PainEntry[];
  readonly psfsEntries: readonly PsfsEntry[];
  /** Findings without their screens; absent when the file has none. */
  readonly movementFindings?: readonly ImportedMovementFinding[];
};

/** What printable handouts and clinical records are made from. */
export type SharingUseCases = {
  readonly getHandoutSource: UseCase<ProgramIdInput, HandoutSource>;
  readonly getClinicalSource: UseCase<PersonRef, ClinicalSource>;
  readonly importClinicalRecord: UseCase<ImportClinicalRecordInput, ImportOutput>;
};
