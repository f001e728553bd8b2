/**
 * Groups (a yoga class, a running club): a coach keeps a program template for the class and gives each member a
 * personal copy. Each member's own red-flag screen still decides: a member whose latest screen needs a clinician
 * gets no copy.
 */
import {
  err,
  generateProgram,
  ok,
  parseWith,
  AnswersSchema,
  type HipError,
  type Result,
  type Answers,
  type IsoDate,
  type Program,
} from "@hipcheck/core";
import type { Actor } from "../actor.js";
import type { GroupRecord, ProgramRecord, Repositories, IsoInstant } from "../ports.js";
import { invalid, notFound } from "./access.js";
import { requireClient, requireCoach } from "./coaching.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";

export const GROUP_NAME_MAX_LENGTH = 120;

async function groupView(repositories: Repositories, group: GroupRecord): Promise<GroupView> {
  const members = await repositories.groups.members(group.id);
  return {
    groupId: group.id,
    name: group.name,
    createdAt: group.createdAt,
    template: group.template,
    memberIds: members.map((member) => member.accountId),
  };
}

async function ownGroup(
  repositories: Repositories,
  actor: Actor,
  groupId: string,
): Promise<Result<GroupRecord, HipError>> {
  const coach = requireCoach(actor);
  if (!coach.ok) return coach;
  const group = await repositories.groups.findById(groupId);
  return group?.coachId === coach.value.accountId ? ok(group) : err(notFound("group"));
}

/** Today's screen of the member, as for any program (programs.ts), with the template's sessions. */
async function memberCopy(
  deps: HipCheckDeps,
  repositories: Repositories,
  group: GroupRecord & { template: NonNullable<GroupRecord["template"]> },
  clientId: string,
): Promise<Result<ProgramRecord, HipError>> {
  const latest = await repositories.checkIns.latestFor(clientId);
  if (!latest) return err({ kind: "unprocessable", message: "This member has not done the check-in yet." });
  if (!latest.screen.selfManagementAllowed) {
    return err({
      kind: "needs-clinician",
      message: "This member's latest check-in shows signs a clinician needs to look at.",
    });
  }
  const now = deps.clock.now();
  const id = deps.ids.newId();
  return ok({
    id,
    accountId: clientId,
    createdAt: now,
    updatedAt: now,
    groupId: group.id,
    program: { ...group.template, id, createdOn: deps.clock.today(), revision: 0 },
  });
}

export function groupUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids } = deps;
  return {
    createGroup: async (actor, input) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const name = input.name.trim();
      if (name.length === 0 || name.length > GROUP_NAME_MAX_LENGTH) {
        return err(invalid(`A group name has 1 to ${GROUP_NAME_MAX_LENGTH} characters.`, "name"));
      }
      const group: GroupRecord = {
        id: ids.newId(),
        coachId: coach.value.accountId,
        name,
        createdAt: clock.now(),
        template: null,
      };
      await repositories.groups.insert(group);
      return ok(await groupView(repositories, group));
    },
    listGroups: async (actor) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const groups = await repositories.groups.listForCoach(coach.value.accountId);
      return ok(await Promise.all(groups.map((group) => groupView(repositories, group))));
    },
    addGroupMember: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      const client = await requireClient(repositories, actor, input.clientId);
      if (!client.ok) return client;
      const members = await repositories.groups.members(group.value.id);
      if (!members.some((member) => member.accountId === input.clientId)) {
        await repositories.groups.addMember({
          groupId: group.value.id,
          accountId: input.clientId,
          joinedAt: clock.now(),
        });
      }
      return ok(await groupView(repositories, group.value));
    },
    removeGroupMember: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      await repositories.groups.removeMember(group.value.id, input.clientId);
      return ok(await groupView(repositories, group.value));
    },
    setGroupTemplate: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      const answers = parseWith(AnswersSchema, input.answers);
      if (!answers.ok) {
        return err({ ...answers.error, field: `answers.${answers.error.field ?? ""}`.replace(/\.$/, "") });
      }
      const base = { startDate: input.startDate, id: `template-${group.value.id}`, createdOn: clock.today() };
      const generated = generateProgram(
        answers.value,
        input.weeks === undefined ? base : { ...base, weeks: input.weeks },
      );
      if (!generated.ok) return generated;
      const template = generated.value;
      await repositories.groups.setTemplate(group.value.id, template);
      return ok(await groupView(repositories, { ...group.value, template }));
    },
    assignGroupTemplate: async (actor, input) => {
      const group = await ownGroup(repositories, actor, input.groupId);
      if (!group.ok) return group;
      const { template } = group.value;
      if (template === null) {
        return err({ kind: "unprocessable", message: "Set the group's program template first." });
      }
      const withTemplate = { ...group.value, template };
      const members = await repositories.groups.members(group.value.id);
      const output: {
        assigned: { clientId: string; programId: string }[];
        skipped: { clientId: string; reason: HipError }[];
      } = {
        assigned: [],
        skipped: [],
      };
      await repositories.transaction(async (tx) => {
        for (const member of members) {
          const linked = await requireClient(tx, actor, member.accountId);
          const copy = linked.ok ? await memberCopy(deps, tx, withTemplate, member.accountId) : linked;
          if (!copy.ok) {
            output.skipped.push({ clientId: member.accountId, reason: copy.error });
            continue;
          }
          await tx.programs.insert(copy.value);
          output.assigned.push({ clientId: member.accountId, programId: copy.value.id });
        }
      });
      return ok(output satisfies AssignTemplateOutput);
    },
  } satisfies GroupUseCases;
}

export type CreateGroupInput = { readonly name: string };

export type GroupView = {
  readonly groupId: string;
  readonly name: string;
  readonly createdAt: IsoInstant;
  readonly template: Program | null;
  readonly memberIds: readonly string[];
};

export type GroupMemberInput = { readonly groupId: string; readonly clientId: string };

export type SetGroupTemplateInput = {
  readonly groupId: string;
  /** Representative answers for the class (e.g. a yoga class with mats and blocks); red flags are screened too. */
  readonly answers: Answers;
  readonly startDate: IsoDate;
  readonly weeks?: number;
};

export type GroupIdInput = { readonly groupId: string };

export type AssignTemplateOutput = {
  readonly assigned: readonly { readonly clientId: string; readonly programId: string }[];
  /** Members who cannot get a program now, e.g. their latest screen needs a clinician. */
  readonly skipped: readonly { readonly clientId: string; readonly reason: HipError }[];
};

/** A coach's groups and their template program. */
export type GroupUseCases = {
  readonly createGroup: UseCase<CreateGroupInput, GroupView>;
  readonly listGroups: UseCase<Record<string, never>, readonly GroupView[]>;
  readonly addGroupMember: UseCase<GroupMemberInput, GroupView>;
  readonly removeGroupMember: UseCase<GroupMemberInput, GroupView>;
  readonly setGroupTemplate: UseCase<SetGroupTemplateInput, GroupView>;
  readonly assignGroupTemplate: UseCase<GroupIdInput, AssignTemplateOutput>;
};
