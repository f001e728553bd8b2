/**
 * Programs: created from the latest check-in through the red-flag screen, revised by the progression rules,
 * edited by hand by the person or their coach. Every change keeps its history: who, what and why.
 */
import { clientIdTaken } from "../client-entry-id.js";
import {
  err,
  generateProgram,
  ok,
  type HipError,
  type IsoDate,
  type Lang,
  type Localized,
  type Program,
  type ProgramRevision,
  type Result,
} from "@hipcheck/core";
import type { AccountActor } from "../actor.js";
import type { ListPage, ProgramRecord, IsoInstant } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { accessPerson, notFound, requireAccount } from "./access.js";
import { currentAnswers } from "./current-answers.js";
import { applyProgramEdit, type ProgramEdit } from "./program-edit.js";
import { proposeRulesRevision } from "./rules-revision.js";
import type { HipCheckDeps, PersonRef, UseCase } from "../use-case.js";

export function programView(record: ProgramRecord): ProgramView {
  return {
    programId: record.id,
    ownerId: record.accountId,
    program: record.program,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** Generates a program for `personId`; every path that creates a program goes through here. */
async function generateFor(
  deps: HipCheckDeps,
  personId: string,
  options: { readonly startDate: IsoDate; readonly weeks?: number; readonly id?: string },
): Promise<Result<ProgramRecord, HipError>> {
  const answers = await currentAnswers(deps.repositories, personId);
  if (!answers.ok) return answers;
  const id = options.id ?? deps.ids.newId();
  const base = { startDate: options.startDate, id, createdOn: deps.clock.today() };
  const generated = generateProgram(
    answers.value,
    options.weeks === undefined ? base : { ...base, weeks: options.weeks },
  );
  if (!generated.ok) return generated;
  const now = deps.clock.now();
  return ok({
    id,
    accountId: personId,
    createdAt: now,
    updatedAt: now,
    groupId: null,
    program: generated.value,
  });
}

/** The reason as stored: both languages, and which one it was written in when only one was given. */
function localizedReason(reason: EditReason): { reason: Localized; writtenIn?: Lang } {
  if (typeof reason === "string") return { reason: { en: reason, fr: reason } };
  if ("text" in reason) {
    return { reason: { en: reason.text, fr: reason.text }, writtenIn: reason.language };
  }
  return { reason };
}

export function programUseCases(deps: HipCheckDeps) {
  const { repositories, clock } = deps;

  async function editableProgram(
    actor: Parameters<ProgramUseCases["getProgram"]>[0],
    programId: string,
    purpose: "view" | "edit-program",
  ) {
    const acting = requireAccount(actor);
    if (!acting.ok) return acting;
    const record = await repositories.programs.findById(programId);
    if (!record) return err(notFound("program"));
    const access = await accessPerson(repositories, actor, record.accountId, purpose);
    if (!access.ok) return err(notFound("program"));
    return ok({ record, actor: access.value.actor });
  }

  async function saveRevision(
    record: ProgramRecord,
    program: Program,
    revision: ProgramRevision,
    changedBy: AccountActor | null,
  ): Promise<Result<ProgramView, HipError>> {
    const updatedAt = clock.now();
    try {
      await repositories.programs.applyRevision(
        {
          programId: record.id,
          changedByAccountId: changedBy?.accountId ?? null,
          revision,
          programAfter: program,
        },
        updatedAt,
      );
    } catch (error) {
      // Two changes to one program at the same moment: the history's key lets only the first through.
      const current = await repositories.programs.findById(record.id);
      if (current && current.program.revision !== record.program.revision) {
        return err({
          kind: "conflict",
          message: "The program was changed meanwhile: look at it again, then make your change.",
        });
      }
      throw error;
    }
    return ok(programView({ ...record, program, updatedAt }));
  }

  return {
    createProgram: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "edit-program");
      if (!access.ok) return access;
      const personId = access.value.personId;
      // A retry under the client's id answers the program made the first time, as it stands now (decision 0610).
      const repeat = (stored: ProgramRecord | undefined) =>
        stored?.accountId === personId &&
        stored.program.startDate === input.startDate &&
        (input.weeks === undefined || stored.program.weeks === input.weeks)
          ? ok(programView(stored))
          : err(clientIdTaken("program"));
      if (input.id !== undefined) {
        const before = await repositories.programs.findById(input.id);
        if (before !== undefined) return repeat(before);
      }
      const created = await generateFor(deps, personId, input);
      if (!created.ok) return created;
      if (await repositories.programs.insertIfAbsent(created.value)) return ok(programView(created.value));
      return repeat(await repositories.programs.findById(created.value.id));
    },
    getProgram: async (actor, input) => {
      const found = await editableProgram(actor, input.programId, "view");
      if (!found.ok) return found;
      const history = await repositories.programs.revisionsOf(found.value.record.id);
      return ok({
        ...programView(found.value.record),
        history: history.map((entry) => ({
          revision: entry.revision,
          changedByAccountId: entry.changedByAccountId,
        })),
      });
    },
    getCurrentProgram: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const latest = await repositories.programs.latestFor(access.value.personId);
      return ok(latest ? programView(latest) : null);
    },
    listPrograms: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      return ok((await repositories.programs.listFor(access.value.personId)).map(programView));
    },
    pagePrograms: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const page = await repositories.programs.pageFor(access.value.personId, input.page);
      return ok({ items: page.items.map(programView), next: page.next });
    },
    reviseProgram: async (actor, input) => {
      const found = await editableProgram(actor, input.programId, "edit-program");
      if (!found.ok) return found;
      const { record } = found.value;
      const revised = await proposeRulesRevision(repositories, clock, record);
      if (!revised.ok) return revised;
      const { program, revision } = revised.value;
      if (revision === null) return ok({ ...programView(record), revision: null });
      const saved = await saveRevision(record, program, revision, null);
      return saved.ok ? ok({ ...saved.value, revision }) : saved;
    },
    editProgram: async (actor, input) => {
      const found = await editableProgram(actor, input.programId, "edit-program");
      if (!found.ok) return found;
      const { record, actor: editor } = found.value;
      const { reason, writtenIn } = localizedReason(input.reason);
      if (reason.en.trim() === "" || reason.fr.trim() === "") {
        return err({
          kind: "invalid-input",
          message: "Say why, in words the person will read.",
          field: "reason",
        });
      }
      const based = input.basedOnRevision;
      if (based !== undefined && based !== record.program.revision) {
        // The revision right after the one the editor saw: if it is this very edit, this is a repeat of it.
        const next = (await repositories.programs.revisionsOf(record.id)).find(
          (entry) => entry.revision.revision === based + 1,
        );
        const repeat =
          next !== undefined &&
          next.changedByAccountId === editor.accountId &&
          next.revision.reason.en === reason.en &&
          next.revision.reason.fr === reason.fr &&
          next.revision.changes.length === 1 &&
          next.revision.changes[0]?.exerciseId === input.edit.exerciseId;
        if (repeat) return ok({ ...programView(record), revision: next.revision });
        return err({
          kind: "conflict",
          message: "The program was changed meanwhile: look at it again, then make your change.",
          field: "basedOnRevision",
        });
      }
      const edited = applyProgramEdit(record.program, input.edit, clock.today());
      if (!edited.ok) return edited;
      const revisionNumber = record.program.revision + 1;
      const revision: ProgramRevision = {
        revision: revisionNumber,
        changedAt: clock.now(),
        changedBy: editor.accountId === record.accountId ? "person" : "coach",
        reason,
        ...(writtenIn === undefined ? {} : { reasonWrittenIn: writtenIn }),
        changes: [edited.value.change],
      };
      const saved = await saveRevision(
        record,
        { ...edited.value.program, revision: revisionNumber },
        revision,
        editor,
      );
      return saved.ok ? ok({ ...saved.value, revision }) : saved;
    },
  } satisfies ProgramUseCases;
}

/** `id`, chosen by the client and kept across retries, makes a repeat create one program (decision 0610). */
export type CreateProgramInput = PersonRef & {
  readonly startDate: IsoDate;
  readonly weeks?: number;
  readonly id?: string;
};

export type ProgramView = {
  readonly programId: string;
  readonly ownerId: string;
  readonly program: Program;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
};

export type ProgramHistoryEntry = {
  readonly revision: ProgramRevision;
  readonly changedByAccountId: string | null;
};

export type ProgramDetail = ProgramView & { readonly history: readonly ProgramHistoryEntry[] };

export type ProgramIdInput = { readonly programId: string };

/**
 * Why, in words the person reads: one string (shown as it is in both languages), both languages, or the words in
 * the one language the author wrote them in (the reader of the other is told so; decision 0273).
 */
export type EditReason = string | Localized | { readonly text: string; readonly language: Lang };

export type EditProgramInput = {
  readonly programId: string;
  readonly edit: ProgramEdit;
  /** Plain words the person reads; given in one language, it is shown in both. */
  readonly reason: EditReason;
  /**
   * The revision the editor saw. A repeat of the same edit on it (a double click, a retry) answers with the edit
   * already made; another edit on a program changed since is a conflict. Absent: applied to the current program.
   */
  readonly basedOnRevision?: number;
};

export type RevisionOutput = ProgramView & { readonly revision: ProgramRevision | null };

/** Programs: made from the latest check-in, revised, edited by hand. */
export type ProgramUseCases = {
  readonly createProgram: UseCase<CreateProgramInput, ProgramView>;
  readonly getProgram: UseCase<ProgramIdInput, ProgramDetail>;
  readonly getCurrentProgram: UseCase<PersonRef, ProgramView | null>;
  readonly listPrograms: UseCase<PersonRef, readonly ProgramView[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pagePrograms: UseCase<PersonRef & PageInput, ListPage<ProgramView>>;
  readonly reviseProgram: UseCase<ProgramIdInput, RevisionOutput>;
  readonly editProgram: UseCase<EditProgramInput, RevisionOutput>;
};
