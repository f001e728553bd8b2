/**
 * What the sharing files (printable handout, calendar, FHIR record, spreadsheets) are made from. The application
 * decides who may read what and gathers the data; turning it into a PDF, a calendar or FHIR is the caller's job
 * (`@hipcheck/interop`), so this layer stays free of file formats.
 */
import { assertWithinQuotas, importedFileProblem, QuotaExceededError, quotasOf } from "../account-quotas.js";
import {
  AnswersSchema,
  compareAllStrength,
  err,
  evaluateSelfCheck,
  futureDateProblem,
  ok,
  parseWith,
  screenRedFlags,
  sessionStatuses,
  IsoDateSchema,
  type Answers,
  type HipError,
  type Result,
  type IsoDate,
  type Lang,
  type PainEntry,
  type Program,
  type PsfsEntry,
  type StrengthCheck,
  type StrengthComparison,
} from "@hipcheck/core";
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { CheckInRecord, ListKey, ListPage, ListPageRequest, Repositories } from "../ports.js";
import {
  IMPORTED_MOVEMENT_FINDINGS_MAX,
  ImportedMovementFindingSchema,
  type ImportedMovementFinding,
} from "../imported-movement-finding.js";
import { accessPerson, notFound } from "./access.js";
import { movementFindingsSourceOf, type MovementFindingsSource } from "./movement.js";
import { pacingOf, type HipCheckDeps, type PersonRef, type UseCase } from "../use-case.js";
import {
  checkedPainEntry,
  checkedPsfsEntry,
  checkedStrengthCheck,
  ImportSkippedSchema,
  skippedFor,
  StoredIdSchema,
  type ImportSkipped,
} from "../import-checks.js";
import { EXPORT_PAGE_ROWS, everyPageOf, keysetPages, type ImportOutput } from "./portability.js";
import type { ProgramIdInput } from "./programs.js";

const ClinicalImportSchema = z
  .object({
    /**
     * The check-in the file carries, or null (a bundle from another system has none), with the stored id it names
     * (decision 0710).
     */
    checkIn: z
      .object({
        storedId: StoredIdSchema.nullable().optional(),
        answeredOn: IsoDateSchema,
        answers: AnswersSchema,
      })
      .strict()
      .nullable(),
    painEntries: z.array(z.object({ storedId: StoredIdSchema.nullable(), entry: z.unknown() }).strict()),
    psfsEntries: z.array(z.object({ storedId: StoredIdSchema.nullable(), entry: z.unknown() }).strict()),
    /** Hip strength checks with the stored ids they carry (decision 0480); absent from older callers. */
    strengthChecks: z
      .array(z.object({ storedId: StoredIdSchema.nullable(), entry: z.unknown() }).strict())
      .optional(),
    /**
     * Findings with the name each carries (its screen and place, decision 0710) and the screen that name points
     * into, or null for a finding from another system.
     */
    movementFindings: z
      .array(
        z
          .object({
            storedId: StoredIdSchema.nullable(),
            screenId: StoredIdSchema.nullable().optional(),
            entry: ImportedMovementFindingSchema,
          })
          .strict(),
      )
      .max(IMPORTED_MOVEMENT_FINDINGS_MAX)
      .optional(),
    /** What the file reader could not take, passed on to the person with what the checks here refuse. */
    skipped: z.array(ImportSkippedSchema).optional(),
  })
  .strict();
type ClinicalImport = z.infer<typeof ClinicalImportSchema>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds what is not there yet (decision 0280). An entry carrying a stored id is there when this account has that id:
 * importing the same file twice adds nothing, and two equal ratings of one day under two ids both come in. An entry
 * without one is there when an equal entry is; so is one whose equal was stored under another id by an import
 * made before ids travelled. Each entry goes through the write routes' own checks first.
 */
async function importEntries<T>(
  entries: ClinicalImport["painEntries"],
  store: {
    readonly list: () => Promise<readonly { readonly id: string; readonly entry: T }[]>;
    readonly insert: (id: string, entry: T) => Promise<boolean>;
    readonly check: (entry: unknown) => Result<T, HipError>;
    readonly newId: () => string;
    readonly type: string;
  },
  skipped: ImportSkipped[],
  pace: () => Promise<void>,
): Promise<number> {
  // Stored entries by their content, so each entry of a long file finds its twin with one look-up rather than a
  // comparison with every stored entry (decision 0672).
  const storedByContent = new Map<string, string[]>();
  const keep = (id: string, entry: unknown) => {
    const key = JSON.stringify(entry);
    const same = storedByContent.get(key);
    if (same === undefined) storedByContent.set(key, [id]);
    else same.push(id);
  };
  const ids = new Set<string>();
  for (const record of await store.list()) {
    await pace();
    keep(record.id, record.entry);
    ids.add(record.id);
  }
  const fileIds = new Set(entries.flatMap((read) => (read.storedId === null ? [] : [read.storedId])));
  let added = 0;
  for (const read of entries) {
    await pace();
    const entry = store.check(read.entry);
    if (!entry.ok) {
      skipped.push(skippedFor(store.type, read.storedId, entry.error));
      continue;
    }
    if (read.storedId !== null && ids.has(read.storedId)) continue;
    const twin = (storedByContent.get(JSON.stringify(entry.value)) ?? []).some(
      (id) => read.storedId === null || !fileIds.has(id),
    );
    if (twin) continue;
    const id = read.storedId ?? store.newId();
    if (await store.insert(id, entry.value)) {
      keep(id, entry.value);
      ids.add(id);
      added += 1;
    }
  }
  return added;
}

/**
 * Adds the findings this account does not hold yet (decision 0710). A finding named after one of the account's
 * saved screens is stored already, as part of that screen; one under a name an imported finding of the account
 * carries (the name it arrived under, else its stored id) is stored already too. The others are stored with their
 * name, and the database keeps one finding per name and one per content, so a finding without a name (another
 * system's) is still known by its content.
 */
async function importMovementFindings(
  deps: HipCheckDeps,
  tx: Repositories,
  personId: string,
  findings: NonNullable<ClinicalImport["movementFindings"]>,
  pace: () => Promise<void>,
): Promise<number> {
  if (findings.length === 0) return 0;
  const stored = await movementFindingsSourceOf(tx, personId);
  const screenIds = new Set(stored.movementScreens.map((screen) => screen.id));
  const names = new Set(stored.importedMovementFindingIds);
  const importedAt = deps.clock.now();
  let added = 0;
  for (const { storedId, screenId, entry } of findings) {
    await pace();
    const held = storedId !== null && (names.has(storedId) || screenIds.has(screenId ?? ""));
    if (held) continue;
    const record = {
      id: deps.ids.newId(),
      accountId: personId,
      importedAt,
      finding: entry,
      ...(storedId === null ? {} : { sourceId: storedId }),
    };
    if (await tx.importedMovementFindings.insertIfAbsent(record)) {
      added += 1;
      if (storedId !== null) names.add(storedId);
    }
  }
  return added;
}

async function importClinical(
  deps: HipCheckDeps,
  tx: Repositories,
  personId: string,
  record: ClinicalImport,
) {
  const now = deps.clock.now();
  const pace = pacingOf(deps);
  const today = deps.clock.today();
  const skipped: ImportSkipped[] = [...(record.skipped ?? [])];
  const counts = { checkIns: 0, painEntries: 0, psfsEntries: 0, strengthChecks: 0, movementFindings: 0 };
  const given = record.checkIn;
  const late = given === null ? undefined : futureDateProblem(given.answeredOn, today, "answeredOn");
  if (late !== undefined) skipped.push(skippedFor("check-in", null, late));
  else if (given !== null) {
    // Known by the stored id the file names, else (a file without one, or a check-in stored under another id
    // because its own was taken) by its day and answers.
    const storedId = given.storedId ?? null;
    const holder = storedId === null ? undefined : await tx.checkIns.findById(storedId);
    const checkIns = holder?.accountId === personId ? [] : await tx.checkIns.listFor(personId);
    const known =
      holder?.accountId === personId ||
      checkIns.some(
        (checkIn) => checkIn.date === given.answeredOn && sameJson(checkIn.answers, given.answers),
      );
    if (!known) {
      // The screen is computed again from the answers: a file cannot switch a red flag off.
      const checkIn: CheckInRecord = {
        id: storedId !== null && holder === undefined ? storedId : deps.ids.newId(),
        accountId: personId,
        date: given.answeredOn,
        createdAt: now,
        answers: given.answers,
        screen: screenRedFlags(given.answers),
        selfCheck: evaluateSelfCheck(given.answers.selfCheck),
      };
      await tx.checkIns.insert(checkIn);
      counts.checkIns += 1;
    }
  }
  const newId = () => deps.ids.newId();
  counts.painEntries = await importEntries<PainEntry>(
    record.painEntries,
    {
      list: () => everyPageOf((page) => tx.outcomes.pagePain(personId, page)),
      insert: (id, entry) => tx.outcomes.insertPain({ id, accountId: personId, createdAt: now, entry }),
      check: (entry) => checkedPainEntry(entry, today),
      newId,
      type: "pain entry",
    },
    skipped,
    pace,
  );
  counts.psfsEntries = await importEntries<PsfsEntry>(
    record.psfsEntries,
    {
      list: () => everyPageOf((page) => tx.outcomes.pagePsfs(personId, page)),
      insert: (id, entry) => tx.outcomes.insertPsfs({ id, accountId: personId, createdAt: now, entry }),
      check: (entry) => checkedPsfsEntry(entry, today),
      newId,
      type: "PSFS entry",
    },
    skipped,
    pace,
  );
  // The same check under the same stored id is there already: importing an export again adds nothing.
  counts.strengthChecks = await importEntries<StrengthCheck>(
    record.strengthChecks ?? [],
    {
      list: () => tx.strengthChecks.listFor(personId),
      insert: (id, entry) => tx.strengthChecks.insert({ id, accountId: personId, createdAt: now, entry }),
      check: (entry) => checkedStrengthCheck(entry, today),
      newId,
      type: "strength check",
    },
    skipped,
    pace,
  );
  counts.movementFindings = await importMovementFindings(
    deps,
    tx,
    personId,
    record.movementFindings ?? [],
    pace,
  );
  return { counts, skipped };
}

/** The date of an entry as the file gives it (still unchecked here): what the per-day quota counts. */
function dateOfImported(item: { readonly entry: unknown }): IsoDate[] {
  const date = (item.entry as { readonly date?: unknown } | null)?.date;
  return typeof date === "string" ? [date] : [];
}

/** Every page of a keyset-paged list, read one query at a time, each row as its stored id and entry. */
function storedEntryPages<T>(
  read: (page: ListPageRequest) => Promise<ListPage<{ readonly id: string; readonly entry: T }>>,
): AsyncGenerator<StoredEntry<T>[]> {
  return keysetPages(read, ({ id, entry }): StoredEntry<T> => ({ id, entry }));
}

/**
 * What became of the program's planned sessions (core's `sessionStatuses`, decision 0810), read a page of logs at a
 * time: the sets are bounded by the program's sessions, the logs are not. A completed log of a session on any page
 * makes it done, whatever part-way logs name it on others.
 */
async function sessionStatusIdsOf(
  repositories: Repositories,
  personId: string,
  program: Program,
): Promise<{ readonly done: string[]; readonly partlyDone: string[] }> {
  const done = new Set<string>();
  const partlyDone = new Set<string>();
  let after: ListKey | undefined;
  do {
    const page = await repositories.sessionLogs.pageFor(
      personId,
      {},
      { limit: EXPORT_PAGE_ROWS, ...(after === undefined ? {} : { after }) },
    );
    const statuses = sessionStatuses(
      program,
      page.items.map(({ log }) => log),
    );
    for (const [id, status] of statuses) (status === "done" ? done : partlyDone).add(id);
    after = page.next;
  } while (after !== undefined);
  return { done: [...done], partlyDone: [...partlyDone].filter((id) => !done.has(id)) };
}

async function clinicalSourcePagesFor(
  repositories: Repositories,
  actor: Actor,
  input: PersonRef,
): Promise<Result<ClinicalSourcePages, HipError>> {
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
  const strength = await repositories.strengthChecks.listFor(personId);
  return ok({
    frame: {
      personId,
      answeredOn: latest.date,
      answers: latest.answers,
      program: program?.program ?? null,
      strengthChecks: strength.map((record) => record.entry),
      storedIds: { checkIn: latest.id, strength: strength.map((record) => record.id) },
      ...(program === undefined
        ? { doneSessionIds: [], partlyDoneSessionIds: [] }
        : await sessionStatusIdsOf(repositories, personId, program.program).then(({ done, partlyDone }) => ({
            doneSessionIds: done,
            partlyDoneSessionIds: partlyDone,
          }))),
      ...(await movementFindingsSourceOf(repositories, personId)),
    },
    painPages: () => storedEntryPages((page) => repositories.outcomes.pagePain(personId, page)),
    psfsPages: () => storedEntryPages((page) => repositories.outcomes.pagePsfs(personId, page)),
  });
}

export function sharingUseCases(deps: HipCheckDeps) {
  const { repositories } = deps;
  const quotas = quotasOf(deps);
  return {
    importClinicalRecord: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      const record = parseWith(ClinicalImportSchema, input);
      if (!record.ok) return record;
      const personId = access.value.personId;
      const full = importedFileProblem(quotas, {
        rows:
          (record.value.checkIn === null ? 0 : 1) +
          record.value.painEntries.length +
          record.value.psfsEntries.length +
          (record.value.strengthChecks?.length ?? 0),
        entryDates: [
          ...record.value.painEntries,
          ...record.value.psfsEntries,
          ...(record.value.strengthChecks ?? []),
        ].flatMap(dateOfImported),
      });
      if (full !== undefined) return err(full);
      try {
        return ok(
          await repositories.transaction(async (tx) => {
            const imported = await importClinical(deps, tx, personId, record.value);
            await assertWithinQuotas(tx.usage, quotas, personId);
            return imported;
          }),
        );
      } catch (error) {
        if (error instanceof QuotaExceededError) return err(error.problem);
        throw error;
      }
    },
    getHandoutSource: async (actor, input) => {
      const record = await repositories.programs.findById(input.programId);
      if (record === undefined) return err(notFound("program"));
      // The person and a coach they linked read it; anyone else is told it does not exist.
      const access = await accessPerson(repositories, actor, record.accountId, "view");
      if (!access.ok) return err(notFound("program"));
      const owner = await repositories.accounts.findById(record.accountId);
      const latest = await repositories.checkIns.latestFor(record.accountId);
      const checks = (await repositories.strengthChecks.listFor(record.accountId)).map(
        (check) => check.entry,
      );
      return ok({
        programId: record.id,
        program: record.program,
        strength: compareAllStrength(checks, record.program.startDate, deps.clock.today()),
        // The name is optional in the check-in; without it, the email is how the person and their coach know it.
        personName: latest?.answers.person.name ?? owner?.email ?? "",
        language: record.program.language,
      });
    },
    getClinicalSourcePages: (actor, input) => clinicalSourcePagesFor(repositories, actor, input),
    getClinicalSource: async (actor, input) => {
      // The whole record, gathered from the same pages the streamed export writes (decision 0625).
      const pages = await clinicalSourcePagesFor(repositories, actor, input);
      if (!pages.ok) return pages;
      const { frame, painPages, psfsPages } = pages.value;
      const pain: StoredEntry<PainEntry>[] = [];
      for await (const page of painPages()) pain.push(...page);
      const psfs: StoredEntry<PsfsEntry>[] = [];
      for await (const page of psfsPages()) psfs.push(...page);
      return ok({
        ...frame,
        painEntries: pain.map((record) => record.entry),
        psfsEntries: psfs.map((record) => record.entry),
        storedIds: {
          ...frame.storedIds,
          pain: pain.map((record) => record.id),
          psfs: psfs.map((record) => record.id),
        },
      });
    },
  } satisfies SharingUseCases;
}

export type HandoutSource = {
  readonly programId: string;
  readonly program: Program;
  readonly personName: string;
  readonly language: Lang;
  /** Each strength check's baseline against its latest check, for the handout (docs/clinical §10). */
  readonly strength: readonly StrengthComparison[];
};

export type ClinicalSource = {
  readonly personId: string;
  /** The day of the latest check-in, and its answers. */
  readonly answeredOn: IsoDate;
  readonly answers: Answers;
  readonly program: Program | null;
  readonly painEntries: readonly PainEntry[];
  readonly psfsEntries: readonly PsfsEntry[];
  /** Hip strength checks (docs/clinical §10), by date. */
  readonly strengthChecks: readonly StrengthCheck[];
  /** Stored ids, carried into exports as identifiers: the check-in's, and the entries' in the lists' order. */
  readonly storedIds: {
    readonly checkIn: string;
    readonly pain: readonly string[];
    readonly psfs: readonly string[];
    readonly strength: readonly string[];
  };
  /** Planned sessions of the program the person logged as completed. */
  readonly doneSessionIds: readonly string[];
  /** Planned sessions of the program only saved part way, none completed (decision 0810). */
  readonly partlyDoneSessionIds: readonly string[];
} & MovementFindingsSource;

/** An entry with the id it is stored under. */
export type StoredEntry<T> = { readonly id: string; readonly entry: T };

/**
 * A clinical record a page at a time (decision 0625): everything but the pain and PSFS entries, whole (bounded by
 * the quotas of 0341), then those two lists as keyset pages, one query a page, in the order of `ClinicalSource`.
 * Joined, the pages are `getClinicalSource`.
 */
export type ClinicalSourcePages = {
  readonly frame: Omit<ClinicalSource, "painEntries" | "psfsEntries" | "storedIds"> & {
    readonly storedIds: Pick<ClinicalSource["storedIds"], "checkIn" | "strength">;
  };
  readonly painPages: () => AsyncIterable<readonly StoredEntry<PainEntry>[]>;
  readonly psfsPages: () => AsyncIterable<readonly StoredEntry<PsfsEntry>[]>;
};

/**
 * What a clinical record (FHIR) brings into the person's own record; its program and screens are not read. Entries
 * are checked here as the write routes check them, so they come unparsed, each with the stored id it carries.
 */
export type ImportClinicalRecordInput = {
  readonly checkIn: {
    readonly storedId?: string | null;
    readonly answeredOn: IsoDate;
    readonly answers: Answers;
  } | null;
  readonly painEntries: readonly { readonly storedId: string | null; readonly entry: unknown }[];
  readonly psfsEntries: readonly { readonly storedId: string | null; readonly entry: unknown }[];
  readonly strengthChecks?: readonly { readonly storedId: string | null; readonly entry: unknown }[];
  /**
   * Findings without their screens, each with the name it carries and the screen that name points into (null for
   * another system's finding); absent when the file has none.
   */
  readonly movementFindings?: readonly {
    readonly storedId: string | null;
    readonly screenId?: string | null;
    readonly entry: ImportedMovementFinding;
  }[];
  /** What the file's reader already left out, reported with the rest. */
  readonly skipped?: readonly ImportSkipped[];
};

/** What printable handouts and clinical records are made from. */
export type SharingUseCases = {
  readonly getHandoutSource: UseCase<ProgramIdInput, HandoutSource>;
  readonly getClinicalSource: UseCase<PersonRef, ClinicalSource>;
  /** The same record with its long lists a page at a time, for writing it out as it is read (decision 0625). */
  readonly getClinicalSourcePages: UseCase<PersonRef, ClinicalSourcePages>;
  readonly importClinicalRecord: UseCase<ImportClinicalRecordInput, ImportOutput>;
};
