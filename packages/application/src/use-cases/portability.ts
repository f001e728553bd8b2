/**
 * Export of all of a person's data as one JSON document, and import of such a document into the signed-in
 * account (on this or another HipCheck). Ids are kept when free and, when another account has them, stored under
 * an id derived from this account and theirs (decision 0742), so importing never overwrites anyone's data; an item
 * this account already has under either id is the same item and is left as it is, so importing the same file again
 * doubles nothing, whoever exported it. The whole import is one transaction.
 */
import { createHash } from "node:crypto";
import { assertWithinQuotas, QuotaExceededError, importedFileProblem, quotasOf } from "../account-quotas.js";
import {
  err,
  evaluateSelfCheck,
  futureDateProblem,
  ok,
  parseWith,
  screenRedFlags,
  type HipError,
  type Result,
} from "@hipcheck/core";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportDocumentSchema,
  type ExportDocument,
} from "../export-document.js";
import { MovementReportSchema } from "../movement-schemas.js";
import type { ListKey, ListPage, ListPageRequest, Repositories } from "../ports.js";
import { accessPerson } from "./access.js";
import { pacingOf, type HipCheckDeps, type UseCase } from "../use-case.js";
import { reviseCurrentAfterWrite } from "./rules-revision.js";
import { painEntryProblem, psfsEntryProblem, skippedFor, type ImportSkipped } from "../import-checks.js";

/** How many rows of a long list one page of the export reads and writes: a few milliseconds of work (0510, 0600). */
export const EXPORT_PAGE_ROWS = 200;

/**
 * Every item of a keyset-paged list, read a page per query (decision 0740). An import reads what the account already
 * holds inside its transaction: one query for tens of thousands of rows would hold the event loop for the whole
 * read, while between pages the loop can turn.
 */
export async function everyPageOf<T>(read: (page: ListPageRequest) => Promise<ListPage<T>>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of keysetPages(read, (item: T) => item)) items.push(...page);
  return items;
}

/**
 * Movement screens per page of the export: each carries its keypoint series, up to megabytes, so a page holds
 * fewer of them (decision 0671), in the list's order (recorded, id), cut in SQL.
 */
const SCREENS_PER_EXPORT_PAGE = 10;

/** The lists of the export document, in the order they are written. */
export const EXPORT_SECTIONS = [
  "checkIns",
  "programs",
  "sessionLogs",
  "morningCheckIns",
  "painEntries",
  "psfsEntries",
  "movementScreens",
  "activities",
  "importedMovementFindings",
  "strengthChecks",
] as const;

export type ExportSection = (typeof EXPORT_SECTIONS)[number];

/** The document's fields before its lists. */
export type ExportHead = Pick<ExportDocument, "format" | "version" | "exportedAt" | "profile">;

/**
 * The whole record, a page at a time: the head, then each list in `EXPORT_SECTIONS` order as pages of items, each
 * item exactly as it stands in the document. The long lists (session logs, pain, PSFS) are read with keyset
 * queries (decision 0412), one page per query, so a caller can write each page and let other work run between
 * them; joined, the pages are the lists of `exportData`.
 */
export type ExportPages = {
  readonly head: ExportHead;
  readonly pagesOf: (
    section: ExportSection,
  ) => AsyncIterable<readonly ExportDocument[ExportSection][number][]>;
};

/** Every page of a keyset-paged list, read one query at a time. */
export async function* keysetPages<R, T>(
  read: (page: ListPageRequest) => Promise<ListPage<R>>,
  map: (record: R) => T,
  limit = EXPORT_PAGE_ROWS,
): AsyncGenerator<T[]> {
  let after: ListKey | undefined;
  do {
    const page = await read({ limit, ...(after === undefined ? {} : { after }) });
    if (page.items.length > 0) yield page.items.map(map);
    after = page.next;
  } while (after !== undefined);
}

/** A list read whole, then handed on in pages of `EXPORT_PAGE_ROWS`. */
async function* wholeListPages<T>(read: () => Promise<readonly T[]>): AsyncGenerator<T[]> {
  const items = await read();
  for (let start = 0; start < items.length; start += EXPORT_PAGE_ROWS) {
    yield items.slice(start, start + EXPORT_PAGE_ROWS);
  }
}

async function exportPagesFor(
  repositories: Repositories,
  personId: string,
  exportedAt: string,
): Promise<ExportPages> {
  const profile = await repositories.profiles.find(personId);
  const head: ExportHead = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    profile: profile
      ? {
          language: profile.language,
          sports: [...profile.sports],
          equipment: [...profile.equipment],
          availableDays: [...profile.availableDays],
          updatedAt: profile.updatedAt,
        }
      : null,
  };
  const sections: { readonly [S in ExportSection]: () => AsyncIterable<ExportDocument[S][number][]> } = {
    checkIns: () =>
      wholeListPages(async () =>
        (await repositories.checkIns.listFor(personId)).map(({ id, date, createdAt, answers }) => ({
          id,
          date,
          createdAt,
          answers,
        })),
      ),
    programs: () =>
      wholeListPages(async () =>
        Promise.all(
          (await repositories.programs.listFor(personId)).map(async (record) => ({
            id: record.id,
            createdAt: record.createdAt,
            updatedAt: record.updatedAt,
            program: record.program,
            history: (await repositories.programs.revisionsOf(record.id)).map((entry) => ({
              byOwner: entry.changedByAccountId === personId,
              revision: entry.revision,
              programAfter: entry.programAfter,
            })),
          })),
        ),
      ),
    sessionLogs: () =>
      keysetPages(
        (page) => repositories.sessionLogs.pageFor(personId, {}, page),
        ({ createdAt, log }) => ({ createdAt, log }),
      ),
    morningCheckIns: () =>
      wholeListPages(async () =>
        (await repositories.morningCheckIns.listFor(personId)).map(({ createdAt, checkIn }) => ({
          createdAt,
          checkIn,
        })),
      ),
    painEntries: () =>
      keysetPages(
        (page) => repositories.outcomes.pagePain(personId, page),
        ({ id, createdAt, entry }) => ({ id, createdAt, entry }),
      ),
    psfsEntries: () =>
      keysetPages(
        (page) => repositories.outcomes.pagePsfs(personId, page),
        ({ id, createdAt, entry }) => ({ id, createdAt, entry }),
      ),
    movementScreens: () =>
      keysetPages(
        (page) => repositories.movementScreens.pageFor(personId, page),
        ({ id, recordedAt, report, keypoints }) => ({ id, recordedAt, report, keypoints: [...keypoints] }),
        SCREENS_PER_EXPORT_PAGE,
      ),
    activities: () =>
      wholeListPages(async () =>
        (await repositories.activities.listFor(personId)).map(
          ({ id, fileHash, fileName, position, importedAt, activity }) => ({
            id,
            fileHash,
            fileName,
            position,
            importedAt,
            activity,
          }),
        ),
      ),
    importedMovementFindings: () =>
      wholeListPages(async () =>
        (await repositories.importedMovementFindings.listFor(personId)).map(
          ({ importedAt, finding, sourceId }) => ({
            importedAt,
            finding,
            ...(sourceId === undefined ? {} : { sourceId }),
          }),
        ),
      ),
    strengthChecks: () =>
      wholeListPages(async () =>
        (await repositories.strengthChecks.listFor(personId)).map(({ id, createdAt, entry }) => ({
          id,
          createdAt,
          check: entry,
        })),
      ),
  };
  return { head, pagesOf: (section) => sections[section]() };
}

/** The whole document, gathered from the same pages the streamed export writes. */
async function exportFor(
  repositories: Repositories,
  personId: string,
  exportedAt: string,
): Promise<ExportDocument> {
  const { head, pagesOf } = await exportPagesFor(repositories, personId, exportedAt);
  const lists: Record<string, unknown[]> = {};
  for (const section of EXPORT_SECTIONS) {
    const items: unknown[] = [];
    for await (const page of pagesOf(section)) items.push(...page);
    lists[section] = items;
  }
  return { ...head, ...lists } as ExportDocument;
}

/**
 * The id another account's record is stored under in this one (decision 0742): the same for the same account and
 * record, so that the same file imported again finds what it stored the first time.
 */
function derivedImportId(personId: string, wanted: string): string {
  return `imported-${createHash("sha256").update(`${personId}\n${wanted}`).digest("base64url").slice(0, 32)}`;
}

/**
 * Where an imported record goes (decision 0742): under its own id when that id is free, or already this account's
 * (then the record is here: `present`); when another account holds that id (a file exported from another account
 * on this server), under an id derived from this account and it, so that importing the same file again adds
 * nothing; a new id only if even that one is taken by someone else.
 */
function placer(personId: string, newId: () => string) {
  return async (
    wanted: string,
    holderOf: (candidate: string) => Promise<string | undefined>,
  ): Promise<{ readonly id: string; readonly present: boolean }> => {
    for (const candidate of [wanted, derivedImportId(personId, wanted)]) {
      const holder = await holderOf(candidate);
      if (holder === personId) return { id: candidate, present: true };
      if (holder === undefined) return { id: candidate, present: false };
    }
    return { id: newId(), present: false };
  };
}

async function importInto(deps: HipCheckDeps, tx: Repositories, personId: string, document: ExportDocument) {
  const place = placer(personId, () => deps.ids.newId());
  const pace = pacingOf(deps);
  const counts = {
    checkIns: 0,
    programs: 0,
    revisions: 0,
    sessionLogs: 0,
    morningCheckIns: 0,
    painEntries: 0,
    psfsEntries: 0,
    movementScreens: 0,
    activities: 0,
    importedMovementFindings: 0,
    strengthChecks: 0,
  };
  const skipped: ImportSkipped[] = [];
  if (document.profile) {
    const { updatedAt, ...profile } = document.profile;
    await tx.profiles.upsert({ ...profile, accountId: personId, updatedAt });
  }
  for (const checkIn of document.checkIns) {
    await pace();
    const { id, present } = await place(
      checkIn.id,
      async (candidate) => (await tx.checkIns.findById(candidate))?.accountId,
    );
    if (present) continue;
    const screen = screenRedFlags(checkIn.answers);
    await tx.checkIns.insert({
      ...checkIn,
      id,
      accountId: personId,
      screen,
      selfCheck: evaluateSelfCheck(checkIn.answers.selfCheck),
    });
    counts.checkIns += 1;
  }
  const programIds = new Map<string, string>();
  for (const entry of document.programs) {
    await pace();
    const { id, present } = await place(
      entry.id,
      async (candidate) => (await tx.programs.findById(candidate))?.accountId,
    );
    programIds.set(entry.id, id);
    if (present) continue;
    const rewrite = <P extends { id: string }>(program: P): P =>
      program.id === entry.id ? { ...program, id } : program;
    await tx.programs.insert({
      id,
      accountId: personId,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      groupId: null,
      program: rewrite(entry.program),
    });
    for (const step of entry.history) {
      await pace();
      await tx.programs.insertRevision({
        programId: id,
        changedByAccountId: step.byOwner ? personId : null,
        revision: step.revision,
        programAfter: rewrite(step.programAfter),
      });
      counts.revisions += 1;
    }
    counts.programs += 1;
  }
  for (const { createdAt, log } of document.sessionLogs) {
    await pace();
    const programId = programIds.get(log.programId) ?? log.programId;
    const owned = (await tx.programs.findById(programId))?.accountId === personId;
    if (!owned) {
      throw new ImportReferenceError(
        `session log ${log.id} refers to program ${log.programId}, which is not in the document`,
      );
    }
    if (await tx.sessionLogs.insertIfAbsent({ accountId: personId, createdAt, log: { ...log, programId } })) {
      counts.sessionLogs += 1;
    }
  }
  const storedMornings = await tx.morningCheckIns.listFor(personId);
  for (const { createdAt, checkIn } of document.morningCheckIns) {
    await pace();
    // The same morning imported again is no news for the rules; other answers for that day replace the stored.
    const sameDay = storedMornings.find((record) => record.checkIn.date === checkIn.date);
    if (sameDay !== undefined && JSON.stringify(sameDay.checkIn) === JSON.stringify(checkIn)) continue;
    await tx.morningCheckIns.upsert({ accountId: personId, createdAt, checkIn });
    counts.morningCheckIns += 1;
  }
  const painIds = new Set(
    (await everyPageOf((page) => tx.outcomes.pagePain(personId, page))).map((record) => record.id),
  );
  for (const entry of document.painEntries) {
    await pace();
    if (painIds.has(entry.id)) continue;
    // The pain route's checks: an entry nobody could record by hand does not come in through a file (0280).
    const problem = painEntryProblem(entry.entry, deps.clock.today());
    if (problem !== undefined) {
      skipped.push(skippedFor("pain entry", entry.id, problem));
      continue;
    }
    await tx.outcomes.insertPain({
      ...entry,
      id: entry.id,
      accountId: personId,
    });
    counts.painEntries += 1;
  }
  const psfsIds = new Set(
    (await everyPageOf((page) => tx.outcomes.pagePsfs(personId, page))).map((record) => record.id),
  );
  for (const entry of document.psfsEntries) {
    await pace();
    if (psfsIds.has(entry.id)) continue;
    const problem = psfsEntryProblem(entry.entry, deps.clock.today());
    if (problem !== undefined) {
      skipped.push(skippedFor("PSFS entry", entry.id, problem));
      continue;
    }
    await tx.outcomes.insertPsfs({
      ...entry,
      id: entry.id,
      accountId: personId,
    });
    counts.psfsEntries += 1;
  }
  for (const screen of document.movementScreens) {
    await pace();
    const { id, present } = await place(
      screen.id,
      async (candidate) => (await tx.movementScreens.findById(candidate))?.accountId,
    );
    if (present) continue;
    await tx.movementScreens.insert({ ...screen, id, accountId: personId, report: screen.report });
    counts.movementScreens += 1;
  }
  for (const entry of document.activities) {
    await pace();
    const { id, present } = await place(
      entry.id,
      async (candidate) => (await tx.activities.findById(candidate))?.accountId,
    );
    if (present) continue;
    // A file already imported here is not stored twice, as when it is imported again by hand.
    if (await tx.activities.insertIfAbsent({ ...entry, id, accountId: personId })) counts.activities += 1;
  }
  for (const { importedAt, finding, sourceId } of document.importedMovementFindings) {
    await pace();
    // Ids do not travel: a finding is recognised by its content, or by the name it arrived under (decision 0710),
    // so importing it again adds nothing.
    if (
      await tx.importedMovementFindings.insertIfAbsent({
        id: deps.ids.newId(),
        accountId: personId,
        importedAt,
        finding,
        ...(sourceId === undefined ? {} : { sourceId }),
      })
    ) {
      counts.importedMovementFindings += 1;
    }
  }
  // Stored ids are per person: a check this account has under its id is already here, so nothing is doubled.
  const strengthIds = new Set((await tx.strengthChecks.listFor(personId)).map((record) => record.id));
  for (const { id, createdAt, check } of document.strengthChecks) {
    await pace();
    if (strengthIds.has(id)) continue;
    // The strength route's checks (docs/clinical §10.5): the schema has the limits; a day to come is left out.
    const problem = futureDateProblem(check.date, deps.clock.today());
    if (problem !== undefined) {
      skipped.push(skippedFor("strength check", id, problem));
      continue;
    }
    if (await tx.strengthChecks.insert({ id, accountId: personId, createdAt, entry: check })) {
      counts.strengthChecks += 1;
    }
  }
  // Sessions and mornings new to this account are read by the progression rules, as when they are logged.
  if (counts.sessionLogs > 0 || counts.morningCheckIns > 0) {
    await reviseCurrentAfterWrite(tx, deps.clock, personId);
  }
  return { counts, skipped };
}

/** A document whose parts do not fit together; thrown inside the transaction so that nothing stays. */
class ImportReferenceError extends Error {}

/** The first id used twice within one list of the document, if any. */
function duplicateId(document: ExportDocument): string | undefined {
  const lists: readonly (readonly string[])[] = [
    document.checkIns.map((entry) => entry.id),
    document.programs.map((entry) => entry.id),
    document.sessionLogs.map((entry) => entry.log.id),
    document.morningCheckIns.map((entry) => entry.checkIn.date),
    document.painEntries.map((entry) => entry.id),
    document.psfsEntries.map((entry) => entry.id),
    document.movementScreens.map((entry) => entry.id),
    document.activities.map((entry) => entry.id),
    document.activities.map((entry) => `${entry.fileHash}#${String(entry.position)}`),
    document.strengthChecks.map((entry) => entry.id),
  ];
  for (const ids of lists) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) return id;
      seen.add(id);
    }
  }
  return undefined;
}

/**
 * A file's screens are checked as fully as a newly saved one: a report the exports could not read would otherwise
 * come in through an import.
 */
function unreadableReport(document: ExportDocument): HipError | undefined {
  for (const [index, screen] of document.movementScreens.entries()) {
    const report = parseWith(MovementReportSchema, screen.report);
    if (report.ok) continue;
    const field = `document.movementScreens.${String(index)}.report${report.error.field === undefined ? "" : `.${report.error.field}`}`;
    return { kind: "invalid-input", message: `${field}: ${report.error.message}`, field };
  }
  return undefined;
}

/**
 * What a document holds, checked before anything is written: a file larger than the whole quota, or with more
 * entries on one day than a day allows, is refused at once. What it really adds (less, when some of it is
 * already here) is checked after writing, inside the import's transaction.
 */
function documentSize(document: ExportDocument) {
  return {
    rows:
      document.checkIns.length +
      document.programs.length +
      document.sessionLogs.length +
      document.morningCheckIns.length +
      document.painEntries.length +
      document.psfsEntries.length +
      document.movementScreens.length +
      document.activities.length +
      document.importedMovementFindings.length +
      document.strengthChecks.length,
    entryDates: [
      ...document.sessionLogs.map(({ log }) => log.date),
      ...document.painEntries.map(({ entry }) => entry.date),
      ...document.psfsEntries.map(({ entry }) => entry.date),
      ...document.strengthChecks.map(({ check }) => check.date),
    ],
  };
}

/**
 * An export document checked whole, as an import takes it: the schema, every screen's report, no id twice in one
 * list; a refusal names its field under `document`. It needs no database, so the server runs it in a worker thread
 * on the body it parsed there (decision 0625) and hands the result to `importData` as a value.
 */
export function checkedExportDocument(value: unknown): Result<ExportDocument, HipError> {
  const document = parseWith(ExportDocumentSchema, value);
  if (!document.ok) {
    return err({ ...document.error, field: `document.${document.error.field ?? ""}`.replace(/\.$/, "") });
  }
  const unreadable = unreadableReport(document.value);
  if (unreadable !== undefined) return err(unreadable);
  const duplicate = duplicateId(document.value);
  if (duplicate !== undefined) {
    return err({
      kind: "invalid-input",
      message: `The document uses the id ${duplicate} twice in one list.`,
      field: "document",
    });
  }
  return document;
}

export function portabilityUseCases(deps: HipCheckDeps) {
  const { repositories, clock } = deps;
  const quotas = quotasOf(deps);
  return {
    exportData: async (actor) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      return ok(await exportFor(repositories, access.value.personId, clock.now()));
    },
    exportDataPages: async (actor) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      return ok(await exportPagesFor(repositories, access.value.personId, clock.now()));
    },
    importData: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      // Checked after access, so that who may not import is told so whatever the file holds.
      const document = "checked" in input ? input.checked : checkedExportDocument(input.document);
      if (!document.ok) return document;
      const personId = access.value.personId;
      const full = importedFileProblem(quotas, documentSize(document.value));
      if (full !== undefined) return err(full);
      try {
        return ok(
          await repositories.transaction(async (tx) => {
            const imported = await importInto(deps, tx, personId, document.value);
            await assertWithinQuotas(tx.usage, quotas, personId);
            return imported;
          }),
        );
      } catch (error) {
        if (error instanceof ImportReferenceError) {
          return err({ kind: "invalid-input", message: error.message, field: "document" });
        }
        if (error instanceof QuotaExceededError) return err(error.problem);
        throw error;
      }
    },
  } satisfies PortabilityUseCases;
}

/**
 * The document as it came, or the result of `checkedExportDocument` on it, already run elsewhere (the server's
 * worker thread, decision 0625).
 */
export type ImportInput =
  { readonly document: unknown } | { readonly checked: Result<ExportDocument, HipError> };

/** How many of each kind were added, and each record left out with the reason (decision 0280). */
export type ImportOutput = {
  readonly counts: Readonly<Record<string, number>>;
  readonly skipped: readonly ImportSkipped[];
};

/** The person's whole record, exported and imported. */
export type PortabilityUseCases = {
  readonly exportData: UseCase<Record<string, never>, ExportDocument>;
  /** The same document a page at a time, for writing it out as it is read (decision 0510). */
  readonly exportDataPages: UseCase<Record<string, never>, ExportPages>;
  readonly importData: UseCase<ImportInput, ImportOutput>;
};
