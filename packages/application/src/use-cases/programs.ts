/**
 * Programs: created from the latest check-in through the red-flag screen, revised by the progression rules,
 * edited by hand by the person or their coach. Every change keeps its history: who, what and why.
 */
import {
  err,
  generateProgram,
  ok,
  reviseProgram,
  type Answers,
  type HipError,
  type IsoDate,
  type Localized,
  type Program,
  type ProgramRevision,
  type Result,
} from "@hipcheck/core";
import type { AccountActor } from "../actor.js";
import type { ProgramRecord, Repositories, IsoInstant } from "../ports.js";
import { accessPerson, notFound, requireAccount } from "./access.js";
import { applyProgramEdit, type ProgramEdit } from "./program-edit.js";
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

/** The answers a program is generated from: the latest check-in, updated with the person's current profile. */
async function currentAnswers(
  repositories: Repositories,
  personId: string,
): Promise<Result<Answers, HipError>> {
  const latest = await repositories.checkIns.latestFor(personId);
  if (!latest) {
    return err({
      kind: "unprocessable",
      message: "Do the check-in first: the program is built from its answers.",
    });
  }
  // Red flags stop self-management until a newer screen allows it (docs/clinical §7).
  if (!latest.screen.selfManagementAllowed) {
    return err({
      kind: "needs-clinician",
      message: `${latest.screen.advice.en} A new program can be made after a new check-in that shows no urgent signs.`,
      details: { screen: latest.screen },
    });
  }
  const profile = await repositories.profiles.find(personId);
  if (!profile || profile.updatedAt <= latest.createdAt) return ok(latest.answers);
  return ok({
    ...latest.answers,
    person: { ...latest.answers.person, language: profile.language },
    equipment: [...profile.equipment],
    availableDays:
      profile.availableDays.length > 0 ? [...profile.availableDays] : latest.answers.availableDays,
  });
}

/** Generates a program for `personId`; every path that creates a program goes through here. */
async function generateFor(
  deps: HipCheckDeps,
  personId: string,
  options: { readonly startDate: IsoDate; readonly weeks?: number },
): Promise<Result<ProgramRecord, HipError>> {
  const answers = await currentAnswers(deps.repositories, personId);
  if (!answers.ok) return answers;
  const id = deps.ids.newId();
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

function localizedReason(reason: string | Localized): Localized {
  return typeof reason === "string" ? { en: reason, fr: reason } : reason;
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
      const created = await generateFor(deps, access.value.personId, input);
      if (!created.ok) return created;
      await repositories.programs.insert(created.value);
      return ok(programView(created.value));
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
    reviseProgram: async (actor, input) => {
      const found = await editableProgram(actor, input.programId, "edit-program");
      if (!found.ok) return found;
      const { record } = found.value;
      // The rules move only within what the person's answers allow, and not at all past a red flag.
      const answers = await currentAnswers(repositories, record.accountId);
      if (!answers.ok) return answers;
      const logs = await repositories.sessionLogs.listFor(record.accountId);
      const checkIns = await repositories.morningCheckIns.listFor(record.accountId);
      // The latest screen allowed self-management (currentAnswers refuses otherwise): a program stopped by a
      // sharp rise in pain before that screen resumes at a smaller dose.
      const screened = await repositories.checkIns.latestFor(record.accountId);
      const revised = reviseProgram(
        record.program,
        logs.map((entry) => entry.log).filter((log) => log.programId === record.id),
        checkIns.map((entry) => entry.checkIn),
        clock.today(),
        {
          answers: answers.value,
          changedAt: clock.now(),
          ...(screened ? { screenedAt: screened.createdAt } : {}),
        },
      );
      if (revised.revision === null) return ok({ ...programView(record), revision: null });
      const saved = await saveRevision(record, revised.program, revised.revision, null);
      return saved.ok ? ok({ ...saved.value, revision: revised.revision }) : saved;
    },
    editProgram: async (actor, input) => {
      const found = await editableProgram(actor, input.programId, "edit-program");
      if (!found.ok) return found;
      const { record, actor: editor } = found.value;
      const edited = applyProgramEdit(record.program, input.edit, clock.today());
      if (!edited.ok) return edited;
      const reason = localizedReason(input.reason);
      if (reason.en.trim() === "" || reason.fr.trim() === "") {
        return err({
          kind: "invalid-input",
          message: "Say why, in words the person will read.",
          field: "reason",
        });
      }
      const revisionNumber = record.program.revision + 1;
      const revision: ProgramRevision = {
        revision: revisionNumber,
        changedAt: clock.now(),
        changedBy: editor.accountId === record.accountId ? "person" : "coach",
        reason,
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

export type CreateProgramInput = PersonRef & { readonly startDate: IsoDate; readonly weeks?: number };

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

export type EditProgramInput = {
  readonly programId: string;
  readonly edit: ProgramEdit;
  /** Plain words the person reads; given in one language, it is shown in both. */
  readonly reason: string | Localized;
};

export type RevisionOutput = ProgramView & { readonly revision: ProgramRevision | null };

/** Programs: made from the latest check-in, revised, edited by hand. */
export type ProgramUseCases = {
  readonly createProgram: UseCase<CreateProgramInput, ProgramView>;
  readonly getProgram: UseCase<ProgramIdInput, ProgramDetail>;
  readonly getCurrentProgram: UseCase<PersonRef, ProgramView | null>;
  readonly listPrograms: UseCase<PersonRef, readonly ProgramView[]>;
  readonly reviseProgram: UseCase<ProgramIdInput, RevisionOutput>;
  readonly editProgram: UseCase<EditProgramInput, RevisionOutput>;
};
